import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, AddonBody, PlansResponse } from '../../schemas/billing/schemas.js'

// Subscribe account to an additional plan — an add-on of a paid sub account; answers with the account's plans.
export default defineOperation({
  id: 'accountPlanAddonCreate',
  method: 'POST',
  path: '/accounts/{accountId}/plans/addons',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: AddonBody,
  success: { status: 201, schema: PlansResponse },
  handle: ({ body, actor, svc }) => svc.use(BillingService).addAddon(actor, body),
})
