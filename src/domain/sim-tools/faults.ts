import { randomUUID } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { ZoomError } from '../../errors/zoom-error.js'
import type { RateLabel } from '../../catalog/facts.js'
import type { Services } from '../../services.js'
import { SimToolsRepo, type SimFaultRow } from '../../store/sim-tools.repo.js'
import { isoSeconds } from '../../util/time.js'
import { isWebhookEvent } from '../../events/webhook-events.js'

export const API_FAULTS = ['rate_limit', 'error', 'latency'] as const
export const WEBHOOK_FAULTS = ['webhook_drop', 'webhook_delay', 'webhook_duplicate', 'webhook_reorder'] as const
export const FAULT_KINDS = [...API_FAULTS, ...WEBHOOK_FAULTS] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultInput {
  kind: FaultKind
  operation_id?: string
  method?: string
  path?: string
  event?: string
  status?: number
  code?: number
  message?: string
  retry_after?: number
  delay_ms?: number
  times?: number
  start_time?: string
  end_time?: string
}

/** A rule as it is answered: what it was created with, its id, and how many uses are left. */
export type FaultView = Omit<FaultInput, 'kind' | 'times'> & {
  id: string
  kind: string
  remaining?: number
  created_at: string
}

/** What the API faults matching one call add up to. */
export interface CallFault {
  latencyMs: number
  error?: ZoomError
}

/** What a webhook fault does to one delivery: not sent, sent later (`until`, server clock), or sent twice. */
export type DeliveryFault =
  | { kind: 'webhook_drop' }
  | { kind: 'webhook_delay' | 'webhook_reorder'; until: number }
  | { kind: 'webhook_duplicate' }

/** How long a reordered delivery waits for a later event of its subscription when the rule names no delay_ms. */
const REORDER_HOLD_MS = 60_000
/** API latency is real time, so it stays short; webhook delays are on the server clock and may be long. */
const MAX_LATENCY_MS = 60_000

// Rules change rarely and every API call looks at them: each process keeps a copy for this long (real time) and
// drops it at once when it changes a rule itself. Uses are always counted in the database.
const CACHE_MS = 1000

const DEFAULT_MESSAGES: Record<number, string> = {
  500: 'Internal server error.',
  502: 'Bad gateway.',
  503: 'Service unavailable.',
  504: 'Gateway timeout.',
}

/**
 * Fault rules an account sets on its own API calls (answer 429, another error, or answer late) and on its
 * webhook deliveries (drop, delay, duplicate, reorder), for a number of uses or a window on the server clock.
 */
export class FaultInjector {
  readonly repo: SimToolsRepo
  private cache?: { at: number; rules: SimFaultRow[] }

  constructor(private readonly svc: Services) {
    this.repo = new SimToolsRepo(svc.db.kysely)
  }

  async create(accountId: string, input: FaultInput): Promise<FaultView> {
    const api = (API_FAULTS as readonly string[]).includes(input.kind)
    if (api && !input.operation_id && !input.path) throw errors.badRequest('An API fault needs operation_id or path.')
    if (!api && !input.event) throw errors.missingField('event')
    if (input.kind === 'error' && input.status === undefined) throw errors.missingField('status')
    if ((input.kind === 'latency' || input.kind === 'webhook_delay') && input.delay_ms === undefined)
      throw errors.missingField('delay_ms')
    if (input.kind === 'latency' && (input.delay_ms ?? 0) > MAX_LATENCY_MS)
      throw errors.badRequest(`delay_ms of a latency fault is at most ${MAX_LATENCY_MS}.`)
    if (!api && input.event && !input.event.includes('*') && !isWebhookEvent(input.event))
      throw errors.badRequest(`Unknown webhook event: ${input.event}.`)
    const startsAt = input.start_time ? Date.parse(input.start_time) : null
    const endsAt = input.end_time ? Date.parse(input.end_time) : null
    if (startsAt !== null && endsAt !== null && endsAt <= startsAt)
      throw errors.badRequest('end_time must be after start_time.')
    const status = input.kind === 'error' ? (input.status ?? null) : null
    const row: SimFaultRow = {
      id: randomUUID(),
      account_id: accountId,
      target: api ? 'api' : 'webhook',
      kind: input.kind,
      operation_id: api ? (input.operation_id ?? null) : null,
      method: api && input.method ? input.method.toUpperCase() : null,
      path: api ? (input.path ?? null) : null,
      event: api ? null : (input.event ?? null),
      status,
      code: status === null ? null : (input.code ?? status),
      message: status === null ? null : (input.message ?? DEFAULT_MESSAGES[status] ?? 'Request failed.'),
      retry_after: input.kind === 'rate_limit' ? (input.retry_after ?? 1) : null,
      delay_ms: ['latency', 'webhook_delay', 'webhook_reorder'].includes(input.kind) ? (input.delay_ms ?? null) : null,
      remaining: input.times ?? null,
      starts_at: startsAt,
      ends_at: endsAt,
      created_at: this.svc.clock.now(),
    }
    await this.repo.addFault(row)
    this.cache = undefined
    return present(row)
  }

  async list(accountId: string): Promise<FaultView[]> {
    return (await this.repo.faults(accountId)).map(present)
  }

  async delete(accountId: string, id: string): Promise<void> {
    if (!(await this.repo.deleteFault(accountId, id))) throw errors.faultNotFound(id)
    this.cache = undefined
  }

