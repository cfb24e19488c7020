import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { hasAccountFeature } from '../accounts/features.js'
import { requireMaster } from '../accounts/sub-accounts.js'

/** 400/2100 unless the account (a sub account of the calling master, or the master itself) holds the SIP trunk plan. */
export async function requireSipTrunkPlan(svc: Services, accountId: string): Promise<void> {
  if (!(await hasAccountFeature(svc, accountId, 'sip_connected_audio'))) throw errors.sipTrunkPlanMissing()
}

/**
 * Only a master account manages SIP Connected Audio, for itself (`me`) or one of its sub accounts (the router has
 * already refused any other account with 404/2001); the account addressed must hold the plan (400/2100).
 */
export async function requireSipTrunkAccount(svc: Services, actor: Actor): Promise<void> {
  await requireMaster(svc, actor.callerAccountId)
  await requireSipTrunkPlan(svc, actor.accountId)
}
