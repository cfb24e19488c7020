import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { removeGroupVirtualBackgrounds } from '../../domain/groups/settings.js'
import { DeleteVirtualBackgroundsQuery, GroupIdParams } from '../../schemas/groups/schemas.js'

// Delete Virtual Background files — file_ids is a comma-separated list of the group's files.
export default defineOperation({
  id: 'delGroupVB',
  method: 'DELETE',
  path: '/groups/{groupId}/settings/virtual_backgrounds',
  params: GroupIdParams,
  query: DeleteVirtualBackgroundsQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    await removeGroupVirtualBackgrounds(svc, group, query.file_ids)
  },
})
