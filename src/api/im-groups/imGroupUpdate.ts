import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupIdParams } from '../../schemas/im-groups/schemas.js'
import { ImGroupUpdateBody } from '../../schemas/im-groups/schemas.gen.js'

export default defineOperation({
  id: 'imGroupUpdate',
  method: 'PATCH',
  path: '/im/groups/{groupId}',
  params: ImGroupIdParams,
  body: ImGroupUpdateBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(ImGroupService).update(actor.accountId, params.groupId, body)
  },
})
