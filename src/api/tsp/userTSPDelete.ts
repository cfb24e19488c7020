import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspAccountParams } from '../../schemas/tsp/schemas.js'

// Delete a user's TSP account — never the user's last one (400/300); 400/2024 with TSP off. Emits user.tsp_deleted.
export default defineOperation({
  id: 'userTSPDelete',
  method: 'DELETE',
  path: '/users/{userId}/tsp/{tspId}',
  params: TspAccountParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(TspService).delete(actor, params.userId, params.tspId)
  },
})
