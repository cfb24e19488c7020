import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspAccountParams, UserTsp } from '../../schemas/tsp/schemas.js'

// Get a user's TSP account — 400/2024 with TSP off; 400/300 for an id other than 1 or 2 or an empty slot.
export default defineOperation({
  id: 'userTSP',
  method: 'GET',
  path: '/users/{userId}/tsp/{tspId}',
  params: TspAccountParams,
  success: { status: 200, schema: UserTsp },
  handle: ({ params, actor, svc }) => svc.use(TspService).get(actor, params.userId, params.tspId),
})
