import { defineOperation } from '../../http/operation.js'
import { switchUserAccount } from '../../domain/users/account-switch.js'
import { SwitchAccountBody, SwitchAccountParams } from '../../schemas/users/schemas-relations.js'

// Switch a user's account — master accounts only (the path is already the master form): moves a user of the
// account in the path to `account_id`, the master itself or another of its sub accounts.
export default defineOperation({
  id: 'switchUserAccount',
  method: 'PUT',
  path: '/accounts/{accountId}/users/{userId}/account',
  params: SwitchAccountParams,
  body: SwitchAccountBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await switchUserAccount(svc, actor, params.userId, body.account_id)
  },
})
