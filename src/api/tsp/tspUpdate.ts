import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspInfoUpdateBody } from '../../schemas/tsp/schemas.js'

// Update account's TSP information — only the members sent change; `tsp_enabled` is the account's TSP switch.
export default defineOperation({
  id: 'tspUpdate',
  method: 'PATCH',
  path: '/tsp',
  body: TspInfoUpdateBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await svc.use(TspService).updateInfo(actor.accountId, body)
  },
})
