import { defineOperation } from '../../http/operation.js'
import { requirePaidAccount } from '../../domain/accounts/plan.js'
import { registrationSettings } from '../../domain/accounts/registration.js'
import { AccountIdParams, RegistrationQuery, RegistrationSettings } from '../../schemas/accounts/schemas.js'

// Get an account's webinar registration settings — what new webinars' registration starts with.
export default defineOperation({
  id: 'getAccountsWebinarRegistrationSettings',
  method: 'GET',
  path: '/accounts/{accountId}/settings/registration',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  query: RegistrationQuery,
  success: { status: 200, schema: RegistrationSettings },
  async handle({ actor, svc }) {
    await requirePaidAccount(svc, actor.accountId)
    return registrationSettings(svc, actor.accountId)
  },
})
