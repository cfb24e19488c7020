import type { Kysely } from 'kysely'
import type { Database } from '../../store/tables.js'
import { errors } from '../../errors/catalog.js'
import { planTier } from './plan-tier.js'
import type { Services } from '../../services.js'

/** Zoom reserves registration, polls, reports, dashboards and the like for paid accounts. */
export async function requirePaidAccount(svc: Services, accountId: string): Promise<void> {
  const account = await svc.accounts.getCached(accountId)
  if (!account || planTier(account.plan) === 'free') throw errors.paidAccountOnly(accountId)
}

export async function isPaidAccount(svc: Services, accountId: string, db?: Kysely<Database>): Promise<boolean> {
  const account = await svc.accounts.getCached(accountId, db)
  return !!account && planTier(account.plan) !== 'free'
}
