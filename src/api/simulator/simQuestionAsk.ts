import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimAskBody, SimMeetingParams, SimQuestion } from '../../schemas/simulator/schemas.js'

// A participant asks a question in the Q&A of a meeting or webinar in progress; stored with the instance.
export default defineOperation({
  id: 'simQuestionAsk',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/questions',
  summary: { en: 'Simulate: ask a Q&A question', zh: '模拟：在问答中提问' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  body: SimAskBody,
  success: { status: 201, schema: SimQuestion },
  async handle({ params, body, actor, svc }) {
    return svc.use(Simulator).ask(actor, params.meetingId, body)
  },
})
