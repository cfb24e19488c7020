import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, PlansResponse, SubscribeBody } from '../../schemas/billing/schemas.js'

// Subscribe account to a plan — a Free sub account takes a base plan (and add-ons); the account's plan, and so its
// rate limits and paid features, change at once, and the first period is invoiced. The catalog gives this
// operation no rate-limit label; it is counted as the other plan changes are (Heavy).
export default defineOperation({
  id: 'accountPlanCreate',
  method: 'POST',
  path: '/accounts/{accountId}/plans',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: SubscribeBody,
  success: { status: 201, schema: PlansResponse },
  handle: ({ body, actor, svc }) => svc.use(BillingService).subscribe(actor, body),
})
