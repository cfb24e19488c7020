import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimAnswerBody, SimQuestion, SimQuestionParams } from '../../schemas/simulator/schemas.js'

// A host, co-host or panelist answers a Q&A question (in writing or live), or another participant comments on it.
export default defineOperation({
  id: 'simQuestionAnswer',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/questions/{questionId}/answers',
  summary: { en: 'Simulate: answer a Q&A question', zh: '模拟：回答问答中的问题' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimQuestionParams,
  body: SimAnswerBody,
  success: { status: 201, schema: SimQuestion },
  async handle({ params, body, actor, svc }) {
    return svc.use(Simulator).answer(actor, params.meetingId, params.questionId, body)
  },
})
