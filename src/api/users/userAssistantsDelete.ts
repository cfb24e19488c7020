import { defineOperation } from '../../http/operation.js';
import { removeAllAssistants } from '../../domain/users/assistants.js';
import { UserIdParams } from './schemas.js';

// Delete user assistants — all of them.
export default defineOperation({
  id: 'userAssistantsDelete',
  group: 'Users',
  method: 'DELETE',
  path: '/users/{userId}/assistants',
  master: true,
  summary: { en: 'Delete user assistants', zh: '删除用户助理' },
  scopes: ['user:write:admin', 'user:write'],
  rateLimit: 'Light',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    await removeAllAssistants(svc, user);
  },
});
