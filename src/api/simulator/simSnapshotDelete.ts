import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { errors } from '../../errors/catalog.js'
import { SimSnapshotParams } from '../../schemas/simulator/snapshots.js'
import { SEED_SNAPSHOT, SnapshotsRepo } from '../../store/snapshots.repo.js'

// Drops a saved snapshot and its copied rows; the seeded state cannot be dropped.
export default defineOperation({
  id: 'simSnapshotDelete',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/snapshots/{name}',
  summary: { en: 'Simulate: delete a saved snapshot', zh: '模拟：删除已保存的快照' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimSnapshotParams,
  success: { status: 204 },
  async handle({ params, svc }) {
    if (params.name === SEED_SNAPSHOT) throw errors.snapshotReserved(params.name)
    if (!(await new SnapshotsRepo(svc.db).remove(params.name))) throw errors.snapshotNotFound(params.name)
  },
})
