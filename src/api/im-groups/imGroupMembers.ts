import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupIdParams, ImGroupMembersQuery } from '../../schemas/im-groups/schemas.js'
import { ImGroupMembersResponse } from '../../schemas/im-groups/schemas.gen.js'

export default defineOperation({
  id: 'imGroupMembers',
  method: 'GET',
  path: '/im/groups/{groupId}/members',
  params: ImGroupIdParams,
  query: ImGroupMembersQuery,
  success: { status: 200, schema: ImGroupMembersResponse },
  handle: ({ params, query, actor, svc }) =>
    svc.use(ImGroupService).listMembers(actor.accountId, params.groupId, query),
})
