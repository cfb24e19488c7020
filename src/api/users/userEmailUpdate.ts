import { defineOperation } from '../../http/operation.js'
import { changeEmail } from '../../domain/users/profile.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserEmailUpdateBody } from '../../schemas/users/schemas-profile.js'

// Update a user's email — PUT /users/{userId}/email.
export default defineOperation({
  id: 'userEmailUpdate',
  method: 'PUT',
  path: '/users/{userId}/email',
  params: UserIdParams,
  body: UserEmailUpdateBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await changeEmail(svc, actor, user, body.email)
  },
})
