import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { FaultInjector } from '../../domain/sim-tools/faults.js'
import { SimFaultParams } from '../../schemas/simulator/sim-tools.js'

// Removes one of the caller's fault rules.
export default defineOperation({
  id: 'simFaultDelete',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/faults/{faultId}',
  summary: { en: 'Simulate: remove a fault rule', zh: '模拟：删除故障规则' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimFaultParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(FaultInjector).delete(actor.callerAccountId, params.faultId)
  },
})
