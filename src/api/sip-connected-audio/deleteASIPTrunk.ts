import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { TrunkParams } from '../../schemas/sip-connected-audio/trunks.js'

// Delete a SIP trunk — takes one trunk off the account; 400/2100 without the plan, 404/404 for a trunk it lacks.
export default defineOperation({
  id: 'deleteASIPTrunk',
  method: 'DELETE',
  path: '/accounts/{accountId}/sip_trunk/trunks/{trunkId}',
  native: { unknownAccount: 404 },
  params: TrunkParams,
  success: { status: 204 },
  handle: ({ params, actor, svc }) => svc.use(SipTrunks).deleteTrunk(actor, params.trunkId),
})
