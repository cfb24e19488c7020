import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimLiveOut, SimMeetingParams } from '../../schemas/simulator/schemas.js'

// A meeting as the simulator sees it: its live instance, the recording and who is in it.
export default defineOperation({
  id: 'simMeetingState',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/meetings/{meetingId}',
  summary: { en: 'Simulate: get a live meeting', zh: '模拟：获取进行中的会议' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  success: { status: 200, schema: SimLiveOut },
  async handle({ params, actor, svc }) {
    return svc.use(Simulator).state(actor, params.meetingId)
  },
})
