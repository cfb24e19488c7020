import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { updateLockSettings } from '../../domain/accounts/lock-settings.js'
import { AccountIdParams } from '../../schemas/accounts/schemas.js'
import { LockSettings } from '../../schemas/accounts/schemas-settings.js'

// Update locked settings — announced as account.lock_settings_updated.
export default defineOperation({
  id: 'updateAccountLockSettings',
  method: 'PATCH',
  path: '/accounts/{accountId}/lock_settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: LockSettings,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    await updateLockSettings(svc, actor, body)
  },
})
