import { errors } from '../../errors/catalog.js';
import { defineOperation } from '../../http/operation.js';
import { UserEmailQuery, UserEmailResponse } from './schemas-profile.js';

// Check a user email — GET /users/email?email=: whether any Zoom user (of any account) holds the address.
export default defineOperation({
  id: 'userEmail',
  group: 'Users',
  method: 'GET',
  path: '/users/email',
  master: true,
  summary: { en: 'Check a user email', zh: '检查用户电子邮件' },
  scopes: ['user:read:admin'],
  rateLimit: 'Light',
  query: UserEmailQuery,
  success: { status: 200, schema: UserEmailResponse },
  async handle({ query, svc }) {
    const email = query.email?.trim();
    if (!email) throw errors.emailRequired();
    return { existed_email: await svc.users.repo.emailTaken(email) };
  },
});
