import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { ListPhonesQuery, ListPhonesResponse } from '../../schemas/sip-phone/schemas.js'

// List SIP phones, paged by token. Integration off 400/200.
export default defineOperation({
  id: 'ListSIPPhonePhones',
  method: 'GET',
  path: '/sip_phones/phones',
  query: ListPhonesQuery,
  success: { status: 200, schema: ListPhonesResponse },
  handle: ({ query, actor, svc }) => svc.use(SipPhoneService).list(actor.accountId, query),
})
