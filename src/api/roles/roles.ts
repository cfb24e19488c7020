import { defineOperation } from '../../http/operation.js';
import { RoleService } from '../../domain/roles/role.service.js';
import { ListRolesQuery, ListRolesResponse } from './schemas.js';

// List roles — the built-in Owner, Admin and Member and the account's own roles of the asked type (common by default).
export default defineOperation({
  id: 'roles',
  group: 'Roles',
  method: 'GET',
  path: '/roles',
  master: true,
  summary: { en: 'List roles', zh: '列出角色' },
  scopes: ['role:read:admin'],
  rateLimit: 'Medium',
  query: ListRolesQuery,
  success: { status: 200, schema: ListRolesResponse },
  handle: ({ query, actor, svc }) => svc.use(RoleService).list(actor.accountId, query.type ?? 'common'),
});
