import type { Clock } from '../../clock.js';
import { errors } from '../../errors/catalog.js';
import { DAY_MS } from './meeting.model.js';

/** Zoom's per-host budget of meeting create and update requests per UTC day. */
export const HOST_DAILY_MEETING_WRITES = 100;

/**
 * Counts meeting create/update requests per meeting host and UTC day. Like the per-account limiter, the
 * counters live in this process.
 */
export class HostDailyLimit {
  private counts = new Map<string, { day: number; n: number }>();

  constructor(private clock: Clock) {}

  /** Counts one request for `hostId`; throws Zoom's 429 once the day's budget is spent. */
  take(hostId: string): void {
    const day = Math.floor(this.clock.now() / DAY_MS);
    let c = this.counts.get(hostId);
    if (!c || c.day !== day) {
      c = { day, n: 0 };
      this.counts.set(hostId, c);
    }
    if (c.n >= HOST_DAILY_MEETING_WRITES) throw errors.meetingDailyLimit();
    c.n++;
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (v.day !== day) this.counts.delete(k);
  }
}
