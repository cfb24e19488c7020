import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { updateRegistrationSettings } from '../../domain/accounts/registration.js'
import { AccountIdParams, RegistrationQuery, RegistrationSettings } from '../../schemas/accounts/schemas.js'

// Update an account's webinar registration settings.
export default defineOperation({
  id: 'updateAccountsWebinarRegistrationSettings',
  method: 'PATCH',
  path: '/accounts/{accountId}/settings/registration',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: RegistrationQuery,
  body: RegistrationSettings,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    await updateRegistrationSettings(svc, actor.accountId, body)
  },
})
