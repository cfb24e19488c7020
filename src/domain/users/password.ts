import { ZoomError } from '../../errors/zoom-error.js';

export interface PasswordRules {
  minLength: number;
  requireLetter: boolean;
  requireNumber: boolean;
  requireSpecial: boolean;
  requireMixedCase: boolean;
  noRepeatedOnly: boolean;
  noSequences: boolean;
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
};

const COMMON = new Set(['password1', 'Password1', 'Passw0rd', 'Abcd1234', 'Aa123456', 'Qwerty123', 'Zoom1234']);

function hasSequence(pw: string, run = 6): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < pw.length; i++) {
    const d = pw.charCodeAt(i) - pw.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}

/**
 * Throws Zoom's password-rule errors (codes 1124–1136). With `invalidAs`, every failure is reported as a 300
 * with that message instead, as user creation does.
 */
export function checkPassword(pw: string, opts: { rules?: PasswordRules; invalidAs?: string } = {}): void {
  const r = opts.rules ?? defaultPasswordRules;
  const fail = (code: number, message: string) => {
    throw opts.invalidAs ? new ZoomError(400, 300, opts.invalidAs) : new ZoomError(400, code, message);
  };
  if (pw.length < r.minLength || pw.length > 32) fail(1124, `Have at least ${r.minLength} characters`);
  if (r.requireLetter && !/[A-Za-z]/.test(pw)) fail(1125, 'Have at least 1 letter (a, b, c…)');
  if (r.requireNumber && !/[0-9]/.test(pw)) fail(1126, 'Have at least 1 number (1, 2, 3…)');
  if (r.requireSpecial && !/[^A-Za-z0-9]/.test(pw)) fail(1127, 'Have at least 1 special character (!, @, #…)');
  if (r.requireMixedCase && !(/[a-z]/.test(pw) && /[A-Z]/.test(pw))) fail(1128, 'Include both Upper case and Lower case characters');
  if (r.noRepeatedOnly && /^(.)\1*$/.test(pw)) fail(1130, "Password can't use the same character.");
  if (r.noSequences && hasSequence(pw)) fail(1131, "Password can't use continuation character.Such as 'abcdef','123456'.");
  if (COMMON.has(pw)) fail(1136, 'Your password is too easy to guess. Try another one.');
}
