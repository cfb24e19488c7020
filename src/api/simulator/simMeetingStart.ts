import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimLiveOut, SimMeetingParams, SimStartQuery } from '../../schemas/simulator/schemas.js'

// Start a meeting as its host would: status `started`, a live instance, meeting.started.
export default defineOperation({
  id: 'simMeetingStart',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/start',
  summary: { en: 'Simulate: start a meeting', zh: '模拟：开始会议' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  query: SimStartQuery,
  success: { status: 200, schema: SimLiveOut },
  async handle({ params, query, actor, svc }) {
    return svc.use(Simulator).startState(actor, params.meetingId, { qos: query.qos })
  },
})
