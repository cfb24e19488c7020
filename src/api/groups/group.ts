import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { GroupIdParams } from '../../schemas/groups/schemas.js'
import { GroupResponse } from '../../schemas/groups/schemas.gen.js'

export default defineOperation({
  id: 'group',
  method: 'GET',
  path: '/groups/{groupId}',
  params: GroupIdParams,
  success: { status: 200, schema: GroupResponse },
  async handle({ params, actor, svc }) {
    const groups = svc.use(GroupService)
    const group = await groups.get(actor.accountId, params.groupId)
    return { id: group.id, name: group.name, total_members: await groups.totalMembers(actor.accountId, group.id) }
  },
})
