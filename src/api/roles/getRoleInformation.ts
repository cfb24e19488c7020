import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { RoleIdParams, RoleResponse } from '../../schemas/roles/schemas.js'

export default defineOperation({
  id: 'getRoleInformation',
  method: 'GET',
  path: '/roles/{roleId}',
  params: RoleIdParams,
  success: { status: 200, schema: RoleResponse },
  handle: ({ params, actor, svc }) => svc.use(RoleService).get(actor.accountId, params.roleId),
})
