import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { AssignRoleBody, RoleIdParams } from '../../schemas/roles/schemas.js'
import { AddRoleMembersResponse } from '../../schemas/roles/schemas.gen.js'

// Assign a role — up to 30 users by id or email; the Owner and Member roles cannot be handed out this way.
export default defineOperation({
  id: 'AddRoleMembers',
  method: 'POST',
  path: '/roles/{roleId}/members',
  params: RoleIdParams,
  body: AssignRoleBody,
  success: { status: 201, schema: AddRoleMembersResponse },
  handle: ({ params, body, actor, svc }) => svc.use(RoleService).assign(actor, params.roleId, body.members ?? []),
})
