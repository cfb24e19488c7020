import { defineOperation } from '../../http/operation.js'
import { disassociateSubAccount } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'

// Disassociate a sub account — it goes on as a standalone account; only Free sub accounts can leave.
export default defineOperation({
  id: 'DisassociateASubAccount',
  method: 'DELETE',
  path: '/accounts/{accountId}',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await disassociateSubAccount(svc, actor, params.accountId)
  },
})
