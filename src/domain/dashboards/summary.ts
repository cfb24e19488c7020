import type { Kysely } from 'kysely'
import { AudioLegsRepo, type AudioLegRow } from '../../store/h323-devices.repo.js'
import { MeetingInstancesRepo } from '../../store/meeting-instances.repo.js'
import { SessionActivityRepo } from '../../store/session-activity.repo.js'
import type { Database } from '../../store/tables.js'
import { CLIENTLESS_DEVICES, ROOM_DEVICE } from '../meetings/devices.js'
import { isWaiting, type Session } from '../meetings/participants.js'
import { summarizeQos, type QosSummary } from './grades.js'

const PHONE_LEGS = new Set(['toll', 'toll_free', 'call_out'])

/** What a dashboard row says of an instance beyond its own columns: its flags, room count and QoS grades. */
export interface InstanceSummary extends QosSummary {
  in_room_participants: number
  has_pstn: boolean
  has_voip: boolean
  has_screen_share: boolean
  has_sip: boolean
  has_poll: boolean
  has_qa: boolean
}

/** The summary from what the instance stored: its sessions, phone and SIP legs, samples, polls and questions. */
export function buildSummary(
  all: Session[],
  legs: AudioLegRow[],
  samples: ReadonlyArray<{ participant_id: string; data: string }>,
  used: { poll: boolean; qa: boolean },
): InstanceSummary {
  const sessions = all.filter((s) => !isWaiting(s))
  const legSessions = new Set(legs.map((l) => l.session_id))
  return {
    ...summarizeQos(samples),
    in_room_participants: new Set(sessions.filter((s) => s.device === ROOM_DEVICE).map((s) => s.participant_uuid)).size,
    has_pstn: legs.some((l) => PHONE_LEGS.has(l.type)),
    // Computer audio: a client session that did not come in over a phone, SIP or room system line.
    has_voip: sessions.some((s) => !legSessions.has(s.id) && !CLIENTLESS_DEVICES.has(s.device)),
    has_screen_share: sessions.some((s) => s.doc.shares.length > 0),
    has_sip: legs.some((l) => l.type === 'sip' || l.protocol === 'SIP'),
    has_poll: used.poll,
    has_qa: used.qa,
  }
}

/**
 * An instance's summary read inside the transaction that ends it, so it is written with the instance's other
 * totals and the dashboards never read its sessions, legs or samples again.
 */
export async function summarizeInstance(
  db: Kysely<Database>,
  instance: { account_id: string; uuid: string; doc: { qos: boolean } },
  sessions: Session[],
): Promise<InstanceSummary> {
  const { account_id: accountId, uuid } = instance
  const legs = await new AudioLegsRepo(db).ofInstances(accountId, [uuid])
  const used = await new SessionActivityRepo(db).usedPollsOrQa(accountId, [uuid])
  const samples = instance.doc.qos ? await new MeetingInstancesRepo(db).instanceQos(accountId, uuid) : []
  return buildSummary(sessions, legs, samples, { poll: used.polls.has(uuid), qa: used.qa.has(uuid) })
}
