import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { PollParams } from '../../schemas/meetings/schemas-polls.js'

export default defineOperation({
  id: 'meetingPollDelete',
  method: 'DELETE',
  path: '/meetings/{meetingId}/polls/{pollId}',
  params: PollParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(PollService).delete(m, params.pollId)
  },
})
