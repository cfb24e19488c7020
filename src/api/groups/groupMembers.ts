import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupIdParams, ListGroupMembersQuery } from '../../schemas/groups/schemas.js'
import { GroupMembersResponse } from '../../schemas/groups/schemas.gen.js'

export default defineOperation({
  id: 'groupMembers',
  method: 'GET',
  path: '/groups/{groupId}/members',
  params: GroupIdParams,
  query: ListGroupMembersQuery,
  success: { status: 200, schema: GroupMembersResponse },
  handle: ({ params, query, actor, svc }) => svc.use(GroupService).listMembers(actor.accountId, params.groupId, query),
})
