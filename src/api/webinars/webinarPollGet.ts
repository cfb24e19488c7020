import { PollService } from '../../domain/meetings/polls.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PollOut } from '../../schemas/meetings/schemas-polls.js'
import { WebinarPollParams } from '../../schemas/webinars/extras.js'

export default defineOperation({
  id: 'webinarPollGet',
  method: 'GET',
  path: '/webinars/{webinarId}/polls/{pollId}',
  params: WebinarPollParams,
  success: { status: 200, schema: PollOut },
  async handle({ params, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return svc.use(PollService).get(w, params.pollId)
  },
})
