import { defineOperation } from '../../http/operation.js'
import { removeAllSchedulers } from '../../domain/users/assistants.js'
import { UserIdParams } from '../../schemas/users/schemas.js'

// Delete user schedulers — the user stops being anyone's assistant.
export default defineOperation({
  id: 'userSchedulersDelete',
  method: 'DELETE',
  path: '/users/{userId}/schedulers',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await removeAllSchedulers(svc, user)
  },
})
