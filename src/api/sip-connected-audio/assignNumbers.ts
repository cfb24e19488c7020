import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams, AssignNumbersBody } from '../../schemas/sip-connected-audio/trunks.js'

// Assign numbers — gives a sub account numbers of the master's SIP trunk numbers; 400/2100 without the plan,
// 400/400 for a number the master does not have.
export default defineOperation({
  id: 'assignNumbers',
  method: 'POST',
  path: '/accounts/{accountId}/sip_trunk/numbers',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  body: AssignNumbersBody,
  success: { status: 201 },
  handle: ({ body, actor, svc }) => svc.use(SipTrunks).assignNumbers(actor, body),
})
