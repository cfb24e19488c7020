import { errors } from '../../errors/catalog.js'
import { planTier, type PlanTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'
import { DailyCounter } from '../../util/daily-counter.js'

/** Invitations (POST /users with action `create`) an account may send per UTC day, by plan, as Zoom documents. */
const DAILY_INVITES: Record<PlanTier, number> = { free: 50, pro: 1_500, business: 10_000 }

/** Invitation requests per account and UTC day, only while rate limits are on. */
export class InviteDailyLimit {
  private counter: DailyCounter

  constructor(svc: Services) {
    this.counter = new DailyCounter(svc.clock, DAILY_INVITES.business, () => svc.rateLimiter.enabled)
  }

  /** Counts one invitation for the account; Zoom's 429 once the day's budget is spent. */
  take(accountId: string, plan: string): void {
    const limit = DAILY_INVITES[planTier(plan)]
    if (!this.counter.take(accountId, limit)) throw errors.inviteDailyLimit(limit)
  }
}
