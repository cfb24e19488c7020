import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import { TspService } from './tsp.service.js'

/**
 * The third-party audio part of a meeting invitation: the host's TSP dial-in numbers (each with its country label,
 * or its country code when it has none) and conference code, then the host's global dial-in page. Media link
 * numbers are left out: they connect Zoom to the provider's bridge and are not for callers. Nothing when the host
 * has no TSP account, the account has TSP off, or nobody can join the meeting by phone. The leader PIN is the
 * host's own and is never printed.
 */
export async function tspInvitationLines(
  svc: Services,
  accountId: string,
  hostId: string,
  settings: Json,
): Promise<string[]> {
  if (settings.audio === 'voip' || settings.encryption_type === 'e2ee') return []
  const dialIn = await svc.use(TspService).hostDialIn(accountId, hostId)
  if (!dialIn) return []
  const lines = ['', 'Dial by your location']
  for (const n of dialIn.numbers) {
    if (n.type === 'media_link') continue
    const label = n.country_label || n.code || ''
    lines.push(`        ${n.number}${label ? ` ${label}` : ''}${n.type === 'tollfree' ? ' Toll-free' : ''}`)
  }
  lines.push(`Conference code: ${dialIn.conferenceCode}`)
  if (dialIn.audioUrl) lines.push(`Find your local number: ${dialIn.audioUrl}`)
  return lines
}
