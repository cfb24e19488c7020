import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Services } from '../../services.js'
import type { AppRow } from '../../store/apps.repo.js'
import { OAuthRepo } from '../../store/oauth.repo.js'
import { uuidV7 } from '../../util/random.js'
import type { UserRow } from '../../store/users.repo.js'
import { isAdminLevel } from './scopes.js'
import { invalidRequest, oauthRefusals } from './oauth-refusals.js'
import { hash, type IssuedUserToken } from './token.service.js'

/** Authorization codes live five minutes; refresh tokens ninety days, both on the server clock. */
export const CODE_TTL_MS = 5 * 60 * 1000
export const REFRESH_TTL_MS = 90 * 24 * 3600 * 1000

export type AppType = 's2s' | 'user' | 'admin'

/** Why the consent page cannot go on; shown on the page itself, never sent to a redirect URI that is not trusted. */
export class AuthorizeError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

export interface AuthorizeRequest {
  responseType: string | undefined
  clientId: string | undefined
  redirectUri: string | undefined
  codeChallenge: string | undefined
  codeChallengeMethod: string | undefined
}

const badRefresh = () => invalidRequest('Invalid Token!')

export function redirectUris(app: AppRow): string[] {
  const list: unknown = JSON.parse(app.redirect_uris)
  return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : []
}

const isAdmin = (user: { role_id: string | null }) => user.role_id === '0' || user.role_id === '1'

/**
 * The scopes an install by `user` receives: all of the app's, except that a user-managed app installed by a member
 * gets only its user-level scopes (account-wide, master and simulator scopes need an owner or admin).
 */
export function grantedScopes(app: AppRow, scopes: string, user: { role_id: string | null }): string {
  if (app.app_type !== 'user' || isAdmin(user)) return scopes
  return scopes
    .split(' ')
    .filter((s) => s && !isAdminLevel(s))
    .join(' ')
}

