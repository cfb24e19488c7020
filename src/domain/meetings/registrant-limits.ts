import type { Clock } from '../../clock.js';
import { DAY_MS } from './meeting.model.js';

/** Zoom's per-registrant budgets per UTC day (applied only while rate limits are on). */
export const REGISTRANT_ADDS_PER_DAY = 3;
export const REGISTRANT_STATUS_UPDATES_PER_DAY = 10;

/**
 * Counts requests per key and UTC day, like the per-host meeting budget; the counters live in this process.
 * `take` answers false once the day's budget for the key is spent.
 */
export class DailyCounter {
  private counts = new Map<string, { day: number; n: number }>();

  constructor(
    private clock: Clock,
    readonly limit: number,
  ) {}

  take(key: string): boolean {
    const day = Math.floor(this.clock.now() / DAY_MS);
    let c = this.counts.get(key);
    if (!c || c.day !== day) {
      c = { day, n: 0 };
      this.counts.set(key, c);
    }
    if (c.n >= this.limit) return false;
    c.n++;
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (v.day !== day) this.counts.delete(k);
    return true;
  }
}
