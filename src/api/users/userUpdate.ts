import { defineOperation } from '../../http/operation.js'
import { updateProfile } from '../../domain/users/profile.js'
import { UpdateUserBody, UserIdParams } from '../../schemas/users/schemas.js'
import { UpdateUserQuery } from '../../schemas/users/schemas-profile.js'

// Update a user — PATCH /users/{userId}: only the fields sent change.
export default defineOperation({
  id: 'userUpdate',
  method: 'PATCH',
  path: '/users/{userId}',
  params: UserIdParams,
  query: UpdateUserQuery,
  body: UpdateUserBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await updateProfile(svc, actor, user, body)
  },
})
