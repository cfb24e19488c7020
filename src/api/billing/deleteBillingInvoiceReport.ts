import { defineOperation } from '../../http/operation.js'
import { deleteReport } from '../../domain/accounts/invoices.js'
import { InvoiceReportParams } from '../../schemas/billing/schemas.js'

// Delete sub accounts' billing invoice report.
export default defineOperation({
  id: 'deleteBillingInvoiceReport',
  method: 'DELETE',
  path: '/accounts/billing/invoice_reports/{invoiceReportId}',
  params: InvoiceReportParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await deleteReport(svc, actor, params.invoiceReportId)
  },
})
