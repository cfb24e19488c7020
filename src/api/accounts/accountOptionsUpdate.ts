import { defineOperation } from '../../http/operation.js'
import { updateSubAccountOptions } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams, AccountOptionsBody } from '../../schemas/accounts/schemas.js'

// Update options — what the master shares with a sub account (connectors) and who pays.
export default defineOperation({
  id: 'accountOptionsUpdate',
  method: 'PATCH',
  path: '/accounts/{accountId}/options',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: AccountOptionsBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await updateSubAccountOptions(svc, actor, params.accountId, body)
  },
})
