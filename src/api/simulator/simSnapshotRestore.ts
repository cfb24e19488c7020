import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { errors } from '../../errors/catalog.js'
import { SimSnapshotOut, SimSnapshotParams } from '../../schemas/simulator/snapshots.js'
import { restoreSnapshot, snapshotOut } from '../../sim/reset.js'
import { SnapshotsRepo } from '../../store/snapshots.repo.js'

// Every table back to the rows a snapshot saved; the snapshot stays, to be restored again.
export default defineOperation({
  id: 'simSnapshotRestore',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/snapshots/{name}/restore',
  summary: { en: 'Simulate: restore a saved snapshot', zh: '模拟：恢复已保存的快照' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimSnapshotParams,
  success: { status: 200, schema: SimSnapshotOut },
  async handle({ params, svc }) {
    const saved = await new SnapshotsRepo(svc.db).get(params.name)
    if (!saved || !(await restoreSnapshot(svc, params.name))) throw errors.snapshotNotFound(params.name)
    return snapshotOut(saved)
  },
})
