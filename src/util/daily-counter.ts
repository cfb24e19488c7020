import type { Clock } from '../clock.js'

const DAY_MS = 86_400_000
const PRUNE_ABOVE = 10_000

/**
 * Counts requests per key and UTC day, for Zoom's daily budgets (meeting writes per host, registrants,
 * invitations per account). The counters live in this process, like the per-account rate limiter's.
 */
export class DailyCounter {
  private counts = new Map<string, { day: number; n: number }>()
  /** A day every counter is known to belong to (set by a prune): pruning again that day would find nothing. */
  private clean: number | undefined

  constructor(
    private clock: Clock,
    readonly limit: number,
    /** Zoom's daily budgets are switched off together with the rate limits (RATE_LIMITS=off). */
    private enabled: () => boolean = () => true,
  ) {}

  /** Forgets every count (the database was put back as a snapshot held it). */
  reset(): void {
    this.counts.clear()
    this.clean = undefined
  }

  /** Counts one request for `key`; false (and nothing counted) once the day's budget is spent. */
  take(key: string, limit = this.limit): boolean {
    if (!this.enabled()) return true
    const day = Math.floor(this.clock.now() / DAY_MS)
    let c = this.counts.get(key)
    if (!c || c.day !== day) {
      c = { day, n: 0 }
      this.counts.set(key, c)
      if (day !== this.clean) this.clean = undefined
    }
    if (c.n >= limit) return false
    c.n++
    if (this.counts.size > PRUNE_ABOVE && this.clean !== day) {
      for (const [k, v] of this.counts) if (v.day !== day) this.counts.delete(k)
      this.clean = day
    }
    return true
  }
}
