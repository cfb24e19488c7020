import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { trustedDomains } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams, TrustedDomainsResponse } from '../../schemas/accounts/schemas.js'

// Get account's trusted domains.
export default defineOperation({
  id: 'accountTrustedDomain',
  method: 'GET',
  path: '/accounts/{accountId}/trusted_domains',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: TrustedDomainsResponse },
  async handle({ actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    const account = await svc.accounts.get(actor.accountId)
    if (!account) throw errors.accountNotFound(actor.accountId, 404)
    return trustedDomains(account)
  },
})
