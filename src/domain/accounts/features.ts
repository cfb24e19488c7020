import type { Services } from '../../services.js'
import { getAccountSettings } from './settings.js'

/**
 * Account features the telephony and device groups need. They live in the account settings' `feature` section:
 * the plan sets them (see TIER_LAYERS) and `PATCH /accounts/{accountId}/settings {feature: {…}}` switches them.
 * TSP is not here: its switch is the account TSP information's `tsp_enabled` (`PATCH /tsp`).
 */
export const ACCOUNT_FEATURES = [
  'h323_sip_devices',
  'sip_phone_integration',
  'personal_audio_conference',
  'sip_connected_audio',
  'department_billing',
] as const
export type AccountFeature = (typeof ACCOUNT_FEATURES)[number]

export async function hasAccountFeature(svc: Services, accountId: string, feature: AccountFeature): Promise<boolean> {
  const settings = await getAccountSettings(svc, accountId)
  return (settings.feature as Record<string, unknown>)[feature] === true
}
