import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Services } from '../../services.js'
import { MetaRepo } from '../../store/meta.repo.js'

/** A start URL lives two hours; for hosts created with `custCreate`, 90 days (Zoom's documented lifetimes). */
export const START_URL_TTL_MS = 2 * 3600_000
export const CUST_CREATE_START_URL_TTL_MS = 90 * 86_400_000

const b64url = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url')

/**
 * Signed tokens of meeting links (the start URL's ZAK, invite links, caption URLs). The key is shared by every
 * process on the database, so a link made by one process verifies in another.
 */
export class MeetingLinkSigner {
  private key?: Promise<string>

  constructor(private svc: Services) {}

  /**
   * Reads (or on a new database creates) the key. Done at start: on SQLite, a first read from inside a write
   * transaction (a registrant's join link is signed in the registration's transaction) would wait on that very
   * transaction for good.
   */
  async warm(): Promise<void> {
    await this.secret()
  }

  private secret(): Promise<string> {
    this.key ??= new MetaRepo(this.svc.db.kysely).getOrInit('meeting_link_key', () =>
      randomBytes(32).toString('base64url'),
    )
    return this.key
  }

  /** An HS256 JWT over `claims`. Deterministic: the same claims give the same token. */
  async sign(claims: Record<string, unknown>): Promise<string> {
    const head = b64url({ typ: 'JWT', alg: 'HS256' })
    const body = b64url(claims)
    const sig = createHmac('sha256', await this.secret())
      .update(`${head}.${body}`)
      .digest('base64url')
    return `${head}.${body}.${sig}`
  }

  /** The claims of a token this server signed and that has not expired (`exp`, seconds); undefined otherwise. */
  async verify(token: string): Promise<Record<string, unknown> | undefined> {
    const [head, body, sig] = token.split('.')
    if (!head || !body || !sig) return undefined
    const expected = Buffer.from(
      createHmac('sha256', await this.secret())
        .update(`${head}.${body}`)
        .digest('base64url'),
    )
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
    let claims: Record<string, unknown>
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    } catch {
      return undefined
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= this.svc.clock.now()) return undefined
    return claims
  }

  /** A short keyed digest (passcode encryption in join links). */
  async digest(text: string, length = 32): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(text)
      .digest('base64url')
      .replace(/[-_]/g, 'x')
      .slice(0, length)
  }
}
