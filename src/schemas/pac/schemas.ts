import { Type } from 'typebox'
import { i, list, o, s } from '../kit.js'

// Personal audio conference (PAC) accounts of a user, as Zoom's 2022 reference describes them.

export const PacUserParams = Type.Object({ userId: Type.String({ minLength: 1 }) })

const DialInNumber = Type.Object({
  country: s(),
  country_name: s(),
  number: s({ maxLength: 16 }),
  type: s(),
})

export const PacAccount = Type.Object({
  conference_id: i(),
  listen_only_password: s({ maxLength: 6 }),
  participant_password: s({ maxLength: 6 }),
  global_dial_in_numbers: list(DialInNumber),
  dedicated_dial_in_number: list(DialInNumber),
})

export const ListPacAccountsResponse = Type.Object({ pac_accounts: o(Type.Array(PacAccount)) })
