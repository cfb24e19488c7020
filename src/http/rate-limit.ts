import type { Clock } from '../clock.js'
import { errors } from '../errors/catalog.js'
import type { RateLabel } from './operation.js'
import { isoSeconds } from '../util/time.js'
import { planTier, type PlanTier } from '../domain/accounts/plan-tier.js'

interface Budget {
  perSecond: number
  /** Per-minute budget instead of per-second (Resource-intensive). */
  perMinute?: number
  daily?: number
  /** Labels that draw on one shared daily budget. */
  dailyPool?: string
}

// Zoom's published budgets per plan and label. Heavy and Resource-intensive share one daily pool on paid plans.
const budgets: Record<PlanTier, Record<RateLabel, Budget>> = {
  free: {
    Light: { perSecond: 4, daily: 6000 },
    Medium: { perSecond: 2, daily: 2000 },
    Heavy: { perSecond: 1, daily: 1000 },
    'Resource-intensive': { perSecond: 0, perMinute: 10, daily: 30000 },
  },
  pro: {
    Light: { perSecond: 30 },
    Medium: { perSecond: 20 },
    Heavy: { perSecond: 10, daily: 30000, dailyPool: 'heavy' },
    'Resource-intensive': { perSecond: 0, perMinute: 10, daily: 30000, dailyPool: 'heavy' },
  },
  business: {
    Light: { perSecond: 80 },
    Medium: { perSecond: 60 },
    Heavy: { perSecond: 40, daily: 60000, dailyPool: 'heavy' },
    'Resource-intensive': { perSecond: 0, perMinute: 20, daily: 60000, dailyPool: 'heavy' },
  },
}

const DAY_MS = 86_400_000

/**
 * Counts calls per account and label in fixed windows (second or minute, and UTC day).
 * Counters live in this process; several processes behind one database each enforce the budget on their own.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()

  constructor(
    private clock: Clock,
    public enabled: boolean,
  ) {}

  /** Throws Zoom's 429 when over budget; otherwise returns the headers to send. */
  take(accountId: string, plan: string, label: RateLabel): Record<string, string> {
    const budget = budgets[planTier(plan)][label]
    const now = this.clock.now()
    const shortMs = budget.perMinute ? 60_000 : 1000
    const shortLimit = budget.perMinute ?? budget.perSecond
    const headers: Record<string, string> = { 'X-RateLimit-Category': label }
    if (!this.enabled) return headers
    const short = this.hit(`${accountId}|${label}|s`, now, shortMs)
    let daily: { count: number; start: number } | undefined
    if (budget.daily) daily = this.hit(`${accountId}|${budget.dailyPool ?? label}|d`, now, DAY_MS)

    if (short.count > shortLimit) {
      this.undo(short, daily)
      throw errors.rateLimitedQps({
        ...headers,
        'X-RateLimit-Type': 'QPS',
        'X-RateLimit-Limit': String(shortLimit),
        'X-RateLimit-Remaining': '0',
        'Retry-After': String(Math.max(1, Math.ceil((short.start + shortMs - now) / 1000))),
      })
    }
    if (daily && budget.daily && daily.count > budget.daily) {
      this.undo(short, daily)
      throw errors.rateLimitedDaily({
        ...headers,
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(budget.daily),
        'X-RateLimit-Remaining': '0',
        'Retry-After': isoSeconds(daily.start + DAY_MS),
      })
    }
    if (daily && budget.daily) {
      headers['X-RateLimit-Type'] = 'Daily-limit'
      headers['X-RateLimit-Limit'] = String(budget.daily)
      headers['X-RateLimit-Remaining'] = String(budget.daily - daily.count)
    } else {
      headers['X-RateLimit-Type'] = 'QPS'
      headers['X-RateLimit-Limit'] = String(shortLimit)
      headers['X-RateLimit-Remaining'] = String(shortLimit - short.count)
    }
    return headers
  }

  reset(): void {
    this.windows.clear()
  }

  private hit(key: string, now: number, size: number): { start: number; count: number } {
    const start = now - (now % size)
    let w = this.windows.get(key)
    if (!w || w.start !== start) {
      w = { start, count: 0 }
      this.windows.set(key, w)
    }
    w.count++
    return w
  }

  private undo(...ws: Array<{ count: number } | undefined>): void {
    for (const w of ws) if (w) w.count--
  }
}
