import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { paginate, type Page, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { MeetingsRepo, type MeetingListFilter, type MeetingRow } from '../../store/meetings.repo.js'
import type { Database } from '../../store/tables.js'
import { digits } from '../../util/ids.js'
import { isPlainObject, parseJson, type Json } from '../../util/json.js'
import { randomBytes } from '../../util/random.js'
import { getAccountSettings } from '../accounts/settings.js'
import { validateTrackingFields } from '../tracking-fields/validate.js'
import { isPaidAccount } from '../accounts/plan.js'
import type { User } from '../users/user.service.js'
import { DailyCounter } from '../../util/daily-counter.js'
import { CUST_CREATE_START_URL_TTL_MS, MeetingLinkSigner, START_URL_TTL_MS } from './links.js'
import {
  DAY_MS,
  newUuid,
  RECOVERY_WINDOW_MS,
  type MeetingData,
  type MeetingType,
  type StoredOccurrence,
  type TrackingFieldValue,
} from './meeting.model.js'
import { checkPasscode, generatePasscode, numericPasscode } from './passcode.js'
import { normalizeRecurrence, occurrenceStarts, recurrenceErrors, type Recurrence } from './recurrence.js'
import { alternativeHostEntries, applySettings } from './settings.js'
import { isTimeZone, parseStartTime } from './time.js'
import type { CreateMeetingBody, MeetingOut, UpdateMeetingBody } from '../../schemas/meetings/schemas.js'
import { presentSettings } from './settings-view.js'
import { holdsRoom, isPersonalNumber, PERSONAL_ROOM_TYPE, PersonalRooms } from './personal-room.js'
import {
  kindEvent,
  kindOf,
  MEETING_KIND,
  WEBINAR_KIND,
  publicType,
  storedForm,
  type Kind,
  type KindSpec,
} from './kinds.js'
import { isoSeconds } from '../../util/time.js'
import { must } from '../../util/must.js'

/** A meeting or a webinar (see `kind`): one model for both. */
export type Meeting = MeetingRow & { doc: MeetingData }

/**
 * What create and update accept from either kind's request body: the members both share. `type` is the number the
 * client sent (5, 6 and 9 for webinars); settings are the kind's own and were validated by its schema.
 */
export interface ScheduleInput {
  topic?: string
  agenda?: string
  duration?: number
  password?: string
  default_password?: boolean
  pre_schedule?: boolean
  recurrence?: Recurrence
  schedule_for?: string
  settings?: Json
  start_time?: string
  template_id?: string
  timezone?: string
  type?: number
  tracking_fields?: Array<{ field?: string; value?: string }>
}

/** What create accepts for a meeting: the request body as validated. */
export type MeetingInput = Static<typeof CreateMeetingBody>
/** What update accepts for a meeting: the PATCH body (tracking field names may be left out; no `default_password`). */
export type MeetingUpdateInput = Static<typeof UpdateMeetingBody>

export interface LookupOptions {
  /** Also find a meeting that was deleted (to recover it). */
  includeDeleted?: boolean
  /** Also find a meeting whose id has expired. */
  includeExpired?: boolean
  /** The kind looked for (meetings unless given; `any` for callers that serve both, like the simulator). */
  kind?: Kind | 'any'
}

export interface PresentOptions {
  /** Show this occurrence's start, duration, agenda and settings (400/3000 when it is not one of the meeting's). */
  occurrenceId?: string
  /** Include occurrences that are over. */
  showPreviousOccurrences?: boolean
  /**
   * Shape of Get a meeting rather than of the create response: Zoom's reference leaves an instant meeting's
   * start_time out of the former.
   */
  read?: boolean
  /** The meeting's host when the caller has just read it (saves reading it again). */
  host?: User
}

export type ListType = 'scheduled' | 'live' | 'upcoming' | 'upcoming_meetings' | 'previous_meetings'

/** Called inside the transaction of every status change (started ↔ waiting), e.g. by the simulator to close an instance. */
export type StatusListener = (before: Meeting, after: Meeting, db: Kysely<Database>) => void | Promise<void>

const MINUTE_MS = 60_000
const DEFAULT_DURATION = 60
/**
 * Zoom keeps a duration in a 32-bit integer; a larger one is refused as an invalid field rather than overflowing
 * the scheduled end time computed from it.
 */
const MAX_DURATION = 2_147_483_647

function checkDuration(duration: number | undefined): void {
  if (duration !== undefined && duration > MAX_DURATION)
    throw errors.validation([{ field: 'duration', message: `Invalid field. Must be at most ${MAX_DURATION}.` }])
}

/** Zoom's per-host budget of meeting create and update requests per UTC day. */
const HOST_DAILY_MEETING_WRITES = 100
/** List meetings shows only the start of an agenda (Zoom's reference: 250 characters); Get a meeting shows all of it. */
const LIST_AGENDA_LENGTH = 250

/**
 * Meetings of every group: create, read, change, delete, recover, start/end, and how a meeting looks to clients
 * and in webhook events. Registrants, polls, surveys and the simulator build on it (`svc.use(MeetingService)`).
 */
export class MeetingService {
  readonly repo: MeetingsRepo
  readonly links: MeetingLinkSigner
  private rooms: PersonalRooms
  private dailyLimit: DailyCounter
  private listeners = new Set<StatusListener>()

  constructor(private svc: Services) {
    this.repo = new MeetingsRepo(svc.db.kysely)
    this.links = new MeetingLinkSigner(svc)
    this.rooms = new PersonalRooms(svc, this)
    this.dailyLimit = new DailyCounter(svc.clock, HOST_DAILY_MEETING_WRITES, () => svc.rateLimiter.enabled)
  }

  hydrate(row: MeetingRow): Meeting {
    const num = (v: number | null) => (v === null ? null : Number(v))
    return Object.assign(row, {
      id: Number(row.id),
      type: Number(row.type),
      start_time: num(row.start_time),
      end_time: num(row.end_time),
      expires_at: num(row.expires_at),
      created_at: Number(row.created_at),
      updated_at: Number(row.updated_at),
      deleted_at: num(row.deleted_at),
      doc: parseJson<MeetingData>(row.data),
    })
  }

  // ---------------------------------------------------------------- lookup

  /**
   * A meeting of the account by its number or (for instance-based callers) its UUID, single or double
   * URL-encoded; undefined when missing, deleted or expired.
   */
  async find(accountId: string, meetingId: string | number, opts: LookupOptions = {}): Promise<Meeting | undefined> {
    const key = String(meetingId).trim()
    let row: MeetingRow | undefined
    if (/^\d{1,16}$/.test(key)) row = await this.repo.byId(accountId, Number(key))
    else if (key) row = await this.repo.byUuid(accountId, decodeUuid(key))
    if (isPersonalNumber(key) && (!row || Number(row.type) === PERSONAL_ROOM_TYPE))
      row = await this.personalRoom(accountId, Number(key), row)
    if (!row) return undefined
    const m = this.hydrate(row)
    if ((opts.kind ?? 'meeting') !== 'any' && m.kind !== (opts.kind ?? 'meeting')) return undefined
    if (m.deleted_at !== null && !opts.includeDeleted) return undefined
    if (!opts.includeExpired && this.isExpired(m)) return undefined
    return m
  }

  /**
   * The personal meeting room on this number as its holder stands now: created on first use, handed to the
   * account's current holder of the PMI, or retired (deleted) when nobody holds it. A room in progress is left
   * alone until it ends.
   */
  private async personalRoom(
    accountId: string,
    pmi: number,
    row: MeetingRow | undefined,
  ): Promise<MeetingRow | undefined> {
    if (row?.status === 'started') return row
    if (row && row.deleted_at === null && holdsRoom(await this.svc.users.byId(accountId, row.host_id), pmi)) return row
    const holder = await this.rooms.holder(accountId, pmi)
    const now = this.svc.clock.now()
    if (!row) {
      if (!holder) return undefined
      // Another process may have created it meanwhile, or the number is another account's room: read what won.
      const fresh = await this.rooms.row(holder, pmi)
      const seq = await this.repo.insert(fresh)
      return seq === undefined ? this.repo.byId(accountId, pmi) : { ...fresh, seq }
    }
    if (!holder) {
      if (row.deleted_at === null) await this.repo.update(accountId, pmi, { deleted_at: now, updated_at: now })
      return { ...row, deleted_at: row.deleted_at ?? now }
    }
    if (row.host_id === holder.id) {
      await this.repo.update(accountId, pmi, { deleted_at: null, updated_at: now })
      return { ...row, deleted_at: null, updated_at: now }
    }
    const fresh = await this.rooms.row(holder, pmi)
    const { id: _id, account_id: _account, ...patch } = fresh
    await this.repo.update(accountId, pmi, patch)
    return { ...row, ...patch }
  }

  /** Like `find`, but 404/3001 "Meeting (Webinar) does not exist: {id}." when there is no such meeting. */
  async get(accountId: string, meetingId: string | number, opts: LookupOptions = {}): Promise<Meeting> {
    const m = await this.find(accountId, meetingId, opts)
    if (!m) throw notFound(opts, meetingId)
    return m
  }

  /**
   * Meetings by number in one query, deleted and expired ones too: what the held instances of a report or
   * dashboard page were scheduled as.
   */
  async byNumbers(accountId: string, ids: number[]): Promise<Map<number, Meeting>> {
    const rows = await this.repo.byIds(accountId, [...new Set(ids)])
    return new Map(rows.map((r) => [Number(r.id), this.hydrate(r)]))
  }

  /** The meeting as the caller may see it: in the acting account, and the caller's own unless the token is account-wide. */
  async resolveForActor(actor: Actor, meetingId: string | number, opts: LookupOptions = {}): Promise<Meeting> {
    const m = await this.get(actor.accountId, meetingId, opts)
    if (!this.canAct(actor, m)) throw notFound(opts, meetingId)
    return m
  }

  canAct(actor: Actor, m: Meeting): boolean {
    return actor.accountWide || (!!actor.userId && (m.host_id === actor.userId || m.doc.assistant_id === actor.userId))
  }

  isExpired(m: Meeting): boolean {
    return m.status !== 'started' && m.expires_at !== null && m.expires_at <= this.svc.clock.now()
  }

  // ---------------------------------------------------------------- create

  /**
   * Creates a meeting (or, with the webinar kind, a webinar) for `user` (or, with `schedule_for`, for another user
   * of the account) and emits meeting.created / webinar.created.
   */
  async create(actor: Actor, user: User, input: ScheduleInput, spec: KindSpec = MEETING_KIND): Promise<Meeting> {
    checkDuration(input.duration)
    const now = this.svc.clock.now()
    const type: MeetingType = input.type === undefined ? 2 : storedForm(spec, input.type)
    let host = user
    let assistantId: string | undefined
    if (input.schedule_for !== undefined && input.schedule_for !== '') {
      if (type === 1) throw errors.instantScheduleFor()
      const target = await this.userOf(actor.accountId, input.schedule_for)
      if (!target || !(await this.maySchedule(actor, user.id, target)))
        throw errors.cannotScheduleFor(input.schedule_for, spec.kind)
      if (target.id !== user.id) {
        host = target
        assistantId = user.id
      }
    }
    await spec.mayHost(this.svc, host)
    this.checkDailyLimit(host.id, spec)
    if (input.pre_schedule && type !== 2 && type !== 3) throw errors.preScheduleType()

    const account = await getAccountSettings(this.svc, actor.accountId)
    const timezone = this.timezoneOf(input.timezone, host)
    const template =
      input.template_id !== undefined ? await this.templateData(actor.accountId, input.template_id, spec) : undefined
    let settings = applySettings(spec.defaultSettings(account, type), template?.settings)
    settings = await this.checkSettings(
      actor.accountId,
      host.id,
      type,
      applySettings(settings, input.settings),
      input.settings,
    )
    // Checked on every create: a required tracking field must be given even when the request names none.
    const tracking = await checkTrackingFields(this.svc, actor.accountId, input.tracking_fields)

    const doc: MeetingData = {
      topic: input.topic ?? spec.defaultTopic,
      agenda: input.agenda ?? '',
      duration: input.duration ?? DEFAULT_DURATION,
      timezone,
      password: '',
      settings,
      pre_schedule: input.pre_schedule ?? false,
      creation_source: 'open_api',
      registration_token: randomBytes(24).toString('base64url'),
      ...(assistantId ? { assistant_id: assistantId } : {}),
      ...(input.template_id !== undefined ? { template_id: input.template_id } : {}),
      ...(tracking.length ? { tracking_fields: tracking } : {}),
    }
    if (type === 1 || type === 2 || type === 8) {
      doc.scheduled_start =
        type !== 1 && input.start_time !== undefined ? this.parseStart(input.start_time, timezone) : now
    }
    if (type === 8) {
      const recurrence = input.recurrence ?? template?.recurrence
      if (!recurrence) throw errors.validation([{ field: 'recurrence', message: 'This field is required.' }])
      this.schedule(doc, recurrence, [], spec)
    }

    const requirement = account.schedule_meeting.meeting_password_requirement
    const required = spec.passcodeRequired(account, type)
    let pass = ''
    if (input.password) {
      checkPasscode(input.password, requirement, spec.passcodeSpecials)
      pass = input.password
    } else if (required || input.default_password) pass = generatePasscode(requirement)
    await this.applyPasscode(doc, pass)

    const row: Omit<MeetingRow, 'seq'> = {
      id: digits(11),
      uuid: newUuid(),
      account_id: actor.accountId,
      host_id: host.id,
      kind: spec.kind,
      type,
      status: 'waiting',
      ...this.columns(type, doc, now),
      created_at: now,
      updated_at: now,
      deleted_at: null,
      data: JSON.stringify(doc),
    }
    const op = await this.operator(actor)
    const seq = await this.svc.db.kysely.transaction().execute(async (trx) => {
      let inserted: number | undefined
      while ((inserted = await this.repo.insert(row, trx)) === undefined) row.id = digits(11)
      const meeting: Meeting = { ...row, seq: inserted, doc }
      await this.svc.events.emit(
        {
          event: kindEvent(meeting, 'created'),
          accountId: actor.accountId,
          payload: op,
          object: this.eventObject(meeting),
        },
        trx,
      )
      return inserted
    })
    // What a read would return, without the read (the document holds only JSON values).
    return { ...row, seq, doc }
  }

  // ---------------------------------------------------------------- update

  /**
   * PATCH semantics: only the fields given change. With `occurrenceId`, only that occurrence's agenda, start,
   * duration and a few settings. Emits meeting.updated with the changed fields and their old values.
   */
  async update(actor: Actor, m: Meeting, input: ScheduleInput, opts: { occurrenceId?: string } = {}): Promise<Meeting> {
    checkDuration(input.duration)
    if (m.status === 'started') throw errors.meetingStartedNoUpdate()
    if (m.type === PERSONAL_ROOM_TYPE) {
      // A personal room has no schedule and belongs to whoever holds the PMI: only its topic, agenda, passcode
      // and settings change.
      const {
        type: _type,
        schedule_for: _for,
        start_time: _start,
        recurrence: _rec,
        pre_schedule: _pre,
        ...own
      } = input
      input = own
    }
    const spec = kindOf(m)
    this.checkDailyLimit(m.host_id, spec)
    const now = this.svc.clock.now()
    const doc: MeetingData = structuredClone(m.doc)
    let type = m.type as MeetingType
    let hostId = m.host_id
    // The host's profile matters only for a timezone reset to the host's own; the schedule_for target is that host when given.
    let host: User | undefined

    if (opts.occurrenceId !== undefined) {
      const occurrences = type === 8 ? (doc.occurrences ?? []) : []
      const occ = occurrences.find((o) => o.occurrence_id === opts.occurrenceId)
      if (!occ || occ.status === 'deleted') throw errors.invalidOccurrence()
      if (input.start_time !== undefined) occ.start = this.parseStart(input.start_time, doc.timezone)
      if (input.duration !== undefined) occ.duration = input.duration
      if (input.agenda !== undefined) occ.agenda = input.agenda
      if (input.settings) {
        const own: Json = { ...(occ.settings ?? {}) }
        for (const k of spec.occurrenceSettings) if (input.settings[k] !== undefined) own[k] = input.settings[k]
        if ((own.waiting_room ?? doc.settings.waiting_room) === true && own.join_before_host === true)
          own.join_before_host = false
        occ.settings = own
      }
      occurrences.sort((a, b) => a.start - b.start)
      return this.save(actor, m, { type, hostId, doc, now, scope: 'single' })
    }

    if (input.type !== undefined) type = storedForm(spec, input.type)
    if (input.schedule_for !== undefined && input.schedule_for !== '') {
      if (type === 1) throw errors.instantScheduleFor()
      const target = await this.userOf(m.account_id, input.schedule_for)
      if (!target || !(await this.maySchedule(actor, actor.userId ?? hostId, target)))
        throw errors.cannotScheduleFor(input.schedule_for, spec.kind)
      if (target.id !== hostId) {
        await spec.mayHost(this.svc, target)
        if (actor.userId && actor.userId !== target.id) doc.assistant_id = actor.userId
        else delete doc.assistant_id
        hostId = target.id
      }
      host = target
    }
    if ((input.pre_schedule ?? doc.pre_schedule) && type !== 2 && type !== 3) {
      if (input.pre_schedule) throw errors.preScheduleType()
      doc.pre_schedule = false
    }
    if (input.pre_schedule !== undefined) doc.pre_schedule = input.pre_schedule
    if (input.topic !== undefined) doc.topic = input.topic
    if (input.agenda !== undefined) doc.agenda = input.agenda
    if (input.tracking_fields !== undefined) {
      const tracking = await checkTrackingFields(this.svc, m.account_id, input.tracking_fields)
      if (tracking.length) doc.tracking_fields = tracking
      else delete doc.tracking_fields
    }
    if (input.template_id !== undefined) {
      const template = await this.templateData(m.account_id, input.template_id, spec)
      doc.settings = applySettings(doc.settings, template.settings)
      doc.template_id = input.template_id
    }
    if (input.settings)
      doc.settings = await this.checkSettings(
        m.account_id,
        hostId,
        type,
        applySettings(doc.settings, input.settings),
        input.settings,
      )
    if (type !== 8) delete doc.settings.registration_type
    else doc.settings.registration_type ??= 1

    const oldDuration = doc.duration
    if (input.duration !== undefined) doc.duration = input.duration
    const tzChanged = input.timezone !== undefined && input.timezone !== doc.timezone
    if (input.timezone !== undefined) {
      if (input.timezone === '') host ??= await this.svc.users.byId(m.account_id, hostId)
      doc.timezone = this.timezoneOf(input.timezone, host)
    }
    let start: number | undefined
    if (input.start_time !== undefined && type !== 3) start = this.parseStart(input.start_time, doc.timezone)

    if (type === 8) {
      // A recurring series only moves forward: a past start is ignored, as Zoom documents.
      if (start !== undefined && start >= now) doc.scheduled_start = start
      doc.scheduled_start ??= start ?? now
      const recurrence = input.recurrence ?? doc.recurrence
      if (!recurrence) throw errors.validation([{ field: 'recurrence', message: 'This field is required.' }])
      const previous = (doc.occurrences ?? []).map((o) =>
        o.duration === oldDuration ? { ...o, duration: doc.duration } : o,
      )
      if (input.recurrence || start !== undefined || tzChanged || m.type !== 8)
        this.schedule(doc, recurrence, previous, spec)
      else doc.occurrences = previous
    } else {
      delete doc.recurrence
      delete doc.occurrences
      if (type === 3 || type === PERSONAL_ROOM_TYPE) delete doc.scheduled_start
      else doc.scheduled_start = start ?? doc.scheduled_start ?? now
    }

    if (input.password !== undefined && input.password !== doc.password) {
      if (input.password) {
        const account = await getAccountSettings(this.svc, m.account_id)
        checkPasscode(input.password, account.schedule_meeting.meeting_password_requirement, spec.passcodeSpecials)
      }
      await this.applyPasscode(doc, input.password)
    }
    return this.save(actor, m, { type, hostId, doc, now, scope: 'all' })
  }

  private async save(
    actor: Actor,
    m: Meeting,
    next: { type: MeetingType; hostId: string; doc: MeetingData; now: number; scope: 'single' | 'all' },
  ): Promise<Meeting> {
    const patch = {
      type: next.type,
      host_id: next.hostId,
      ...this.columns(next.type, next.doc, m.created_at),
      updated_at: next.now,
      data: JSON.stringify(next.doc),
    }
    const after: Meeting = { ...m, ...patch, doc: next.doc }
    const changes = diff(this.snapshot(m), this.snapshot(after))
    const op = await this.operator(actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await this.repo.update(m.account_id, m.id, patch, trx)
      if (changes) {
        await this.svc.events.emit(
          {
            event: kindEvent(m, 'updated'),
            accountId: m.account_id,
            payload: {
              ...op,
              ...(next.scope === 'single' ? { scope: 'single' } : {}),
              time_stamp: next.now,
              old_object: { id: m.id, uuid: m.uuid, ...changes.old },
            },
            object: { id: m.id, uuid: m.uuid, ...changes.now },
          },
          trx,
        )
      }
    })
    return after
  }

  // ---------------------------------------------------------------- delete, recover, status

  /** Soft-deletes the meeting (recoverable for 7 days), or marks one occurrence deleted. Emits meeting.deleted. */
  async delete(actor: Actor, m: Meeting, opts: { occurrenceId?: string } = {}): Promise<void> {
    if (m.type === PERSONAL_ROOM_TYPE) throw errors.pmiNoDelete()
    if (m.status === 'started') throw kindOf(m).inProgressNoDelete()
    const now = this.svc.clock.now()
    const op = await this.operator(actor)
    const base = this.eventBase(m)
    if (opts.occurrenceId !== undefined) {
      const doc: MeetingData = structuredClone(m.doc)
      const occ = m.type === 8 ? doc.occurrences?.find((o) => o.occurrence_id === opts.occurrenceId) : undefined
      if (!occ) throw errors.invalidOccurrence()
      if (occ.status === 'deleted') return
      occ.status = 'deleted'
      const patch = {
        ...this.columns(m.type as MeetingType, doc, m.created_at),
        updated_at: now,
        data: JSON.stringify(doc),
      }
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        await this.repo.update(m.account_id, m.id, patch, trx)
        await this.svc.events.emit(
          {
            event: kindEvent(m, 'deleted'),
            accountId: m.account_id,
            payload: { ...op, operation: 'single' },
            object: {
              ...base,
              start_time: isoSeconds(occ.start),
              duration: occ.duration,
              occurrences: [{ occurrence_id: occ.occurrence_id, start_time: isoSeconds(occ.start) }],
            },
          },
          trx,
        )
      })
      return
    }
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await this.repo.update(m.account_id, m.id, { deleted_at: now, updated_at: now }, trx)
      await this.svc.events.emit(
        { event: kindEvent(m, 'deleted'), accountId: m.account_id, payload: { ...op, operation: 'all' }, object: base },
        trx,
      )
    })
  }

  /** Brings a deleted meeting back while it is still in the recovery window. Emits meeting.recovered. */
  async recover(actor: Actor, m: Meeting): Promise<Meeting> {
    if (m.deleted_at === null) return m
    const now = this.svc.clock.now()
    // A retired personal room answers again only through its holder's PMI, never by recovery.
    if (now - m.deleted_at > RECOVERY_WINDOW_MS || m.type === PERSONAL_ROOM_TYPE) throw kindOf(m).notFound(m.id)
    // A meeting deleted with its host (user deletion) has no one to come back to.
    if (!(await this.svc.users.byId(m.account_id, m.host_id))) throw kindOf(m).notFound(m.id)
    const op = await this.operator(actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await this.repo.update(m.account_id, m.id, { deleted_at: null, updated_at: now }, trx)
      const base = this.eventBase(m)
      const occurrences =
        m.type === 8
          ? (m.doc.occurrences ?? [])
              .filter((o) => o.status === 'available')
              .map((o) => ({ occurrence_id: o.occurrence_id, start_time: isoSeconds(o.start) }))
          : undefined
      await this.svc.events.emit(
        {
          event: kindEvent(m, 'recovered'),
          accountId: m.account_id,
          payload: { ...op, operation: 'all' },
          object: { ...base, ...(occurrences ? { occurrences } : {}) },
        },
        trx,
      )
    })
    return { ...m, deleted_at: null, updated_at: now }
  }

  /**
   * Ends the instance in progress (PUT …/status {action: end}); the meeting waits for its next instance. Emits
   * meeting.ended, whose object also carries `object` (a webinar ended in its practice session says so).
   */
  async end(m: Meeting, object: Json = {}): Promise<Meeting> {
    if (m.status !== 'started') return m
    const startedAt = m.doc.instance_started_at ?? this.svc.clock.now()
    return this.svc.db.kysely.transaction().execute(async (trx) => {
      const after = await this.setStatus(m, 'waiting', { db: trx })
      await this.svc.events.emit(
        {
          event: kindEvent(m, 'ended'),
          accountId: m.account_id,
          object: {
            id: String(m.id),
            uuid: m.uuid,
            host_id: m.host_id,
            topic: m.doc.topic,
            type: publicType(m),
            start_time: isoSeconds(startedAt),
            timezone: m.doc.timezone,
            duration: m.doc.duration,
            end_time: isoSeconds(must(after.doc.last_ended_at, 'the end setStatus records')),
            ...object,
          },
        },
        trx,
      )
      return after
    })
  }

  /**
   * Moves a meeting between `waiting` and `started` without emitting anything (the caller owns the events).
   * Ending an instance issues the UUID of the next one; an instant meeting's id dies with its instance.
   * Status listeners run in the same transaction.
   */
  async setStatus(m: Meeting, status: 'waiting' | 'started', opts: { db?: Kysely<Database> } = {}): Promise<Meeting> {
    if (m.status === status) return m
    const now = this.svc.clock.now()
    const doc: MeetingData = structuredClone(m.doc)
    let uuid = m.uuid
    if (status === 'started') doc.instance_started_at = now
    else {
      delete doc.instance_started_at
      doc.last_ended_at = now
      uuid = newUuid()
    }
    const patch = {
      status,
      uuid,
      ...this.columns(m.type as MeetingType, doc, m.created_at),
      updated_at: now,
      data: JSON.stringify(doc),
    }
    const run = async (db: Kysely<Database>) => {
      await this.repo.update(m.account_id, m.id, patch, db)
      const after: Meeting = { ...m, ...patch, doc }
      for (const listener of this.listeners) await listener(m, after, db)
      return after
    }
    return opts.db ? run(opts.db) : this.svc.db.kysely.transaction().execute(run)
  }

  onStatusChange(listener: StatusListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // ---------------------------------------------------------------- lists

  /** A host's meetings of one list type, paginated by keyset, oldest first. */
  async list(
    accountId: string,
    host: User,
    query: PageQuery & { type?: ListType; from?: string; to?: string; timezone?: string },
    kind: Kind = 'meeting',
  ): Promise<Page<Meeting>> {
    const type = query.type ?? 'scheduled'
    const tz = query.timezone && isTimeZone(query.timezone) ? query.timezone : 'UTC'
    const f: MeetingListFilter = {
      hostId: host.id,
      kind,
      types: type === 'live' ? [1, 2, 3, 8] : [2, 3, 8],
      now: this.svc.clock.now(),
    }
    if (type === 'live') f.when = 'live'
    else if (type === 'upcoming' || type === 'upcoming_meetings') f.when = 'upcoming'
    else if (type === 'previous_meetings') f.when = 'previous'
    if (query.from) f.from = parseStartTime(`${query.from}T00:00:00`, tz)
    if (query.to) f.to = parseStartTime(`${query.to}T23:59:59`, tz)
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(accountId, f),
      query,
      `${kind}s|${accountId}|${host.id}|${type}|${query.from ?? ''}|${query.to ?? ''}|${tz}`,
    )
    return { ...page, items: page.items.map((r) => this.hydrate(r)) }
  }

  // ---------------------------------------------------------------- presentation

  /** A recurring meeting's occurrences as Zoom shows them; those that are over only with `showPrevious`. */
  occurrences(
    m: Meeting,
    opts: { showPrevious?: boolean } = {},
  ): Array<{ occurrence_id: string; start_time: string; duration: number; status: 'available' | 'deleted' }> {
    if (m.type !== 8) return []
    const now = this.svc.clock.now()
    return (m.doc.occurrences ?? [])
      .filter((o) => opts.showPrevious || o.start + o.duration * MINUTE_MS > now)
      .map((o) => ({
        occurrence_id: o.occurrence_id,
        start_time: isoSeconds(o.start),
        duration: o.duration,
        status: o.status,
      }))
  }

  /** The occurrence a recurring meeting shows as its own time: the next available one that is not over. */
  nextOccurrence(m: Meeting): StoredOccurrence | undefined {
    const all = m.doc.occurrences ?? []
    const now = this.svc.clock.now()
    const available = all.filter((o) => o.status === 'available')
    return (
      available.find((o) => o.start + o.duration * MINUTE_MS > now) ??
      available[available.length - 1] ??
      all[all.length - 1]
    )
  }

  joinUrl(m: Meeting): string {
    const base = `${this.svc.config.publicUrl}/${kindOf(m).joinPath}/${m.id}`
    const pwd = passcodeParam(m)
    return pwd ? `${base}?${pwd}` : base
  }

  /** Only where registrants can actually register, so the link never leads to "registration has not been enabled". */
  registrationUrl(m: Meeting): string | undefined {
    return registrationEnabled(m)
      ? `${this.svc.config.publicUrl}/${kindOf(m).kind}/register/${m.doc.registration_token}`
      : undefined
  }

  /** A start URL whose ZAK expires two hours from now (90 days for custCreate hosts); a new one on every read. */
  async startUrl(m: Meeting, host?: User): Promise<string> {
    host ??= await this.svc.users.byId(m.account_id, m.host_id)
    const now = this.svc.clock.now()
    const ttl = host?.doc.created_via === 'custCreate' ? CUST_CREATE_START_URL_TTL_MS : START_URL_TTL_MS
    const zak = await this.links.sign({
      aud: 'clientsm',
      uid: m.host_id,
      iss: 'web',
      sk: '0',
      sty: 100,
      wcd: 'local',
      clt: 0,
      mnum: String(m.id),
      exp: Math.floor((now + ttl) / 1000),
      iat: Math.floor(now / 1000),
      aid: m.account_id,
      cid: '',
    })
    return `${this.svc.config.publicUrl}/s/${m.id}?zak=${zak}`
  }

  /** The claims of a start URL's ZAK when it is valid and unexpired. */
  verifyZak(zak: string): Promise<Record<string, unknown> | undefined> {
    return this.links.verify(zak)
  }

  /** A meeting as Create and Get a meeting return it. */
  async present(m: Meeting, opts: PresentOptions = {}) {
    const d = m.doc
    const host = opts.host ?? (await this.svc.users.byId(m.account_id, m.host_id))
    let start = m.type === 8 ? this.nextOccurrence(m)?.start : d.scheduled_start
    let duration = m.type === 8 ? (this.nextOccurrence(m)?.duration ?? d.duration) : d.duration
    let agenda = d.agenda
    let settings: Json = d.settings
    if (opts.occurrenceId !== undefined) {
      const occ = occurrenceOf(m, opts.occurrenceId)
      start = occ.start
      duration = occ.duration
      agenda = occ.agenda ?? agenda
      settings = { ...settings, ...(occ.settings ?? {}) }
    }
    return {
      uuid: m.uuid,
      id: m.id,
      host_id: m.host_id,
      host_email: host?.email,
      assistant_id: d.assistant_id,
      topic: d.topic,
      type: publicType(m) as MeetingType,
      status: m.status as 'waiting' | 'started',
      start_time: start !== undefined && m.type !== 3 && !(opts.read && m.type === 1) ? isoSeconds(start) : undefined,
      duration,
      timezone: d.timezone,
      agenda,
      created_at: isoSeconds(m.created_at),
      start_url: await this.startUrl(m, host),
      join_url: this.joinUrl(m),
      registration_url: this.registrationUrl(m),
      password: d.password || undefined,
      h323_password: d.password ? d.h323_password : undefined,
      pstn_password: d.password ? d.pstn_password : undefined,
      encrypted_password: d.password ? d.encrypted_password : undefined,
      settings: (await presentSettings(m, settings, host, this.links, this.joinUrl(m))) as Static<
        typeof MeetingOut
      >['settings'],
      pmi: settings.use_pmi === true && (m.type === 2 || m.type === 3) && host ? String(host.doc.pmi) : undefined,
      pre_schedule: d.pre_schedule,
      recurrence: m.type === 8 ? d.recurrence : undefined,
      occurrences: m.type === 8 ? this.occurrences(m, { showPrevious: opts.showPreviousOccurrences }) : undefined,
      tracking_fields: d.tracking_fields?.map((t) => ({
        field: t.field,
        value: t.value ?? '',
        visible: t.visible ?? true,
      })),
      creation_source: d.creation_source,
    }
  }

  /** A meeting as an entry of List meetings (which never shows a personal room). */
  presentListItem(m: Meeting) {
    const start = m.type === 8 ? this.nextOccurrence(m)?.start : m.doc.scheduled_start
    return {
      uuid: m.uuid,
      id: m.id,
      host_id: m.host_id,
      topic: m.doc.topic,
      type: publicType(m) as Exclude<MeetingType, 4>,
      start_time: start !== undefined && m.type !== 3 ? isoSeconds(start) : undefined,
      duration: m.type === 8 ? (this.nextOccurrence(m)?.duration ?? m.doc.duration) : m.doc.duration,
      timezone: m.doc.timezone,
      agenda: m.doc.agenda ? listAgenda(m.doc.agenda) : undefined,
      created_at: isoSeconds(m.created_at),
      join_url: this.joinUrl(m),
    }
  }

  /** `object` of meeting.created / webinar.created. */
  eventObject(m: Meeting) {
    const s = m.doc.settings
    const start = m.type === 8 ? this.nextOccurrence(m)?.start : m.doc.scheduled_start
    return {
      uuid: m.uuid,
      id: m.id,
      host_id: m.host_id,
      topic: m.doc.topic,
      type: publicType(m),
      ...(start !== undefined && m.type !== 3 ? { start_time: isoSeconds(start) } : {}),
      duration: m.doc.duration,
      timezone: m.doc.timezone,
      join_url: this.joinUrl(m),
      ...(m.doc.password ? { password: m.doc.password } : {}),
      ...(m.type === 8
        ? {
            occurrences: (m.doc.occurrences ?? []).map((o) => ({
              occurrence_id: o.occurrence_id,
              start_time: isoSeconds(o.start),
              duration: o.duration,
              status: o.status,
            })),
          }
        : {}),
      ...(m.kind === 'webinar' ? { creation_source: m.doc.creation_source } : {}),
      settings:
        m.kind === 'webinar'
          ? { use_pmi: s.use_pmi ?? false, alternative_hosts: s.alternative_hosts ?? '' }
          : {
              use_pmi: s.use_pmi ?? false,
              alternative_hosts: s.alternative_hosts ?? '',
              meeting_invitees: s.meeting_invitees ?? [],
              join_before_host: s.join_before_host ?? false,
              jbh_time: s.jbh_time ?? 0,
            },
      ...(m.type === 8 && m.doc.recurrence ? { recurrence: m.doc.recurrence } : {}),
      ...(m.doc.tracking_fields
        ? {
            tracking_fields: m.doc.tracking_fields.map((t) => ({
              field: t.field,
              value: t.value ?? '',
              visible: t.visible ?? true,
            })),
          }
        : {}),
    }
  }

  /**
   * `object` of meeting.deleted / meeting.recovered, wherever a meeting is deleted (also with its departing host), and
   * the meeting part of registration events, which may name another `start` (the registration's first occurrence).
   */
  eventBase(m: Meeting, start = m.type === 8 ? this.nextOccurrence(m)?.start : m.doc.scheduled_start) {
    return {
      uuid: m.uuid,
      id: m.id,
      host_id: m.host_id,
      topic: m.doc.topic,
      type: publicType(m),
      ...(start !== undefined && m.type !== 3 ? { start_time: isoSeconds(start) } : {}),
      duration: m.doc.duration,
      timezone: m.doc.timezone,
    }
  }

  /** The fields meeting.updated compares, as clients see them. */
  private snapshot(m: Meeting): Json {
    const d = m.doc
    const start = m.type === 8 ? undefined : m.type === 3 ? undefined : d.scheduled_start
    return {
      host_id: m.host_id,
      topic: d.topic,
      type: publicType(m),
      start_time: start !== undefined ? isoSeconds(start) : undefined,
      duration: d.duration,
      timezone: d.timezone,
      agenda: d.agenda,
      password: d.password,
      join_url: this.joinUrl(m),
      pre_schedule: d.pre_schedule,
      registration_url: this.registrationUrl(m),
      settings: d.settings,
      recurrence: m.type === 8 ? d.recurrence : undefined,
      occurrences:
        m.type === 8
          ? (d.occurrences ?? []).map((o) => ({
              occurrence_id: o.occurrence_id,
              start_time: isoSeconds(o.start),
              duration: o.duration,
              status: o.status,
              ...(o.agenda !== undefined ? { agenda: o.agenda } : {}),
              ...(o.settings ? { settings: o.settings } : {}),
            }))
          : undefined,
      tracking_fields: d.tracking_fields,
    }
  }

  // ---------------------------------------------------------------- rules

  /** Counts a create/update against the host's 100 per UTC day of the kind, when rate limits are on. */
  checkDailyLimit(hostId: string, spec: KindSpec = MEETING_KIND): void {
    if (!this.dailyLimit.take(`${spec.kind}|${hostId}`)) throw spec.dailyLimit()
  }

  private timezoneOf(tz: string | undefined, host: User | undefined): string {
    if (tz !== undefined && tz !== '') {
      if (!isTimeZone(tz)) throw errors.validation([{ field: 'timezone', message: 'Invalid field.' }])
      return tz
    }
    const own = host?.doc.timezone
    return own && isTimeZone(own) ? own : 'UTC'
  }

  private parseStart(text: string, tz: string): number {
    const t = parseStartTime(text, tz)
    if (t === undefined) throw errors.validation([{ field: 'start_time', message: 'Invalid field.' }])
    return t
  }

  /** Fills a recurring meeting's recurrence and occurrences; occurrences that keep their id keep their changes. */
  private schedule(doc: MeetingData, recurrence: Recurrence, previous: StoredOccurrence[], spec: KindSpec): void {
    const problems = recurrenceErrors(recurrence, spec.maxOccurrences)
    if (problems.length) throw errors.validation(problems)
    const r = normalizeRecurrence(recurrence)
    // Both callers set the series' start first.
    const starts = occurrenceStarts(
      must(doc.scheduled_start, 'the start of a recurring series'),
      doc.timezone,
      r,
      spec.maxOccurrences,
    )
    if (!starts.length) throw errors.validation([{ field: 'recurrence.end_date_time', message: 'Invalid field.' }])
    const kept = new Map(previous.map((o) => [o.occurrence_id, o]))
    doc.recurrence = r
    doc.occurrences = starts.map(
      (start) =>
        kept.get(String(start)) ?? { occurrence_id: String(start), start, duration: doc.duration, status: 'available' },
    )
  }

  /** Sets the passcode and the forms derived from it (encrypted for links, numeric for phones and room systems). */
  async applyPasscode(doc: MeetingData, pass: string): Promise<void> {
    doc.password = pass
    if (pass) {
      doc.encrypted_password = await this.links.digest(`${doc.registration_token}:${pass}`)
      doc.h323_password = doc.pstn_password = numericPasscode(pass)
    } else {
      delete doc.encrypted_password
      delete doc.h323_password
      delete doc.pstn_password
    }
  }

  /** Checks what a request changed in the settings: alternative hosts, registration, authentication domains. */
  private async checkSettings(
    accountId: string,
    hostId: string,
    type: MeetingType,
    settings: Json,
    patch: Json | undefined,
  ): Promise<Json> {
    if (!patch) return settings
    if (typeof patch.alternative_hosts === 'string')
      settings.alternative_hosts = await this.alternativeHosts(accountId, hostId, patch.alternative_hosts)
    if (typeof patch.enforce_login_domains === 'string' && patch.enforce_login_domains.includes(','))
      throw errors.enforceLoginDomains()
    if ((patch.approval_type === 0 || patch.approval_type === 1) && !(await isPaidAccount(this.svc, accountId)))
      throw errors.paidAccountOnly(accountId)
    if (type !== 8) delete settings.registration_type
    return settings
  }

  /** Alternative hosts must be licensed users of the account; they are kept as `;`-separated emails. */
  private async alternativeHosts(accountId: string, hostId: string, value: string): Promise<string> {
    const emails: string[] = []
    for (const entry of alternativeHostEntries(value)) {
      const u = await this.userOf(accountId, entry)
      if (!u) throw errors.userNotInAccount(entry)
      if (u.type !== 2) throw errors.licensedUserRequired(entry)
      if (u.id !== hostId && !emails.includes(u.email)) emails.push(u.email)
    }
    return emails.join(';')
  }

  /**
   * An account-wide token schedules for any user of the account; a user-level one only for users who gave
   * the scheduling user the scheduling privilege (made them an assistant).
   */
  private async maySchedule(actor: Actor, schedulerId: string, target: User): Promise<boolean> {
    if (actor.accountWide || target.id === schedulerId) return true
    const assistants = await this.svc.users.repo.links(target.account_id, target.id, 'assistant')
    return assistants.some((l) => l.other_id === schedulerId)
  }

  private userOf(accountId: string, ref: string): Promise<User | undefined> {
    return ref.includes('@') ? this.svc.users.byEmail(accountId, ref) : this.svc.users.byId(accountId, ref)
  }

  private async templateData(
    accountId: string,
    templateId: string,
    spec: KindSpec,
  ): Promise<{ settings?: Json; recurrence?: Recurrence }> {
    const row = await this.repo.template(accountId, templateId)
    if (!row || row.kind !== spec.kind) throw errors.validation([{ field: 'template_id', message: 'Invalid field.' }])
    return parseJson(row.data)
  }

  /** The list columns: span of the schedule and when the meeting id expires (Zoom's 30 / 365 days). */
  private columns(
    type: MeetingType,
    doc: MeetingData,
    createdAt: number,
  ): Pick<MeetingRow, 'start_time' | 'end_time' | 'expires_at'> {
    const ended = doc.last_ended_at ?? 0
    const dur = doc.duration * MINUTE_MS
    // A personal room stands as long as its holder keeps the PMI: it has no span and does not expire.
    if (type === PERSONAL_ROOM_TYPE) return { start_time: null, end_time: null, expires_at: null }
    if (type === 3) return { start_time: null, end_time: null, expires_at: Math.max(ended, createdAt) + 365 * DAY_MS }
    if (type === 8) {
      const all = doc.occurrences ?? []
      const live = all.filter((o) => o.status === 'available')
      const span = live.length ? live : all
      const start = Math.min(...span.map((o) => o.start))
      const end = Math.max(...span.map((o) => o.start + o.duration * MINUTE_MS))
      return { start_time: start, end_time: end, expires_at: Math.max(end, ended, createdAt) + 365 * DAY_MS }
    }
    const start = doc.scheduled_start ?? createdAt
    if (type === 1) return { start_time: start, end_time: start + dur, expires_at: doc.last_ended_at ?? null }
    return {
      start_time: start,
      end_time: start + dur,
      expires_at: Math.max(start + dur, ended, createdAt) + 30 * DAY_MS,
    }
  }

  /** `operator` / `operator_id` of an event: the token's user. */
  async operator(actor: Actor): Promise<{ operator: string; operator_id: string }> {
    const u = actor.userId ? await this.svc.users.byId(actor.callerAccountId, actor.userId) : undefined
    return { operator: u?.email ?? '', operator_id: actor.userId ?? '' }
  }
}

