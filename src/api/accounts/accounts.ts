import { defineOperation } from '../../http/operation.js'
import { listSubAccounts } from '../../domain/accounts/sub-accounts.js'
import { ListAccountsQuery, ListAccountsResponse } from '../../schemas/accounts/schemas.js'

// List sub accounts — the caller's own sub accounts (master accounts only), oldest first.
export default defineOperation({
  id: 'accounts',
  method: 'GET',
  path: '/accounts',
  query: ListAccountsQuery,
  success: { status: 200, schema: ListAccountsResponse },
  handle: ({ query, actor, svc }) => listSubAccounts(svc, actor, query),
})
