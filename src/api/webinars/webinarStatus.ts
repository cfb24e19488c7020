import { endHeld } from '../../domain/meetings/end.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarIdParams, WebinarStatusBody } from '../../schemas/webinars/schemas.js'

// Update webinar status — `end` ends the webinar in progress (webinar.ended, with `practice_session` when it ends
// before its broadcast); a webinar that is not live stays as it is.
export default defineOperation({
  id: 'webinarStatus',
  method: 'PUT',
  path: '/webinars/{webinarId}/status',
  params: WebinarIdParams,
  body: WebinarStatusBody,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await endHeld(svc, await svc.use(WebinarService).resolve(actor, params.webinarId))
  },
})
