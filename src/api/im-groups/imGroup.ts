import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupIdParams } from '../../schemas/im-groups/schemas.js'
import { ImGroupResponse } from '../../schemas/im-groups/schemas.gen.js'

export default defineOperation({
  id: 'imGroup',
  method: 'GET',
  path: '/im/groups/{groupId}',
  params: ImGroupIdParams,
  success: { status: 200, schema: ImGroupResponse },
  handle: ({ params, actor, svc }) => svc.use(ImGroupService).get(actor.accountId, params.groupId),
})
