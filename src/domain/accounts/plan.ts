import { errors } from '../../errors/catalog.js'
import { planTier } from './plan-tier.js'
import type { Services } from '../../services.js'

/** Zoom reserves registration, polls, reports, dashboards and the like for paid accounts. */
export async function requirePaidAccount(svc: Services, accountId: string): Promise<void> {
  const account = await svc.accounts.getCached(accountId)
  if (!account || planTier(account.plan) === 'free') throw errors.paidAccountOnly(accountId)
}

export async function isPaidAccount(svc: Services, accountId: string): Promise<boolean> {
  const account = await svc.accounts.getCached(accountId)
  return !!account && planTier(account.plan) !== 'free'
}
