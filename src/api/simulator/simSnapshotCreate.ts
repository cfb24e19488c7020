import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { errors } from '../../errors/catalog.js'
import { SimSnapshotBody, SimSnapshotOut } from '../../schemas/simulator/snapshots.js'
import { snapshotOut, takeSnapshot } from '../../sim/reset.js'
import { SEED_SNAPSHOT } from '../../store/snapshots.repo.js'

// Saves every table's rows under a name; saving a name again replaces that snapshot.
export default defineOperation({
  id: 'simSnapshotCreate',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/snapshots',
  summary: { en: 'Simulate: save a named snapshot of the data', zh: '模拟：保存命名的数据快照' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  body: SimSnapshotBody,
  success: { status: 201, schema: SimSnapshotOut },
  async handle({ body, svc }) {
    if (body.name === SEED_SNAPSHOT) throw errors.snapshotReserved(body.name)
    return snapshotOut(await takeSnapshot(svc, body.name))
  },
})
