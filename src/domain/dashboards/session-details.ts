import { SeededRandom } from '../../sim/random.js'
import type { AudioLegRow } from '../../store/h323-devices.repo.js'
import { ROOM_SYSTEM_DEVICE } from '../meetings/devices.js'
import type { Session } from '../meetings/participants.js'

// What the participant and QoS dashboards both say of a join session beyond its stored columns, worked out the same
// way for both so the two never disagree about one session.

/** Computers whose Zoom client reads the machine's network domain, network card and disk. */
const COMPUTERS: ReadonlySet<string> = new Set(['Windows', 'Mac', 'Linux'])

export interface MachineDetails {
  domain: string
  mac_addr: string
  harddisk_id: string
}

const NO_MACHINE: MachineDetails = { domain: '', mac_addr: '', harddisk_id: '' }

/**
 * The computer a user of the host's account joined from: its domain (the user's email domain, as a managed machine
 * is enrolled in its company's domain), its network card and its disk. Zoom blanks these for people outside the
 * host's account; phones, browsers, mobiles and room systems have no such machine to report. The card and disk
 * are drawn from the participant and its computer's name, so a rejoin from the same computer shows the same ones.
 */
export function machineDetails(s: Session): MachineDetails {
  if (s.account_user_id === null || !COMPUTERS.has(s.device) || !s.doc.pc_name) return { ...NO_MACHINE }
  const r = new SeededRandom(`${s.participant_uuid}:${s.doc.pc_name}:machine`)
  const hex = (n: number) => Array.from({ length: n }, () => r.int(0, 15).toString(16)).join('')
  const at = s.email.lastIndexOf('@')
  return {
    domain: at < 0 ? '' : s.email.slice(at + 1).toLowerCase(),
    // Zoom writes a MAC address as three dash-separated groups of four hex digits.
    mac_addr: `${hex(4)}-${hex(4)}-${hex(4)}`,
    // A volume serial number, the form Windows and most disks report.
    harddisk_id: `${hex(4)}-${hex(4)}`.toUpperCase(),
  }
}

/**
 * The session's data centre followed by the gateways its media went through, each entry ending in ";": a room
 * system reaches Zoom through a Cloud Room Connector (CRC), a browser through the Web gateway (RWG).
 */
export function fullDataCenter(s: Session): string {
  const dc = s.doc.data_center
  if (!dc) return ''
  const entries = [dc]
  if (s.device === ROOM_SYSTEM_DEVICE) entries.push(`${dc} (CRC)`)
  if (s.device === 'Web') entries.push(`${dc} (RWG)`)
  return entries.map((x) => `${x};`).join('')
}

/**
 * The SIP headers of a SIP room system's call, both naming the device's registered address; absent for any other
 * session. A SIP Connected Audio call is left without them: its leg does not keep the trunk it came over.
 */
export function sipUris(leg: AudioLegRow | undefined): { sip_uri?: string; from_sip_uri?: string } {
  if (!leg || leg.type !== 'room_system' || leg.protocol !== 'SIP' || !leg.phone_number) return {}
  const uri = /^sips?:/i.test(leg.phone_number) ? leg.phone_number : `sip:${leg.phone_number}`
  return { sip_uri: uri, from_sip_uri: uri }
}

/** Room systems join through a Cloud Room Connector, whose legs the QoS samples also report. */
export const joinsThroughCrc = (s: Session): boolean => s.device === ROOM_SYSTEM_DEVICE
