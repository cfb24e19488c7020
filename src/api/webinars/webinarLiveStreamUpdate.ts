import { LiveStreamService } from '../../domain/meetings/livestream.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { LiveStreamBody } from '../../schemas/meetings/schemas-livestream.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

export default defineOperation({
  id: 'webinarLiveStreamUpdate',
  method: 'PATCH',
  path: '/webinars/{webinarId}/livestream',
  params: WebinarIdParams,
  body: LiveStreamBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(LiveStreamService).update(w, body)
  },
})
