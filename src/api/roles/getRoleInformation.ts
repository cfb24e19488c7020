import { defineOperation } from '../../http/operation.js';
import { RoleService } from '../../domain/roles/role.service.js';
import { RoleIdParams, RoleResponse } from './schemas.js';

export default defineOperation({
  id: 'getRoleInformation',
  group: 'Roles',
  method: 'GET',
  path: '/roles/{roleId}',
  master: true,
  summary: { en: 'Get role information', zh: '获取角色信息' },
  scopes: ['role:read:admin'],
  rateLimit: 'Light',
  params: RoleIdParams,
  success: { status: 200, schema: RoleResponse },
  handle: ({ params, actor, svc }) => svc.use(RoleService).get(actor.accountId, params.roleId),
});
