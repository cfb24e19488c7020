import { defineOperation } from '../../http/operation.js'
import { SipTrunks } from '../../domain/sip-trunk/trunks.js'
import { AccountIdParams, TrunksResponse } from '../../schemas/sip-connected-audio/trunks.js'

// List SIP trunks — the master's pool (`me`) or a sub account's assigned trunks, in one list; 400/2100 without the plan.
export default defineOperation({
  id: 'listSIPTrunks',
  method: 'GET',
  path: '/accounts/{accountId}/sip_trunk/trunks',
  native: { unknownAccount: 404 },
  params: AccountIdParams,
  success: { status: 200, schema: TrunksResponse },
  handle: ({ actor, svc }) => svc.use(SipTrunks).listTrunks(actor),
})
