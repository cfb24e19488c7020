import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { SimToolsRepo, type JournalFilter } from '../../store/sim-tools.repo.js'
import { isoSeconds } from '../../util/time.js'
import { parseJson } from '../../util/json.js'

export interface JournalEntry {
  method: string
  path: string
  query: Record<string, unknown>
  body?: unknown
  status: number
  response?: unknown
  account_id?: string
  client_id?: string
  time: string
  duration_ms: number
}

// Form and JSON fields that carry credentials; their values are replaced before a request is stored.
const SECRET_FIELDS = new Set([
  'client_secret',
  'password',
  'access_token',
  'refresh_token',
  'code_verifier',
  'secret_token',
  'plain_token',
  'encrypted_token',
  // The token OAuth revokes, and a user's ZAK (GET /users/{userId}/token answers it as `token`).
  'token',
  'zak',
])
// An authorization code is a credential only in OAuth's own requests; elsewhere `code` is Zoom's error code.
const OAUTH_SECRET_FIELDS = new Set([...SECRET_FIELDS, 'code'])
const HIDDEN = '[hidden]'
// A ZAK inside a link (a meeting's start_url) starts the meeting as its host: the link is kept, the key is not.
const ZAK_IN_URL = /([?&]zak=)[^&#]*/gi
// The same link key, for a test: a global pattern keeps its position between calls to test().
const HAS_ZAK = /[?&]zak=/i

/**
 * The account whose requests a caller may see and clear: its own, unless its token holds a master scope (which
 * reaches other accounts through the API as well); undefined stands for every account.
 */
function reach(actor: Actor, wanted: string | undefined): string | undefined {
  const master = [...actor.scopes].some((s) => s.endsWith(':master'))
  return master ? wanted : actor.callerAccountId
}

/** The newest API requests with their answers, kept in the database for every server process to read. */
export class RequestJournal {
  private readonly repo: SimToolsRepo

  constructor(private readonly svc: Services) {
    this.repo = new SimToolsRepo(svc.db.kysely)
  }

  get size(): number {
    return this.svc.config.simulator ? this.svc.config.requestJournalSize : 0
  }

  async record(r: {
    method: string
    url: string
    body: unknown
    status: number
    response: string | undefined
    accountId?: string
    clientId?: string
    durationMs: number
  }): Promise<void> {
    const q = r.url.indexOf('?')
    const path = q < 0 ? r.url : r.url.slice(0, q)
    const query = q < 0 ? {} : Object.fromEntries(new URLSearchParams(r.url.slice(q + 1)))
    const secret = path.startsWith('/oauth/') ? OAUTH_SECRET_FIELDS : SECRET_FIELDS
    const scrub = (v: unknown) => scrubbed(v, secret)
    await this.repo.journal(
      {
        method: r.method,
        path,
        query: JSON.stringify(scrub(query)),
        body: r.body === undefined || r.body === null ? null : JSON.stringify(scrub(r.body)),
        status: r.status,
        response: r.response ? storedResponse(r.response, secret) : null,
        account_id: r.accountId ?? null,
        client_id: r.clientId ?? null,
        at: this.svc.clock.now(),
        duration_ms: Math.round(r.durationMs),
      },
      this.size,
    )
  }

  async list(actor: Actor, f: JournalFilter): Promise<JournalEntry[]> {
    const accountId = reach(actor, f.accountId)
    if (f.accountId !== undefined && accountId !== f.accountId) return []
    // The filter's path takes `*` for any characters, as a SQL LIKE pattern does with `%`.
    const path = f.path === undefined ? undefined : f.path.replace(/[%_\\]/g, '\\$&').replace(/\*/g, '%')
    const rows = await this.repo.requests({ ...f, path, accountId })
    return rows.map((r) => {
      const e: JournalEntry = {
        method: r.method,
        path: r.path,
        query: parseJson<Record<string, unknown>>(r.query) ?? {},
        status: r.status,
        time: isoSeconds(r.at),
        duration_ms: r.duration_ms,
      }
      if (r.body !== null) e.body = parseJson(r.body)
      // An answer is stored as it came when it looks like JSON, so one that only starts like it is shown as text.
      if (r.response !== null) e.response = jsonOrText(r.response)
      if (r.account_id !== null) e.account_id = r.account_id
      if (r.client_id !== null) e.client_id = r.client_id
      return e
    })
  }

  clear(actor: Actor): Promise<void> {
    return this.repo.clearRequests(reach(actor, undefined))
  }
}

function scrubbed(v: unknown, secret: Set<string>): unknown {
  if (Array.isArray(v)) return v.map((x) => scrubbed(x, secret))
  if (typeof v === 'string') return v.replace(ZAK_IN_URL, `$1${HIDDEN}`)
  if (v === null || typeof v !== 'object') return v
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [k, secret.has(k) && typeof x === 'string' ? HIDDEN : scrubbed(x, secret)]),
  )
}

/**
 * A response as stored: JSON that names no secret field and holds no ZAK link is kept as it came, since parsing
 * and re-writing every answer (a dashboard page is tens of kilobytes) would cost more than the request itself.
 */
function storedResponse(text: string, secret: Set<string>): string {
  const first = text.trimStart()[0]
  const clean =
    (first === '{' || first === '[') && !HAS_ZAK.test(text) && ![...secret].some((k) => text.includes(`"${k}"`))
  return clean ? text : JSON.stringify(scrubbed(jsonOrText(text), secret))
}

function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}
