import { defineOperation } from '../../http/operation.js'
import { listReports } from '../../domain/accounts/invoices.js'
import { InvoiceReportsQuery, InvoiceReportsResponse } from '../../schemas/billing/schemas.js'

// List sub accounts' billing invoice reports.
export default defineOperation({
  id: 'listSubInvoiceReport',
  method: 'GET',
  path: '/accounts/billing/invoice_reports',
  query: InvoiceReportsQuery,
  success: { status: 200, schema: InvoiceReportsResponse },
  handle: ({ query, actor, svc }) => listReports(svc, actor, query),
})
