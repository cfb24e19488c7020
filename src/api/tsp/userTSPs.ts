import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspUserParams, UserTspList } from '../../schemas/tsp/schemas.js'

// List user's TSP accounts — both of them at most, in slot order; 400/2024 while the account has TSP off.
export default defineOperation({
  id: 'userTSPs',
  method: 'GET',
  path: '/users/{userId}/tsp',
  params: TspUserParams,
  success: { status: 200, schema: UserTspList },
  handle: ({ params, actor, svc }) => svc.use(TspService).list(actor, params.userId),
})
