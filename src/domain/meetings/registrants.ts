import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { FieldError, ZoomError } from '../../errors/zoom-error.js'
import type { Actor } from '../actor.js'
import { paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import { MeetingRegistrantsRepo, type RegistrantRow } from '../../store/meeting-registrants.repo.js'
import type { Database } from '../../store/tables.js'
import { isUniqueViolation } from '../../store/unique.js'
import { digits, zoomId } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import type { User } from '../users/user.service.js'
import { TrackingSourceService, type TrackingSourceRef } from '../webinars/tracking-sources.js'
import { WebinarService } from '../webinars/webinar.service.js'
import { kindEvent, kindOf, type Kind } from './kinds.js'
import { MeetingService, occurrenceOf, passcodeParam, registrationEnabled, type Meeting } from './meeting.service.js'
import type { StoredOccurrence } from './meeting.model.js'
import { DailyCounter } from '../../util/daily-counter.js'
import { isoSeconds } from '../../util/time.js'
import type {
  AddRegistrantBody,
  BatchRegistrantsBody,
  RegistrationQuestionsBody,
} from '../../schemas/meetings/schemas-registrants.js'
import { REGISTRATION_FIELDS, type RegistrationField } from '../registration-fields.js'

/** Zoom's cap on registrations per meeting (per occurrence for recurring meetings counted as one here). */
export const MAX_REGISTRANTS = 4999
/** Custom question answers are at most this long. */
const MAX_ANSWER_LENGTH = 128
const MINUTE_MS = 60_000

export type RegistrantStatus = 'pending' | 'approved' | 'denied'

/** What a registrant answered, kept in the `data` column. */
export interface RegistrantData extends Json {
  /** As given; the `email` column holds it lower-cased. */
  email: string
  first_name: string
  last_name?: string
  address?: string
  city?: string
  country?: string
  zip?: string
  state?: string
  phone?: string
  industry?: string
  org?: string
  job_title?: string
  purchasing_time_frame?: string
  role_in_purchase_process?: string
  no_of_employees?: string
  comments?: string
  custom_questions: Array<{ title: string; value: string }>
  language?: string
  participant_pin_code: number
  /** Denied by cancelling an approved registration (the `cancel` action); such a person may register again. */
  cancelled?: boolean
}

export type Registrant = RegistrantRow & { doc: RegistrantData }

/** What Add a registrant accepts: the request body as validated (webinars also name a tracking source). */
export type RegistrantInput = Static<typeof AddRegistrantBody> & { source_id?: string }
/** What a batch registration accepts. */
export type BatchRegistrantsInput = Static<typeof BatchRegistrantsBody>

/** Meetings offer `single`; webinars the same one-answer question as `single_radio` or `single_dropdown`. */
export type CustomQuestionType = 'short' | 'single' | 'single_radio' | 'single_dropdown' | 'multiple'
export type MeetingQuestionType = 'short' | 'single' | 'multiple'
export type WebinarQuestionType = 'short' | 'single_radio' | 'single_dropdown' | 'multiple'

/** A registration form; `T`, the question types of the kind it belongs to (its update schema admits no other). */
export interface RegistrationQuestions<T extends CustomQuestionType = MeetingQuestionType> extends Json {
  questions: Array<{ field_name: RegistrationField; required: boolean }>
  custom_questions: Array<{
    title: string
    type: T
    required: boolean
    answers: string[]
  }>
}

/** What Update registration questions accepts: the meeting body, or the webinar one with its question types. */
export type QuestionsInput = Omit<Static<typeof RegistrationQuestionsBody>, 'custom_questions'> & {
  custom_questions?: Array<
    Omit<NonNullable<Static<typeof RegistrationQuestionsBody>['custom_questions']>[number], 'type'> & {
      type?: CustomQuestionType
    }
  >
}

/** The occurrences a registration covers: every one, or those listed. */
type Selection = { all: true } | { all: false; ids: string[] }

/** A meeting open to registration, with its host. */
export interface RegistrationTarget {
  meeting: Meeting
  host: User
}

/** Zoom's per-registrant budgets per UTC day (only while rate limits are on). */
const REGISTRANT_ADDS_PER_DAY = 3
const REGISTRANT_STATUS_UPDATES_PER_DAY = 10

/** What registration does differently for each kind: Zoom's wording, and the webinar's own limit. */
interface RegistrationRules {
  notEnabled(id: number): ZoomError
  hostCannotRegister(): ZoomError
  over(): ZoomError
  full(): ZoomError
  /** Names of the operations in the text of the per-registrant daily limits. */
  api: { add: string; batch: string; status: string }
  /** Whether registrants carry a participant PIN (webinar registrants do not). */
  pinCode: boolean
  /** The most approved registrants the settings allow; 0 for no limit of their own. */
  approvedLimit(m: Meeting): number
  /** Refusals at that limit: registering (approved at once) and approving. */
  limitReached(): ZoomError
  approvalLimitReached(): ZoomError
}

const RULES: Record<Kind, RegistrationRules> = {
  meeting: {
    notEnabled: (id) => errors.registrationNotEnabled(id),
    hostCannotRegister: () => errors.hostCannotRegister(),
    over: () => errors.registrationOver(),
    full: () => errors.meetingCapacityReached(),
    api: {
      add: 'Add meeting registrant',
      batch: 'meeting Perform batch registration',
      status: "Update registrant's status",
    },
    pinCode: true,
    approvedLimit: () => 0,
    limitReached: () => errors.meetingCapacityReached(),
    approvalLimitReached: () => errors.meetingCapacityReached(),
  },
  webinar: {
    notEnabled: (id) => errors.webinarRegistrationNotEnabled(id),
    hostCannotRegister: () => errors.webinarHostCannotRegister(),
    over: () => errors.webinarRegistrationOver(),
    full: () => errors.webinarCapacityReached(),
    api: {
      add: 'Add a webinar registrant',
      batch: 'webinar Perform batch registration',
      status: "webinar Update registrant's status",
    },
    pinCode: false,
    approvedLimit: (m) => Number(m.doc.settings.registrants_restrict_number ?? 0) || 0,
    limitReached: () => errors.webinarAttendeeLimit(),
    approvalLimitReached: () => errors.webinarApprovalCapacity(),
  },
}

const rulesOf = (m: Meeting): RegistrationRules => RULES[kindOf(m).kind]

/**
 * Meeting and webinar registrants: adding (one or a batch), reading, approving/denying/cancelling, deleting, and
 * the registration form's questions. Built on the meeting core (`svc.use(MeetingService)`); what differs by kind
 * is in RULES.
 */
export class RegistrantService {
  readonly repo: MeetingRegistrantsRepo
  private meetings: MeetingService
  private adds: DailyCounter
  private batchAdds: DailyCounter
  private statusUpdates: DailyCounter

  constructor(private svc: Services) {
    this.repo = new MeetingRegistrantsRepo(svc.db.kysely)
    this.meetings = svc.use(MeetingService)
    const enabled = () => svc.rateLimiter.enabled
    this.adds = new DailyCounter(svc.clock, REGISTRANT_ADDS_PER_DAY, enabled)
    this.batchAdds = new DailyCounter(svc.clock, REGISTRANT_ADDS_PER_DAY, enabled)
    this.statusUpdates = new DailyCounter(svc.clock, REGISTRANT_STATUS_UPDATES_PER_DAY, enabled)
  }

  hydrate(row: RegistrantRow): Registrant {
    return Object.assign(row, {
      meeting_id: Number(row.meeting_id),
      all_occurrences: Number(row.all_occurrences),
      created_at: Number(row.created_at),
      updated_at: Number(row.updated_at),
      doc: parseJson<RegistrantData>(row.data),
    })
  }

  // ---------------------------------------------------------------- access

  /**
   * The meeting or webinar as the caller may see it (404/3001 otherwise), on a paid account (400/200) with a
   * licensed host (400/200; a webinar's host needs the webinar licence), with registration on (404/404). `check`
   * runs before the registration check.
   */
  async target(
    actor: Actor,
    id: string,
    kind: Kind = 'meeting',
    check?: (m: Meeting) => void,
  ): Promise<RegistrationTarget> {
    const meeting =
      kind === 'webinar'
        ? await this.svc.use(WebinarService).resolve(actor, id)
        : await this.meetings.resolveForActor(actor, id)
    await requirePaidAccount(this.svc, meeting.account_id)
    const host = await this.svc.users.byId(meeting.account_id, meeting.host_id)
    if (!host || host.type !== 2) throw errors.paidUserOnly(meeting.host_id)
    check?.(meeting)
    if (!registrationEnabled(meeting)) throw RULES[kind].notEnabled(meeting.id)
    return { meeting, host }
  }

  async get(m: Meeting, registrantId: string): Promise<Registrant> {
    const row = await this.repo.byId(m.account_id, m.id, registrantId)
    if (!row) throw errors.registrantNotFound(registrantId)
    return this.hydrate(row)
  }

  // ---------------------------------------------------------------- list

  async list(
    m: Meeting,
    query: PageQuery & { status?: RegistrantStatus; occurrence_id?: string; tracking_source_id?: string },
  ) {
    const status = query.status ?? 'approved'
    if (query.occurrence_id !== undefined) occurrenceOf(m, query.occurrence_id)
    const sourceId = query.tracking_source_id
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(m.account_id, m.id, { status, occurrenceId: query.occurrence_id, sourceId }),
      query,
      `registrants|${m.account_id}|${m.id}|${status}|${query.occurrence_id ?? ''}|${sourceId ?? ''}`,
    )
    return { ...page, items: page.items.map((r) => this.hydrate(r)) }
  }

  // ---------------------------------------------------------------- add

  /**
   * Registers one person. An email already registered (pending or approved) gets its registration back, with
   * any newly chosen occurrences added; a denied one stays denied; a cancelled one registers anew under the
   * same id. New registrations are approved (approval_type 0, or `auto_approve`) or pending, and emit
   * meeting.registration_created (webinar.registration_created). A webinar registration may name the tracking
   * source it came through (`source_id`, 400/300 when unknown): the source counts a visit, and the registrant's
   * events name it.
   */
  async add(target: RegistrationTarget, input: RegistrantInput, occurrenceIds: string | undefined) {
    const { meeting: m, host } = target
    const rules = rulesOf(m)
    const email = input.email.trim()
    if (email.toLowerCase() === host.email.toLowerCase()) throw rules.hostCannotRegister()
    const sources = this.svc.use(TrackingSourceService)
    const source = input.source_id !== undefined ? await sources.forRegistration(m, input.source_id) : undefined
    this.countAdd(this.adds, rules.api.add, m, email)
    const selection = this.selection(m, occurrenceIds)
    this.checkOpen(m, selection)
    await this.checkAnswers(m, input)
    const status: RegistrantStatus = input.auto_approve || m.doc.settings.approval_type === 0 ? 'approved' : 'pending'
    const r = await this.retryOnConflict(() =>
      this.svc.db.kysely.transaction().execute(async (trx) => {
        if (source) await sources.countVisit(m, source.id, trx)
        return this.register(m, email, input, selection, status, trx, source?.id)
      }),
    )
    return this.presentAdded(m, r)
  }

  /** Registers up to 30 people to a scheduled meeting (type 2) at once: all of them or, on any refusal, none. */
  async batch(target: RegistrationTarget, body: BatchRegistrantsInput) {
    const { meeting: m, host } = target
    const rules = rulesOf(m)
    const people = body.registrants ?? []
    for (const p of people)
      if (p.email.trim().toLowerCase() === host.email.toLowerCase()) throw rules.hostCannotRegister()
    for (const p of people) this.countAdd(this.batchAdds, rules.api.batch, m, p.email.trim())
    this.checkOpen(m, { all: true })
    const status: RegistrantStatus = body.auto_approve || m.doc.settings.approval_type === 0 ? 'approved' : 'pending'
    const added = await this.retryOnConflict(() =>
      this.svc.db.kysely.transaction().execute(async (trx) => {
        const out: Registrant[] = []
        for (const p of people) {
          const input: RegistrantInput = {
            email: p.email.trim(),
            first_name: p.first_name,
            ...(p.last_name !== undefined ? { last_name: p.last_name } : {}),
          }
          out.push(await this.register(m, input.email, input, { all: true }, status, trx))
        }
        return out
      }),
    )
    const registrants = []
    for (const r of added) {
      registrants.push({
        email: r.doc.email,
        join_url: await this.joinUrl(m, r),
        registrant_id: r.id,
        participant_pin_code: r.doc.participant_pin_code,
      })
    }
    return { registrants }
  }

  private countAdd(counter: DailyCounter, api: string, m: Meeting, email: string): void {
    if (!counter.take(`${m.account_id}|${m.id}|${email.toLowerCase()}`)) {
      throw errors.registrantDailyLimit(counter.limit, api, email)
    }
  }

  /** Inserts or revives one registration inside `trx`; answers the registration as it now stands. */
  private async register(
    m: Meeting,
    email: string,
    input: RegistrantInput,
    selection: Selection,
    status: RegistrantStatus,
    trx: Kysely<Database>,
    sourceId?: string,
  ): Promise<Registrant> {
    const now = this.svc.clock.now()
    const row = await this.repo.byEmail(m.account_id, m.id, email, trx)
    const existing = row && this.hydrate(row)
    if (existing && (existing.status !== 'denied' || !existing.doc.cancelled)) {
      if (existing.status === 'denied') return existing
      // Already registered: a recurring meeting's registration may grow by the occurrences asked for now.
      const added = await this.widen(m, existing, selection, now, trx)
      if (added) await this.emitCreated(m, existing, added, trx)
      return existing
    }
    const rules = rulesOf(m)
    if (!existing && (await this.repo.activeCount(m.account_id, m.id, trx)) >= MAX_REGISTRANTS) throw rules.full()
    const limit = rules.approvedLimit(m)
    if (
      status === 'approved' &&
      limit > 0 &&
      (await this.repo.countByStatus(m.account_id, m.id, ['approved'], trx)) >= limit
    )
      throw rules.limitReached()
    const doc: RegistrantData = {
      ...registrationAnswers(input),
      email,
      first_name: input.first_name,
      custom_questions: (input.custom_questions ?? []).flatMap((q) =>
        q.title !== undefined ? [{ title: q.title, value: q.value ?? '' }] : [],
      ),
      ...(input.language !== undefined ? { language: input.language } : {}),
      participant_pin_code: existing?.doc.participant_pin_code ?? digits(6),
    }
    const ids = selection.all ? [] : selection.ids
    const fields = {
      status,
      all_occurrences: selection.all ? 1 : 0,
      created_at: now,
      updated_at: now,
      data: JSON.stringify(doc),
      source_id: sourceId ?? existing?.source_id ?? null,
    }
    let r: Registrant
    if (existing) {
      await this.repo.update(m.account_id, existing.id, fields, trx)
      await this.repo.setOccurrences(m.account_id, m.id, existing.id, ids, trx)
      r = { ...existing, ...fields, doc }
    } else {
      const fresh = { id: zoomId(), account_id: m.account_id, meeting_id: m.id, email: email.toLowerCase(), ...fields }
      await this.repo.insert(fresh, ids, trx)
      r = { ...fresh, seq: 0, doc }
    }
    await this.emitCreated(m, r, selection.all ? undefined : ids, trx)
    return r
  }

  /** Adds the occurrences of `selection` a registration lacks; the ids added, or undefined when none were. */
  private async widen(
    m: Meeting,
    r: Registrant,
    selection: Selection,
    now: number,
    trx: Kysely<Database>,
  ): Promise<string[] | undefined> {
    if (r.all_occurrences === 1) return undefined
    const have = new Set((await this.repo.occurrences(m.account_id, [r.id], trx)).map((o) => o.occurrence_id))
    if (selection.all) {
      await this.repo.setOccurrences(m.account_id, m.id, r.id, [], trx)
      await this.repo.update(m.account_id, r.id, { all_occurrences: 1, updated_at: now }, trx)
      r.all_occurrences = 1
      return this.availableOccurrences(m)
        .map((o) => o.occurrence_id)
        .filter((id) => !have.has(id))
    }
    const added = selection.ids.filter((id) => !have.has(id))
    if (!added.length) return undefined
    await this.repo.addOccurrences(m.account_id, m.id, r.id, added, trx)
    await this.repo.update(m.account_id, r.id, { updated_at: now }, trx)
    return added
  }

  /** Which occurrences a registration request covers, from the meeting's registration type and `occurrence_ids`. */
  private selection(m: Meeting, occurrenceIds: string | undefined): Selection {
    if (m.type !== 8) return { all: true }
    const registrationType = m.doc.settings.registration_type ?? 1
    if (registrationType === 1) return { all: true }
    if (occurrenceIds !== undefined && occurrenceIds.trim() !== '') {
      const available = new Set(this.availableOccurrences(m).map((o) => o.occurrence_id))
      const ids = [
        ...new Set(
          occurrenceIds
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
      if (!ids.length || ids.some((id) => !available.has(id))) throw errors.invalidParameter('occurrence_ids')
      return { all: false, ids }
    }
    // Registering for each occurrence (type 2) without naming one registers for the next; choosing (type 3), for all.
    if (registrationType === 2) {
      const next = this.meetings.nextOccurrence(m)
      if (next && next.status === 'available') return { all: false, ids: [next.occurrence_id] }
    }
    return { all: true }
  }

  /** With "close registration after the event date" on, a meeting whose time is over takes no registrations (400/3038). */
  private checkOpen(m: Meeting, selection: Selection): void {
    if (m.doc.settings.close_registration !== true || m.status === 'started') return
    const now = this.svc.clock.now()
    const over = (start: number, minutes: number) => start + minutes * MINUTE_MS <= now
    if (m.type === 8) {
      const occ = this.availableOccurrences(m).filter((o) => selection.all || selection.ids.includes(o.occurrence_id))
      if (occ.every((o) => over(o.start, o.duration))) throw rulesOf(m).over()
    } else if (m.doc.scheduled_start !== undefined && over(m.doc.scheduled_start, m.doc.duration)) {
      throw rulesOf(m).over()
    }
  }

  /** Required standard fields and custom questions against the meeting's form. */
  private async checkAnswers(m: Meeting, input: RegistrantInput): Promise<void> {
    checkRegistrationAnswers(await this.questions<CustomQuestionType>(m), input)
  }

  /** Re-runs a write that lost a race to register the same email (the unique index refused the second insert). */
  private async retryOnConflict<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      return run()
    }
  }

  // ---------------------------------------------------------------- status

  /**
   * approve: pending or denied → approved; deny: pending or approved → denied; cancel: approved → denied (a
   * cancellation). Registrants already in the target state, or not in a state the action applies to, are left
   * as they are. With `occurrenceId`, the registrants must attend that occurrence. Each change emits
   * meeting.registration_approved / _denied / _cancelled (webinar.… for webinars). Approvals that would take a
   * webinar past its own registrant limit are refused together.
   */
  async updateStatus(
    actor: Actor,
    m: Meeting,
    action: 'approve' | 'deny' | 'cancel',
    refs: Array<{ id?: string; email?: string }> | undefined,
    occurrenceId?: string,
  ): Promise<void> {
    if (occurrenceId !== undefined) occurrenceOf(m, occurrenceId)
    if (!refs?.length) throw errors.validation([{ field: 'registrants', message: 'This field is required.' }])
    const targets = new Map<string, Registrant>()
    for (const [i, ref] of refs.entries()) {
      const id = ref.id?.trim()
      const email = ref.email?.trim()
      const key = id || email
      if (!key) throw errors.validation([{ field: `registrants.${i}`, message: 'Invalid field.' }])
      const row = id ? await this.repo.byId(m.account_id, m.id, id) : await this.repo.byEmail(m.account_id, m.id, key)
      if (!row) throw errors.registrantNotFound(key)
      targets.set(row.id, this.hydrate(row))
    }
    // Read once for the whole request: for the occurrence check here, and for every event's occurrences below.
    let chosen: Array<{ registrant_id: string; occurrence_id: string }> | undefined
    if (occurrenceId !== undefined) {
      chosen = await this.repo.occurrences(m.account_id, [...targets.keys()])
      for (const r of targets.values()) {
        if (
          r.all_occurrences !== 1 &&
          !chosen.some((c) => c.registrant_id === r.id && c.occurrence_id === occurrenceId)
        )
          throw errors.registrantNotFound(r.id)
      }
    }
    const rules = rulesOf(m)
    for (const r of targets.values()) {
      if (!this.statusUpdates.take(`${m.account_id}|${m.id}|${r.id}`))
        throw errors.registrantDailyLimit(this.statusUpdates.limit, rules.api.status, r.doc.email)
    }
    const now = this.svc.clock.now()
    const op = await this.meetings.operator(actor)
    const changes = [...targets.values()].flatMap((r) => {
      const next = transition(r, action)
      return next ? [{ r, next }] : []
    })
    const sources = new SourceRefs(this.svc, m)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const limit = rules.approvedLimit(m)
      const approving = changes.filter((c) => c.next.status === 'approved').length
      if (
        limit > 0 &&
        approving > 0 &&
        (await this.repo.countByStatus(m.account_id, m.id, ['approved'], trx)) + approving > limit
      )
        throw rules.approvalLimitReached()
      if (m.type === 8)
        chosen ??= await this.repo.occurrences(
          m.account_id,
          changes.filter((c) => c.r.all_occurrences !== 1).map((c) => c.r.id),
          trx,
        )
      const chosenBy = byRegistrant(chosen ?? [])
      for (const { r, next } of changes) {
        const doc: RegistrantData = { ...r.doc }
        if (action === 'cancel') doc.cancelled = true
        else delete doc.cancelled
        await this.repo.update(
          m.account_id,
          r.id,
          { status: next.status, updated_at: now, data: JSON.stringify(doc) },
          trx,
        )
        const after: Registrant = { ...r, status: next.status, updated_at: now, doc }
        const registrant: Json = {
          id: r.id,
          first_name: doc.first_name,
          ...(doc.last_name ? { last_name: doc.last_name } : {}),
          email: doc.email,
        }
        if (next.event === 'registration_approved') {
          registrant.join_url = await this.joinUrl(m, after)
          if (rules.pinCode) registrant.participant_pin_code = doc.participant_pin_code
        }
        const source = await sources.of(r, trx)
        if (source) registrant.tracking_source = { ...source }
        const occurrences = m.type === 8 ? this.covered(m, after, chosenBy.get(r.id)) : undefined
        await this.svc.events.emit(
          {
            event: kindEvent(m, next.event),
            accountId: m.account_id,
            payload: op,
            object: { ...this.eventMeeting(m, occurrences), registrant },
          },
          trx,
        )
      }
    })
  }

  // ---------------------------------------------------------------- delete

  /** Removes a registration, or with `occurrenceId` only that occurrence from it (the last one removes it all). */
  async remove(m: Meeting, registrantId: string, occurrenceId?: string): Promise<void> {
    const r = await this.get(m, registrantId)
    if (occurrenceId === undefined) {
      await this.svc.db.kysely.transaction().execute((trx) => this.repo.remove(m.account_id, r.id, trx))
      return
    }
    const current = await this.attending(m, r, occurrenceId)
    const remaining = current.filter((id) => id !== occurrenceId)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      if (!remaining.length) return this.repo.remove(m.account_id, r.id, trx)
      await this.repo.setOccurrences(m.account_id, m.id, r.id, remaining, trx)
      await this.repo.update(m.account_id, r.id, { all_occurrences: 0, updated_at: this.svc.clock.now() }, trx)
    })
  }

  /**
   * The occurrences a registration covers, refused unless `occurrenceId` is among them: 400/3000 for an invalid
   * occurrence, 404/3000 when the registrant does not attend it.
   */
  async attending(m: Meeting, r: Registrant, occurrenceId: string): Promise<string[]> {
    occurrenceOf(m, occurrenceId)
    const current =
      r.all_occurrences === 1
        ? this.availableOccurrences(m).map((o) => o.occurrence_id)
        : (await this.repo.occurrences(m.account_id, [r.id])).map((o) => o.occurrence_id)
    if (!current.includes(occurrenceId)) throw errors.registrantNotFound(r.id)
    return current
  }

  // ---------------------------------------------------------------- questions

  /** The meeting's registration form; none configured: no extra fields, no custom questions. */
  async questions<T extends CustomQuestionType = MeetingQuestionType>(
    m: Meeting,
  ): Promise<RegistrationQuestions<NoInfer<T>>> {
    const row = await this.repo.questions(m.account_id, m.id)
    const data = row ? parseJson<RegistrationQuestions<T>>(row.data) : undefined
    return { questions: data?.questions ?? [], custom_questions: data?.custom_questions ?? [] }
  }

  /** Each list given replaces the form's list of that kind; an omitted one stays. */
  async updateQuestions(m: Meeting, input: QuestionsInput): Promise<void> {
    const current = mergeRegistrationQuestions(await this.questions<CustomQuestionType>(m), input)
    await this.repo.saveQuestions(m.account_id, m.id, JSON.stringify(current), this.svc.clock.now())
  }

  // ---------------------------------------------------------------- presentation

  /** A registrant's personal join link: the meeting's join path with a signed token naming the registrant. */
  async joinUrl(m: Meeting, r: Registrant): Promise<string> {
    const tk = await this.meetings.links.sign({ typ: 'registrant', mnum: String(m.id), rid: r.id })
    const pwd = passcodeParam(m)
    return `${this.svc.config.publicUrl}/w/${m.id}?tk=${tk}${pwd ? `&${pwd}` : ''}`
  }

  /** A registrant as Get and List show it: every standard field, empty when not answered. */
  async present(m: Meeting, r: Registrant) {
    const d = r.doc
    return {
      id: r.id,
      first_name: d.first_name,
      last_name: d.last_name ?? '',
      email: d.email,
      address: d.address ?? '',
      city: d.city ?? '',
      country: d.country ?? '',
      zip: d.zip ?? '',
      state: d.state ?? '',
      phone: d.phone ?? '',
      industry: d.industry ?? '',
      org: d.org ?? '',
      job_title: d.job_title ?? '',
      purchasing_time_frame: d.purchasing_time_frame ?? '',
      role_in_purchase_process: d.role_in_purchase_process ?? '',
      no_of_employees: d.no_of_employees ?? '',
      comments: d.comments ?? '',
      custom_questions: d.custom_questions ?? [],
      status: r.status as RegistrantStatus,
      create_time: isoSeconds(r.created_at),
      join_url: await this.joinUrl(m, r),
      participant_pin_code: d.participant_pin_code,
      language: d.language,
    }
  }

  /** The 201 body of Add a meeting registrant. */
  private async presentAdded(m: Meeting, r: Registrant) {
    let start = m.doc.scheduled_start
    let occurrences: Array<{ occurrence_id: string; start_time: string; duration: number; status: string }> | undefined
    if (m.type === 8) {
      const mine = await this.registrantOccurrences(m, r)
      const now = this.svc.clock.now()
      start = (mine.find((o) => o.start + o.duration * MINUTE_MS > now) ?? this.meetings.nextOccurrence(m))?.start
      occurrences = mine.map((o) => ({
        occurrence_id: o.occurrence_id,
        start_time: isoSeconds(o.start),
        duration: o.duration,
        status: o.status,
      }))
    }
    return {
      id: m.id,
      join_url: await this.joinUrl(m, r),
      registrant_id: r.id,
      topic: m.doc.topic,
      start_time: start !== undefined ? isoSeconds(start) : undefined,
      occurrences,
      participant_pin_code: r.doc.participant_pin_code,
    }
  }

  private async emitCreated(
    m: Meeting,
    r: Registrant,
    occurrenceIds: string[] | undefined,
    trx: Kysely<Database>,
  ): Promise<void> {
    const d = r.doc
    const registrant: Json = {
      id: r.id,
      first_name: d.first_name,
      ...(d.last_name ? { last_name: d.last_name } : {}),
      email: d.email,
    }
    for (const f of [
      'address',
      'city',
      'country',
      'zip',
      'state',
      'phone',
      'industry',
      'org',
      'job_title',
      'purchasing_time_frame',
      'role_in_purchase_process',
      'no_of_employees',
      'comments',
    ] as const) {
      if (d[f] !== undefined) registrant[f] = d[f]
    }
    if (d.custom_questions.length) registrant.custom_questions = d.custom_questions
    registrant.status = r.status
    registrant.join_url = await this.joinUrl(m, r)
    if (rulesOf(m).pinCode) registrant.participant_pin_code = d.participant_pin_code
    const source = await new SourceRefs(this.svc, m).of(r, trx)
    if (source) registrant.tracking_source = { ...source }
    const occurrences =
      m.type === 8
        ? this.availableOccurrences(m).filter((o) => !occurrenceIds || occurrenceIds.includes(o.occurrence_id))
        : undefined
    await this.svc.events.emit(
      {
        event: kindEvent(m, 'registration_created'),
        accountId: m.account_id,
        object: { ...this.eventMeeting(m, occurrences), registrant },
      },
      trx,
    )
  }

  /** The meeting part of a registration event's object. */
  private eventMeeting(m: Meeting, occurrences: StoredOccurrence[] | undefined) {
    const now = this.svc.clock.now()
    // A series registration names its own first occurrence that is not over, not the meeting's next one.
    const first =
      m.type === 8 ? (occurrences?.find((o) => o.start + o.duration * MINUTE_MS > now) ?? occurrences?.[0]) : undefined
    return {
      ...this.meetings.eventBase(m, first?.start),
      ...(m.type === 8 && occurrences
        ? { occurrences: occurrences.map((o) => ({ occurrence_id: o.occurrence_id, start_time: isoSeconds(o.start) })) }
        : {}),
    }
  }

  /** The occurrences a registration covers, in time order. */
  private async registrantOccurrences(m: Meeting, r: Registrant): Promise<StoredOccurrence[]> {
    if (r.all_occurrences === 1) return this.availableOccurrences(m)
    return this.covered(m, r, new Set((await this.repo.occurrences(m.account_id, [r.id])).map((o) => o.occurrence_id)))
  }

  /** `registrantOccurrences` from the ids of the occurrences the registrant chose, already read. */
  private covered(m: Meeting, r: Registrant, chosen: ReadonlySet<string> | undefined): StoredOccurrence[] {
    const available = this.availableOccurrences(m)
    return r.all_occurrences === 1 ? available : available.filter((o) => chosen?.has(o.occurrence_id))
  }

  private availableOccurrences(m: Meeting): StoredOccurrence[] {
    return (m.doc.occurrences ?? []).filter((o) => o.status === 'available')
  }
}

