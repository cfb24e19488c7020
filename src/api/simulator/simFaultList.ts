import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { FaultInjector } from '../../domain/sim-tools/faults.js'
import { SimFaultList } from '../../schemas/simulator/sim-tools.js'

// The caller's fault rules, oldest first, with the uses each has left.
export default defineOperation({
  id: 'simFaultList',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/faults',
  summary: { en: 'Simulate: list fault rules', zh: '模拟：列出故障规则' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 200, schema: SimFaultList },
  async handle({ actor, svc }) {
    return { faults: await svc.use(FaultInjector).list(actor.callerAccountId) }
  },
})
