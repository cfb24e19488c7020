import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { AddImGroupMembersBody, ImGroupIdParams } from '../../schemas/im-groups/schemas.js'
import { ImGroupMembersCreateResponse } from '../../schemas/im-groups/schemas.gen.js'

// Add IM directory group members — up to 10 users per request, by id or email.
export default defineOperation({
  id: 'imGroupMembersCreate',
  method: 'POST',
  path: '/im/groups/{groupId}/members',
  params: ImGroupIdParams,
  body: AddImGroupMembersBody,
  success: { status: 201, schema: ImGroupMembersCreateResponse },
  handle: ({ params, body, actor, svc }) =>
    svc.use(ImGroupService).addMembers(actor.accountId, params.groupId, body.members ?? []),
})
