import { randomInt } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import { must } from '../../util/must.js'
import type { AccountSettings } from '../accounts/settings.js'

export type PasscodeRequirement = NonNullable<AccountSettings['schedule_meeting']['meeting_password_requirement']>

/** Zoom's passcodes: at most 10 characters of letters, digits and `@ - _ *` (webinars also take `!`). */
export const PASSCODE_MAX = 10
const SPECIALS = '@-_*'
export const WEBINAR_PASSCODE_SPECIALS = '@-_*!'

const specialClass = (specials: string) => `[${specials.replace(/[-\]\]]/g, '\\$&')}]`

/** Why a passcode breaks the rules (the fixed ones, then the account's minimum requirements); undefined when it is fine. */
export function passcodeProblem(pass: string, req: PasscodeRequirement = {}, specials = SPECIALS): string | undefined {
  const special = specialClass(specials)
  if (pass.length > PASSCODE_MAX) return `Passcode can have at most ${PASSCODE_MAX} characters.`
  if (!new RegExp(`^(?:[a-zA-Z0-9]|${special})*$`).test(pass))
    return `Passcode may only contain letters, numbers and the characters ${[...specials].join(' ')}.`
  const min = Math.min(req.length ?? 0, PASSCODE_MAX)
  if (pass.length < Math.max(min, 1)) return `Passcode must have at least ${Math.max(min, 1)} characters.`
  if (req.only_allow_numeric && !/^\d+$/.test(pass)) return 'Passcode may only contain numbers.'
  if (req.have_letter && !/[a-zA-Z]/.test(pass)) return 'Passcode must contain at least one letter.'
  if (req.have_number && !/\d/.test(pass)) return 'Passcode must contain at least one number.'
  if (req.have_special_character && !new RegExp(special).test(pass))
    return 'Passcode must contain at least one special character.'
  if (req.have_upper_and_lower_characters && !(/[a-z]/.test(pass) && /[A-Z]/.test(pass)))
    return 'Passcode must contain both uppercase and lowercase letters.'
  return undefined
}

/** Throws Zoom's 400/300 validation error naming the `password` field. */
export function checkPasscode(
  pass: string,
  req: PasscodeRequirement | undefined,
  specials = SPECIALS,
  field = 'password',
): void {
  const problem = passcodeProblem(pass, req, specials)
  if (problem) throw errors.validation([{ field, message: problem }])
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomInt(alphabet.length))
}

/** A random passcode that satisfies the account's requirements. */
export function generatePasscode(req: PasscodeRequirement = {}): string {
  const length = Math.min(Math.max(req.length ?? 6, 6), PASSCODE_MAX)
  const digits = '0123456789'
  if (req.only_allow_numeric) return Array.from({ length }, () => pick(digits)).join('')
  const lower = 'abcdefghijkmnpqrstuvwxyz'
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
  const chars = [pick(lower), pick(upper), pick(digits)]
  if (req.have_special_character) chars.push(pick(SPECIALS))
  const all = lower + upper + digits
  while (chars.length < length) chars.push(pick(all))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    const at = must(chars[j], 'a passcode character')
    chars[j] = must(chars[i], 'a passcode character')
    chars[i] = at
  }
  return chars.join('')
}

/** The numeric passcode used for phone (PSTN) and H.323/SIP dial-in: the passcode itself when it is numeric. */
export function numericPasscode(pass: string): string {
  if (/^\d+$/.test(pass)) return pass
  return Array.from({ length: Math.max(6, Math.min(pass.length, PASSCODE_MAX)) }, () => String(randomInt(10))).join('')
}