/** The tracking sources of one request's registration events, each read once. */
class SourceRefs {
  private known = new Map<string, TrackingSourceRef | undefined>()

  constructor(
    private svc: Services,
    private m: Meeting,
  ) {}

  async of(r: Registrant, trx: Kysely<Database>): Promise<TrackingSourceRef | undefined> {
    const id = r.source_id
    if (!id) return undefined
    if (!this.known.has(id)) this.known.set(id, await this.svc.use(TrackingSourceService).eventRef(this.m, id, trx))
    return this.known.get(id)
  }
}

/**
 * Required standard fields (400/300 listing each) and custom questions (400/300) checked against a registration
 * form: meetings, webinars and on-demand recordings ask the same way.
 */
export function checkRegistrationAnswers(
  form: RegistrationQuestions<CustomQuestionType>,
  input: RegistrantInput,
): void {
  const missing: FieldError[] = []
  for (const q of form.questions) {
    const v = input[q.field_name]
    if (q.required && (v === undefined || v.trim() === ''))
      missing.push({ field: q.field_name, message: 'This field is required.' })
  }
  if (missing.length) throw errors.validation(missing)
  const given = input.custom_questions ?? []
  if (given.some((a) => (a.value ?? '').length > MAX_ANSWER_LENGTH)) throw errors.invalidParameter('custom_questions')
  for (const q of form.custom_questions) {
    const value = (given.find((a) => a.title === q.title)?.value ?? '').trim()
    if (!value) {
      if (q.required) throw errors.customQuestionRequired(q.title)
      continue
    }
    if (q.type.startsWith('single') && !q.answers.includes(value)) throw errors.invalidParameter('custom_questions')
  }
}

