import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupAdminParams } from '../../schemas/groups/schemas.js'

// Delete a group admin — a user who is not an admin of the group is 400/4138.
export default defineOperation({
  id: 'groupAdminsDelete',
  method: 'DELETE',
  path: '/groups/{groupId}/admins/{userId}',
  params: GroupAdminParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(GroupService).removeAdmin(actor, params.groupId, params.userId)
  },
})
