import { defineOperation } from '../../http/operation.js';
import { listAssistants } from '../../domain/users/assistants.js';
import { UserIdParams } from './schemas.js';
import { AssistantsList } from './schemas-relations.js';

// List user assistants — the users the user has given scheduling privilege to.
export default defineOperation({
  id: 'userAssistants',
  group: 'Users',
  method: 'GET',
  path: '/users/{userId}/assistants',
  master: true,
  summary: { en: 'List user assistants', zh: '列出用户助理' },
  scopes: ['user:read:admin', 'user:read'],
  rateLimit: 'Medium',
  params: UserIdParams,
  success: { status: 200, schema: AssistantsList },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    return { assistants: await listAssistants(svc, user) };
  },
});
