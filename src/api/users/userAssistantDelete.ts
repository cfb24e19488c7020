import { defineOperation } from '../../http/operation.js';
import { removeAssistant } from '../../domain/users/assistants.js';
import { AssistantParams } from './schemas-relations.js';

// Delete a user assistant.
export default defineOperation({
  id: 'userAssistantDelete',
  group: 'Users',
  method: 'DELETE',
  path: '/users/{userId}/assistants/{assistantId}',
  master: true,
  summary: { en: 'Delete a user assistant', zh: '删除用户助理' },
  scopes: ['user:write:admin', 'user:write'],
  rateLimit: 'Light',
  params: AssistantParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId);
    await removeAssistant(svc, user, params.assistantId);
  },
});
