import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams, TrunkConfigResponse } from '../../schemas/sip-connected-audio/trunks.js'

// Get SIP trunk configuration — the read side of the PATCH on the same path (Zoom publishes no reference for it);
// 400/2100 without the plan.
export default defineOperation({
  id: 'getSIPTrunkConfiguration',
  method: 'GET',
  path: '/accounts/{accountId}/sip_trunk/settings',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: TrunkConfigResponse },
  handle: ({ actor, svc }) => svc.use(SipTrunks).getConfig(actor),
})
