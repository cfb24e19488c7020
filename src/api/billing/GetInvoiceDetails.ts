import { defineOperation } from '../../http/operation.js'
import { invoiceDetail } from '../../domain/accounts/invoices.js'
import { InvoiceDetailResponse, InvoiceParams } from '../../schemas/billing/schemas.js'

// Get invoice details — the invoice and its lines.
export default defineOperation({
  id: 'GetInvoiceDetails',
  method: 'GET',
  path: '/accounts/{accountId}/billing/invoices/{invoiceId}',
  native: { unknownAccount: 400 },
  params: InvoiceParams,
  success: { status: 200, schema: InvoiceDetailResponse },
  handle: ({ params, actor, svc }) => invoiceDetail(svc, actor.accountId, params.invoiceId),
})
