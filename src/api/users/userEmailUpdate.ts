import { defineOperation } from '../../http/operation.js';
import { changeEmail } from '../../domain/users/profile.js';
import { UserIdParams } from './schemas.js';
import { UserEmailUpdateBody } from './schemas-profile.js';

// Update a user's email — PUT /users/{userId}/email.
export default defineOperation({
  id: 'userEmailUpdate',
  group: 'Users',
  method: 'PUT',
  path: '/users/{userId}/email',
  master: true,
  summary: { en: "Update a user's email", zh: '更新用户的电子邮件' },
  scopes: ['user:write:admin', 'user:write'],
  rateLimit: 'Light',
  params: UserIdParams,
  body: UserEmailUpdateBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    await changeEmail(svc, actor, user, body.email);
  },
});
