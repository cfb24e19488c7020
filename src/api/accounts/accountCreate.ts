import { defineOperation } from '../../http/operation.js';
import { createSubAccount } from '../../domain/accounts/sub-accounts.js';
import { CreateAccountBody, CreateAccountResponse } from './schemas.js';

// Create a sub account — a Free account under the caller (a master account) with its owner.
export default defineOperation({
  id: 'accountCreate',
  group: 'Accounts',
  method: 'POST',
  path: '/accounts',
  summary: { en: 'Create a sub account', zh: '创建子账户' },
  scopes: ['account:write:admin'],
  rateLimit: 'Light',
  body: CreateAccountBody,
  success: { status: 201, schema: CreateAccountResponse },
  handle: ({ body, actor, svc }) => createSubAccount(svc, actor, body),
});
