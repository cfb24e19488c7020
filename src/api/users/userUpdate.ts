import { defineOperation } from '../../http/operation.js';
import { updateProfile } from '../../domain/users/profile.js';
import { UpdateUserBody, UserIdParams } from './schemas.js';
import { UpdateUserQuery } from './schemas-profile.js';

// Update a user — PATCH /users/{userId}: only the fields sent change.
export default defineOperation({
  id: 'userUpdate',
  group: 'Users',
  method: 'PATCH',
  path: '/users/{userId}',
  master: true,
  summary: { en: 'Update a user', zh: '更新用户' },
  scopes: ['user:write:admin', 'user:write'],
  rateLimit: 'Light',
  params: UserIdParams,
  query: UpdateUserQuery,
  body: UpdateUserBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    await updateProfile(svc, actor, user, body);
  },
});
