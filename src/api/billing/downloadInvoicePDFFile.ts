import { defineOperation } from '../../http/operation.js'
import { downloadInvoice } from '../../domain/accounts/invoices.js'
import { DownloadInvoiceParams } from '../../schemas/billing/schemas.js'

// Download an invoice file (v2) — Zoom's newer path of the same download (the /api/download one is deprecated);
// not in the catalog, served for clients that moved to it. Same file, same limits.
export default defineOperation({
  id: 'downloadInvoicePDFFile',
  method: 'GET',
  path: '/billing/invoices/{invoiceId}/download',
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
