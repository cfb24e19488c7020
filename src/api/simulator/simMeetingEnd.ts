import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimMeetingParams, SimPastOut } from '../../schemas/simulator/schemas.js'

// The host ends the meeting: everyone leaves, the instance closes with its totals, meeting.ended.
export default defineOperation({
  id: 'simMeetingEnd',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/end',
  summary: { en: 'Simulate: end a meeting', zh: '模拟：结束会议' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  success: { status: 200, schema: SimPastOut },
  async handle({ params, actor, svc }) {
    const sim = svc.use(Simulator)
    return sim.summary(await sim.end(actor, params.meetingId))
  },
})
