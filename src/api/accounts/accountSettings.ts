import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { settingsView } from '../../domain/accounts/settings.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'
import { AccountSettingsQuery, AccountSettingsResponse } from '../../schemas/accounts/schemas-settings.js'

// Get account settings — the whole document, or one `option` view; `custom_query_fields` narrows it.
export default defineOperation({
  id: 'accountSettings',
  method: 'GET',
  path: '/accounts/{accountId}/settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: AccountSettingsQuery,
  success: { status: 200, schema: AccountSettingsResponse },
  async handle({ query, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    return settingsView(svc, actor.accountId, query.option, query.custom_query_fields)
  },
})
