import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { updateGroupLocks } from '../../domain/groups/settings.js'
import { GroupIdParams, GroupLockSettingsBody, LockOptionQuery } from '../../schemas/groups/schemas.js'

// Update locked settings — a locked setting takes the group's value for every member, whatever the member chose.
export default defineOperation({
  id: 'groupLockedSettings',
  method: 'PATCH',
  path: '/groups/{groupId}/lock_settings',
  params: GroupIdParams,
  query: LockOptionQuery,
  body: GroupLockSettingsBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    await updateGroupLocks(svc, actor, group, body ?? {}, GroupLockSettingsBody)
  },
})
