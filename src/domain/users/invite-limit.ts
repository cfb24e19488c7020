import { errors } from '../../errors/catalog.js';
import { planTier, type PlanTier } from '../../http/rate-limit.js';
import type { Services } from '../../services.js';

const DAY_MS = 86_400_000;

/** Invitations (POST /users with action `create`) an account may send per UTC day, by plan, as Zoom documents. */
export const DAILY_INVITES: Record<PlanTier, number> = { free: 50, pro: 1_500, business: 10_000 };

/**
 * Counts invitation requests per account and UTC day, only while rate limits are on. Like the per-account
 * limiter, the counters live in this process.
 */
export class InviteDailyLimit {
  private counts = new Map<string, { day: number; n: number }>();

  constructor(private svc: Services) {}

  /** Counts one invitation for the account; Zoom's 429 once the day's budget is spent. */
  take(accountId: string, plan: string): void {
    if (!this.svc.rateLimiter.enabled) return;
    const limit = DAILY_INVITES[planTier(plan)];
    const day = Math.floor(this.svc.clock.now() / DAY_MS);
    let c = this.counts.get(accountId);
    if (!c || c.day !== day) {
      c = { day, n: 0 };
      this.counts.set(accountId, c);
    }
    if (c.n >= limit) {
      throw errors.inviteDailyLimit(limit);
    }
    c.n++;
    if (this.counts.size > 10_000) for (const [k, v] of this.counts) if (v.day !== day) this.counts.delete(k);
  }
}
