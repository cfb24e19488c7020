import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { AddGroupMembersBody, GroupIdParams } from '../../schemas/groups/schemas.js'
import { GroupMembersCreateResponse } from '../../schemas/groups/schemas.gen.js'

// Add group members — up to 30 users per request, by id or email; `ids` lists the users who joined.
export default defineOperation({
  id: 'groupMembersCreate',
  method: 'POST',
  path: '/groups/{groupId}/members',
  params: GroupIdParams,
  body: AddGroupMembersBody,
  success: { status: 201, schema: GroupMembersCreateResponse },
  handle: ({ params, body, actor, svc }) => svc.use(GroupService).addMembers(actor, params.groupId, body.members ?? []),
})
