import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { managedDomains } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams, ManagedDomainsResponse } from '../../schemas/accounts/schemas.js'

// Get account's managed domains — domains verified in the web portal, with their status.
export default defineOperation({
  id: 'accountManagedDomain',
  method: 'GET',
  path: '/accounts/{accountId}/managed_domains',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: ManagedDomainsResponse },
  async handle({ actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    const account = await svc.accounts.get(actor.accountId)
    if (!account) throw errors.accountNotFound(actor.accountId, 404)
    return managedDomains(account)
  },
})
