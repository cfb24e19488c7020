import { defineOperation } from '../../http/operation.js'
import { SipCalloutCountries } from '../../domain/sip-trunk/callout-countries.js'
import {
  AddCalloutCountriesBody,
  AddCalloutCountriesResponse,
  InternalAccountParams,
} from '../../schemas/sip-connected-audio/internal.js'

// Add internal call-out countries — by two-letter code; one already there stays; 400/300 for a code naming no
// country, 400/2100 without the SIP Connected Audio plan.
export default defineOperation({
  id: 'addInternalCalloutCountries',
  method: 'POST',
  path: '/accounts/{accountId}/sip_trunk/callout_countries',
  native: { unknownAccount: 404 },
  params: InternalAccountParams,
  body: AddCalloutCountriesBody,
  success: { status: 201, schema: AddCalloutCountriesResponse },
  handle: ({ body, actor, svc }) => svc.use(SipCalloutCountries).add(actor, body),
})
