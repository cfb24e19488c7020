import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { CreateRoleBody, CreateRoleResponse } from '../../schemas/roles/schemas.js'

// Create a role — a name not used by another role (400/1224) and privileges by name, e.g. User:Read, Group:Edit.
export default defineOperation({
  id: 'createRole',
  method: 'POST',
  path: '/roles',
  body: CreateRoleBody,
  success: { status: 201, schema: CreateRoleResponse },
  handle: ({ body, actor, svc }) => svc.use(RoleService).create(actor.accountId, body),
})