/** The kind's "does not exist" answer for a lookup. */
function notFound(opts: LookupOptions, id: string | number) {
  return (opts.kind === 'webinar' ? WEBINAR_KIND : MEETING_KIND).notFound(id)
}

/** The start of an agenda as List meetings shows it, cut between characters rather than inside a surrogate pair. */
function listAgenda(agenda: string): string {
  return agenda.length <= LIST_AGENDA_LENGTH ? agenda : Array.from(agenda).slice(0, LIST_AGENDA_LENGTH).join('')
}

/** The join link's passcode parameter (Zoom's `pwd=…`), when the meeting has a passcode. */
export function passcodeParam(m: Meeting): string | undefined {
  return m.doc.password && m.doc.encrypted_password ? `pwd=${m.doc.encrypted_password}.1` : undefined
}

/** An occurrence of a recurring meeting; 400/3000 "Invalid occurrence_id." otherwise. */
export function occurrenceOf(m: Meeting, occurrenceId: string): StoredOccurrence {
  const occ = m.type === 8 ? m.doc.occurrences?.find((o) => o.occurrence_id === occurrenceId) : undefined
  if (!occ) throw errors.invalidOccurrence()
  return occ
}

/** Registration can be turned on for scheduled meetings and recurring meetings with a fixed time only. */
export function registrationEnabled(m: Meeting): boolean {
  const approval = m.doc.settings.approval_type
  return (m.type === 2 || m.type === 8) && (approval === 0 || approval === 1)
}

