import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { AddGroupAdminsBody, GroupIdParams } from '../../schemas/groups/schemas.js'
import { GroupAdminsCreateResponse } from '../../schemas/groups/schemas.gen.js'

// Add group admins — up to 10 users of the account per request, by id or email; `ids` lists the new admins.
export default defineOperation({
  id: 'groupAdminsCreate',
  method: 'POST',
  path: '/groups/{groupId}/admins',
  params: GroupIdParams,
  body: AddGroupAdminsBody,
  success: { status: 201, schema: GroupAdminsCreateResponse },
  handle: ({ params, body, actor, svc }) => svc.use(GroupService).addAdmins(actor, params.groupId, body.admins ?? []),
})
