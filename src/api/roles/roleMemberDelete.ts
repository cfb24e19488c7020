import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { RoleMemberParams } from '../../schemas/roles/schemas.js'

// Unassign a role — the user becomes a Member again.
export default defineOperation({
  id: 'roleMemberDelete',
  method: 'DELETE',
  path: '/roles/{roleId}/members/{memberId}',
  params: RoleMemberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(RoleService).unassign(actor, params.roleId, params.memberId)
  },
})
