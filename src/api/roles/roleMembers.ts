import { defineOperation } from '../../http/operation.js';
import { RoleService } from '../../domain/roles/role.service.js';
import { RoleIdParams } from './schemas.js';
import { RoleMembersQuery, RoleMembersResponse } from './schemas.gen.js';

export default defineOperation({
  id: 'roleMembers',
  group: 'Roles',
  method: 'GET',
  path: '/roles/{roleId}/members',
  master: true,
  summary: { en: 'List members in a role', zh: '列出角色中的成员' },
  scopes: ['role:read:admin'],
  rateLimit: 'Medium',
  params: RoleIdParams,
  query: RoleMembersQuery,
  success: { status: 200, schema: RoleMembersResponse },
  handle: ({ params, query, actor, svc }) => svc.use(RoleService).listMembers(actor.accountId, params.roleId, query),
});
