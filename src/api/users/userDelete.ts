import { defineOperation } from '../../http/operation.js'
import { deleteUser } from '../../domain/users/lifecycle.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { DeleteUserQuery } from '../../schemas/users/schemas-profile.js'

// Delete a user — DELETE /users/{userId}?action=disassociate|delete (disassociate by default).
export default defineOperation({
  id: 'userDelete',
  method: 'DELETE',
  path: '/users/{userId}',
  params: UserIdParams,
  query: DeleteUserQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    await deleteUser(svc, actor, user, query)
  },
})
