import { defineOperation } from '../../http/operation.js';
import { upcomingRenewals } from '../../domain/accounts/invoices.js';
import { RenewalsQuery, RenewalsResponse } from './schemas.js';

// List upcoming renewal accounts — sub accounts with plans renewing within 30, 60 or 90 days.
export default defineOperation({
  id: 'Getupcomingrenewalaccounts',
  group: 'Billing',
  method: 'GET',
  path: '/accounts/billing/renewals',
  summary: { en: 'List upcoming renewal accounts', zh: '列出即将续订的帐户' },
  scopes: ['billing:master', 'account:master'],
  rateLimit: 'Medium',
  query: RenewalsQuery,
  success: { status: 200, schema: RenewalsResponse },
  handle: ({ query, actor, svc }) => upcomingRenewals(svc, actor, query),
});
