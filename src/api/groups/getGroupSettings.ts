import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { readGroupSettings } from '../../domain/groups/settings.js'
import { GroupIdParams, GroupSettingsResponse, SettingsOptionQuery } from '../../schemas/groups/schemas.js'

// Get a group's settings — the account's settings with the group's changes; `option` picks the authentication
// or meeting security document; custom_query_fields keeps only the named fields.
export default defineOperation({
  id: 'getGroupSettings',
  method: 'GET',
  path: '/groups/{groupId}/settings',
  params: GroupIdParams,
  query: SettingsOptionQuery,
  success: { status: 200, schema: GroupSettingsResponse },
  async handle({ params, query, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    return readGroupSettings(svc, group, query.option, query.custom_query_fields)
  },
})
