import { defineOperation } from '../../http/operation.js';
import { disassociateSubAccount } from '../../domain/accounts/sub-accounts.js';
import { AccountIdParams } from './schemas.js';

// Disassociate a sub account — it goes on as a standalone account; only Free sub accounts can leave.
export default defineOperation({
  id: 'DisassociateASubAccount',
  group: 'Accounts',
  method: 'DELETE',
  path: '/accounts/{accountId}',
  native: { unknownAccount: 404 },
  summary: { en: 'Disassociate a sub account', zh: '取消子帐户的关联' },
  scopes: ['account:write:admin'],
  rateLimit: 'Light',
  params: AccountIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await disassociateSubAccount(svc, actor, params.accountId);
  },
});
