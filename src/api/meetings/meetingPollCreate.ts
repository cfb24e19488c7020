import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { PollService } from '../../domain/meetings/polls.js'
import { defineOperation } from '../../http/operation.js'
import { PollBody, PollOut } from '../../schemas/meetings/schemas-polls.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

export default defineOperation({
  id: 'meetingPollCreate',
  method: 'POST',
  path: '/meetings/{meetingId}/polls',
  params: MeetingIdParams,
  body: PollBody,
  success: { status: 201, schema: PollOut },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return svc.use(PollService).create(m, body)
  },
})
