import { RegistrantService } from '../../domain/meetings/registrants.js'
import { defineOperation } from '../../http/operation.js'
import {
  WebinarRegistrantDetailOut,
  WebinarRegistrantGetQuery,
  WebinarRegistrantParams,
} from '../../schemas/webinars/registrants.js'

// Get a webinar registrant — whatever the status; with `occurrence_id`, only one registered for that occurrence.
export default defineOperation({
  id: 'webinarRegistrantGet',
  method: 'GET',
  path: '/webinars/{webinarId}/registrants/{registrantId}',
  params: WebinarRegistrantParams,
  query: WebinarRegistrantGetQuery,
  success: { status: 200, schema: WebinarRegistrantDetailOut },
  async handle({ params, query, actor, svc }) {
    const core = svc.use(RegistrantService)
    const { meeting: w } = await core.target(actor, params.webinarId, 'webinar')
    const r = await core.get(w, params.registrantId)
    if (query.occurrence_id !== undefined) await core.attending(w, r, query.occurrence_id)
    return core.present(w, r)
  },
})
