import { defineOperation } from '../../http/operation.js'
import { BillingService } from '../../domain/accounts/billing.js'
import { AccountIdParams, BillingContactUpdateBody } from '../../schemas/billing/schemas.js'

// Update billing information — a paid sub account's billing contact (the master pays its charges).
export default defineOperation({
  id: 'UpdateBillingInformation',
  method: 'PATCH',
  path: '/accounts/{accountId}/billing',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: BillingContactUpdateBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).updateContact(actor, body)
  },
})
