import { defineOperation } from '../../http/operation.js';
import { BillingService } from '../../domain/accounts/billing.js';
import { AccountIdParams, BillingContactUpdateBody } from './schemas.js';

// Update billing information — a paid sub account's billing contact (the master pays its charges).
export default defineOperation({
  id: 'UpdateBillingInformation',
  group: 'Billing',
  method: 'PATCH',
  path: '/accounts/{accountId}/billing',
  native: { unknownAccount: 404 },
  summary: { en: 'Update billing information', zh: '更新帐单信息' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  params: AccountIdParams,
  body: BillingContactUpdateBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).updateContact(actor, body);
  },
});
