import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupMemberParams } from '../../schemas/groups/schemas.js'

// Delete a group member — memberId is the user's id or email.
export default defineOperation({
  id: 'groupMembersDelete',
  method: 'DELETE',
  path: '/groups/{groupId}/members/{memberId}',
  params: GroupMemberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(GroupService).removeMember(actor, params.groupId, params.memberId)
  },
})
