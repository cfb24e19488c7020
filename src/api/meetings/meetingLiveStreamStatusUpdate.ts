import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { LiveStreamStatusBody } from '../../schemas/meetings/schemas-livestream.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Update Live Stream Status — `start` only while the meeting is in progress, at most once per 30 seconds.
export default defineOperation({
  id: 'meetingLiveStreamStatusUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}/livestream/status',
  params: MeetingIdParams,
  body: LiveStreamStatusBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(LiveStreamService).updateStatus(actor, m, body)
  },
})
