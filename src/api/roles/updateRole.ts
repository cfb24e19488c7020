import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { RoleIdParams, UpdateRoleBody } from '../../schemas/roles/schemas.js'

// Update role information — name, description, privileges; the Owner role cannot change and built-in roles keep their names.
export default defineOperation({
  id: 'updateRole',
  method: 'PATCH',
  path: '/roles/{roleId}',
  params: RoleIdParams,
  body: UpdateRoleBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(RoleService).update(actor.accountId, params.roleId, body)
  },
})