function pkceMatches(challenge: string, method: string, verifier: string): boolean {
  const expected = method === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url')
  const a = Buffer.from(expected)
  const b = Buffer.from(challenge)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * The authorization code flow of user-managed and admin-managed OAuth apps: the consent page's checks, codes,
 * installs (grants), refresh rotation and revocation. Access tokens themselves come from the TokenService.
 */
export class OAuthService {
  private readonly repo: OAuthRepo

  constructor(private svc: Services) {
    this.repo = new OAuthRepo(svc.db.kysely)
  }

  /** The app an authorize request names, once its client id, redirect URI and PKCE parameters pass. */
  async checkAuthorize(req: AuthorizeRequest): Promise<AppRow> {
    const app = req.clientId ? await this.svc.apps.get(req.clientId) : undefined
    if (!app || app.status !== 'active' || app.app_type === 's2s')
      throw new AuthorizeError(4702, `Invalid client_id: ${req.clientId ?? ''}`)
    if (!req.redirectUri || !redirectUris(app).includes(req.redirectUri))
      throw new AuthorizeError(4709, `Invalid redirect: ${req.redirectUri ?? ''}`)
    if (req.responseType !== 'code') throw new AuthorizeError(4700, 'Invalid response_type: only code is supported')
    if (req.codeChallengeMethod && !['S256', 'plain'].includes(req.codeChallengeMethod))
      throw new AuthorizeError(4700, 'Invalid code_challenge_method')
    return app
  }

  /** A code for the user who allowed the app; `undefined` user means the email names nobody who may install it. */
  async allow(app: AppRow, email: string, req: AuthorizeRequest): Promise<string> {
    const user = await this.svc.users.byEmail(app.account_id, email.trim())
    if (!user || user.status !== 'active')
      throw new AuthorizeError(1001, `No active user with the email ${email} in this app's account.`)
    // Only an owner or admin may install an app for the whole account.
    if (app.app_type === 'admin' && !isAdmin(user))
      throw new AuthorizeError(4700, 'Only an account owner or admin can install an admin-managed app.')
    if (!grantedScopes(app, app.scopes, user))
      throw new AuthorizeError(4700, 'This app only has scopes that need an account owner or admin.')
    const code = randomBytes(24).toString('base64url')
    const now = this.svc.clock.now()
    await this.repo.insertCode({
      code_hash: hash(code),
      client_id: app.client_id,
      account_id: app.account_id,
      user_id: user.id,
      redirect_uri: req.redirectUri ?? '',
      code_challenge: req.codeChallenge || null,
      code_challenge_method: req.codeChallenge ? req.codeChallengeMethod || 'plain' : null,
      expires_at: now + CODE_TTL_MS,
      created_at: now,
    })
    return code
  }

  /** grant_type=authorization_code: the code works once, within five minutes, at the redirect URI it was given to. */
  async exchangeCode(app: AppRow, p: Record<string, string | undefined>): Promise<IssuedUserToken> {
    if (app.app_type === 's2s') throw oauthRefusals.unsupportedGrant()
    if (!p.code) throw invalidRequest('Missing code')
    if (!p.redirect_uri) throw oauthRefusals.redirectMismatch()
    const row = await this.repo.takeCode(hash(p.code))
    const now = this.svc.clock.now()
    if (!row || row.client_id !== app.client_id || now >= Number(row.expires_at))
      throw invalidRequest(`Invalid authorization code ${p.code}`)
    if (row.redirect_uri !== p.redirect_uri) throw oauthRefusals.redirectMismatch()
    if (row.code_challenge) {
      if (!p.code_verifier) throw invalidRequest('Missing code_verifier')
      if (!pkceMatches(row.code_challenge, row.code_challenge_method ?? 'plain', p.code_verifier))
        throw invalidRequest('Invalid code_verifier')
    }
    // The user may have left or been deactivated since allowing the app; the role decides the scopes as it is now.
    const user = await this.activeUser(row.account_id, row.user_id)
    if (!user) throw invalidRequest(`Invalid authorization code ${p.code}`)
    const scopes = grantedScopes(app, app.scopes, user)
    if (!scopes) throw invalidRequest(`Invalid authorization code ${p.code}`)
    const grant = {
      id: uuidV7(now),
      client_id: app.client_id,
      account_id: row.account_id,
      user_id: row.user_id,
      scopes,
      created_at: now,
      revoked_at: null,
    }
    await this.repo.insertGrant(grant)
    return this.issue(grant)
  }

  /** grant_type=refresh_token: rotates; the refresh token sent stops working whatever happens next. */
  async refresh(app: AppRow, p: Record<string, string | undefined>): Promise<IssuedUserToken> {
    if (app.app_type === 's2s') throw oauthRefusals.unsupportedGrant()
    if (!p.refresh_token) throw invalidRequest('Missing refresh_token')
    const key = hash(p.refresh_token)
    const row = await this.repo.getRefresh(key)
    if (!row || row.client_id !== app.client_id) throw badRefresh()
    if (!(await this.repo.takeRefresh(key))) throw badRefresh()
    const grant = await this.repo.getGrant(row.grant_id)
    if (!grant || grant.revoked_at !== null || this.svc.clock.now() >= Number(row.expires_at)) throw badRefresh()
    // Scopes taken off the app since it was allowed: the install must be redone (Zoom's 4711).
    const held = new Set(app.scopes.split(' '))
    if (!grant.scopes.split(' ').every((s) => !s || held.has(s))) throw oauthRefusals.refreshScopes()
    const user = await this.activeUser(grant.account_id, grant.user_id)
    if (!user) throw badRefresh()
    // An installer who is no longer an owner or admin keeps only the user-level part of the install.
    const scopes = grantedScopes(app, grant.scopes, user)
    if (!scopes) throw badRefresh()
    return this.issue({ ...grant, scopes })
  }

  /**
   * Uninstalls the install an access or refresh token belongs to: every token of it stops working at once, and
   * the app's subscriptions hear app_deauthorized.
   */
  async revoke(app: AppRow, token: string | undefined): Promise<void> {
    if (!token) throw invalidRequest('Missing token')
    const key = hash(token)
    const refresh = await this.repo.getRefresh(key)
    const grantId = refresh?.grant_id ?? (await this.repo.grantOfAccessToken(key))
    const grant = grantId ? await this.repo.getGrant(grantId) : undefined
    if (!grant || grant.client_id !== app.client_id || grant.revoked_at !== null) throw badRefresh()
    const now = this.svc.clock.now()
    await this.repo.revokeGrant(grant.id, now)
    this.svc.tokens.forgetGrant(grant.id)
    await this.svc.events.emit({
      event: 'app_deauthorized',
      accountId: grant.account_id,
      object: {},
      payload: {
        user_id: grant.user_id,
        client_id: grant.client_id,
        deauthorization_time: new Date(now).toISOString(),
        user_data_retention: 'false',
        signature: createHash('sha256').update(`${grant.id}:${now}`).digest('hex'),
      },
    })
  }

  /** Stops or restarts an app; while inactive its tokens answer 124 and it can be neither installed nor refreshed. */
  async setActive(clientId: string, active: boolean): Promise<void> {
    await this.svc.apps.setStatus(clientId, active ? 'active' : 'inactive')
    this.svc.tokens.forgetClient(clientId)
  }

  /** Removes an app with everything it handed out; its tokens answer 124 from now on. */
  async deleteApp(clientId: string): Promise<void> {
    await this.repo.deleteApp(clientId)
    this.svc.tokens.forgetClient(clientId)
  }

  /**
   * Ends the installs a user allowed, when the user is deactivated or leaves the account: their tokens answer 124
   * and their refresh tokens are refused from now on.
   */
  async endInstallsOf(accountId: string, userId: string): Promise<void> {
    const ended = await this.repo.revokeGrantsOfUser(accountId, userId, this.svc.clock.now())
    for (const id of ended) this.svc.tokens.forgetGrant(id)
    this.svc.tokens.forgetUser(userId)
  }

  private async activeUser(accountId: string, userId: string): Promise<UserRow | undefined> {
    const user = await this.svc.users.repo.byId(accountId, userId)
    return user && user.status === 'active' ? user : undefined
  }

  private async issue(grant: {
    id: string
    client_id: string
    account_id: string
    user_id: string
    scopes: string
  }): Promise<IssuedUserToken> {
    const access = this.svc.tokens.forGrant({
      id: grant.id,
      clientId: grant.client_id,
      accountId: grant.account_id,
      userId: grant.user_id,
      scopes: grant.scopes,
    })
    const refreshToken = randomBytes(32).toString('base64url')
    const now = this.svc.clock.now()
    const stored = await this.repo.issueWhileLive(grant.id, access.row, {
      token_hash: hash(refreshToken),
      grant_id: grant.id,
      client_id: grant.client_id,
      scopes: grant.scopes,
      expires_at: now + REFRESH_TTL_MS,
      created_at: now,
    })
    // Revoked while this request was under way: nothing was stored, and the client hears what a revoked token gets.
    if (!stored) throw badRefresh()
    return { ...access.issued, refresh_token: refreshToken }
  }
}
