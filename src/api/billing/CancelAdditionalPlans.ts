import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, CancelAddonBody } from '../../schemas/billing/schemas.js'

// Cancel additional plans — one add-on (`type`) stops renewing; no refund. Zoom answers 200 with no body.
export default defineOperation({
  id: 'CancelAdditionalPlans',
  method: 'PATCH',
  path: '/accounts/{accountId}/plans/addons/status',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: CancelAddonBody,
  success: { status: 200 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).cancelAddon(actor, body)
  },
})
