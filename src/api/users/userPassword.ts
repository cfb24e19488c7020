import { defineOperation } from '../../http/operation.js'
import { changePassword } from '../../domain/users/credentials.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserPasswordBody } from '../../schemas/users/schemas-profile.js'

// Update a user's password — PUT /users/{userId}/password.
export default defineOperation({
  id: 'userPassword',
  method: 'PUT',
  path: '/users/{userId}/password',
  params: UserIdParams,
  body: UserPasswordBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await changePassword(svc, actor, user, body.password)
  },
})
