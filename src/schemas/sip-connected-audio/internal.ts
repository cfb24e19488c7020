import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, pageSize, s } from '../kit.js'

// Hand-written: Zoom's 2022 OpenAPI document leaves out the master-account SIP Connected Audio operations. Shapes
// follow Zoom's master-account reference for internal numbers and internal call-out countries.

const AccountId = Type.String({ minLength: 1 })

export const InternalAccountParams = Type.Object({ accountId: AccountId })
export const InternalNumberParams = Type.Object({ accountId: AccountId, numberId: Type.String({ minLength: 1 }) })
export const CalloutCountryParams = Type.Object({ accountId: AccountId, countryId: Type.String({ minLength: 1 }) })

/** E.164: a plus sign, then up to 15 digits, the first not zero. */
const E164 = '^\\+[1-9][0-9]{1,14}$'
/** Two letters; whether they name a country is checked against the country list. */
const CountryCode = '^[A-Za-z]{2}$'

export const INTERNAL_NUMBER_LANGUAGES = ['en-GB', 'en-US', 'de-DE'] as const

const internalNumberFields = {
  number: Type.String({ pattern: E164 }),
  display_number: Type.String({ minLength: 1 }),
  country: Type.String({ pattern: CountryCode }),
  type: e([0, 1] as const),
  labels: Type.String({ minLength: 1 }),
  languages: e(INTERNAL_NUMBER_LANGUAGES),
  visible: b(),
  allow_join: b(),
  allow_for_external_meetings: b(),
}

/** 1–30 numbers per call. */
export const AddInternalNumbersBody = Type.Object({
  internal_numbers: Type.Array(Type.Object(internalNumberFields), { minItems: 1, maxItems: 30 }),
})

/** Every property optional: a PATCH changes what it names. */
export const UpdateInternalNumberBody = Type.Partial(Type.Object(internalNumberFields))

export const ListInternalNumbersQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

const InternalNumber = Type.Object({
  id: s(),
  number: s(),
  display_number: s(),
  country: s(),
  type: i(),
  labels: s(),
  languages: s(),
  visible: b(),
  allow_join: b(),
  allow_for_external_meetings: b(),
})

export const AddInternalNumbersResponse = Type.Object({ internal_numbers: list(InternalNumber) })

export const ListInternalNumbersResponse = Type.Object({
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  internal_numbers: list(InternalNumber),
})

export const AddCalloutCountriesBody = Type.Object({
  callout_countries: Type.Array(Type.Object({ id: Type.String({ pattern: CountryCode }) }), { minItems: 1 }),
})

const CalloutCountry = Type.Object({ id: s(), code: s(), name: s() })

export const AddCalloutCountriesResponse = Type.Object({ callout_countries: list(CalloutCountry) })

export const ListCalloutCountriesResponse = Type.Object({
  total_records: i(),
  callout_countries: list(CalloutCountry),
})
