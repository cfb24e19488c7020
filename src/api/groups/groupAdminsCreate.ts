import { defineOperation } from '../../http/operation.js';
import { GroupService } from '../../domain/groups/group.service.js';
import { AddGroupAdminsBody, GroupIdParams } from './schemas.js';
import { GroupAdminsCreateResponse } from './schemas.gen.js';

// Add group admins — up to 10 users of the account per request, by id or email; `ids` lists the new admins.
export default defineOperation({
  id: 'groupAdminsCreate',
  group: 'Groups',
  method: 'POST',
  path: '/groups/{groupId}/admins',
  master: true,
  summary: { en: 'Add group admins', zh: '添加组管理员' },
  scopes: ['group:write:admin'],
  rateLimit: 'Medium',
  params: GroupIdParams,
  body: AddGroupAdminsBody,
  success: { status: 201, schema: GroupAdminsCreateResponse },
  handle: ({ params, body, actor, svc }) => svc.use(GroupService).addAdmins(actor, params.groupId, body?.admins ?? []),
});
