import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupIdParams } from '../../schemas/im-groups/schemas.js'

export default defineOperation({
  id: 'imGroupDelete',
  method: 'DELETE',
  path: '/im/groups/{groupId}',
  params: ImGroupIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(ImGroupService).delete(actor.accountId, params.groupId)
  },
})
