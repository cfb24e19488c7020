import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Clock } from '../../clock.js'
import { errors } from '../../errors/catalog.js'
import type { AccountsRepo } from '../../store/accounts.repo.js'
import type { AppRow, AppsRepo } from '../../store/apps.repo.js'
import { invalidRequest, oauthRefusals } from './oauth-refusals.js'
import type { TokenRow, TokensRepo } from '../../store/tokens.repo.js'

export const TOKEN_TTL_SECONDS = 3600

export interface TokenInfo {
  clientId: string
  accountId: string
  userId: string | null
  scopes: ReadonlySet<string>
  expiresAt: number
  /** When this process last confirmed the app is still active. */
  checkedAt: number
  /** The OAuth install the token belongs to; null for Server-to-Server tokens. */
  grantId: string | null
  /** A user-managed app's token: it acts for its user only, whatever scopes it holds. */
  userManaged: boolean
}

export interface IssuedToken {
  access_token: string
  token_type: 'bearer'
  expires_in: number
  scope: string
  api_url: string
}

export interface IssuedUserToken extends IssuedToken {
  refresh_token: string
}

const CACHE_MAX = 10_000
// How long a cached token is trusted before the app's status is read again (deactivation takes effect within it).
const RECHECK_MS = 5_000

export function hash(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** Compares a presented secret with the stored one in constant time (hashing first evens out the lengths). */
export function sameSecret(presented: string, stored: string): boolean {
  return timingSafeEqual(createHash('sha256').update(presented).digest(), createHash('sha256').update(stored).digest())
}

export class TokenService {
  /** Bearer token → what it grants; lives only in this process's memory, like the request that carried it. */
  private cache = new Map<string, TokenInfo>()

  constructor(
    private clock: Clock,
    private apps: AppsRepo,
    private accounts: AccountsRepo,
    private tokens: TokensRepo,
    private signingKey: string,
    private apiUrl: () => string,
  ) {}

  /** The app whose credentials these are, if the secret is right and the app is active. */
  async authenticateClient(clientId: string, clientSecret: string): Promise<AppRow> {
    const app = await this.apps.get(clientId)
    if (!app || !sameSecret(clientSecret, app.client_secret)) throw oauthRefusals.badClient()
    if (app.status !== 'active') throw oauthRefusals.disabled()
    return app
  }

  /** The Server-to-Server OAuth grant: client credentials of an app of `accountId`. */
  async issueAccountCredentials(
    clientId: string,
    clientSecret: string,
    accountId: string | undefined,
  ): Promise<IssuedToken> {
    return this.issueForApp(await this.authenticateClient(clientId, clientSecret), accountId)
  }

  /** The Server-to-Server grant for an app already authenticated. */
  async issueForApp(app: AppRow, accountId: string | undefined): Promise<IssuedToken> {
    if (!accountId) throw invalidRequest('Missing account_id')
    if (accountId !== app.account_id) throw invalidRequest('Invalid account_id')
    const account = await this.accounts.get(accountId)
    if (!account || account.status !== 'active') throw invalidRequest('Invalid account_id')

    const now = this.clock.now()
    const expiresAt = now + TOKEN_TTL_SECONDS * 1000
    const token = this.mint(app.client_id, accountId, now, expiresAt)
    const userId = app.created_by ?? account.owner_id
    await this.tokens.insert({
      token_hash: hash(token),
      client_id: app.client_id,
      account_id: accountId,
      user_id: userId,
      scopes: app.scopes,
      expires_at: expiresAt,
      created_at: now,
      grant_id: null,
    })
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: TOKEN_TTL_SECONDS,
      scope: app.scopes,
      api_url: this.apiUrl(),
    }
  }

  /**
   * Resolves a bearer token; 401/124 when unknown, expired, its app is no longer active, or (for an OAuth install)
   * the install was revoked or its user is no longer active.
   */
  async verify(token: string): Promise<TokenInfo> {
    // Cached by the token itself: hashing on every request cost more than the rest of the check.
    const key = token
    const now = this.clock.now()
    let info = this.cache.get(key)
    if (!info || now - info.checkedAt > RECHECK_MS) {
      const row = await this.tokens.getUsable(hash(token))
      if (!row) {
        this.cache.delete(key)
        throw errors.invalidToken()
      }
      const app = await this.apps.get(row.client_id)
      if (!app || app.status !== 'active') {
        this.cache.delete(key)
        throw errors.invalidToken()
      }
      info = {
        clientId: row.client_id,
        accountId: row.account_id,
        userId: row.user_id,
        scopes: new Set(row.scopes.split(' ').filter(Boolean)),
        expiresAt: Number(row.expires_at),
        checkedAt: now,
        grantId: row.grant_id ?? null,
        userManaged: !!row.grant_id && app.app_type === 'user',
      }
      if (this.cache.size >= CACHE_MAX) {
        const oldest = this.cache.keys().next()
        if (!oldest.done) this.cache.delete(oldest.value)
      }
      this.cache.set(key, info)
    }
    if (now >= info.expiresAt) throw errors.expiredToken()
    return info
  }

  /** The database was put back as a snapshot held it: every token is looked up again. */
  forgetState(): void {
    this.cache.clear()
  }

  forgetClient(clientId: string): void {
    for (const [k, v] of this.cache) if (v.clientId === clientId) this.cache.delete(k)
  }

  forgetGrant(grantId: string): void {
    for (const [k, v] of this.cache) if (v.grantId === grantId) this.cache.delete(k)
  }

  /** The user's OAuth install tokens are looked up again (the user left or was deactivated). */
  forgetUser(userId: string): void {
    for (const [k, v] of this.cache) if (v.grantId !== null && v.userId === userId) this.cache.delete(k)
  }

  /**
   * An access token for an OAuth install (user- or admin-managed app), acting as the user who allowed it, with the
   * row to store; the caller stores it, so that it can do so only while the install is live.
   */
  forGrant(grant: { id: string; clientId: string; accountId: string; userId: string; scopes: string }): {
    issued: IssuedToken
    row: TokenRow
  } {
    const now = this.clock.now()
    const expiresAt = now + TOKEN_TTL_SECONDS * 1000
    const token = this.mint(grant.clientId, grant.userId, now, expiresAt)
    return {
      issued: {
        access_token: token,
        token_type: 'bearer',
        expires_in: TOKEN_TTL_SECONDS,
        scope: grant.scopes,
        api_url: this.apiUrl(),
      },
      row: {
        token_hash: hash(token),
        client_id: grant.clientId,
        account_id: grant.accountId,
        user_id: grant.userId,
        scopes: grant.scopes,
        expires_at: expiresAt,
        created_at: now,
        grant_id: grant.id,
      },
    }
  }

  /** A JWT-shaped token like Zoom's; its claims are informative, the stored hash is what counts. */
  private mint(clientId: string, uid: string, now: number, expiresAt: number): string {
    const head = Buffer.from(JSON.stringify({ alg: 'HS512', v: '2.0', kid: 'local' })).toString('base64url')
    const body = Buffer.from(
      JSON.stringify({
        aud: 'zoom',
        uid,
        ver: 10,
        auid: clientId,
        iss: 'zm:cid:' + clientId,
        gno: 0,
        iat: Math.floor(now / 1000),
        exp: Math.floor(expiresAt / 1000),
        jti: randomBytes(16).toString('base64url'),
      }),
    ).toString('base64url')
    const sig = createHmac('sha512', this.signingKey).update(`${head}.${body}`).digest('base64url')
    return `${head}.${body}.${sig}`
  }
}
