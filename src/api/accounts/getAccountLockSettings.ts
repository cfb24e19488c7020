import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { lockSettingsView } from '../../domain/accounts/lock-settings.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'
import { LockSettings, LockSettingsQuery } from '../../schemas/accounts/schemas-settings.js'

// Get locked settings — the settings the account locks for its groups and users (paid accounts).
export default defineOperation({
  id: 'getAccountLockSettings',
  method: 'GET',
  path: '/accounts/{accountId}/lock_settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: LockSettingsQuery,
  success: { status: 200, schema: LockSettings },
  async handle({ query, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    return lockSettingsView(svc, actor.accountId, query.option, query.custom_query_fields)
  },
})
