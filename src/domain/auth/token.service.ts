import { createHash, createHmac, randomBytes } from 'node:crypto'
import type { Clock } from '../../clock.js'
import { errors } from '../../errors/catalog.js'
import { OAuthError } from '../../errors/zoom-error.js'
import type { AccountsRepo } from '../../store/accounts.repo.js'
import type { AppsRepo } from '../../store/apps.repo.js'
import type { TokensRepo } from '../../store/tokens.repo.js'

export const TOKEN_TTL_SECONDS = 3600

export interface TokenInfo {
  clientId: string
  accountId: string
  userId: string | null
  scopes: ReadonlySet<string>
  expiresAt: number
  /** When this process last confirmed the app is still active. */
  checkedAt: number
}

export interface IssuedToken {
  access_token: string
  token_type: 'bearer'
  expires_in: number
  scope: string
  api_url: string
}

const CACHE_MAX = 10_000
// How long a cached token is trusted before the app's status is read again (deactivation takes effect within it).
const RECHECK_MS = 5_000

function hash(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
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

  /** The Server-to-Server OAuth grant: client credentials of an app of `accountId`. */
  async issueAccountCredentials(
    clientId: string,
    clientSecret: string,
    accountId: string | undefined,
  ): Promise<IssuedToken> {
    const app = await this.apps.get(clientId)
    if (!app || app.client_secret !== clientSecret)
      throw new OAuthError(400, 'invalid_client', 'Invalid client_id or client_secret')
    if (app.status !== 'active') throw new OAuthError(400, 'invalid_client', 'The app has been disabled')
    if (!accountId) throw new OAuthError(400, 'invalid_request', 'Missing account_id')
    if (accountId !== app.account_id) throw new OAuthError(400, 'invalid_request', 'Invalid account_id')
    const account = await this.accounts.get(accountId)
    if (!account || account.status !== 'active') throw new OAuthError(400, 'invalid_request', 'Invalid account_id')

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
    })
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: TOKEN_TTL_SECONDS,
      scope: app.scopes,
      api_url: this.apiUrl(),
    }
  }

  /** Resolves a bearer token; 401/124 when unknown, expired, or its app is no longer active. */
  async verify(token: string): Promise<TokenInfo> {
    // Cached by the token itself: hashing on every request cost more than the rest of the check.
    const key = token
    const now = this.clock.now()
    let info = this.cache.get(key)
    if (!info || now - info.checkedAt > RECHECK_MS) {
      const row = await this.tokens.get(hash(token))
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

  forgetClient(clientId: string): void {
    for (const [k, v] of this.cache) if (v.clientId === clientId) this.cache.delete(k)
  }

  /** A JWT-shaped token like Zoom's; its claims are informative, the stored hash is what counts. */
  private mint(clientId: string, accountId: string, now: number, expiresAt: number): string {
    const head = Buffer.from(JSON.stringify({ alg: 'HS512', v: '2.0', kid: 'local' })).toString('base64url')
    const body = Buffer.from(
      JSON.stringify({
        aud: 'zoom',
        uid: accountId,
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
