import { defineOperation } from '../../http/operation.js'
import { generateReport } from '../../domain/accounts/invoices.js'
import { GenerateReportBody, InvoiceReport } from '../../schemas/billing/schemas.js'

// Generate sub accounts' billing invoice reports — over at most a month of some sub accounts' invoices.
export default defineOperation({
  id: 'generateSubInvoiceReport',
  method: 'POST',
  path: '/accounts/billing/invoice_reports',
  body: GenerateReportBody,
  success: { status: 201, schema: InvoiceReport },
  handle: ({ body, actor, svc }) => generateReport(svc, actor, body),
})
