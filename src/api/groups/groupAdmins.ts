import { defineOperation } from '../../http/operation.js';
import { GroupService } from '../../domain/groups/group.service.js';
import { GroupIdParams, ListGroupAdminsQuery } from './schemas.js';
import { GroupAdminsResponse } from './schemas.gen.js';

export default defineOperation({
  id: 'groupAdmins',
  group: 'Groups',
  method: 'GET',
  path: '/groups/{groupId}/admins',
  master: true,
  summary: { en: 'List group admins', zh: '列表组管理员' },
  scopes: ['group:read:admin'],
  rateLimit: 'Medium',
  params: GroupIdParams,
  query: ListGroupAdminsQuery,
  success: { status: 200, schema: GroupAdminsResponse },
  handle: ({ params, query, actor, svc }) => svc.use(GroupService).listAdmins(actor.accountId, params.groupId, query),
});
