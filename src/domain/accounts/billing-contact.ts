import { errors } from '../../errors/catalog.js'
import type { Json } from '../../util/json.js'

// Billing contacts: the fields Zoom accepts and the checks it makes on them.

export const CONTACT_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'phone_number',
  'address',
  'apt',
  'city',
  'state',
  'zip',
  'country',
] as const

const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI ' +
    'CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ ' +
    'GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT ' +
    'LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK ' +
    'PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN ' +
    'TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
)

const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  AS: 'American Samoa',
  GU: 'Guam',
  MP: 'Northern Mariana Islands',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
}
const US_STATE_NAMES = new Set(Object.values(US_STATES).map((n) => n.toLowerCase()))

/** Characters Zoom refuses in names and addresses. */
const SPECIAL = /[<>{}\\^`|~]/

/** Checks a contact change: no markup characters, a known country, and a real state for the United States. */
export function checkContact(change: Json, current: Json = {}): void {
  for (const field of CONTACT_FIELDS) {
    const v = change[field]
    if (typeof v === 'string' && SPECIAL.test(v)) throw errors.specialCharacters(field)
  }
  const country = (change.country ?? current.country) as string | undefined
  if (typeof change.country === 'string' && !COUNTRIES.has(change.country.toUpperCase()))
    throw errors.invalidBillingField('country', change.country)
  const state = change.state as string | undefined
  if (
    typeof state === 'string' &&
    country?.toUpperCase() === 'US' &&
    !(state.toUpperCase() in US_STATES) &&
    !US_STATE_NAMES.has(state.toLowerCase())
  ) {
    throw errors.invalidBillingField('state', state)
  }
}

export function pickContact(value: Json): Json {
  const out: Json = {}
  for (const f of CONTACT_FIELDS)
    if (typeof value[f] === 'string') out[f] = f === 'country' ? (value[f] as string).toUpperCase() : value[f]
  return out
}
