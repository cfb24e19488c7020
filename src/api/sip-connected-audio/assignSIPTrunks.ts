import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams, AssignTrunksBody, AssignTrunksResponse } from '../../schemas/sip-connected-audio/trunks.js'

// Assign SIP trunks — gives a sub account trunks of the master's pool, each with its own DNIS and caller ID;
// 400/2100 without the plan, 400/400 for a trunk the master does not have, 400/300 for a DNIS off its prefix.
export default defineOperation({
  id: 'assignSIPTrunks',
  method: 'POST',
  path: '/accounts/{accountId}/sip_trunk/trunks',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: AssignTrunksBody,
  success: { status: 201, schema: AssignTrunksResponse },
  handle: ({ body, actor, svc }) => svc.use(SipTrunks).assignTrunks(actor, body),
})
