import { defineOperation } from '../../http/operation.js'
import { SipInternalNumbers } from '../../domain/sip-trunk/internal-numbers.js'
import {
  AddInternalNumbersBody,
  AddInternalNumbersResponse,
  InternalAccountParams,
} from '../../schemas/sip-connected-audio/internal.js'

// Add internal numbers — 1–30 of the organization's own numbers for the master (`me`) or a sub account: all or
// none; 400/2100 without the SIP Connected Audio plan, 400/300 for an unknown country or a number already listed.
export default defineOperation({
  id: 'addInternalNumbers',
  method: 'POST',
  path: '/accounts/{accountId}/sip_trunk/internal_numbers',
  native: { unknownAccount: 404 },
  params: InternalAccountParams,
  body: AddInternalNumbersBody,
  success: { status: 201, schema: AddInternalNumbersResponse },
  handle: ({ body, actor, svc }) => svc.use(SipInternalNumbers).add(actor, body),
})
