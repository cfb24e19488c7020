import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { FaultInjector } from '../../domain/sim-tools/faults.js'
import { SimFault, SimFaultBody } from '../../schemas/simulator/sim-tools.js'

// A fault rule on the caller's account: its API calls fail or answer late, or its webhook deliveries misbehave.
export default defineOperation({
  id: 'simFaultCreate',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/faults',
  summary: { en: 'Simulate: add a fault rule', zh: '模拟：添加故障规则' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  body: SimFaultBody,
  success: { status: 201, schema: SimFault },
  handle({ body, actor, svc }) {
    return svc.use(FaultInjector).create(actor.callerAccountId, body)
  },
})