/** A form with each list given replacing the form's list of that kind (an omitted one stays); 400/300 on a bad entry. */
export function mergeRegistrationQuestions(
  current: RegistrationQuestions<CustomQuestionType>,
  input: QuestionsInput,
): RegistrationQuestions<CustomQuestionType> {
  const problems: FieldError[] = []
  if (input.questions) {
    const byField = new Map<RegistrationField, boolean>()
    for (const [i, q] of input.questions.entries()) {
      if (!q.field_name || !(REGISTRATION_FIELDS as readonly string[]).includes(q.field_name)) {
        problems.push({ field: `questions.${i}.field_name`, message: 'This field is required.' })
        continue
      }
      byField.set(q.field_name as RegistrationField, q.required ?? false)
    }
    current.questions = [...byField].map(([field_name, required]) => ({ field_name, required }))
  }
  if (input.custom_questions) {
    current.custom_questions = []
    for (const [i, q] of input.custom_questions.entries()) {
      const title = q.title?.trim()
      if (!title) {
        problems.push({ field: `custom_questions.${i}.title`, message: 'This field is required.' })
        continue
      }
      const type = q.type ?? 'short'
      const answers = type === 'short' ? [] : [...new Set((q.answers ?? []).filter((a) => a.trim() !== ''))]
      if (type !== 'short' && !answers.length)
        problems.push({ field: `custom_questions.${i}.answers`, message: 'This field is required.' })
      current.custom_questions.push({ title, type, required: q.required ?? false, answers })
    }
  }
  if (problems.length) throw errors.validation(problems)
  return current
}

/** The standard answers given, without empty members. */
export function registrationAnswers(input: RegistrantInput): Partial<RegistrantData> {
  const out: Partial<RegistrantData> = {}
  for (const f of REGISTRATION_FIELDS) {
    const v = input[f]
    if (v !== undefined) out[f] = v
  }
  return out
}

/** Chosen-occurrence rows of several registrants, grouped by registrant. */
function byRegistrant(rows: Array<{ registrant_id: string; occurrence_id: string }>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const row of rows) {
    const ids = out.get(row.registrant_id) ?? new Set<string>()
    ids.add(row.occurrence_id)
    out.set(row.registrant_id, ids)
  }
  return out
}

function transition(
  r: Registrant,
  action: 'approve' | 'deny' | 'cancel',
):
  | {
      status: RegistrantStatus
      event: 'registration_approved' | 'registration_denied' | 'registration_cancelled'
    }
  | undefined {
  if (action === 'approve' && r.status !== 'approved') return { status: 'approved', event: 'registration_approved' }
  if (action === 'deny' && r.status !== 'denied') return { status: 'denied', event: 'registration_denied' }
  if (action === 'cancel' && r.status === 'approved') return { status: 'denied', event: 'registration_cancelled' }
  return undefined
}
