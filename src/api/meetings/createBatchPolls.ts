import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { BatchPollsBody, BatchPollsOut } from '../../schemas/meetings/schemas-polls.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Perform batch poll creation — all polls or none; together with the meeting's existing polls at most 50.
export default defineOperation({
  id: 'createBatchPolls',
  method: 'POST',
  path: '/meetings/{meetingId}/batch_polls',
  params: MeetingIdParams,
  body: BatchPollsBody,
  success: { status: 201, schema: BatchPollsOut },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return { polls: await svc.use(PollService).createBatch(m, body.polls) }
  },
})