  async clear(accountId: string): Promise<void> {
    await this.repo.clearFaults(accountId)
    this.cache = undefined
  }

  /** The API faults for one call of an operation: the first error-making rule that still has a use, and latency. */
  async forCall(
    accountId: string,
    call: { operationId: string; method: string; path: string; rateLabel: RateLabel },
  ): Promise<CallFault> {
    const rules = (await this.active(accountId, 'api')).filter((r) => matchesCall(r, call))
    const out: CallFault = { latencyMs: 0 }
    for (const r of rules) {
      if (r.kind !== 'latency' && out.error) continue
      if (!(await this.repo.take(r.id))) continue
      if (r.kind === 'latency') out.latencyMs += r.delay_ms ?? 0
      else out.error = errorOf(r, call.rateLabel)
    }
    return out
  }

  /**
   * The webhook fault for one delivery's first attempt: the oldest matching rule with a use left, unless a fault
   * already acted on this delivery (a delayed one is sent as it is once its time comes).
   */
  async forDelivery(d: {
    id: string
    accountId: string
    subscriptionId: string
    event: string
    attempts: number
  }): Promise<DeliveryFault | undefined> {
    if (d.attempts > 0) return undefined
    const rules = (await this.active(d.accountId, 'webhook')).filter((r) => eventPattern(r.event ?? '').test(d.event))
    if (!rules.length || (await this.repo.wasHit(d.id))) return undefined
    const now = this.svc.clock.now()
    for (const r of rules) {
      if (!(await this.repo.take(r.id))) continue
      const seq = await this.repo.deliverySeq(d.id)
      if (seq === undefined) return undefined
      const hit = { delivery_id: d.id, fault_id: r.id, kind: r.kind, subscription_id: d.subscriptionId }
      if (!(await this.repo.hit({ ...hit, outbox_seq: seq, created_at: now }))) return undefined
      if (r.kind === 'webhook_delay') return { kind: r.kind, until: now + (r.delay_ms ?? 0) }
      if (r.kind === 'webhook_reorder') return { kind: r.kind, until: now + (r.delay_ms ?? REORDER_HOLD_MS) }
      if (r.kind === 'webhook_drop' || r.kind === 'webhook_duplicate') return { kind: r.kind }
    }
    return undefined
  }

  /** A delivery was sent: deliveries of the same subscription held back to come after it are due now. */
  async delivered(d: { id: string; accountId: string; subscriptionId: string }): Promise<void> {
    const reorders = (await this.rules()).some((r) => r.account_id === d.accountId && r.kind === 'webhook_reorder')
    if (!reorders) return
    const seq = await this.repo.deliverySeq(d.id)
    if (seq !== undefined) await this.repo.release('webhook_reorder', d.subscriptionId, seq, this.svc.clock.now())
  }

  private async active(accountId: string, target: string): Promise<SimFaultRow[]> {
    const now = this.svc.clock.now()
    return (await this.rules()).filter(
      (r) =>
        r.account_id === accountId &&
        r.target === target &&
        (r.remaining === null || r.remaining > 0) &&
        (r.starts_at === null || r.starts_at <= now) &&
        (r.ends_at === null || now < r.ends_at),
    )
  }

  private async rules(): Promise<SimFaultRow[]> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.rules
    const rules = await this.repo.faults()
    this.cache = { at: Date.now(), rules }
    return rules
  }
}

/** `{name}` and `*` stand for one path segment, or part of one; the path is compared without /v2. */
function pathPattern(pattern: string): RegExp {
  const body = pattern
    .replace(/^\/v2(?=\/)/, '')
    .split(/(\{\w+\}|\*)/)
    .map((part) => (part === '*' || /^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}/?$`)
}

/** An event name, or a pattern where `*` stands for any run of characters (`meeting.*`). */
function eventPattern(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  )
}

function matchesCall(r: SimFaultRow, call: { operationId: string; method: string; path: string }): boolean {
  if (r.operation_id && r.operation_id !== call.operationId) return false
  if (r.method && r.method !== call.method) return false
  if (r.path && !pathPattern(r.path).test(call.path.replace(/^\/v2(?=\/)/, ''))) return false
  return true
}

function errorOf(r: SimFaultRow, label: RateLabel): ZoomError {
  if (r.kind === 'error') return errors.injectedError(r.status ?? 500, r.code ?? 500, r.message ?? '')
  const retryAfter = r.retry_after ?? 1
  return errors.rateLimitedQps({
    'X-RateLimit-Category': label,
    'X-RateLimit-Type': 'QPS',
    'X-RateLimit-Remaining': '0',
    'Retry-After': String(retryAfter),
  })
}

function present(r: SimFaultRow): FaultView {
  const v: FaultView = { id: r.id, kind: r.kind, created_at: isoSeconds(r.created_at) }
  if (r.operation_id !== null) v.operation_id = r.operation_id
  if (r.method !== null) v.method = r.method
  if (r.path !== null) v.path = r.path
  if (r.event !== null) v.event = r.event
  if (r.status !== null) v.status = r.status
  if (r.code !== null) v.code = r.code
  if (r.message !== null) v.message = r.message
  if (r.retry_after !== null) v.retry_after = r.retry_after
  if (r.delay_ms !== null) v.delay_ms = r.delay_ms
  if (r.remaining !== null) v.remaining = r.remaining
  if (r.starts_at !== null) v.start_time = isoSeconds(r.starts_at)
  if (r.ends_at !== null) v.end_time = isoSeconds(r.ends_at)
  return v
}
