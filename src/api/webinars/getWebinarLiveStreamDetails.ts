import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { LiveStreamOut } from '../../schemas/meetings/schemas-livestream.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Get live stream details — empty until configured; 400/200 while the host's custom webinar live streaming is off.
export default defineOperation({
  id: 'getWebinarLiveStreamDetails',
  method: 'GET',
  path: '/webinars/{webinarId}/livestream',
  params: WebinarIdParams,
  success: { status: 200, schema: LiveStreamOut },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return svc.use(LiveStreamService).get(w)
  },
})
