import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { hasAccountFeature } from '../accounts/features.js'

/** 400/2100 unless the account (a sub account of the calling master, or the master itself) holds the SIP trunk plan. */
export async function requireSipTrunkPlan(svc: Services, accountId: string): Promise<void> {
  if (!(await hasAccountFeature(svc, accountId, 'sip_connected_audio'))) throw errors.sipTrunkPlanMissing()
}
