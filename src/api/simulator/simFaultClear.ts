import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { FaultInjector } from '../../domain/sim-tools/faults.js'

// Removes all of the caller's fault rules.
export default defineOperation({
  id: 'simFaultClear',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/faults',
  summary: { en: 'Simulate: remove all fault rules', zh: '模拟：删除全部故障规则' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 204 },
  async handle({ actor, svc }) {
    await svc.use(FaultInjector).clear(actor.callerAccountId)
  },
})
