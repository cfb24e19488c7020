import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarLiveStreamStatusBody } from '../../schemas/webinars/extras.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Update live stream status — `start` only while the webinar is in progress, at most once per 30 seconds.
export default defineOperation({
  id: 'webinarLiveStreamStatusUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/livestream/status',
  params: WebinarIdParams,
  body: WebinarLiveStreamStatusBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(LiveStreamService).updateStatus(actor, w, body)
  },
})
