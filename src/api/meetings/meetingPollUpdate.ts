import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { PollBody, PollParams } from '../../schemas/meetings/schemas-polls.js'

// Update a meeting poll — the fields sent replace the poll's (questions as a whole), then the poll is checked again.
export default defineOperation({
  id: 'meetingPollUpdate',
  method: 'PUT',
  path: '/meetings/{meetingId}/polls/{pollId}',
  params: PollParams,
  body: PollBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(PollService).update(m, params.pollId, body)
  },
})
