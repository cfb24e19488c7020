import { TrackingSourceService } from '../../domain/webinars/tracking-sources.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { TrackingSourcesResponse } from '../../schemas/webinars/registrants.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Get webinar tracking sources — each with its link, visits and registrations; only for webinars that take
// registrations (400/3000 otherwise).
export default defineOperation({
  id: 'getTrackingSources',
  method: 'GET',
  path: '/webinars/{webinarId}/tracking_sources',
  params: WebinarIdParams,
  success: { status: 200, schema: TrackingSourcesResponse },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    const sources = await svc.use(TrackingSourceService).list(w)
    return { total_records: sources.length, tracking_sources: sources }
  },
})
