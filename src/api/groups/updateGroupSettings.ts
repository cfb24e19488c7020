import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { updateGroupSettings } from '../../domain/groups/settings.js'
import { GroupIdParams, GroupSettingsBody, UpdateSettingsOptionQuery } from '../../schemas/groups/schemas.js'

// Update a group's settings — they override the account's settings for the group's members.
export default defineOperation({
  id: 'updateGroupSettings',
  method: 'PATCH',
  path: '/groups/{groupId}/settings',
  params: GroupIdParams,
  query: UpdateSettingsOptionQuery,
  body: GroupSettingsBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    await updateGroupSettings(svc, actor, group, body ?? {}, query.option, GroupSettingsBody)
  },
})
