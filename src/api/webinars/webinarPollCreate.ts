import { PollService } from '../../domain/meetings/polls.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PollBody, PollOut } from '../../schemas/meetings/schemas-polls.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// Create a webinar's poll — a poll, advanced poll or quiz; at most 50 per webinar.
export default defineOperation({
  id: 'webinarPollCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/polls',
  params: WebinarIdParams,
  body: PollBody,
  success: { status: 201, schema: PollOut },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return svc.use(PollService).create(w, body)
  },
})
