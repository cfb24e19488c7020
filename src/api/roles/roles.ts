import { defineOperation } from '../../http/operation.js'
import { RoleService } from '../../domain/roles/role.service.js'
import { ListRolesQuery, ListRolesResponse } from '../../schemas/roles/schemas.js'

// List roles — the built-in Owner, Admin and Member and the account's own roles of the asked type (common by default).
export default defineOperation({
  id: 'roles',
  method: 'GET',
  path: '/roles',
  query: ListRolesQuery,
  success: { status: 200, schema: ListRolesResponse },
  handle: ({ query, actor, svc }) => svc.use(RoleService).list(actor.accountId, query.type ?? 'common'),
})
