import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { readGroupLocks } from '../../domain/groups/settings.js'
import { GroupIdParams, GroupLockSettingsResponse, LockOptionQuery } from '../../schemas/groups/schemas.js'

// Get locked settings — `true` marks a setting the group's members cannot change.
export default defineOperation({
  id: 'getGroupLockSettings',
  method: 'GET',
  path: '/groups/{groupId}/lock_settings',
  params: GroupIdParams,
  query: LockOptionQuery,
  success: { status: 200, schema: GroupLockSettingsResponse },
  async handle({ params, query, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    return readGroupLocks(group, query.option, GroupLockSettingsResponse)
  },
})
