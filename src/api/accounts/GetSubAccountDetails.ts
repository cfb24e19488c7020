import { defineOperation } from '../../http/operation.js'
import { subAccountDetails } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams, SubAccountResponse } from '../../schemas/accounts/schemas.js'

// Get sub account details — or, with `me`, the caller's own account.
export default defineOperation({
  id: 'GetSubAccountDetails',
  method: 'GET',
  path: '/accounts/{accountId}',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: SubAccountResponse },
  handle: ({ actor, svc }) => subAccountDetails(svc, actor.accountId),
})
