import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupMemberParams, UpdateGroupMemberBody } from '../../schemas/groups/schemas.js'

// Update a group member — `move` to target_group_id, or `set_primary` (the user follows that group's settings).
export default defineOperation({
  id: 'updateAGroupMember',
  method: 'PATCH',
  path: '/groups/{groupId}/members/{memberId}',
  params: GroupMemberParams,
  body: UpdateGroupMemberBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(GroupService).updateMember(actor, params.groupId, params.memberId, body)
  },
})
