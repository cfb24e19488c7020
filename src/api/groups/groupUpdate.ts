import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupIdParams, UpdateGroupBody } from '../../schemas/groups/schemas.js'

// Update a group — renames it; the new name must be free in the account (409/4132).
export default defineOperation({
  id: 'groupUpdate',
  method: 'PATCH',
  path: '/groups/{groupId}',
  params: GroupIdParams,
  body: UpdateGroupBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(GroupService).update(actor, params.groupId, body)
  },
})
