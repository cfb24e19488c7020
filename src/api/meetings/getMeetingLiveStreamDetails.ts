import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { LiveStreamOut } from '../../schemas/meetings/schemas-livestream.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

// Get livestream details — empty until the live stream is configured.
export default defineOperation({
  id: 'getMeetingLiveStreamDetails',
  method: 'GET',
  path: '/meetings/{meetingId}/livestream',
  params: MeetingIdParams,
  success: { status: 200, schema: LiveStreamOut },
  async handle({ params, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    return svc.use(LiveStreamService).get(m)
  },
})
