import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { Simulator } from '../../sim/simulator.js'
import { SimLiveOut, SimWebinarParams } from '../../schemas/simulator/schemas.js'

// The host ends a webinar's practice session and starts the broadcast: attendees may join from then on.
export default defineOperation({
  id: 'simWebinarBroadcast',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/webinars/{webinarId}/broadcast',
  summary: { en: 'Simulate: start a webinar’s broadcast', zh: '模拟：结束练习会话，正式开始网络研讨会' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimWebinarParams,
  success: { status: 200, schema: SimLiveOut },
  async handle({ params, actor, svc }) {
    return svc.use(Simulator).broadcast(actor, params.webinarId)
  },
})
