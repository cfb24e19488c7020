import { defineOperation } from '../../http/operation.js';
import { listReports } from '../../domain/accounts/invoices.js';
import { InvoiceReportsQuery, InvoiceReportsResponse } from './schemas.js';

// List sub accounts' billing invoice reports.
export default defineOperation({
  id: 'listSubInvoiceReport',
  group: 'Billing',
  method: 'GET',
  path: '/accounts/billing/invoice_reports',
  summary: { en: "List sub accounts' billing invoice reports", zh: '列出子帐户的开单发票报表' },
  scopes: ['billing:master'],
  rateLimit: 'Heavy',
  query: InvoiceReportsQuery,
  success: { status: 200, schema: InvoiceReportsResponse },
  handle: ({ query, actor, svc }) => listReports(svc, actor, query),
});
