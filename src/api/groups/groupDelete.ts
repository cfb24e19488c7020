import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupIdParams } from '../../schemas/groups/schemas.js'

// Delete a group — its members leave it; for those whose primary group it was, their oldest other group becomes primary.
export default defineOperation({
  id: 'groupDelete',
  method: 'DELETE',
  path: '/groups/{groupId}',
  params: GroupIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(GroupService).delete(actor, params.groupId)
  },
})
