import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { errors } from '../../errors/catalog.js'
import { SimResetOut } from '../../schemas/simulator/snapshots.js'
import { restoreSnapshot } from '../../sim/reset.js'
import { SEED_SNAPSHOT } from '../../store/snapshots.repo.js'

// The whole server (every account) back to its seeded state, for a test suite to start each test from.
export default defineOperation({
  id: 'simReset',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/reset',
  summary: { en: 'Simulate: reset the server to its seeded state', zh: '模拟：将服务器重置为初始数据状态' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 200, schema: SimResetOut },
  async handle({ svc }) {
    const started = performance.now()
    if (!(await restoreSnapshot(svc, SEED_SNAPSHOT))) throw errors.snapshotNotFound(SEED_SNAPSHOT)
    return { snapshot: SEED_SNAPSHOT, took_ms: Math.round(performance.now() - started) }
  },
})
