import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { fromNested, presentNested } from '../../domain/sip-phones/shapes.js'
import { CreatePhoneBody, Phone } from '../../schemas/sip-phone/schemas.js'

// Enable SIP phone: 201 with the phone. Integration off 400/200; unknown user 404/1001; a second phone for the
// same address 400/300.
export default defineOperation({
  id: 'EnableSIPPhonePhones',
  method: 'POST',
  path: '/sip_phones/phones',
  body: CreatePhoneBody,
  success: { status: 201, schema: Phone },
  handle: async ({ body, actor, svc }) =>
    presentNested(await svc.use(SipPhoneService).create(actor.accountId, fromNested(body))),
})
