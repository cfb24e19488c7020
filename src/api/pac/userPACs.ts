import { defineOperation } from '../../http/operation.js'
import { listPacAccounts } from '../../domain/pac/pac.js'
import { ListPacAccountsResponse, PacUserParams } from '../../schemas/pac/schemas.js'

// A user's personal audio conference account — 400/2024 when the account or the user has no PAC, 404/1001 for
// an unknown user.
export default defineOperation({
  id: 'userPACs',
  method: 'GET',
  path: '/users/{userId}/pac',
  params: PacUserParams,
  success: { status: 200, schema: ListPacAccountsResponse },
  handle: ({ params, actor, svc }) => listPacAccounts(svc, actor, params.userId),
})
