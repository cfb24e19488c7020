import type { Kysely } from 'kysely'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import {
  clientProfile,
  synthesizeQos,
  type Interval,
  type NetworkIssue,
  type NetworkSeverity,
  type QosSample,
} from '../../sim/generator.js'
import { alertIssues, type AlertIssue } from '../dashboards/grades.js'
import { seededId } from '../../sim/random.js'
import { MeetingInstancesRepo, type InstanceRow, type SessionRow } from '../../store/meeting-instances.repo.js'
import type { Database } from '../../store/tables.js'
import type { ZoomEvent } from '../../events/bus.js'
import { parseJson, type Json } from '../../util/json.js'
import { recordSignIn } from '../users/sign-in.js'
import { defaultDisplayName } from '../users/user.model.js'
import type { User } from '../users/user.service.js'
import { isoSeconds, secondsBetween } from '../../util/time.js'
import type { InstanceSummary } from '../dashboards/summary.js'
import { ROOM_DEVICE } from './devices.js'
import { kindEvent, publicType } from './kinds.js'
import { MeetingService } from './meeting.service.js'

/**
 * Cloud recording of an instance: one segment per stretch recorded (a pause closes one, a resume opens the next).
 * `set` numbers the recordings from a start to its stop: a resume stays in the set (its files continue), a start
 * after a stop opens the next set (new files). Segments stored before sets existed count as set 0.
 */
export interface RecordingState extends Json {
  status: 'recording' | 'paused' | 'stopped'
  segments: Array<{ start: number; end: number | null; set?: number }>
}

/** The part of an instance kept in its `data` column. */
export interface InstanceData extends Json {
  timezone: string
  /** The meeting's scheduled duration (minutes) when the instance started: `duration` of meeting events. */
  scheduled_duration: number
  /** When this instance was scheduled to start (scheduled and fixed-time recurring meetings only). */
  scheduled_start?: number
  /** 0 for a meeting's first instance, 1 for the next…: part of the simulator's seeds. */
  ordinal: number
  /** Sessions of this instance get per-minute QoS samples when they close. */
  qos: boolean
  /**
   * The instance runs on the server clock: its open sessions get their QoS minutes as each one completes, not
   * only when they close. Unset for one the simulator writes into the past.
   */
  live_qos?: boolean
  host: { name: string; email: string; dept: string }
  /** `source` of past meeting details. */
  source: string
  recording?: RecordingState
  invitations?: Array<{ user_id: string; email: string; at: number }>
  callouts?: Array<Json & { kind: 'phone' | 'room_system'; at: number }>
  waiting_room?: { title?: string; description?: string; updated_at: number }
  /** What the dashboards show of it, written when the instance ends. */
  summary?: InstanceSummary
}

export interface ShareSpan extends Json {
  start: number
  end: number | null
  content: string
}

/** The part of a session kept in its `data` column. */
export interface SessionData extends Json {
  shares: ShareSpan[]
  failover: boolean
  data_center: string
  connection_type: string
  version: string
  microphone: string
  speaker: string
  camera: string
  pc_name: string
  /** A guest whose email the host gave Zoom (see hostProvidedEmails): shown like an account user's. */
  email_from_host?: boolean
  /** Stretches (epoch ms) when the participant's network degrades: the QoS samples of those minutes worsen. */
  network_issues?: Array<NetworkIssue & Json>
  /** Alert issues raised before they were kept in participant_alerts: each is raised once. */
  alerted?: string[]
  /** The identifier an SDK app gave the participant: every later session of theirs keeps it. */
  customer_key?: string
  /** A Zoom Room's head count, as the room reported it on joining. */
  in_room_participants?: number
}

export type Instance = InstanceRow & { doc: InstanceData }
export type Session = SessionRow & { doc: SessionData }

export function hydrateInstance(row: InstanceRow): Instance {
  const num = (v: number | null) => (v === null ? null : Number(v))
  return Object.assign(row, {
    meeting_id: Number(row.meeting_id),
    type: Number(row.type),
    start_time: Number(row.start_time),
    end_time: num(row.end_time),
    duration: num(row.duration),
    total_minutes: num(row.total_minutes),
    participants_count: num(row.participants_count),
    sessions_count: num(row.sessions_count),
    doc: parseJson<InstanceData>(row.data),
  })
}

