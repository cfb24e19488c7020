import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { fromNested } from '../../domain/sip-phones/shapes.js'
import { PhoneIdParams, UpdatePhoneBody } from '../../schemas/sip-phone/schemas.js'

// Update SIP phone: 204. Integration off 400/200; unknown phone 400/300.
export default defineOperation({
  id: 'UpdateSIPPhonePhones',
  method: 'PATCH',
  path: '/sip_phones/phones/{phoneId}',
  params: PhoneIdParams,
  body: UpdatePhoneBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(SipPhoneService).update(actor.accountId, params.phoneId, fromNested(body))
  },
})
