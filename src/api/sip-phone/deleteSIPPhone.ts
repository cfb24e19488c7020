import { defineOperation } from '../../http/operation.js'
import { SipPhoneService } from '../../domain/sip-phones/phone.service.js'
import { PhoneIdParams } from '../../schemas/sip-phone/schemas.js'

// Delete SIP phone on the older path: 204. Integration off 400/200; unknown phone 400/300.
export default defineOperation({
  id: 'deleteSIPPhone',
  method: 'DELETE',
  path: '/sip_phones/{phoneId}',
  deprecated: true,
  params: PhoneIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(SipPhoneService).delete(actor.accountId, params.phoneId)
  },
})
