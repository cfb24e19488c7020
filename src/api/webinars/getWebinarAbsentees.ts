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
      page_count: page.page_count,
      page_number: page.page_number,
      page_size: page.page_size,
      total_records: page.total_records,
      next_page_token: page.next_page_token,
      registrants: page.items,
    }
  },
})
