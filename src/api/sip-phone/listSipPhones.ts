import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { ListFlatPhonesQuery, ListFlatPhonesResponse } from '../../schemas/sip-phone/schemas.js'

// List SIP phones, older flat shape with totals and page numbers. Integration off 400/200.
export default defineOperation({
  id: 'listSipPhones',
  method: 'GET',
  path: '/sip_phones',
  deprecated: true,
  query: ListFlatPhonesQuery,
  success: { status: 200, schema: ListFlatPhonesResponse },
  handle: ({ query, actor, svc }) => svc.use(SipPhoneService).listFlat(actor.accountId, query),
})
