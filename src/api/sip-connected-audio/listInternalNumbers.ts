import { defineOperation } from '../../http/operation.js'
import { SipInternalNumbers } from '../../domain/sip-trunk/internal-numbers.js'
import {
  InternalAccountParams,
  ListInternalNumbersQuery,
  ListInternalNumbersResponse,
} from '../../schemas/sip-connected-audio/internal.js'

// List internal numbers — the account's numbers, oldest first, page by page; 400/2100 without the plan.
export default defineOperation({
  id: 'listInternalNumbers',
  method: 'GET',
  path: '/accounts/{accountId}/sip_trunk/internal_numbers',
  native: { unknownAccount: 404 },
  params: InternalAccountParams,
  query: ListInternalNumbersQuery,
  success: { status: 200, schema: ListInternalNumbersResponse },
  handle: ({ query, actor, svc }) => svc.use(SipInternalNumbers).list(actor, query),
})
