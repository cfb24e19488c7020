import { defineOperation } from '../../http/operation.js'
import { setUserStatus } from '../../domain/users/lifecycle.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserStatusBody } from '../../schemas/users/schemas-profile.js'

// Update user status — PUT /users/{userId}/status: deactivate a member, or activate a deactivated one.
export default defineOperation({
  id: 'userStatus',
  method: 'PUT',
  path: '/users/{userId}/status',
  params: UserIdParams,
  body: UserStatusBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await setUserStatus(svc, actor, user, body.action)
  },
})