export function hydrateSession(row: SessionRow): Session {
  return Object.assign(row, {
    meeting_id: Number(row.meeting_id),
    join_time: Number(row.join_time),
    leave_time: row.leave_time === null ? null : Number(row.leave_time),
    doc: parseJson<SessionData>(row.data),
  })
}

/** The meeting part of instance events; meeting.* events send the id as a string, recording.* as a number. */
export function instanceEventObject(i: Instance, idAs: 'string' | 'number' = 'string') {
  return {
    id: idAs === 'string' ? String(i.meeting_id) : i.meeting_id,
    uuid: i.uuid,
    host_id: i.host_id,
    topic: i.topic,
    type: publicType(i),
    start_time: isoSeconds(i.start_time),
    timezone: i.doc.timezone,
    duration: i.doc.scheduled_duration,
  }
}

/** Ends the session's open shares at `at` (the caller saves the document); the spans it ended. */
function endSpans(session: Session, at: number): ShareSpan[] {
  const open = session.doc.shares.filter((x) => x.end === null)
  for (const span of open) span.end = at
  return open
}

/** Seconds a session lasted (to the second, as Zoom reports it); an open one counts up to `now`. */
export function sessionSeconds(s: Session, now?: number): number {
  const end = s.leave_time ?? now ?? s.join_time
  return secondsBetween(s.join_time, end)
}

/**
 * The email a session shows in reports, dashboards, events and recordings: that of a user of the account, a
 * registrant, or an address the host gave in the invitation; an outsider's own is not shown.
 */
export function shownEmail(s: Session): string {
  return s.account_user_id || s.registrant_id || s.doc.email_from_host ? s.email : ''
}

/** Whether a session is time spent in the waiting room, which no total, QoS series or survey counts. */
export const isWaiting = (s: Pick<SessionRow, 'status'>): boolean => s.status === 'in_waiting_room'

/** An instance's totals over its sessions in the meeting: minutes attended and distinct participants. */
export function summarize(sessions: Session[]): {
  total_minutes: number
  participants_count: number
  sessions_count: number
} {
  const attended = sessions.filter((s) => !isWaiting(s))
  const seconds = attended.reduce((n, s) => n + sessionSeconds(s), 0)
  return {
    total_minutes: Math.round(seconds / 60),
    participants_count: new Set(attended.map((s) => s.participant_uuid)).size,
    sessions_count: attended.length,
  }
}

export interface JoinInput {
  name?: string
  email?: string
  /** A user of the host's account joining signed in. */
  user_id?: string
  registrant_id?: string
  /** In a webinar: host, co-host, panelist or attendee. */
  role?: string
  /** Rejoin as this participant (a previous session's participant_uuid). */
  participant_id?: string
  device?: string
  ip_address?: string
  location?: string
  network_type?: string
  /** Bad network from these offsets after the join (a negative one began before it). */
  network_issues?: Array<{ from_offset_minutes: number; to_offset_minutes?: number; severity: NetworkSeverity }>
  customer_key?: string
  /** Only a Zoom Room's session keeps it. */
  in_room_participants?: number
}

export type LeaveReason = 'left' | 'disconnected' | 'removed' | 'network_error'

/** Zoom's leave_reason of a session that ends in the waiting room. */
export const LEAVE_WAITING_ROOM = 'Leave waiting room.'
/** The leave_reason of an in-meeting session the host ends by moving the participant back to the waiting room. */
const PUT_IN_WAITING_ROOM = 'Host put the participant in the waiting room.'

type WaitingEvent =
  | 'meeting.participant_joined_waiting_room'
  | 'meeting.participant_admitted'
  | 'meeting.participant_left_waiting_room'
  | 'meeting.participant_put_in_waiting_room'

/** Zoom's `leave_reason` texts. */
export function leaveReasonText(reason: LeaveReason | 'host_ended', name: string): string {
  switch (reason) {
    case 'disconnected':
      return `${name} got disconnected from the meeting.`
    case 'removed':
      return 'Removed by host.'
    case 'network_error':
      return 'Network connection error.'
    case 'host_ended':
      return 'Host ended the meeting.'
    default:
      return `${name} left the meeting.`
  }
}

