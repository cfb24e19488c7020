import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { ListGroupsQuery, ListGroupsResponse } from '../../schemas/groups/schemas.js'

// List groups — every group with its member count; pages of up to 2000 (next_page_token) as Zoom's current API has.
export default defineOperation({
  id: 'groups',
  method: 'GET',
  path: '/groups',
  query: ListGroupsQuery,
  success: { status: 200, schema: ListGroupsResponse },
  handle: ({ query, actor, svc }) => svc.use(GroupService).list(actor.accountId, query),
})
