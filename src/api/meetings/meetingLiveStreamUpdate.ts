import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { MeetingService } from '../../domain/meetings/meeting.service.js'
import { defineOperation } from '../../http/operation.js'
import { LiveStreamBody } from '../../schemas/meetings/schemas-livestream.js'
import { MeetingIdParams } from '../../schemas/meetings/schemas.js'

export default defineOperation({
  id: 'meetingLiveStreamUpdate',
  method: 'PATCH',
  path: '/meetings/{meetingId}/livestream',
  params: MeetingIdParams,
  body: LiveStreamBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const m = await svc.use(MeetingService).resolveForActor(actor, params.meetingId)
    await svc.use(LiveStreamService).update(m, body)
  },
})
