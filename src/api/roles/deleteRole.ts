import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { RoleIdParams } from '../../schemas/roles/schemas.js'

// Delete a role — built-in roles and roles still held by users are refused.
export default defineOperation({
  id: 'deleteRole',
  method: 'DELETE',
  path: '/roles/{roleId}',
  params: RoleIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(RoleService).delete(actor.accountId, params.roleId)
  },
})
