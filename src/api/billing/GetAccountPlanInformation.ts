import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, PlansResponse } from '../../schemas/billing/schemas.js'

// Get account plan information — the base plan and add-ons, with their status and next invoice dates.
export default defineOperation({
  id: 'GetAccountPlanInformation',
  method: 'GET',
  path: '/accounts/{accountId}/plans',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: PlansResponse },
  async handle({ actor, svc }) {
    const billing = svc.use(BillingService)
    billing.requireMasterPays(actor, await billing.account(actor.accountId))
    return billing.plans(actor.accountId)
  },
})
