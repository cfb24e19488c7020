import { defineOperation } from '../../http/operation.js'
import { SipInternalNumbers } from '../../domain/sip-trunk/internal-numbers.js'
import { InternalNumberParams } from '../../schemas/sip-connected-audio/internal.js'

// Delete an internal number — 404/404 for a number the account does not list; 400/2100 without the plan.
export default defineOperation({
  id: 'deleteAnInternalNumber',
  method: 'DELETE',
  path: '/accounts/{accountId}/sip_trunk/internal_numbers/{numberId}',
  native: { unknownAccount: 404 },
  params: InternalNumberParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(SipInternalNumbers).delete(actor, params.numberId)
  },
})
