import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { PollListOut, PollsQuery } from '../../schemas/meetings/schemas-polls.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// List meeting polls — all of them, oldest first (Zoom does not paginate them); `anonymous` keeps only the polls
// with (true) or without (false) anonymous answers.
export default defineOperation({
  id: 'meetingPolls',
  method: 'GET',
  path: '/meetings/{meetingId}/polls',
  params: MeetingIdParams,
  query: PollsQuery,
  success: { status: 200, schema: PollListOut },
  async handle({ params, query, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    const polls = await svc.use(PollService).list(m, query.anonymous)
    return { polls, total_records: polls.length }
  },
})
