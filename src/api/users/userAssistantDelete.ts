import { defineOperation } from '../../http/operation.js'
import { removeAssistant } from '../../domain/users/assistants.js'
import { AssistantParams } from '../../schemas/users/schemas-relations.js'

// Delete a user assistant.
export default defineOperation({
  id: 'userAssistantDelete',
  method: 'DELETE',
  path: '/users/{userId}/assistants/{assistantId}',
  params: AssistantParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeAssistant(svc, user, params.assistantId)
  },
})
