import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { numberedPage } from '../../domain/paging.js'
import { defineOperation } from '../../http/operation.js'
import { ListMeetingsQuery, ListMeetingsResponse, UserIdParams } from '../../schemas/meetings/schemas.js'

// List meetings — a host's scheduled meetings (no instant ones), by list type, page by page.
export default defineOperation({
  id: 'meetings',
  method: 'GET',
  path: '/users/{userId}/meetings',
  params: UserIdParams,
  query: ListMeetingsQuery,
  success: { status: 200, schema: ListMeetingsResponse },
  async handle({ params, query, actor, svc }) {
    const user = await svc.users.resolve(actor, params.userId)
    const meetings = svc.use(MeetingService)
    const page = await meetings.list(actor.accountId, user, query)
    return {
      ...numberedPage(page),
      meetings: page.items.map((m) => meetings.presentListItem(m)),
    }
  },
})
