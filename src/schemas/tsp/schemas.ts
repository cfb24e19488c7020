import { Type } from 'typebox'
import { b, e, list, o, s } from '../kit.js'

// Hand-written from Zoom's 2022 OpenAPI document (TSP tag) and @zoom/rivet's `TSP*` types. Conference codes and
// leader PINs are digits only and at most 16 long; `tspId` stays a plain string so that an id other than 1 or 2
// gets Zoom's own answer rather than a schema error.

export const TSP_BRIDGES = ['US_TSP_TB', 'EU_TSP_TB'] as const
export const DIAL_IN_TYPES = ['toll', 'tollfree', 'media_link'] as const

const Bridge = e(TSP_BRIDGES)
const Digits = Type.String({ minLength: 1, maxLength: 16, pattern: '^[0-9]+$' })

export const TspUserParams = Type.Object({ userId: Type.String() })
export const TspAccountParams = Type.Object({ userId: Type.String(), tspId: Type.String() })

/** One number of the account's TSP information. */
const AccountDialInNumber = Type.Object({
  code: s(),
  number: s(),
  type: s(),
})

export const TspInfo = Type.Object({
  dial_in_number_unrestricted: b(),
  dial_in_numbers: list(AccountDialInNumber),
  enable: b(),
  master_account_setting_extended: b(),
  modify_credential_forbidden: b(),
  tsp_bridge: o(Bridge),
  tsp_enabled: b(),
  tsp_provider: s(),
})

/** Every member optional: only what is sent changes. */
export const TspInfoUpdateBody = Type.Object({
  dial_in_number_unrestricted: b(),
  enable: b(),
  master_account_setting_extended: b(),
  modify_credential_forbidden: b(),
  tsp_bridge: o(Bridge),
  tsp_enabled: b(),
  tsp_provider: s(),
})

/** One dial-in number of a user's TSP account, as a request gives it. */
const DialInNumberIn = Type.Object({
  code: s({ maxLength: 6 }),
  country_label: s({ maxLength: 10 }),
  number: Type.String({ minLength: 1, maxLength: 16 }),
  type: o(e(DIAL_IN_TYPES)),
})

const DialInNumberOut = Type.Object({
  code: s(),
  country_label: s(),
  number: s(),
  type: o(e(DIAL_IN_TYPES)),
})

/** Add a TSP account; also the body of its update, whose conference code and leader PIN Zoom requires too. */
export const UserTspBody = Type.Object({
  conference_code: Digits,
  dial_in_numbers: list(DialInNumberIn),
  leader_pin: Digits,
  tsp_bridge: o(Bridge),
})

export const UserTsp = Type.Object({
  id: s(),
  conference_code: Type.String(),
  leader_pin: Type.String(),
  tsp_bridge: o(Bridge),
  dial_in_numbers: list(DialInNumberOut),
})

export const UserTspList = Type.Object({
  tsp_accounts: list(UserTsp),
})

export const TspUrlBody = Type.Object({
  audio_url: s({ maxLength: 512 }),
})
