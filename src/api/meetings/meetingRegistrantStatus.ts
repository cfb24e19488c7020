import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import { RegistrantStatusBody, RegistrantStatusQuery } from '../../schemas/meetings/schemas-registrants.js'

// Update registrant's status — approve, deny, or cancel an approved registration (it then lists as denied).
export default defineOperation({
  id: 'meetingRegistrantStatus',
  method: 'PUT',
  path: '/meetings/{meetingId}/registrants/status',
  params: MeetingIdParams,
  query: RegistrantStatusQuery,
  body: RegistrantStatusBody,
  success: { status: 204 },
  async handle({ params, query, body, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    await registrants.updateStatus(actor, meeting, body.action, body.registrants, query.occurrence_id)
  },
})
