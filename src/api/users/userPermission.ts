import { defineOperation } from '../../http/operation.js'
import { userPermissions } from '../../domain/users/permissions.js'
import { UserIdParams } from '../../schemas/users/schemas.js'
import { UserPermissionsResponse } from '../../schemas/users/schemas-profile.js'

// Get user permissions — GET /users/{userId}/permissions: the privileges of the user's role.
export default defineOperation({
  id: 'userPermission',
  method: 'GET',
  path: '/users/{userId}/permissions',
  params: UserIdParams,
  success: { status: 200, schema: UserPermissionsResponse },
  async handle({ params, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    return { permissions: userPermissions(user) }
  },
})
