import { defineOperation } from '../../http/operation.js'
import { downloadInvoice } from '../../domain/accounts/invoices.js'
import { DownloadInvoiceParams } from '../../schemas/billing/schemas.js'

// Download an invoice file — the PDF of an invoice of the caller or of one of its sub accounts. Zoom gives this
// operation its own limits (one download per invoice every 30 minutes, 100 a day) instead of a label; the
// platform counts it as Heavy besides.
export default defineOperation({
  id: 'downloadInvoicePDF',
  method: 'GET',
  path: '/api/download/billing/invoices/{invoiceId}',
  params: DownloadInvoiceParams,
  success: { status: 200 },
  async handle({ params, actor, svc, reply }) {
    const { pdf, invoiceId } = await downloadInvoice(svc, actor, params.invoiceId)
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${invoiceId}.pdf"`)
      .send(pdf)
  },
})
