import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import { DeleteRegistrantQuery } from '../../schemas/meetings/schemas-registrants.js'
import { WebinarRegistrantParams } from '../../schemas/webinars/registrants.js'

// Delete a webinar registrant — the registration, or one occurrence of it for a recurring webinar.
export default defineOperation({
  id: 'deleteWebinarRegistrant',
  method: 'DELETE',
  path: '/webinars/{webinarId}/registrants/{registrantId}',
  params: WebinarRegistrantParams,
  query: DeleteRegistrantQuery,
  success: { status: 204 },
  async handle({ params, query, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    await core.remove(w, params.registrantId, query.occurrence_id)
  },
})
