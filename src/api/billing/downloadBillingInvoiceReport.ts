import { defineOperation } from '../../http/operation.js'
import { reportCsv, reportInfo } from '../../domain/accounts/invoices.js'
import { InvoiceReport, InvoiceReportDownloadQuery, InvoiceReportParams } from '../../schemas/billing/schemas.js'

// Download sub accounts' billing invoice reports — `download=true`: the CSV file; `false`: the report's details.
export default defineOperation({
  id: 'downloadBillingInvoiceReport',
  method: 'GET',
  path: '/accounts/billing/invoice_reports/{invoiceReportId}',
  params: InvoiceReportParams,
  query: InvoiceReportDownloadQuery,
  success: { status: 200, schema: InvoiceReport },
  async handle({ params, query, actor, svc, reply }) {
    if (!query.download) return reportInfo(svc, actor, params.invoiceReportId)
    const csv = await reportCsv(svc, actor, params.invoiceReportId)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="invoice_report_${params.invoiceReportId}.csv"`)
      .send(csv)
  },
})
