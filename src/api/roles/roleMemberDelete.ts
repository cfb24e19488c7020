import { defineOperation } from '../../http/operation.js';
import { RoleService } from '../../domain/roles/role.service.js';
import { RoleMemberParams } from './schemas.js';

// Unassign a role — the user becomes a Member again.
export default defineOperation({
  id: 'roleMemberDelete',
  group: 'Roles',
  method: 'DELETE',
  path: '/roles/{roleId}/members/{memberId}',
  master: true,
  summary: { en: 'Unassign a role', zh: '取消分配角色' },
  scopes: ['role:write:admin'],
  rateLimit: 'Light',
  params: RoleMemberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(RoleService).unassign(actor, params.roleId, params.memberId);
  },
});
