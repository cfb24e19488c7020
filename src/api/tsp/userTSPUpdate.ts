import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspAccountParams, UserTspBody } from '../../schemas/tsp/schemas.js'

// Update a TSP account — new code and PIN, bridge and numbers when sent; 400/2024 with TSP off. user.tsp_updated.
export default defineOperation({
  id: 'userTSPUpdate',
  method: 'PATCH',
  path: '/users/{userId}/tsp/{tspId}',
  params: TspAccountParams,
  body: UserTspBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(TspService).update(actor, params.userId, params.tspId, body)
  },
})
