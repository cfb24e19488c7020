import { PollService } from '../../domain/meetings/polls.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { WebinarPollParams } from '../../schemas/webinars/extras.js'

export default defineOperation({
  id: 'webinarPollDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/polls/{pollId}',
  params: WebinarPollParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    await svc.use(PollService).delete(w, params.pollId)
  },
})
