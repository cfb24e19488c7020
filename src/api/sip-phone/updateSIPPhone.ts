import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { fromFlat } from '../../domain/sip-phones/shapes.js'
import { PhoneIdParams, UpdateFlatPhoneBody } from '../../schemas/sip-phone/schemas.js'

// Update SIP phone, older flat shape: 204. Integration off 400/200; unknown phone 400/300.
export default defineOperation({
  id: 'updateSIPPhone',
  method: 'PATCH',
  path: '/sip_phones/{phoneId}',
  deprecated: true,
  params: PhoneIdParams,
  body: UpdateFlatPhoneBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(SipPhoneService).update(actor.accountId, params.phoneId, fromFlat(body))
  },
})
