import { defineOperation } from '../../http/operation.js'
import { createSubAccount } from '../../domain/accounts/sub-accounts.js'
import { CreateAccountBody, CreateAccountResponse } from '../../schemas/accounts/schemas.js'

// Create a sub account — a Free account under the caller (a master account) with its owner.
export default defineOperation({
  id: 'accountCreate',
  method: 'POST',
  path: '/accounts',
  body: CreateAccountBody,
  success: { status: 201, schema: CreateAccountResponse },
  handle: ({ body, actor, svc }) => createSubAccount(svc, actor, body),
})
