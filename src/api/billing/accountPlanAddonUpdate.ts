import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, AddonBody } from '../../schemas/billing/schemas.js'

// Update an account's additional plan — its hosts, or another plan of a single-plan family (Rooms, recording…).
export default defineOperation({
  id: 'accountPlanAddonUpdate',
  method: 'PUT',
  path: '/accounts/{accountId}/plans/addons',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: AddonBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).updateAddon(actor, body)
  },
})
