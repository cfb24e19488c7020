import { defineOperation } from '../../http/operation.js'
import { ImGroupService } from '../../domain/im-groups/im-group.service.js'
import { ImGroupMemberParams } from '../../schemas/im-groups/schemas.js'

// Delete IM directory group member — memberId is the user's id or email.
export default defineOperation({
  id: 'imGroupMembersDelete',
  method: 'DELETE',
  path: '/im/groups/{groupId}/members/{memberId}',
  params: ImGroupMemberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(ImGroupService).removeMember(actor.accountId, params.groupId, params.memberId)
  },
})
