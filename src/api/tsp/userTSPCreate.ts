import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspUserParams, UserTsp, UserTspBody } from '../../schemas/tsp/schemas.js'

// Add a user's TSP account — in slot 1, then 2; a third is 400/300; 400/2024 with TSP off. Emits user.tsp_created.
export default defineOperation({
  id: 'userTSPCreate',
  method: 'POST',
  path: '/users/{userId}/tsp',
  params: TspUserParams,
  body: UserTspBody,
  success: { status: 201, schema: UserTsp },
  handle: ({ params, body, actor, svc }) => svc.use(TspService).create(actor, params.userId, body),
})
