import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { numberedPage } from '../../domain/paging.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { UserIdParams } from '../../schemas/meetings/schemas.js'
import { ListWebinarsQuery, ListWebinarsResponse } from '../../schemas/webinars/schemas.js'

// List webinars — a host's scheduled (or only upcoming) webinars, page by page.
export default defineOperation({
  id: 'webinars',
  method: 'GET',
  path: '/users/{userId}/webinars',
  params: UserIdParams,
  query: ListWebinarsQuery,
  success: { status: 200, schema: ListWebinarsResponse },
  async handle({ params, query, actor, svc }) {
    const webinars = svc.use(WebinarService)
    const user = await webinars.host(actor, params.userId)
    const page = await svc.use(MeetingService).list(actor.accountId, user, query, 'webinar')
    return {
      ...numberedPage(page),
      webinars: page.items.map((w) => webinars.presentListItem(w)),
    }
  },
})
