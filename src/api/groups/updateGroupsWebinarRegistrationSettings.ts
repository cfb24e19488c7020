import { defineOperation } from '../../http/operation.js'
import { GroupService } from '../../domain/groups/group.service.js'
import { updateRegistrationSettings } from '../../domain/groups/settings.js'
import { GroupIdParams, RegistrationQuery, RegistrationSettings } from '../../schemas/groups/schemas.js'

// Update a group's webinar registration settings — standard questions change by field_name; custom questions are replaced.
export default defineOperation({
  id: 'updateGroupsWebinarRegistrationSettings',
  method: 'PATCH',
  path: '/groups/{groupId}/settings/registration',
  params: GroupIdParams,
  query: RegistrationQuery,
  body: RegistrationSettings,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const group = await svc.use(GroupService).get(actor.accountId, params.groupId)
    await updateRegistrationSettings(svc, group, body ?? {})
  },
})
