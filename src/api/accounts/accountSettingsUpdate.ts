import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { updateAccountSettings } from '../../domain/accounts/settings.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'
import { AccountSettingsUpdateBody, AccountSettingsUpdateQuery } from '../../schemas/accounts/schemas-settings.js'

// Update account settings — announced as account.settings_updated with the values replaced.
export default defineOperation({
  id: 'accountSettingsUpdate',
  method: 'PATCH',
  path: '/accounts/{accountId}/settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: AccountSettingsUpdateQuery,
  body: AccountSettingsUpdateBody,
  success: { status: 204 },
  async handle({ query, body, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    await updateAccountSettings(svc, actor, query.option, body)
  },
})
