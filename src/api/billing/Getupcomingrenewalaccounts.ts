import { defineOperation } from '../../http/operation.js'
import { upcomingRenewals } from '../../domain/accounts/invoices.js'
import { RenewalsQuery, RenewalsResponse } from '../../schemas/billing/schemas.js'

// List upcoming renewal accounts — sub accounts with plans renewing within 30, 60 or 90 days.
export default defineOperation({
  id: 'Getupcomingrenewalaccounts',
  method: 'GET',
  path: '/accounts/billing/renewals',
  query: RenewalsQuery,
  success: { status: 200, schema: RenewalsResponse },
  handle: ({ query, actor, svc }) => upcomingRenewals(svc, actor, query),
})
