import { errors } from '../../errors/catalog.js'
import { planTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'

/** Dashboards are a Business-tier feature: Pro and free accounts are refused before anything is read. */
export async function requireDashboard(svc: Services, accountId: string): Promise<void> {
  const account = await svc.accounts.getCached(accountId)
  if (!account || planTier(account.plan) !== 'business') throw errors.dashboardNotAvailable()
}
