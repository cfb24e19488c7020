import { defineOperation } from '../../http/operation.js'
import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { RequestJournal } from '../../domain/sim-tools/journal.js'
import { REQUEST_LIST_LIMIT, SimRequestList, SimRequestQuery } from '../../schemas/simulator/sim-tools.js'

// The request journal, newest first: what clients asked of the API and what they were answered.
export default defineOperation({
  id: 'simRequestList',
  group: 'Simulator',
  method: 'GET',
  path: '/sim/requests',
  summary: { en: 'Simulate: list recorded API requests', zh: '模拟：列出记录的 API 请求' },
  scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  query: SimRequestQuery,
  success: { status: 200, schema: SimRequestList },
  async handle({ query, actor, svc }) {
    const requests = await svc.use(RequestJournal).list(actor, {
      path: query.path,
      method: query.method,
      status: query.status,
      accountId: query.account_id,
      limit: query.limit ?? REQUEST_LIST_LIMIT,
    })
    return { requests }
  },
})
