import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { EventTrigger } from '../../domain/sim-tools/events.js'
import { SimEvent, SimEventBody, SimEventParams } from '../../schemas/simulator/sim-tools.js'

// Lets a receiver be tried on any event without first making the change that would cause it.
export default defineOperation({
  id: 'simEventTrigger',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/events/{event}',
  summary: { en: 'Simulate: send a webhook event', zh: '模拟：发送 Webhook 事件' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimEventParams,
  body: SimEventBody,
  success: { status: 201, schema: SimEvent },
  handle({ params, body, actor, svc }) {
    return svc.use(EventTrigger).trigger(actor.callerAccountId, params.event, body?.data, actor.clientId)
  },
})
