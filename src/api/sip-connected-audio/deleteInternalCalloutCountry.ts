import { defineOperation } from '../../http/operation.js'
import { SipCalloutCountries } from '../../domain/sip-trunk/callout-countries.js'
import { CalloutCountryParams } from '../../schemas/sip-connected-audio/internal.js'

// Delete internal call-out country — by its two-letter code; 404/404 when the account does not list it.
export default defineOperation({
  id: 'deleteInternalCalloutCountry',
  method: 'DELETE',
  path: '/accounts/{accountId}/sip_trunk/callout_countries/{countryId}',
  native: { unknownAccount: 404 },
  params: CalloutCountryParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc.use(SipCalloutCountries).delete(actor, params.countryId)
  },
})
