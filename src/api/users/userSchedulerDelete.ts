import { defineOperation } from '../../http/operation.js'
import { removeScheduler } from '../../domain/users/assistants.js'
import { SchedulerParams } from '../../schemas/users/schemas-relations.js'

// Delete a scheduler — the user stops being that scheduler's assistant.
export default defineOperation({
  id: 'userSchedulerDelete',
  method: 'DELETE',
  path: '/users/{userId}/schedulers/{schedulerId}',
  params: SchedulerParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeScheduler(svc, user, params.schedulerId)
  },
})
