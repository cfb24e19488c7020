import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { MetaRepo } from '../../store/meta.repo.js'
import { getAccountSettings } from '../accounts/settings.js'
import { checkPassword, defaultPasswordRules, type PasswordRules } from './password.js'
import { callerRole, operatorOf, saveUserWithEvent } from './profile-events.js'
import { EMAIL_LOGIN } from './user.model.js'
import { hashPassword, passwordMatches, type User } from './user.service.js'

const DAY_MS = 86_400_000

/** A new password may not be any of the user's last this-many passwords (the current one included). */
export const PASSWORD_HISTORY = 5
/** Password changes allowed per user in any 24 hours. */
export const MAX_PASSWORD_CHANGES_PER_DAY = 6

/** The account's password policy (Advanced > Security) over Zoom's defaults. */
export async function passwordRules(svc: Services, accountId: string): Promise<PasswordRules> {
  const req = (await getAccountSettings(svc, accountId)).security.password_requirement ?? {}
  return {
    ...defaultPasswordRules,
    // 0 turns the account's minimum off: the base length applies.
    minLength: req.minimum_password_length || defaultPasswordRules.minLength,
    requireSpecial: req.have_special_character ?? defaultPasswordRules.requireSpecial,
    consecutiveLength: req.consecutive_characters_length ?? defaultPasswordRules.consecutiveLength,
    weakDetection: req.weak_enhance_detection ?? defaultPasswordRules.weakDetection,
  }
}

/**
 * PUT /users/{userId}/password. Only users who sign in with email and password have one to change. The owner's
 * password is changed by the owner alone, and an admin's by that admin or the owner (1117 otherwise): the
 * web portal does not let admins reset each other's passwords either.
 */
export async function changePassword(svc: Services, actor: Actor, user: User, password: string): Promise<void> {
  const doc = user.doc
  if (!doc.login_types.includes(EMAIL_LOGIN)) throw errors.passwordWorkEmailOnly()
  const self = actor.userId === user.id && actor.callerAccountId === user.account_id
  if (!self && (user.role_id === '0' || (user.role_id === '1' && (await callerRole(svc, actor)) !== '0')))
    throw errors.adminPasswordLocked()

  const now = svc.clock.now()
  const recent = (doc.password_changes ?? []).filter((t) => now - t < DAY_MS)
  if (recent.length >= MAX_PASSWORD_CHANGES_PER_DAY) throw errors.passwordChangeLimit()
  checkPassword(password, { rules: await passwordRules(svc, user.account_id) })
  if (passwordMatches(doc.password_hash, password)) throw errors.passwordSameAsOld()
  const history = doc.password_history ?? []
  if (history.some((h) => passwordMatches(h, password))) throw errors.passwordReused(PASSWORD_HISTORY)

  await saveUserWithEvent(
    svc,
    user,
    {
      ...doc,
      password_hash: hashPassword(password),
      password_history: doc.password_hash ? [doc.password_hash, ...history].slice(0, PASSWORD_HISTORY - 1) : history,
      password_changes: [...recent, now],
    },
    {},
    {
      event: 'user.updated',
      accountId: user.account_id,
      object: { id: user.id },
      payload: {
        ...(await operatorOf(svc, actor)),
        operation: 'change_password',
        time_stamp: now,
        old_object: { id: user.id },
      },
    },
  )
}

// User tokens and ZAKs are signed, not stored: a token names its user and is checked against the signature, its
// expiry and the user's last SSO-token revocation.

const keys = new WeakMap<Services, Promise<string>>()
function signingKey(svc: Services): Promise<string> {
  let key = keys.get(svc)
  if (!key) {
    key = new MetaRepo(svc.db.kysely).getOrInit('user_token_signing_key', () => randomBytes(32).toString('base64url'))
    keys.set(svc, key)
  }
  return key
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
const sign = (key: string, data: string) => createHmac('sha256', key).update(data).digest('base64url')

/** How long an ordinary user's ZAK lives, in seconds, when no `ttl` is asked. */
export const ZAK_TTL_S = 7_200

/** ZAKs live two hours, or 90 days for API users (custCreate); the deprecated `token` lives 14 days. */
export function tokenLifetimeSeconds(user: User, type: 'token' | 'zak', ttl?: number): number {
  if (type === 'token') return 14 * 86_400
  return ttl ?? (user.doc.created_via === 'custCreate' ? 90 * 86_400 : ZAK_TTL_S)
}

/** GET /users/{userId}/token. The deprecated `token` is null for users who only sign in with Google or Facebook. */
export async function issueUserToken(
  svc: Services,
  user: User,
  type: 'token' | 'zak',
  ttl?: number,
): Promise<string | null> {
  const logins = user.doc.login_types
  if (type === 'token' && !logins.includes(EMAIL_LOGIN) && logins.some((t) => t === 0 || t === 1)) return null
  const iat = Math.floor(svc.clock.now() / 1000)
  const header = b64({ typ: 'JWT', alg: 'HS256' })
  const payload = b64({
    aud: 'clientsm',
    iss: 'web',
    typ: type,
    uid: user.id,
    aid: user.account_id,
    sty: logins[0] ?? EMAIL_LOGIN,
    jti: randomBytes(9).toString('base64url'),
    iat,
    exp: iat + tokenLifetimeSeconds(user, type, ttl),
  })
  return `${header}.${payload}.${sign(await signingKey(svc), `${header}.${payload}`)}`
}

export interface UserTokenClaims {
  uid: string
  aid: string
  typ: 'token' | 'zak'
  iat: number
  exp: number
}

/** The claims of a token or ZAK this server issued that is still good; undefined otherwise. */
export async function verifyUserToken(svc: Services, token: string): Promise<UserTokenClaims | undefined> {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const expected = Buffer.from(sign(await signingKey(svc), `${header}.${payload}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  let claims: UserTokenClaims
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UserTokenClaims
  } catch {
    return undefined
  }
  if (claims.exp * 1000 <= svc.clock.now()) return undefined
  const user = await svc.users.byId(claims.aid, claims.uid)
  if (!user) return undefined
  const revokedAt = user.doc.sso_token_revoked_at
  if (revokedAt !== undefined && claims.iat * 1000 <= revokedAt) return undefined
  return claims
}

/** DELETE /users/{userId}/token: signs the user out; tokens issued until now stop working. */
export async function revokeSsoToken(svc: Services, actor: Actor, user: User): Promise<void> {
  const now = svc.clock.now()
  await saveUserWithEvent(
    svc,
    user,
    { ...user.doc, sso_token_revoked_at: now },
    {},
    {
      event: 'user.updated',
      accountId: user.account_id,
      object: { id: user.id },
      payload: {
        ...(await operatorOf(svc, actor)),
        operation: 'sign_out_from_all_devices',
        time_stamp: now,
        old_object: { id: user.id },
      },
    },
  )
}