/** Meeting UUIDs may arrive URL-encoded once more than the path decoding undoes (Zoom asks for double encoding). */
export function decodeUuid(key: string): string {
  let out = key
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(out); i++) {
    try {
      out = decodeURIComponent(out)
    } catch {
      break
    }
  }
  return out
}

/** The request's tracking fields checked against the account's (an entry without a field name is none), as stored. */
async function checkTrackingFields(
  svc: Services,
  accountId: string,
  list: Array<{ field?: string; value?: string }> | undefined,
): Promise<TrackingFieldValue[]> {
  const given = list?.flatMap((t) => (t.field !== undefined ? [{ field: t.field, value: t.value }] : []))
  // Already {field, value, visible} in that order; only the stored type's Json index signature differs.
  return (await validateTrackingFields(svc, accountId, given)) as TrackingFieldValue[]
}

/** The members that differ between two snapshots (settings member by member), or undefined when none do. */
function diff(before: Json, after: Json): { old: Json; now: Json } | undefined {
  const old: Json = {}
  const now: Json = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key]
    const b = after[key]
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    if (key === 'occurrences' && Array.isArray(a) && Array.isArray(b)) {
      // Only the occurrences that changed, as Zoom reports a single occurrence's update.
      const was = new Map((a as Json[]).map((o) => [o.occurrence_id, o]))
      const is = new Map((b as Json[]).map((o) => [o.occurrence_id, o]))
      const changed = [...new Set([...was.keys(), ...is.keys()])].filter(
        (id) => JSON.stringify(was.get(id)) !== JSON.stringify(is.get(id)),
      )
      old.occurrences = changed.map((id) => was.get(id)).filter(Boolean)
      now.occurrences = changed.map((id) => is.get(id)).filter(Boolean)
      continue
    }
    if (key === 'settings' && isPlainObject(a) && isPlainObject(b)) {
      const so: Json = {}
      const sn: Json = {}
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[k]) === JSON.stringify(b[k])) continue
        so[k] = a[k]
        sn[k] = b[k]
      }
      old.settings = so
      now.settings = sn
      continue
    }
    old[key] = a
    now[key] = b
  }
  return Object.keys(now).length || Object.keys(old).length ? { old, now } : undefined
}
