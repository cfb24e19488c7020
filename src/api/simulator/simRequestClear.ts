import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { RequestJournal } from '../../domain/sim-tools/journal.js'

// Empties the request journal, e.g. between two tests that share a server.
export default defineOperation({
  id: 'simRequestClear',
  group: 'Simulator',
  method: 'DELETE',
  path: '/sim/requests',
  summary: { en: 'Simulate: clear recorded API requests', zh: '模拟：清空记录的 API 请求' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  success: { status: 204 },
  async handle({ actor, svc }) {
    await svc.use(RequestJournal).clear(actor)
  },
})