/** Zoom's per-session participant ids start here and step by 1024. */
const FIRST_PARTICIPANT_USER_ID = 16778240
const MINUTE_MS = 60_000

/**
 * Who is (and was) in a held instance: sessions from join to leave, screen shares, and the QoS series written
 * as its minutes complete (LiveQos) and when a session closes. The simulator drives it; past meetings, reports and dashboards read its rows.
 */
export class MeetingParticipants {
  readonly repo: MeetingInstancesRepo

  constructor(private svc: Services) {
    this.repo = new MeetingInstancesRepo(svc.db.kysely)
  }

  async sessions(instance: Instance, db: Kysely<Database> = this.svc.db.kysely): Promise<Session[]> {
    return (await this.repo.sessions(instance.account_id, instance.uuid, db)).map(hydrateSession)
  }

  private seed(instance: Instance): string {
    return `${instance.meeting_id}:${instance.doc.ordinal}`
  }

  /**
   * A participant joins the live instance (a new session); emits meeting.participant_joined. `alongside` runs in the
   * join's transaction once the session row exists, for what is recorded with the session (the simulator's audio
   * leg), so the two are written together or not at all. `waiting`: the joiner is held in the waiting room
   * (meeting.participant_joined_waiting_room) until admitted.
   */
  async join(
    instance: Instance,
    input: JoinInput,
    alongside?: (session: Session, db: Kysely<Database>) => Promise<void>,
    waiting = false,
  ): Promise<Session> {
    let user = undefined
    if (input.user_id !== undefined) {
      user = await this.svc.users.byId(instance.account_id, input.user_id)
      if (!user) throw errors.userNotFound(input.user_id)
    } else if (input.email) user = await this.svc.users.byEmail(instance.account_id, input.email)
    const meeting = await this.svc
      .use(MeetingService)
      .find(instance.account_id, instance.meeting_id, { includeExpired: true, kind: 'any' })
    const provided = meeting ? hostProvidedEmails(meeting.doc.settings) : new Set<string>()
    return this.svc.db.kysely.transaction().execute(async (trx) => {
      const session = await this.addSession(instance, input, trx, {
        user,
        provided,
        status: waiting ? 'in_waiting_room' : 'in_meeting',
      })
      if (waiting)
        await this.emitWaiting('meeting.participant_joined_waiting_room', instance, session, session.join_time, trx)
      else await this.emitJoined(instance, session, trx)
      if (alongside) await alongside(session, trx)
      return session
    })
  }

