import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import {
  AddRegistrantBody,
  AddRegistrantQuery,
  AddRegistrantResponse,
} from '../../schemas/meetings/schemas-registrants.js'

// Add a meeting registrant — answers are checked against the meeting's registration questions; the same email
// gets its existing registration back. `occurrence_ids` picks occurrences when the recurring meeting registers per occurrence.
export default defineOperation({
  id: 'meetingRegistrantCreate',
  method: 'POST',
  path: '/meetings/{meetingId}/registrants',
  params: MeetingIdParams,
  query: AddRegistrantQuery,
  body: AddRegistrantBody,
  success: { status: 201, schema: AddRegistrantResponse },
  async handle({ params, query, body, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    return registrants.add(await registrants.target(actor, params.meetingId), body, query.occurrence_ids)
  },
})
