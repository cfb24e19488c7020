import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { SimSnapshotList } from '../../schemas/simulator/snapshots.js'
import { snapshotOut } from '../../sim/reset.js'
import { SnapshotsRepo } from '../../store/snapshots.repo.js'

// The saved snapshots, oldest first, including the seeded state that a reset returns to.
export default defineOperation({
  id: 'simSnapshotList',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/snapshots',
  summary: { en: 'Simulate: list saved snapshots', zh: '模拟：列出已保存的快照' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 200, schema: SimSnapshotList },
  async handle({ svc }) {
    return { snapshots: (await new SnapshotsRepo(svc.db).list()).map(snapshotOut) }
  },
})
