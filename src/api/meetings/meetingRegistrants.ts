import { RegistrantService } from '../../domain/meetings/registrants.js'
import { numberedPage } from '../../domain/paging.js'
import { defineOperation } from '../../http/operation.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'
import { ListRegistrantsQuery, ListRegistrantsResponse } from '../../schemas/meetings/schemas-registrants.js'

// List meeting registrants — by status (approved unless asked), optionally for one occurrence, page by page.
export default defineOperation({
  id: 'meetingRegistrants',
  method: 'GET',
  path: '/meetings/{meetingId}/registrants',
  params: MeetingIdParams,
  query: ListRegistrantsQuery,
  success: { status: 200, schema: ListRegistrantsResponse },
  async handle({ params, query, actor, svc }) {
    const registrants = svc.use(RegistrantService)
    const { meeting } = await registrants.target(actor, params.meetingId)
    const page = await registrants.list(meeting, query)
    const items = []
    for (const r of page.items) items.push(await registrants.present(meeting, r))
    return {
      ...numberedPage(page),
      registrants: items,
    }
  },
})
