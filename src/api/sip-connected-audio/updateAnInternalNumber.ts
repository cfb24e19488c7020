import { defineOperation } from '../../http/operation.js'
import { SipInternalNumbers } from '../../domain/sip-trunk/internal-numbers.js'
import { InternalNumberParams, UpdateInternalNumberBody } from '../../schemas/sip-connected-audio/internal.js'

// Update an internal number — only the properties sent change; 404/404 for a number the account does not list.
export default defineOperation({
  id: 'updateAnInternalNumber',
  method: 'PATCH',
  path: '/accounts/{accountId}/sip_trunk/internal_numbers/{numberId}',
  native: { unknownAccount: 404 },
  params: InternalNumberParams,
  body: UpdateInternalNumberBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(SipInternalNumbers).update(actor, params.numberId, body)
  },
})
