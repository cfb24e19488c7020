import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams } from '../../schemas/sip-connected-audio/trunks.js'

// Delete all numbers — takes every SIP trunk number off the account; 400/2100 without the plan.
export default defineOperation({
  id: 'deleteAllNumbers',
  method: 'DELETE',
  path: '/accounts/{accountId}/sip_trunk/numbers',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 204 },
  handle: ({ actor, svc }) => svc.use(SipTrunks).deleteNumbers(actor),
})
