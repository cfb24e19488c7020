import { PollService } from '../../domain/meetings/polls.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import { PollListOut, PollsQuery } from '../../schemas/meetings/schemas-polls.js'
import { WebinarIdParams } from '../../schemas/webinars/schemas.js'

// List webinar's polls — all of them, oldest first; `anonymous` keeps the polls with (true) or without (false)
// anonymous answers. 4400 while "Webinar Polls/Quizzes" is off.
export default defineOperation({
  id: 'webinarPolls',
  method: 'GET',
  path: '/webinars/{webinarId}/polls',
  params: WebinarIdParams,
  query: PollsQuery,
  success: { status: 200, schema: PollListOut },
  async handle({ params, query, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    const polls = await svc.use(PollService).list(w, query.anonymous)
    return { polls, total_records: polls.length }
  },
})
