import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { DeleteRegistrantQuery, RegistrantParams } from '../../schemas/meetings/schemas-registrants.js'

// Delete a meeting registrant — the whole registration, or one occurrence of a recurring meeting's.
export default defineOperation({
  id: 'meetingregistrantdelete',
  method: 'DELETE',
  path: '/meetings/{meetingId}/registrants/{registrantId}',
  params: RegistrantParams,
  query: DeleteRegistrantQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    await registrants.remove(meeting, params.registrantId, query.occurrence_id)
  },
})
