import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { readRegistrationSettings } from '../../domain/groups/settings.js'
import { GroupIdParams, RegistrationQuery, RegistrationSettings } from '../../schemas/groups/schemas.js'

// Get a group's webinar registration settings (not in the 2022 document; the id is @zoom/rivet's).
export default defineOperation({
  id: 'getGroupsWebinarRegistrationSettings',
  method: 'GET',
  path: '/groups/{groupId}/settings/registration',
  params: GroupIdParams,
  query: RegistrationQuery,
  success: { status: 200, schema: RegistrationSettings },
  async handle({ params, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    return readRegistrationSettings(group) as never
  },
})
