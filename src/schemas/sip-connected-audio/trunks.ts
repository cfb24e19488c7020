import { Type } from 'typebox'
import { b, e, i, list, o, s } from '../kit.js'

// Hand-written: neither Zoom's 2022 nor its 2018 OpenAPI document has the master-account SIP Connected Audio
// operations. Shapes follow Zoom's master-account reference for SIP trunks, trunk numbers and trunk configuration.

export { AccountIdParams } from '../accounts/schemas.js'

export const TrunkParams = Type.Object({
  accountId: Type.String({ minLength: 1 }),
  trunkId: Type.String({ minLength: 1 }),
})

// ---------------------------------------------------------------- trunks

/** Digits only, at most 8; that it starts with the master trunk's five-digit prefix is checked against the trunk. */
export const SUB_DNIS_MAX = 8

export const AssignTrunksBody = Type.Object({
  sip_trunks: Type.Array(
    Type.Object({
      id: Type.String({ minLength: 1 }),
      dnis: Type.String({ pattern: '^[0-9]+$', maxLength: SUB_DNIS_MAX }),
      outbound_caller_id: s({ maxLength: 32 }),
    }),
    { minItems: 1 },
  ),
})

const trunkFields = {
  id: s(),
  name: s(),
  sip_server_address: s(),
  dnis: s(),
  number_prefix: s(),
}

export const AssignTrunksResponse = Type.Object({ sip_trunks: list(Type.Object(trunkFields)) })

export const TrunksResponse = Type.Object({
  total_records: i(),
  sip_trunks: list(Type.Object({ ...trunkFields, outbound_caller_id: s() })),
})

// ---------------------------------------------------------------- numbers

/** E.164; the plus sign may be left out. */
const PhoneNumber = Type.String({ pattern: '^\\+?[1-9][0-9]{1,14}$' })

export const AssignNumbersBody = Type.Object({ phone_numbers: Type.Array(PhoneNumber, { minItems: 1 }) })

export const TrunkNumbersResponse = Type.Object({
  total_records: i(),
  phone_numbers: list(Type.Object({ number: s(), country: s() })),
})

// ---------------------------------------------------------------- configuration

/** 0 show Zoom's numbers, 1 show them but use them only when asked, 2 remove them (internal numbers only). */
export const ZOOM_NUMBERS_MODES = [0, 1, 2] as const

const configFields = {
  enable: b(),
  show_callout_internal_number: b(),
  show_zoom_provided_callout_countries: b(),
  show_zoom_provided_numbers: o(e(ZOOM_NUMBERS_MODES)),
  enable_all_settings_from_master_account: b(),
}

export const TrunkConfigBody = Type.Object(configFields)

export const TrunkConfigResponse = Type.Object(configFields)
