import { defineOperation } from '../../http/operation.js';
import { GroupService } from '../../domain/groups/group.service.js';
import { GroupIdParams, ListGroupMembersQuery } from './schemas.js';
import { GroupMembersResponse } from './schemas.gen.js';

export default defineOperation({
  id: 'groupMembers',
  group: 'Groups',
  method: 'GET',
  path: '/groups/{groupId}/members',
  master: true,
  summary: { en: 'List group members', zh: '列出组成员' },
  scopes: ['group:read:admin'],
  rateLimit: 'Medium',
  params: GroupIdParams,
  query: ListGroupMembersQuery,
  success: { status: 200, schema: GroupMembersResponse },
  handle: ({ params, query, actor, svc }) => svc.use(GroupService).listMembers(actor.accountId, params.groupId, query),
});
