import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { PollOut, PollParams } from '../../schemas/meetings/schemas-polls.js'

export default defineOperation({
  id: 'meetingPollGet',
  method: 'GET',
  path: '/meetings/{meetingId}/polls/{pollId}',
  params: PollParams,
  success: { status: 200, schema: PollOut },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return svc.use(PollService).get(m, params.pollId)
  },
})
