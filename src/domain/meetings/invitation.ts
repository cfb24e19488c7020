import type { Services } from '../../services.js'
import { defaultDisplayName } from '../users/user.model.js'
import { MeetingService, type Meeting } from './meeting.service.js'
import { tspInvitationLines } from '../tsp/invitation.js'

/** "85746065432" → "857 4606 5432", as Zoom prints meeting numbers. */
export function formatMeetingNumber(id: number): string {
  const s = String(id)
  if (s.length === 11) return `${s.slice(0, 3)} ${s.slice(3, 7)} ${s.slice(7)}`
  if (s.length === 10) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
  if (s.length === 9) return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
  return s
}

function when(ms: number, tz: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: true,
  }).format(new Date(ms))
  return `${text.replace(/, (\d{2}:\d{2})/, ' $1')} ${tz}`
}

/** The invitation text of a meeting, lines separated by CRLF as in Zoom's. */
export async function invitationText(svc: Services, m: Meeting): Promise<string> {
  const meetings = svc.use(MeetingService)
  const host = await svc.users.byId(m.account_id, m.host_id)
  const name =
    host?.doc.display_name ||
    defaultDisplayName(host?.doc.first_name, host?.doc.last_name) ||
    host?.email ||
    'A Zoom user'
  const kind = m.type === 1 ? 'a Zoom meeting' : 'a scheduled Zoom meeting'
  const lines = [`${name} is inviting you to ${kind}.`, '', `Topic: ${m.doc.topic}`]
  if (m.type === 8) {
    const upcoming = meetings.occurrences(m).filter((o) => o.status === 'available')
    if (upcoming[0]) lines.push(`Time: ${when(Date.parse(upcoming[0].start_time), m.doc.timezone)}`)
    const r = m.doc.recurrence
    const every = r?.type === 1 ? 'day' : r?.type === 2 ? 'week' : 'month'
    const interval = r?.repeat_interval ?? 1
    lines.push(`        Every ${interval > 1 ? `${interval} ${every}s` : every}`)
    for (const o of upcoming) lines.push(`        ${when(Date.parse(o.start_time), m.doc.timezone)}`)
  } else if (m.type !== 3 && m.doc.scheduled_start !== undefined) {
    lines.push(`Time: ${when(m.doc.scheduled_start, m.doc.timezone)}`)
  }
  lines.push('', 'Join Zoom Meeting', meetings.joinUrl(m), '', `Meeting ID: ${formatMeetingNumber(m.id)}`)
  if (m.doc.password) lines.push(`Passcode: ${m.doc.password}`)
  lines.push(...(await tspInvitationLines(svc, m.account_id, m.host_id, m.doc.settings)))
  lines.push('', '')
  return lines.join('\r\n')
}

/**
 * The SIP addresses room systems dial to join, as Zoom lists them beside the invitation (its Cloud Room
 * Connector domain). End-to-end encrypted meetings admit no SIP devices.
 */
export function sipLinks(m: Meeting): string[] {
  return m.doc.settings.encryption_type === 'e2ee' ? [] : [`${m.id}@zoomcrc.com`]
}
