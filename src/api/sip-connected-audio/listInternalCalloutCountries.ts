import { defineOperation } from '../../http/operation.js'
import { SipCalloutCountries } from '../../domain/sip-trunk/callout-countries.js'
import { InternalAccountParams, ListCalloutCountriesResponse } from '../../schemas/sip-connected-audio/internal.js'

// List internal call-out countries — all of them in one answer (Zoom does not page this list), in the order added.
export default defineOperation({
  id: 'listInternalCalloutCountries',
  method: 'GET',
  path: '/accounts/{accountId}/sip_trunk/callout_countries',
  native: { unknownAccount: 404 },
  params: InternalAccountParams,
  success: { status: 200, schema: ListCalloutCountriesResponse },
  handle: ({ actor, svc }) => svc.use(SipCalloutCountries).list(actor),
})
