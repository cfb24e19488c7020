import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { GetWebinarQuery, WebinarIdParams, WebinarOut } from '../../schemas/webinars/schemas.js'

// Get a webinar — one occurrence with occurrence_id; past occurrences only with show_previous_occurrences.
export default defineOperation({
  id: 'webinar',
  method: 'GET',
  path: '/webinars/{webinarId}',
  params: WebinarIdParams,
  query: GetWebinarQuery,
  success: { status: 200, schema: WebinarOut },
  async handle({ params, query, actor, svc }) {
    const webinars = svc.use(WebinarService)
    const w = await webinars.resolve(actor, params.webinarId)
    return webinars.present(w, {
      occurrenceId: query.occurrence_id,
      showPreviousOccurrences: query.show_previous_occurrences,
      read: true,
    })
  },
})
