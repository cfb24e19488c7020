import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { listInvoices } from '../../domain/accounts/invoices.js'
import { AccountIdParams, InvoicesQuery, InvoicesResponse } from '../../schemas/billing/schemas.js'

// List billing invoices — of a paid account, dated within from…to (at most a year).
export default defineOperation({
  id: 'ListBillingInvoices',
  method: 'GET',
  path: '/accounts/{accountId}/billing/invoices',
  native: { unknownAccount: 400 },
  params: AccountIdParams,
  query: InvoicesQuery,
  success: { status: 200, schema: InvoicesResponse },
  async handle({ query, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    return listInvoices(svc, actor.accountId, query)
  },
})
