import { ZoomError } from '../../errors/zoom-error.js'

export interface PasswordRules {
  minLength: number
  requireLetter: boolean
  requireNumber: boolean
  requireSpecial: boolean
  requireMixedCase: boolean
  noRepeatedOnly: boolean
  noSequences: boolean
  /**
   * The account's `consecutive_characters_length` (4–8): a run of this many consecutive characters (abcd, 4321)
   * is refused; 0 leaves Zoom's base rule (six).
   */
  consecutiveLength: number
  /** The account's `weak_enhance_detection`: passwords built on common words are refused too. */
  weakDetection: boolean
}

/** Zoom's default password policy for work accounts. */
export const defaultPasswordRules: PasswordRules = {
  minLength: 8,
  requireLetter: true,
  requireNumber: true,
  requireSpecial: false,
  requireMixedCase: true,
  noRepeatedOnly: true,
  noSequences: true,
  consecutiveLength: 0,
  weakDetection: false,
}

/** The base rule refuses six consecutive characters (abcdef, 123456) whatever the account chose. */
const BASE_SEQUENCE_RUN = 6

const COMMON = new Set(['password1', 'Password1', 'Passw0rd', 'Abcd1234', 'Aa123456', 'Qwerty123', 'Zoom1234'])

/** Words the enhanced weak-password detection refuses anywhere in a password (case and leetspeak aside). */
const WEAK_WORDS = [
  'password',
  'passwort',
  'qwerty',
  'asdfgh',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'football',
  'baseball',
  'princess',
  'secret',
  'login',
  'zoom',
]

function isWeak(pw: string): boolean {
  const plain = pw
    .toLowerCase()
    .replace(/0/g, 'o')
    .replace(/1/g, 'l')
    .replace(/3/g, 'e')
    .replace(/4|@/g, 'a')
    .replace(/5|\$/g, 's')
  return WEAK_WORDS.some((w) => plain.includes(w))
}

/** A run of `run` characters whose codes go up or down by one each ("abcdef", "654321"). */
export function hasSequence(pw: string, run = 6): boolean {
  let up = 1
  let down = 1
  for (let i = 1; i < pw.length; i++) {
    const d = pw.charCodeAt(i) - pw.charCodeAt(i - 1)
    up = d === 1 ? up + 1 : 1
    down = d === -1 ? down + 1 : 1
    if (up >= run || down >= run) return true
  }
  return false
}

/**
 * Throws Zoom's password-rule errors (codes 1124–1136). With `invalidAs`, every failure is reported as a 300
 * with that message instead, as user creation does.
 */
export function checkPassword(pw: string, opts: { rules?: PasswordRules; invalidAs?: string } = {}): void {
  const r = opts.rules ?? defaultPasswordRules
  const fail = (code: number, message: string) => {
    throw opts.invalidAs ? new ZoomError(400, 300, opts.invalidAs) : new ZoomError(400, code, message)
  }
  if (pw.length < r.minLength || pw.length > 32) fail(1124, `Have at least ${r.minLength} characters`)
  if (r.requireLetter && !/[A-Za-z]/.test(pw)) fail(1125, 'Have at least 1 letter (a, b, c…)')
  if (r.requireNumber && !/[0-9]/.test(pw)) fail(1126, 'Have at least 1 number (1, 2, 3…)')
  if (r.requireSpecial && !/[^A-Za-z0-9]/.test(pw)) fail(1127, 'Have at least 1 special character (!, @, #…)')
  if (r.requireMixedCase && !(/[a-z]/.test(pw) && /[A-Z]/.test(pw)))
    fail(1128, 'Include both Upper case and Lower case characters')
  if (r.noRepeatedOnly && /^(.)\1*$/.test(pw)) fail(1130, "Password can't use the same character.")
  const run = r.consecutiveLength >= 2 ? Math.min(r.consecutiveLength, BASE_SEQUENCE_RUN) : BASE_SEQUENCE_RUN
  if ((r.noSequences || r.consecutiveLength) && hasSequence(pw, run))
    fail(1131, "Password can't use continuation character.Such as 'abcdef','123456'.")
  if (COMMON.has(pw) || (r.weakDetection && isWeak(pw)))
    fail(1136, 'Your password is too easy to guess. Try another one.')
}
