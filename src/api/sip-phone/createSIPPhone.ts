import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { fromFlat } from '../../domain/sip-phones/shapes.js'
import { CreateFlatPhoneBody } from '../../schemas/sip-phone/schemas.js'

// Enable SIP phone, older flat shape: 201 without a body. Integration off 400/200; unknown user 404/1001; a second
// phone for the same address 400/300.
export default defineOperation({
  id: 'createSIPPhone',
  method: 'POST',
  path: '/sip_phones',
  deprecated: true,
  body: CreateFlatPhoneBody,
  success: { status: 201 },
  async handle({ body, actor, svc }) {
    await svc.use(SipPhoneService).create(actor.accountId, fromFlat(body))
  },
})
