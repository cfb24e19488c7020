import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { RoleIdParams } from '../../schemas/roles/schemas.js'
import { RoleMembersQuery, RoleMembersResponse } from '../../schemas/roles/schemas.gen.js'

export default defineOperation({
  id: 'roleMembers',
  method: 'GET',
  path: '/roles/{roleId}/members',
  params: RoleIdParams,
  query: RoleMembersQuery,
  success: { status: 200, schema: RoleMembersResponse },
  handle: ({ params, query, actor, svc }) => svc.use(RoleService).listMembers(actor.accountId, params.roleId, query),
})
