import { defineOperation } from '../../http/operation.js'
import { billingReportInvoices } from '../../domain/reports/admin.js'
import { BillingInvoicesOut, BillingInvoicesQuery } from '../../schemas/reports/admin.js'

export default defineOperation({
  id: 'getBillingInvoicesReports',
  method: 'GET',
  path: '/report/billing/invoices',
  query: BillingInvoicesQuery,
  success: { status: 200, schema: BillingInvoicesOut },
  handle: ({ query, actor, svc }) => billingReportInvoices(svc, actor.accountId, query.billing_id ?? ''),
})
