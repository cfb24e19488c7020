import { defineOperation } from '../../http/operation.js';
import { BillingService } from '../../domain/accounts/billing.js';
import { AccountIdParams, CancelAddonBody } from './schemas.js';

// Cancel additional plans — one add-on (`type`) stops renewing; no refund. Zoom answers 200 with no body.
export default defineOperation({
  id: 'CancelAdditionalPlans',
  group: 'Billing',
  method: 'PATCH',
  path: '/accounts/{accountId}/plans/addons/status',
  native: { unknownAccount: 404 },
  summary: { en: 'Cancel additional plans', zh: '取消其他计划' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  params: AccountIdParams,
  body: CancelAddonBody,
  success: { status: 200 },
  async handle({ body, actor, svc }) {
    await svc.use(BillingService).cancelAddon(actor, body);
  },
});
