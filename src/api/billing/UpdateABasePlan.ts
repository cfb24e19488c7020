import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, BasePlanUpdateBody } from '../../schemas/billing/schemas.js'

// Update a base plan — another plan type (a new period, invoiced) or more hosts (the rest of the period invoiced).
export default defineOperation({
  id: 'UpdateABasePlan',
  method: 'PUT',
  path: '/accounts/{accountId}/plans/base',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: BasePlanUpdateBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).updateBase(actor, body)
  },
})
