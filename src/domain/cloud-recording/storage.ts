import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { AccountRow } from '../../store/accounts.repo.js'
import { RecordingsRepo } from '../../store/recordings.repo.js'
import type { Json } from '../../util/json.js'
import type { Actor } from '../actor.js'
import { accountData, saveAccount } from '../accounts/account-store.js'
import type { PlansDoc } from '../accounts/billing.js'
import { ADDON_PLANS, BASE_PLANS, INCLUDED_STORAGE_GB } from '../accounts/plan-catalog.js'
import { planTier } from '../accounts/plan-tier.js'

export const BYTES_PER_GB = 1024 ** 3

/** `data.cloud_storage` of an account row: a quota set through the simulator, in place of the plan's. */
export interface CloudStorageDoc extends Json {
  quota_bytes: number
}

/** A byte count as Zoom's plan usage writes storage: gigabytes, to six places. */
export const gigabytes = (bytes: number) => `${Number((bytes / BYTES_PER_GB).toFixed(6))} GB`

/**
 * Cloud storage of an account, in bytes: what its base plan includes plus an active storage add-on, or the quota
 * the simulator set instead (`plan` ignores that). Free accounts record nothing to the cloud: 0.
 */
export function cloudStorageQuota(row: AccountRow, { plan = false } = {}): number {
  const data = accountData(row)
  const set = (data.cloud_storage as CloudStorageDoc | undefined)?.quota_bytes
  if (!plan && typeof set === 'number') return set
  const plans = data.plans as PlansDoc | undefined
  const base = plans?.base?.status === 'active' ? plans.base : undefined
  const implied = row.plan === 'enterprise' ? 'enterprise' : planTier(row.plan)
  const tier = base ? (BASE_PLANS[base.type]?.tier ?? 'business') : implied
  if (tier === 'free') return 0
  const addon = (plans?.addons ?? []).find(
    (a) => a.status === 'active' && ADDON_PLANS[a.type]?.category === 'plan_recording',
  )
  const extra = addon ? (ADDON_PLANS[addon.type]?.storage_gb ?? 0) : 0
  return (INCLUDED_STORAGE_GB[tier] + extra) * BYTES_PER_GB
}

/**
 * The simulator's quota change: a number of bytes replaces the plan's cloud storage of the account (the caller's
 * own, or one of its sub accounts), null brings the plan's back. 404 for an account out of reach.
 */
export async function setCloudStorageQuota(
  svc: Services,
  actor: Actor,
  accountId: string,
  quota: number | null,
): Promise<{ quota_bytes: number; plan_quota_bytes: number; used_bytes: number }> {
  const id = accountId === 'me' ? actor.accountId : accountId
  const row = await svc.accounts.get(id)
  if (!row || (row.id !== actor.accountId && row.master_account_id !== actor.accountId))
    throw errors.accountNotFound(accountId, 404)
  const { cloud_storage: _cleared, ...rest } = accountData(row)
  await saveAccount(svc, id, { data: quota === null ? rest : { ...rest, cloud_storage: { quota_bytes: quota } } })
  const plan = cloudStorageQuota(row, { plan: true })
  return {
    quota_bytes: quota ?? plan,
    plan_quota_bytes: plan,
    used_bytes: await new RecordingsRepo(svc.db.kysely).storageUsed(id),
  }
}
