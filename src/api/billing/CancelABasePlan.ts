import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, CancelBaseBody } from '../../schemas/billing/schemas.js'

// Cancel a base plan — once no add-on is left; the sub account becomes Free. Zoom answers 200 with no body.
export default defineOperation({
  id: 'CancelABasePlan',
  method: 'PATCH',
  path: '/accounts/{accountId}/plans/base/status',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: CancelBaseBody,
  success: { status: 200 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).cancelBase(actor, body)
  },
})
