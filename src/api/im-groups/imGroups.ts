import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupsResponse } from '../../schemas/im-groups/schemas.gen.js'

// List IM directory groups — all of the account's, with member counts (Zoom does not page this list).
export default defineOperation({
  id: 'imGroups',
  method: 'GET',
  path: '/im/groups',
  success: { status: 200, schema: ImGroupsResponse },
  handle: ({ actor, svc }) => svc.use(ImGroupService).list(actor.accountId),
})
