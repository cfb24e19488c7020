import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimMeetingParams, SimSession, SimShareBody } from '../../schemas/simulator/schemas.js'

// A participant starts or stops sharing the screen: meeting.sharing_started / meeting.sharing_ended.
export default defineOperation({
  id: 'simScreenShare',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/meetings/{meetingId}/share',
  summary: { en: 'Simulate: start or stop a screen share', zh: '模拟：开始或停止屏幕共享' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimMeetingParams,
  body: SimShareBody,
  success: { status: 200, schema: SimSession },
  async handle({ params, body, actor, svc }) {
    const sim = svc.use(Simulator)
    return sim.sessionView(await sim.share(actor, params.meetingId, body.participant_id, body.action, body.content))
  },
})
