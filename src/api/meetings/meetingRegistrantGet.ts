import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { RegistrantOut, RegistrantParams } from '../../schemas/meetings/schemas-registrants.js'

// Get a meeting registrant — whatever the registration's status.
export default defineOperation({
  id: 'meetingRegistrantGet',
  method: 'GET',
  path: '/meetings/{meetingId}/registrants/{registrantId}',
  params: RegistrantParams,
  success: { status: 200, schema: RegistrantOut },
  async handle({ params, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    return registrants.present(meeting, await registrants.get(meeting, params.registrantId))
  },
})