  /**
   * The host admits a participant from the waiting room: the waiting session closes and a session in the meeting
   * opens for the same participant (meeting.participant_admitted, then meeting.participant_joined). 404 when the
   * participant is not in the instance, 400 when they are in the meeting rather than waiting.
   */
  async admit(
    instance: Instance,
    participantUuid: string,
    input: Pick<JoinInput, 'network_issues'> = {},
  ): Promise<Session> {
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const { session, all } = await this.present(instance, participantUuid, db)
      if (!isWaiting(session)) throw errors.badRequest('The participant is not in the waiting room.')
      const now = this.svc.clock.now()
      session.leave_time = now
      await this.repo.updateSession(instance.account_id, session.id, { leave_time: now }, db)
      await this.emitWaiting('meeting.participant_admitted', instance, session, now, db)
      const admitted = await this.addSession(instance, { ...input, participant_id: participantUuid }, db, { all })
      await this.emitJoined(instance, admitted, db)
      return admitted
    })
  }

  /**
   * The host moves a participant in the meeting back to the waiting room: their session closes (shares end, QoS is
   * written, meeting.participant_left) and a waiting one opens (meeting.participant_put_in_waiting_room).
   */
  async putInWaitingRoom(instance: Instance, participantUuid: string): Promise<Session> {
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const { session, all } = await this.present(instance, participantUuid, db)
      if (isWaiting(session)) throw errors.badRequest('The participant is already in the waiting room.')
      const now = this.svc.clock.now()
      await this.close(instance, session, all, now, PUT_IN_WAITING_ROOM, db)
      const waiting = await this.addSession(instance, { participant_id: participantUuid }, db, {
        status: 'in_waiting_room',
        all,
      })
      await this.emitWaiting('meeting.participant_put_in_waiting_room', instance, waiting, now, db)
      return waiting
    })
  }

  private emitJoined(instance: Instance, session: Session, db: Kysely<Database>): Promise<void> {
    const joined = { join_time: isoSeconds(session.join_time) }
    return this.emitParticipant(kindEvent(instance, 'participant_joined'), instance, session, joined, db)
  }

  /** The waiting room's events, which all describe the participant as of `at`. */
  private emitWaiting(
    event: WaitingEvent,
    instance: Instance,
    session: Session,
    at: number,
    db: Kysely<Database>,
  ): Promise<void> {
    const moment = {
      date_time: isoSeconds(at),
      ...(session.account_user_id ? { participant_user_id: session.account_user_id } : {}),
    }
    return this.emitParticipant(event, instance, session, moment, db)
  }

  /** An event about one participant: who they are, and what `detail` adds about this moment. */
  private emitParticipant(
    event: ZoomEvent['event'],
    instance: Instance,
    session: Session,
    detail: Json,
    db: Kysely<Database>,
  ): Promise<void> {
    const participant = {
      user_id: session.user_id,
      user_name: session.name,
      id: session.account_user_id ?? '',
      participant_uuid: session.participant_uuid,
      ...detail,
      email: shownEmail(session),
      ...(session.registrant_id ? { registrant_id: session.registrant_id } : {}),
    }
    const object = { ...instanceEventObject(instance), participant }
    return this.svc.events.emit({ event, accountId: instance.account_id, object }, db)
  }

  /**
   * Opens a session for a participant. A rejoin (by participant_id, or by the email of one who left) carries over
   * the details of their last session. `all`: the instance's sessions as the transaction already read them (a
   * session it closed since shows its leave_time).
   */
  private async addSession(
    instance: Instance,
    input: JoinInput,
    db: Kysely<Database>,
    opts: {
      /** The account user joining signed in. */
      user?: User
      /** hostProvidedEmails of the meeting. */
      provided?: ReadonlySet<string>
      status?: 'in_meeting' | 'in_waiting_room'
      all?: Session[]
    } = {},
  ): Promise<Session> {
    const { user, provided = new Set<string>(), status = 'in_meeting' } = opts
    const all = opts.all ?? (await this.sessions(instance, db))
    let prior: Session | undefined
    if (input.participant_id !== undefined) {
      const mine = all.filter((s) => s.participant_uuid === input.participant_id)
      if (!mine.length) throw errors.participantNotFound(input.participant_id)
      prior = mine[mine.length - 1]
    } else if (input.email) {
      // The same email coming back is the same participant rejoining.
      const email = input.email.toLowerCase()
      prior = [...all]
        .reverse()
        .find(
          (s) =>
            s.email.toLowerCase() === email &&
            s.leave_time !== null &&
            !all.some((o) => o.participant_uuid === s.participant_uuid && o.leave_time === null),
        )
    }
    const priorUuid = prior?.participant_uuid
    if (priorUuid !== undefined && all.some((s) => s.participant_uuid === priorUuid && s.leave_time === null))
      throw errors.badRequest('The participant is already in the meeting.')

    const accountUserId = user?.id ?? prior?.account_user_id ?? null
    const name = input.name ?? prior?.name ?? (user ? displayName(user.doc as Json, user.email) : undefined)
    if (!name) throw errors.validation([{ field: 'name', message: 'This field is required.' }])

    const ordinal = new Set(all.map((s) => s.participant_uuid)).size
    const participantUuid = prior?.participant_uuid ?? seededId(`${this.seed(instance)}:p${ordinal}`)
    const seed = `${this.seed(instance)}:${participantUuid}`
    const profile = prior
      ? {
          ...clientProfile(seed, prior.device),
          ip_address: prior.ip_address,
          location: prior.location,
          network_type: prior.network_type,
        }
      : clientProfile(seed, input.device)
    const index = all.length
    const now = this.svc.clock.now()
    const email = input.email ?? prior?.email ?? user?.email ?? ''
    const device = input.device ?? profile.device
    const customerKey = input.customer_key ?? prior?.doc.customer_key
    if (input.in_room_participants !== undefined && device !== ROOM_DEVICE)
      throw errors.validation([
        { field: 'in_room_participants', message: `Invalid field. Only a ${ROOM_DEVICE} device has it.` },
      ])
    const inRoom = device === ROOM_DEVICE ? (input.in_room_participants ?? prior?.doc.in_room_participants) : undefined
    const doc: SessionData = {
      shares: [],
      failover: false,
      data_center: profile.data_center,
      connection_type: profile.connection_type,
      version: profile.version,
      microphone: profile.microphone,
      speaker: profile.speaker,
      camera: profile.camera,
      pc_name: profile.pc_name,
      ...((accountUserId === null && email && provided.has(email.toLowerCase())) || prior?.doc.email_from_host
        ? { email_from_host: true }
        : {}),
      ...(input.network_issues?.length
        ? {
            network_issues: input.network_issues.map((n) => ({
              from: now + Math.round(n.from_offset_minutes * MINUTE_MS),
              to: n.to_offset_minutes === undefined ? null : now + Math.round(n.to_offset_minutes * MINUTE_MS),
              severity: n.severity,
            })),
          }
        : {}),
      ...(customerKey !== undefined ? { customer_key: customerKey } : {}),
      ...(inRoom !== undefined ? { in_room_participants: inRoom } : {}),
    }
    const row: Omit<SessionRow, 'seq'> = {
      id: seededId(`${this.seed(instance)}:s${index}`),
      account_id: instance.account_id,
      instance_uuid: instance.uuid,
      meeting_id: instance.meeting_id,
      participant_uuid: participantUuid,
      user_id: String(FIRST_PARTICIPANT_USER_ID + index * 1024),
      account_user_id: accountUserId,
      registrant_id: input.registrant_id ?? prior?.registrant_id ?? null,
      role: input.role ?? prior?.role ?? null,
      name,
      email,
      join_time: now,
      leave_time: null,
      leave_reason: null,
      status,
      device,
      ip_address: input.ip_address ?? profile.ip_address,
      location: input.location ?? profile.location,
      network_type: input.network_type ?? profile.network_type,
      data: JSON.stringify(doc),
    }
    await this.repo.insertSession(row, db)
    // A user of the account joins with their signed-in client: the latest sign-in this server sees.
    if (user) await recordSignIn(db, instance.account_id, user.id, now, doc.version)
    return { ...row, seq: 0, doc }
  }

  /** The open session of a participant in the meeting; 404 when not in the instance, 400 when still waiting. */
  async inMeeting(
    instance: Instance,
    participantUuid: string,
    db: Kysely<Database>,
  ): Promise<{ session: Session; all: Session[] }> {
    const found = await this.present(instance, participantUuid, db)
    if (isWaiting(found.session)) throw errors.badRequest('The participant is in the waiting room.')
    return found
  }

  /** The open session of a participant, in the meeting or its waiting room; 404 when there is none. */
  private async present(
    instance: Instance,
    participantUuid: string,
    db: Kysely<Database>,
  ): Promise<{ session: Session; all: Session[] }> {
    const all = await this.sessions(instance, db)
    const session = all.find((s) => s.participant_uuid === participantUuid && s.leave_time === null)
    if (!session) throw errors.participantNotFound(participantUuid)
    return { session, all }
  }

  /**
   * A participant leaves: the session closes (shares end, QoS is written); emits meeting.participant_left. One
   * who leaves the waiting room does so for Zoom's one reason, whatever `reason` says.
   */
  async leave(instance: Instance, participantUuid: string, reason: LeaveReason): Promise<Session> {
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const { session, all } = await this.present(instance, participantUuid, db)
      const text = isWaiting(session) ? LEAVE_WAITING_ROOM : leaveReasonText(reason, session.name)
      await this.close(instance, session, all, this.svc.clock.now(), text, db)
      return session
    })
  }

  /** Everyone still in leaves as the host ends the meeting. */
  /** Returns every session of the instance, as now stored. */
  async closeAll(instance: Instance, at: number, db: Kysely<Database>): Promise<Session[]> {
    const all = await this.sessions(instance, db)
    for (const s of all)
      if (s.leave_time === null) await this.close(instance, s, all, at, leaveReasonText('host_ended', s.name), db)
    return all
  }

  /** Starts or stops a participant's screen share; one participant shares at a time. */
  async share(
    instance: Instance,
    participantUuid: string,
    action: 'start' | 'stop',
    content: string,
  ): Promise<Session> {
    return this.svc.db.kysely
      .transaction()
      .execute((db) => this.changeShare(instance, participantUuid, action, content, db))
  }

  private async changeShare(
    instance: Instance,
    participantUuid: string,
    action: 'start' | 'stop',
    content: string,
    db: Kysely<Database>,
  ): Promise<Session> {
    const { session, all } = await this.inMeeting(instance, participantUuid, db)
    const now = this.svc.clock.now()
    const open = session.doc.shares.find((x) => x.end === null)
    if (action === 'stop') {
      if (!open) throw errors.badRequest('The participant is not sharing.')
      await this.endShares(instance, session, now, db)
      return session
    }
    if (open) return session
    for (const other of all)
      if (other.id !== session.id && other.doc.shares.some((x) => x.end === null))
        await this.endShares(instance, other, now, db)
    const span: ShareSpan = { start: now, end: null, content }
    session.doc.shares.push(span)
    await this.repo.updateSession(instance.account_id, session.id, { data: JSON.stringify(session.doc) }, db)
    await this.emitShare('sharing_started', instance, session, span, now, db)
    return session
  }

  private async endShares(instance: Instance, session: Session, at: number, db: Kysely<Database>): Promise<void> {
    const ended = endSpans(session, at)
    if (!ended.length) return
    await this.repo.updateSession(instance.account_id, session.id, { data: JSON.stringify(session.doc) }, db)
    for (const span of ended) await this.emitShare('sharing_ended', instance, session, span, at, db)
  }

  private emitShare(
    event: 'sharing_started' | 'sharing_ended',
    instance: Instance,
    session: Session,
    span: ShareSpan,
    at: number,
    db: Kysely<Database>,
  ): Promise<void> {
    return this.svc.events.emit(
      {
        event: kindEvent(instance, event),
        accountId: instance.account_id,
        object: {
          ...instanceEventObject(instance),
          participant: {
            user_id: session.user_id,
            user_name: session.name,
            id: session.account_user_id ?? '',
            sharing_details: {
              content: span.content,
              link_source: '',
              file_link: '',
              date_time: isoSeconds(at),
              source: '',
            },
          },
        },
      },
      db,
    )
  }

  private async close(
    instance: Instance,
    session: Session,
    all: Session[],
    at: number,
    reason: string,
    db: Kysely<Database>,
  ): Promise<void> {
    if (isWaiting(session)) {
      session.leave_time = at
      session.leave_reason = reason
      await this.repo.updateSession(instance.account_id, session.id, { leave_time: at, leave_reason: reason }, db)
      await this.emitWaiting('meeting.participant_left_waiting_room', instance, session, at, db)
      return
    }
    // The shares end with the session: one write for both, then the events in the order endShares gives them.
    const ended = endSpans(session, at)
    session.leave_time = at
    session.leave_reason = reason
    await this.repo.updateSession(
      instance.account_id,
      session.id,
      { ...(ended.length ? { data: JSON.stringify(session.doc) } : {}), leave_time: at, leave_reason: reason },
      db,
    )
    for (const span of ended) await this.emitShare('sharing_ended', instance, session, span, at, db)
    if (instance.doc.qos) await this.writeQos(instance, session, all, at, db)
    await this.emitParticipant(
      kindEvent(instance, 'participant_left'),
      instance,
      session,
      { leave_time: isoSeconds(at), leave_reason: reason },
      db,
    )
  }

  /**
   * Stores the session's minutes from its join up to `until` that are not stored yet (the live writer may have
   * stored the earlier ones: each minute draws from its own seed, so either writer gives it the same values), and
   * raises the alerts of the minutes this call wrote.
   */
  async writeQos(
    instance: Instance,
    session: Session,
    all: Session[],
    until: number,
    db: Kysely<Database>,
  ): Promise<void> {
    if (isWaiting(session)) return
    const samples = synthesizeQos(`${this.seed(instance)}:${session.id}`, {
      join: session.join_time,
      leave: until,
      device: session.device,
      network_type: session.network_type,
      shares: session.doc.shares as Interval[],
      othersShares: all.filter((s) => s.id !== session.id).flatMap((s) => s.doc.shares),
      issues: session.doc.network_issues,
    })
    if (!samples.length) return
    const written = new Set(
      await this.repo.insertQos(
        samples.map((q) => ({
          account_id: instance.account_id,
          instance_uuid: instance.uuid,
          participant_id: session.id,
          ts: q.ts,
          data: JSON.stringify(q.data),
        })),
        db,
      ),
    )
    await this.raiseAlerts(
      instance,
      session,
      samples.filter((q) => written.has(q.ts)),
      db,
    )
  }

  /**
   * meeting.alert / webinar.alert for the minutes just written: a minute whose stream grades poor or bad (or whose
   * CPU runs hot) raises that issue, once per session; issues first seen in the same minute go in one event. Each
   * issue is claimed in the store before it is sent, so writers in several processes raise it once between them.
   */
  private async raiseAlerts(
    instance: Instance,
    session: Session,
    samples: QosSample[],
    db: Kysely<Database>,
  ): Promise<void> {
    // Issues raised before the claims were stored are kept in the session document.
    const raised = new Set<string>(session.doc.alerted ?? [])
    for (const q of samples) {
      const seen = alertIssues(q.data).filter((issue: AlertIssue) => !raised.has(issue))
      if (!seen.length) continue
      for (const issue of seen) raised.add(issue)
      const fresh = await this.repo.claimAlerts(instance.account_id, session.id, seen, q.ts, db)
      if (!fresh.length) continue
      await this.svc.events.emit(
        {
          event: instance.kind === 'webinar' ? 'webinar.alert' : 'meeting.alert',
          accountId: instance.account_id,
          object: { ...instanceEventObject(instance), issues: seen.filter((i) => fresh.includes(i)) },
        },
        db,
      )
    }
  }

  /** A session as an entry of Get past meeting participants. */
  presentPast(s: Session) {
    return {
      id: s.account_user_id ?? '',
      name: s.name,
      user_id: s.user_id,
      ...(s.registrant_id ? { registrant_id: s.registrant_id } : {}),
      user_email: shownEmail(s),
      join_time: isoSeconds(s.join_time),
      leave_time: s.leave_time === null ? undefined : isoSeconds(s.leave_time),
      duration: sessionSeconds(s, this.svc.clock.now()),
      failover: s.doc.failover,
      status: s.status as 'in_meeting' | 'in_waiting_room',
      internal_user: s.account_user_id !== null,
    }
  }

  /** A session as the simulator shows it (everything it recorded). */
  presentSession(s: Session) {
    return {
      participant_id: s.participant_uuid,
      participant_uuid: s.participant_uuid,
      session_id: s.id,
      user_id: s.user_id,
      id: s.account_user_id ?? '',
      name: s.name,
      email: s.email,
      registrant_id: s.registrant_id ?? undefined,
      join_time: isoSeconds(s.join_time),
      leave_time: s.leave_time === null ? undefined : isoSeconds(s.leave_time),
      leave_reason: s.leave_reason ?? undefined,
      duration: sessionSeconds(s, this.svc.clock.now()),
      device: s.device,
      ip_address: s.ip_address,
      location: s.location,
      network_type: s.network_type,
      data_center: s.doc.data_center,
      sharing: s.doc.shares.some((x) => x.end === null),
      status: s.status as 'in_meeting' | 'in_waiting_room',
    }
  }
}

/**
 * Guest addresses the host gave Zoom, which Zoom's email display rules show: invitees of the calendar
 * invitation, authentication exceptions and breakout room assignments (lower case).
 */
function hostProvidedEmails(settings: Json): Set<string> {
  const out = new Set<string>()
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.includes('@')) out.add(v.trim().toLowerCase())
  }
  const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : [])
  for (const i of list(settings.meeting_invitees)) add(i.email)
  for (const e of list(settings.authentication_exception)) add(e.email)
  const rooms = (settings.breakout_room as Json | undefined)?.rooms
  for (const r of list(rooms)) for (const p of Array.isArray(r.participants) ? r.participants : []) add(p)
  return out
}

function displayName(doc: Json, email: string): string {
  const d = doc as { display_name?: string; first_name?: string; last_name?: string }
  return d.display_name || defaultDisplayName(d.first_name, d.last_name) || email
}
