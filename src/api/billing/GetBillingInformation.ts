import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, BillingContactResponse } from '../../schemas/billing/schemas.js'

// Get billing information — the billing contact of a sub account (or, with `me`, of the caller).
export default defineOperation({
  id: 'GetBillingInformation',
  method: 'GET',
  path: '/accounts/{accountId}/billing',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: BillingContactResponse },
  async handle({ actor, svc }) {
    const billing = svc.use(BillingService)
    billing.requireMasterPays(actor, await billing.account(actor.accountId))
    return billing.contact(actor.accountId)
  },
})
