import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, PlanUsageResponse } from '../../schemas/billing/schemas.js'

// Get plan usage — each plan's hosts and how many of its licenses the account's users hold (or wait for).
export default defineOperation({
  id: 'GetPlanUsage',
  method: 'GET',
  path: '/accounts/{accountId}/plans/usage',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: PlanUsageResponse },
  handle: ({ actor, svc }) => svc.use(BillingService).usage(actor.accountId),
})
