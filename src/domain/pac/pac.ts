import { createHash } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { hasAccountFeature } from '../accounts/features.js'
import { globalDialInNumbers } from '../meetings/dial-in.js'
import type { User } from '../users/user.service.js'

/** The country whose numbers every PAC account lists, beside the user's own. */
const HOME_COUNTRY = 'US'

/** A stream of decimal digits derived from the user, so the same user always gets the same account. */
function digitsOf(user: User, purpose: string): string {
  const hash = createHash('sha256').update(`pac\n${user.account_id}\n${user.id}\n${purpose}`).digest()
  let out = ''
  for (const byte of hash) out += String(byte % 10)
  return out
}

/**
 * A user's personal audio conference account. Zoom gives each PAC user one: a conference id and two numeric
 * passcodes callers key in on the phone, and the dial-in numbers of the user's country and the United States.
 * Dedicated numbers are bought separately; none are assigned here.
 */
export function pacAccountOf(user: User) {
  const idDigits = digitsOf(user, 'conference')
  const conferenceId = Number(String((Number(idDigits[0]) % 9) + 1) + idDigits.slice(1, 10))
  const listenOnly = digitsOf(user, 'listen-only').slice(0, 6)
  let participant = digitsOf(user, 'participant').slice(0, 6)
  // The two passcodes open different rights, so they never coincide.
  if (participant === listenOnly) participant = digitsOf(user, 'participant-2').slice(0, 6)
  const countries = [user.doc.phone_country?.toUpperCase(), HOME_COUNTRY].filter((c): c is string => Boolean(c))
  const numbers = globalDialInNumbers({ audio: 'telephony', global_dial_in_countries: countries })
  return {
    conference_id: conferenceId,
    listen_only_password: listenOnly,
    participant_password: participant,
    global_dial_in_numbers: numbers.map((n) => ({
      country: n.country,
      country_name: n.country_name,
      number: n.number,
      type: n.type,
    })),
    dedicated_dial_in_number: [],
  }
}

/**
 * `GET /users/{userId}/pac`. The account feature is checked before the user is looked up (400/2024 when off); a
 * user without a paid licence has no audio conferencing either (400/2024); an unknown user is 404/1001.
 */
export async function listPacAccounts(svc: Services, actor: Actor, userId: string) {
  if (!(await hasAccountFeature(svc, actor.accountId, 'personal_audio_conference'))) throw errors.pacNotEnabled()
  const user = await svc.users.resolve(actor, userId)
  if (user.type !== 2) throw errors.pacNotEnabled()
  return { pac_accounts: [pacAccountOf(user)] }
}
