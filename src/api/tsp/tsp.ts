import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspInfo } from '../../schemas/tsp/schemas.js'

// Get account's TSP information — the defaults (TSP off, US bridge, no numbers) until changed; Free accounts 400/200.
export default defineOperation({
  id: 'tsp',
  method: 'GET',
  path: '/tsp',
  success: { status: 200, schema: TspInfo },
  handle: ({ actor, svc }) => svc.use(TspService).info(actor.accountId),
})
