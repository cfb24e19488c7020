import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { GetMeetingQuery, MeetingIdParams, MeetingOut } from '../../schemas/meetings/schemas.js'

// Get a meeting — every read carries a fresh start_url (its ZAK lives two hours).
export default defineOperation({
  id: 'meeting',
  method: 'GET',
  path: '/meetings/{meetingId}',
  params: MeetingIdParams,
  query: GetMeetingQuery,
  success: { status: 200, schema: MeetingOut },
  async handle({ params, query, actor, svc }) {
    const meetings = svc.use(MeetingService)
    const m = await meetings.resolveForActor(actor, params.meetingId)
    return meetings.present(m, {
      occurrenceId: query.occurrence_id,
      showPreviousOccurrences: query.show_previous_occurrences,
      read: true,
    })
  },
})
