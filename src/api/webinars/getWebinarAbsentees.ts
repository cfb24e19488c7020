import { numberedPage } from '../../domain/paging.js'
import { PastWebinars } from '../../domain/webinars/past.js'
import { defineOperation } from '../../http/operation.js'
import { AbsenteesOut, AbsenteesQuery, PastWebinarIdParams } from '../../schemas/webinars/past.js'

// Get webinar absentees — approved registrants of an ended instance who never joined it; registration required.
export default defineOperation({
  id: 'getWebinarAbsentees',
  method: 'GET',
  path: '/past_webinars/{webinarId}/absentees',
  params: PastWebinarIdParams,
  query: AbsenteesQuery,
  success: { status: 200, schema: AbsenteesOut },
  async handle({ params, query, actor, svc }) {
    const page = await svc.use(PastWebinars).absentees(actor, params.webinarId, query)
    return {
      ...numberedPage(page),
      registrants: page.items,
    }
  },
})
