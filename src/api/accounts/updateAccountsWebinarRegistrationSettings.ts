import { defineOperation } from '../../http/operation.js';
import { requirePaidAccount } from '../../domain/accounts/plan.js';
import { updateRegistrationSettings } from '../../domain/accounts/registration.js';
import { AccountIdParams, RegistrationQuery, RegistrationSettings } from './schemas.js';

// Update an account's webinar registration settings.
export default defineOperation({
  id: 'updateAccountsWebinarRegistrationSettings',
  group: 'Accounts',
  method: 'PATCH',
  path: '/accounts/{accountId}/settings/registration',
  native: { unknownAccount: 404 },
  summary: { en: "Update an account's webinar registration settings", zh: '更新帐户的网络研讨会注册设置' },
  scopes: ['account:write:admin'],
  rateLimit: 'Medium',
  params: AccountIdParams,
  query: RegistrationQuery,
  body: RegistrationSettings,
  success: { status: 204 },
  async handle({ body, actor, svc }) {
    await requirePaidAccount(svc, actor.accountId);
    await updateRegistrationSettings(svc, actor.accountId, body);
  },
});
