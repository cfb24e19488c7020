import { defineOperation } from '../../http/operation.js'
import { listAssistants } from '../../domain/users/assistants.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { AssistantsList } from '../../schemas/users/schemas-relations.js'

// List user assistants — the users the user has given scheduling privilege to.
export default defineOperation({
  id: 'userAssistants',
  method: 'GET',
  path: '/users/{userId}/assistants',
  params: UserIdParams,
  success: { status: 200, schema: AssistantsList },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return { assistants: await listAssistants(svc, user) }
  },
})
