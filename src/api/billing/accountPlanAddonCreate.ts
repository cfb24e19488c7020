import { defineOperation } from '../../http/operation.js';
import { BillingService } from '../../domain/accounts/billing.js';
import { AccountIdParams, AddonBody, PlansResponse } from './schemas.js';

// Subscribe account to an additional plan — an add-on of a paid sub account; answers with the account's plans.
export default defineOperation({
  id: 'accountPlanAddonCreate',
  group: 'Billing',
  method: 'POST',
  path: '/accounts/{accountId}/plans/addons',
  native: { unknownAccount: 404 },
  summary: { en: 'Subscribe account to an additional plan', zh: '订阅额外计划的帐户' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  params: AccountIdParams,
  body: AddonBody,
  success: { status: 201, schema: PlansResponse },
  handle: ({ body, actor, svc }) => svc.use(BillingService).addAddon(actor, body),
});
