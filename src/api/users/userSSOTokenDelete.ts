import { defineOperation } from '../../http/operation.js'
import { revokeSsoToken } from '../../domain/users/credentials.js'
import { UserIdParams } from '../../schemas/users/schemas.js'

// Revoke a user's SSO token — DELETE /users/{userId}/token: signs the user out everywhere.
export default defineOperation({
  id: 'userSSOTokenDelete',
  method: 'DELETE',
  path: '/users/{userId}/token',
  params: UserIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await revokeSsoToken(svc, actor, user)
  },
})
