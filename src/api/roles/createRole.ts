import { defineOperation } from '../../http/operation.js';
import { RoleService } from '../../domain/roles/role.service.js';
import { CreateRoleBody, CreateRoleResponse } from './schemas.js';

// Create a role — a name not used by another role (400/1224) and privileges by name, e.g. User:Read, Group:Edit.
export default defineOperation({
  id: 'createRole',
  group: 'Roles',
  method: 'POST',
  path: '/roles',
  master: true,
  summary: { en: 'Create a role', zh: '创建角色' },
  scopes: ['role:write:admin'],
  rateLimit: 'Light',
  body: CreateRoleBody,
  success: { status: 201, schema: CreateRoleResponse },
  handle: ({ body, actor, svc }) => svc.use(RoleService).create(actor.accountId, body ?? {}),
});
