import { defineOperation } from '../../http/operation.js';
import { deleteReport } from '../../domain/accounts/invoices.js';
import { InvoiceReportParams } from './schemas.js';

// Delete sub accounts' billing invoice report.
export default defineOperation({
  id: 'deleteBillingInvoiceReport',
  group: 'Billing',
  method: 'DELETE',
  path: '/accounts/billing/invoice_reports/{invoiceReportId}',
  summary: { en: "Delete sub accounts' billing invoice report", zh: '删除子帐户的开单发票报表' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  params: InvoiceReportParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await deleteReport(svc, actor, params.invoiceReportId);
  },
});
