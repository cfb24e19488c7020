import { defineOperation } from '../../http/operation.js'
import { changeAccountOwner } from '../../domain/accounts/sub-accounts.js'
import { AccountIdParams, OwnerBody } from '../../schemas/accounts/schemas.js'

// Update the account owner — an active user of the account takes over; the former owner becomes an admin.
export default defineOperation({
  id: 'updateAccountOwner',
  method: 'PUT',
  path: '/accounts/{accountId}/owner',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: OwnerBody,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await changeAccountOwner(svc, actor, body.email)
  },
})
