import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupIdParams, ListGroupAdminsQuery } from '../../schemas/groups/schemas.js'
import { GroupAdminsResponse } from '../../schemas/groups/schemas.gen.js'

export default defineOperation({
  id: 'groupAdmins',
  method: 'GET',
  path: '/groups/{groupId}/admins',
  params: GroupIdParams,
  query: ListGroupAdminsQuery,
  success: { status: 200, schema: GroupAdminsResponse },
  handle: ({ params, query, actor, svc }) => svc.use(GroupService).listAdmins(actor.accountId, params.groupId, query),
})
