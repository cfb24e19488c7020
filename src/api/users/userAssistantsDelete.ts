import { defineOperation } from '../../http/operation.js'
import { removeAllAssistants } from '../../domain/users/assistants.js'
import { UserIdParams } from '../../schemas/users/schemas.js'

// Delete user assistants — all of them.
export default defineOperation({
  id: 'userAssistantsDelete',
  method: 'DELETE',
  path: '/users/{userId}/assistants',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeAllAssistants(svc, user)
  },
})
