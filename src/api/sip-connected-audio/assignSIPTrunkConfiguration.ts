import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams, TrunkConfigBody } from '../../schemas/sip-connected-audio/trunks.js'

// Assign SIP trunk configuration — changes the fields given of the account's configuration; 400/2100 without the plan.
export default defineOperation({
  id: 'assignSIPTrunkConfiguration',
  method: 'PATCH',
  path: '/accounts/{accountId}/sip_trunk/settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: TrunkConfigBody,
  success: { status: 204 },
  handle: ({ body, actor, svc }) => svc.use(SipTrunks).setConfig(actor, body),
})
