import { defineOperation } from '../../http/operation.js';
import { BillingService } from '../../domain/accounts/billing.js';
import { AccountIdParams, PlanUsageResponse } from './schemas.js';

// Get plan usage — each plan's hosts and how many of its licenses the account's users hold (or wait for).
export default defineOperation({
  id: 'GetPlanUsage',
  group: 'Billing',
  method: 'GET',
  path: '/accounts/{accountId}/plans/usage',
  native: { unknownAccount: 404 },
  summary: { en: 'Get plan usage', zh: '获取计划使用情况' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  params: AccountIdParams,
  success: { status: 200, schema: PlanUsageResponse },
  handle: ({ actor, svc }) => svc.use(BillingService).usage(actor.accountId),
});
