import type { Kysely } from 'kysely'
import { randomUUID } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { ZoomEvent } from '../../events/bus.js'
import type { Actor } from '../actor.js'
import { paginate, type Page, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { MeetingInstancesRepo } from '../../store/meeting-instances.repo.js'
import type { Database } from '../../store/tables.js'
import { UsersRepo } from '../../store/users.repo.js'
import type { Json } from '../../util/json.js'
import { getAccountSettings } from '../accounts/settings.js'
import { defaultDisplayName } from '../users/user.model.js'
import type { User } from '../users/user.service.js'
import { MEETING_KIND, type KindSpec } from './kinds.js'
import { DAY_MS } from './meeting.model.js'
import { summarizeInstance } from '../dashboards/summary.js'
import { MeetingService, type Meeting, decodeUuid } from './meeting.service.js'
import {
  hydrateInstance,
  hydrateSession,
  instanceEventObject,
  MeetingParticipants,
  summarize,
  type Instance,
  type InstanceData,
  type RecordingState,
  type Session,
} from './participants.js'
import { isoSeconds } from '../../util/time.js'

export type RecordingAction = 'start' | 'stop' | 'pause' | 'resume'

export type ControlMethod =
  | 'recording.start'
  | 'recording.stop'
  | 'recording.pause'
  | 'recording.resume'
  | 'participant.invite'
  | 'participant.invite.callout'
  | 'participant.invite.room_system_callout'
  | 'waiting_room.update'

export interface ControlParams {
  contacts?: Array<{ email?: string; id?: string }>
  invitee_name?: string
  phone_number?: string
  invite_options?: { require_greeting?: boolean; require_pressing_one?: boolean }
  call_type?: string
  device_ip?: string
  h323_headers?: Json
  sip_headers?: Json
  waiting_room_title?: string
  waiting_room_description?: string
}

const MINUTE_MS = 60_000
/** Past meetings and their participants are readable for a year. */
const PAST_WINDOW_MS = 365 * DAY_MS

/**
 * The start an instance was scheduled for: a scheduled meeting's own, or for a recurring one the occurrence
 * nearest to when it began (a host may start early or late). Instant and no-fixed-time meetings have none.
 */
function scheduledStartOf(m: Meeting, startedAt: number): number | undefined {
  if (m.type === 2) return m.doc.scheduled_start
  if (m.type !== 8) return undefined
  let best: number | undefined
  for (const o of m.doc.occurrences ?? [])
    if (best === undefined || Math.abs(o.start - startedAt) < Math.abs(best - startedAt)) best = o.start
  return best
}

/**
 * Held instances of meetings. Every start opens an instance row and every end closes it (whoever changed the
 * status: the simulator or PUT …/status), with its participants, totals and recording; past meetings read them,
 * and in-meeting controls act on the live one.
 */
export class MeetingInstances {
  readonly repo: MeetingInstancesRepo
  private meetings: MeetingService
  private closedListeners: Array<(instance: Instance, db: Kysely<Database>) => Promise<void>> = []

  constructor(private svc: Services) {
    this.repo = new MeetingInstancesRepo(svc.db.kysely)
    this.meetings = svc.use(MeetingService)
    this.meetings.onStatusChange(async (before, after, db) => {
      if (after.status === 'started' && before.status !== 'started') await this.open(after, db)
      else if (before.status === 'started' && after.status !== 'started') await this.close(before, after, db)
    })
  }

  private get participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  // ---------------------------------------------------------------- lifecycle

  /** The instance row of a meeting that just started (inside the status change's transaction). */
  private async open(m: Meeting, db: Kysely<Database>): Promise<Instance> {
    const existing = await this.repo.instance(m.account_id, m.uuid, db)
    if (existing) return hydrateInstance(existing)
    const host = await new UsersRepo(db).emailAndData(m.account_id, m.host_id)
    const hostDoc = (host ? JSON.parse(host.data) : {}) as {
      display_name?: string
      first_name?: string
      last_name?: string
      dept?: string
    }
    const doc: InstanceData = {
      timezone: m.doc.timezone,
      scheduled_duration: m.doc.duration,
      ordinal: await this.repo.countInstances(m.account_id, m.id, db),
      qos: true,
      // A start on the server clock; the simulator takes this back for a meeting it writes into the past.
      live_qos: true,
      host: {
        name: hostDoc.display_name || defaultDisplayName(hostDoc.first_name, hostDoc.last_name) || host?.email || '',
        email: host?.email ?? '',
        dept: hostDoc.dept ?? '',
      },
      source: 'Zoom',
    }
    const startTime = m.doc.instance_started_at ?? this.svc.clock.now()
    const scheduled = scheduledStartOf(m, startTime)
    if (scheduled !== undefined) doc.scheduled_start = scheduled
    const row = {
      uuid: m.uuid,
      account_id: m.account_id,
      meeting_id: m.id,
      host_id: m.host_id,
      kind: m.kind,
      type: m.type,
      topic: m.doc.topic,
      status: 'started',
      start_time: startTime,
      end_time: null,
      duration: null,
      total_minutes: null,
      participants_count: null,
      sessions_count: null,
      data: JSON.stringify(doc),
    }
    await this.repo.insertInstance(row, db)
    const instance: Instance = { ...row, seq: 0, doc }
    if ((await this.autoRecords(m, db)) === 'cloud') {
      await this.applyRecording(instance, 'start', row.start_time, db)
      await this.repo.updateInstance(m.account_id, m.uuid, { data: JSON.stringify(doc) }, db)
    }
    return instance
  }

  /** The meeting's automatic recording, where the account allows cloud recording: 'cloud', 'local' or 'none'. */
  private async autoRecords(m: Meeting, db: Kysely<Database>): Promise<string> {
    const mode = (m.doc.settings as { auto_recording?: string } | undefined)?.auto_recording ?? 'none'
    if (mode !== 'cloud') return mode
    const account = await getAccountSettings(this.svc, m.account_id, db)
    return account.recording?.cloud_recording === false ? 'none' : mode
  }

  /**
   * Hears every instance that ends, inside the transaction that ends it, after its recording has stopped: cloud
   * recordings start processing from here.
   */
  onClosed(listener: (instance: Instance, db: Kysely<Database>) => Promise<void>): void {
    this.closedListeners.push(listener)
  }

  /** Closes the instance that just ended: everyone leaves, recording stops, totals are written. */
  private async close(before: Meeting, after: Meeting, db: Kysely<Database>): Promise<void> {
    const row = await this.repo.instance(before.account_id, before.uuid, db)
    const instance = row ? hydrateInstance(row) : await this.open(before, db)
    if (instance.status === 'ended') return
    const end = after.doc.last_ended_at ?? this.svc.clock.now()
    const sessions = await this.participants.closeAll(instance, end, db)
    const totals = summarize(sessions)
    const rec = instance.doc.recording
    if (rec && rec.status !== 'stopped') await this.applyRecording(instance, 'stop', end, db)
    instance.doc.summary = await summarizeInstance(db, instance, sessions)
    const closed = {
      status: 'ended',
      end_time: end,
      duration: Math.max(1, Math.round((end - instance.start_time) / MINUTE_MS)),
      total_minutes: totals.total_minutes,
      participants_count: totals.participants_count,
      sessions_count: totals.sessions_count,
      data: JSON.stringify(instance.doc),
    }
    await this.repo.updateInstance(instance.account_id, instance.uuid, closed, db)
    Object.assign(instance, closed)
    for (const listener of this.closedListeners) await listener(instance, db)
  }

  /** The instance in progress of a started meeting. */
  async live(m: Meeting): Promise<Instance> {
    if (m.status !== 'started') throw errors.meetingNotStarted(m.id)
    const row = await this.repo.instance(m.account_id, m.uuid)
    if (row) return hydrateInstance(row)
    // Started before instances were recorded: open one now.
    return this.svc.db.kysely.transaction().execute((trx) => this.open(m, trx))
  }

  async setQos(instance: Instance, qos: boolean): Promise<void> {
    if (instance.doc.qos === qos) return
    instance.doc.qos = qos
    await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) })
  }

  async setLiveQos(instance: Instance, live: boolean): Promise<void> {
    if ((instance.doc.live_qos ?? false) === live) return
    instance.doc.live_qos = live
    await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) })
  }

  // ---------------------------------------------------------------- recording and in-meeting controls

  /** Cloud recording of the live instance: start, stop, pause, resume; a change of state emits recording.*. */
  async recording(m: Meeting, action: RecordingAction): Promise<RecordingState> {
    const instance = await this.live(m)
    return this.svc.db.kysely.transaction().execute(async (trx) => {
      const state = await this.applyRecording(instance, action, this.svc.clock.now(), trx)
      await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) }, trx)
      return state
    })
  }

  /** Changes `instance.doc.recording` (the caller saves the document), emits the event of the change, returns the state. */
  private async applyRecording(
    instance: Instance,
    action: RecordingAction,
    now: number,
    db: Kysely<Database>,
  ): Promise<RecordingState> {
    const rec: RecordingState = (instance.doc.recording ??= { status: 'stopped', segments: [] })
    const open = rec.segments.find((s) => s.end === null)
    let event: 'recording.started' | 'recording.resumed' | 'recording.paused' | 'recording.stopped' | undefined
    let file: { recording_start: string; recording_end: string } | undefined
    const lastSet = rec.segments.at(-1)?.set ?? (rec.segments.length ? 0 : -1)
    if (action === 'start' && rec.status === 'stopped') {
      rec.segments.push({ start: now, end: null, set: lastSet + 1 })
      rec.status = 'recording'
      event = 'recording.started'
      file = { recording_start: isoSeconds(now), recording_end: '' }
    } else if (action === 'resume' && rec.status === 'paused') {
      rec.segments.push({ start: now, end: null, set: lastSet })
      rec.status = 'recording'
      event = 'recording.resumed'
      file = { recording_start: isoSeconds(now), recording_end: '' }
    } else if (action === 'pause' && rec.status === 'recording' && open) {
      open.end = now
      rec.status = 'paused'
      event = 'recording.paused'
      file = { recording_start: isoSeconds(open.start), recording_end: isoSeconds(now) }
    } else if (action === 'stop' && rec.status !== 'stopped') {
      if (open) open.end = now
      const first = rec.segments.find((s) => (s.set ?? 0) === lastSet)
      rec.status = 'stopped'
      event = 'recording.stopped'
      file = { recording_start: isoSeconds(first?.start ?? now), recording_end: isoSeconds(now) }
    }
    if (!event) return rec
    await this.svc.events.emit(
      {
        event,
        accountId: instance.account_id,
        object: { ...instanceEventObject(instance, 'number'), recording_file: file },
      },
      db,
    )
    return rec
  }

  /**
   * PATCH /live_meetings/{meetingId}/events. Every method but the two call-outs needs the meeting in progress;
   * the effects are recorded on the live instance.
   */
  async control(actor: Actor, meetingId: string, method: ControlMethod, params: ControlParams = {}): Promise<void> {
    const m = await this.meetings.find(actor.accountId, meetingId)
    if (!m || !this.meetings.canAct(actor, m)) throw errors.liveMeetingNotFound(meetingId)
    const callout = method === 'participant.invite.callout' || method === 'participant.invite.room_system_callout'
    if (m.status !== 'started' && !callout) throw errors.meetingNotLive()

    if (method.startsWith('recording.')) {
      const settings = await getAccountSettings(this.svc, m.account_id)
      if (settings.recording?.cloud_recording === false) throw errors.badRequest('No permission.')
      await this.recording(m, method.slice('recording.'.length) as RecordingAction)
      return
    }

    const instance = m.status === 'started' ? await this.live(m) : undefined
    const now = this.svc.clock.now()
    const eventMeeting = instance
      ? { id: instance.meeting_id, uuid: instance.uuid, host_id: instance.host_id }
      : { id: m.id, uuid: m.uuid, host_id: m.host_id }

    if (method === 'participant.invite') {
      // Refused above already: only the call-outs go ahead without a meeting in progress.
      if (!instance) throw errors.meetingNotLive()
      const contacts = params.contacts ?? []
      if (!contacts.length) throw errors.validation([{ field: 'params.contacts', message: 'This field is required.' }])
      const users: User[] = []
      for (const c of contacts) {
        const ref = c.id || c.email
        if (!ref) throw errors.validation([{ field: 'params.contacts', message: 'Invalid field.' }])
        const u = c.id ? await this.svc.users.byId(m.account_id, c.id) : await this.svc.users.byEmail(m.account_id, ref)
        if (!u) throw errors.userNotFound(ref)
        users.push(u)
      }
      const op = await this.meetings.operator(actor)
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        const list = (instance.doc.invitations ??= [])
        for (const u of users) {
          list.push({ user_id: u.id, email: u.email, at: now })
          await this.svc.events.emit(
            {
              event: 'meeting.invitation_dispatched',
              accountId: m.account_id,
              payload: op,
              object: {
                id: String(instance.meeting_id),
                uuid: instance.uuid,
                host_id: instance.host_id,
                topic: instance.topic,
                participant: { participant_user_id: u.id, email: u.email },
              },
            },
            trx,
          )
        }
        await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) }, trx)
      })
      return
    }

    if (method === 'participant.invite.callout') {
      const phone = (params.phone_number ?? '').replace(/[\s()+-]/g, '')
      if (!/^\d{3,20}$/.test(phone))
        throw errors.validation([
          { field: 'params.phone_number', message: params.phone_number ? 'Invalid field.' : 'This field is required.' },
        ])
      const entry = {
        kind: 'phone' as const,
        invitee_name: params.invitee_name ?? '',
        phone_number: phone,
        require_greeting: params.invite_options?.require_greeting ?? true,
        require_pressing_one: params.invite_options?.require_pressing_one ?? true,
        at: now,
      }
      await this.callout(instance, entry, {
        event: 'meeting.participant_phone_callout_ringing',
        accountId: m.account_id,
        object: { ...eventMeeting, participant: { invitee_name: entry.invitee_name, phone_number: Number(phone) } },
      })
      return
    }

    if (method === 'participant.invite.room_system_callout') {
      const { call_type: callType, device_ip: deviceIp } = params
      if ((callType !== 'h323' && callType !== 'sip') || !deviceIp) {
        const problems: Array<{ field: string; message: string }> = []
        if (callType !== 'h323' && callType !== 'sip')
          problems.push({
            field: 'params.call_type',
            message: callType ? 'Invalid field. Allowed values: h323, sip.' : 'This field is required.',
          })
        if (!deviceIp) problems.push({ field: 'params.device_ip', message: 'This field is required.' })
        throw errors.validation(problems)
      }
      const headers = callType === 'h323' ? params.h323_headers : params.sip_headers
      const entry = {
        kind: 'room_system' as const,
        call_type: callType,
        device_ip: deviceIp,
        ...(headers ? { headers } : {}),
        at: now,
      }
      const host = await this.svc.users.byId(m.account_id, m.host_id)
      await this.callout(instance, entry, {
        event: 'meeting.participant_room_system_callout_ringing',
        accountId: m.account_id,
        object: {
          ...eventMeeting,
          message_id: randomUUID(),
          inviter_name: instance?.doc.host.name || host?.email || '',
          participant: { call_type: entry.call_type, device_ip: entry.device_ip },
        },
      })
      return
    }

    // waiting_room.update
    if (params.waiting_room_title === undefined && params.waiting_room_description === undefined) {
      throw errors.validation([{ field: 'params.waiting_room_title', message: 'This field is required.' }])
    }
    if (!instance) throw errors.meetingNotLive()
    const wr = { ...(instance.doc.waiting_room ?? {}), updated_at: now }
    if (params.waiting_room_title !== undefined) wr.title = params.waiting_room_title
    if (params.waiting_room_description !== undefined) wr.description = params.waiting_room_description
    instance.doc.waiting_room = wr
    await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) })
  }

  // ---------------------------------------------------------------- past meetings

  /**
   * An ended instance of the kind by UUID (single or double URL-encoded), or a meeting (webinar) number's latest
   * ended instance; 404/3001 when there is none the caller may see, 400/12702 when it is over a year old.
   */
  async past(actor: Actor, key: string, spec: KindSpec = MEETING_KIND): Promise<Instance> {
    const k = String(key).trim()
    // Meeting numbers have at most 16 digits; a longer number is no meeting (and would not fit a bigint).
    const row = /^\d{1,16}$/.test(k)
      ? await this.repo.latestEnded(actor.accountId, Number(k), spec.kind)
      : k
        ? await this.repo.instance(actor.accountId, decodeUuid(k))
        : undefined
    if (!row || row.status !== 'ended' || row.kind !== spec.kind) throw errors.pastMeetingNotFound()
    const instance = hydrateInstance(row)
    if (!this.mayRead(actor, instance)) throw errors.pastMeetingNotFound()
    if (this.svc.clock.now() - instance.start_time > PAST_WINDOW_MS)
      throw spec.kind === 'webinar' ? errors.pastWebinarTooOld() : errors.pastMeetingTooOld()
    return instance
  }

  /**
   * The number of the meeting (webinar) a past lookup names: the number itself, or the number of the kind's
   * instance a UUID names; undefined when the UUID names none.
   */
  async pastNumber(accountId: string, key: string, spec: KindSpec = MEETING_KIND): Promise<number | undefined> {
    const k = String(key).trim()
    if (/^\d{1,19}$/.test(k)) return Number(k)
    const row = k ? await this.repo.instance(accountId, decodeUuid(k)) : undefined
    return row && row.kind === spec.kind ? Number(row.meeting_id) : undefined
  }

  /**
   * The ended instances of a meeting (webinar) number, or of the one an instance UUID belongs to, oldest first;
   * 404/3001 "… does not exist" when there is no such meeting (webinar) the caller may see.
   */
  async endedInstances(actor: Actor, key: string, spec: KindSpec = MEETING_KIND): Promise<Instance[]> {
    const meetingId = await this.pastNumber(actor.accountId, key, spec)
    if (meetingId === undefined) throw spec.notFound(key)
    const rows = (await this.repo.ended(actor.accountId, meetingId, spec.kind)).map(hydrateInstance)
    if (rows.length) {
      if (!rows.some((r) => this.mayRead(actor, r))) throw spec.notFound(key)
      const now = this.svc.clock.now()
      return rows.filter((r) => this.mayRead(actor, r) && now - r.start_time <= PAST_WINDOW_MS)
    }
    const m = await this.meetings.find(actor.accountId, meetingId, {
      includeDeleted: true,
      includeExpired: true,
      kind: spec.kind,
    })
    if (!m || !this.meetings.canAct(actor, m)) throw spec.notFound(key)
    return []
  }

  private mayRead(actor: Actor, i: Instance): boolean {
    return actor.accountWide || (!!actor.userId && i.host_id === actor.userId)
  }

  /** An ended instance's participant sessions, page by page in join order. */
  async pastParticipants(instance: Instance, query: PageQuery): Promise<Page<Session>> {
    const page = await paginate(
      this.svc.pages,
      this.repo.sessionsQuery(instance.account_id, instance.uuid),
      query,
      `past-participants|${instance.account_id}|${instance.uuid}`,
    )
    return { ...page, items: page.items.map(hydrateSession) }
  }

  /** An ended instance as Get past meeting details shows it. */
  presentPast(i: Instance) {
    return {
      id: i.meeting_id,
      uuid: i.uuid,
      duration: i.duration ?? 0,
      start_time: isoSeconds(i.start_time),
      end_time: i.end_time === null ? undefined : isoSeconds(i.end_time),
      host_id: i.host_id,
      dept: i.doc.host.dept,
      participants_count: i.participants_count ?? 0,
      source: i.doc.source,
      topic: i.topic,
      total_minutes: i.total_minutes ?? 0,
      type: i.type as 0 | 1 | 2 | 3 | 4 | 7 | 8,
      user_email: i.doc.host.email,
      user_name: i.doc.host.name,
    }
  }

  /** A call-out: kept on the live instance (when there is one) and announced, in one transaction. */
  private async callout(
    instance: Instance | undefined,
    entry: NonNullable<InstanceData['callouts']>[number],
    event: ZoomEvent,
  ): Promise<void> {
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      if (instance) {
        ;(instance.doc.callouts ??= []).push(entry)
        await this.repo.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) }, trx)
      }
      await this.svc.events.emit(event, trx)
    })
  }
}
