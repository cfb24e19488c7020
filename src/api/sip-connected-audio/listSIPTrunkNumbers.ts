import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { TrunkNumbersResponse } from '../../schemas/sip-connected-audio/trunks.js'

// List SIP trunk numbers — the caller's own account's numbers, in one list; 400/2100 without the plan.
export default defineOperation({
  id: 'listSIPTrunkNumbers',
  method: 'GET',
  path: '/sip_trunk/numbers',
  success: { status: 200, schema: TrunkNumbersResponse },
  handle: ({ actor, svc }) => svc.use(SipTrunks).listNumbers(actor),
})
