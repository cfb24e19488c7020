import { PollService } from '../../domain/meetings/polls.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PollBody } from '../../schemas/meetings/schemas-polls.js'
import { WebinarPollParams } from '../../schemas/webinars/extras.js'

// Update a webinar's poll — the fields sent replace the poll's (questions as a whole), then it is checked again.
export default defineOperation({
  id: 'webinarPollUpdate',
  method: 'PUT',
  path: '/webinars/{webinarId}/polls/{pollId}',
  params: WebinarPollParams,
  body: PollBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(PollService).update(w, params.pollId, body)
  },
})
