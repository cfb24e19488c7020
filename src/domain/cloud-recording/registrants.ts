import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { RecordingRegistrantBody } from '../../schemas/cloud-recording/registrants.js'
import type { Services } from '../../services.js'
import { RecordingRegistrantsRepo, type RecordingRegistrantRow } from '../../store/recording-registrants.repo.js'
import type { Database } from '../../store/tables.js'
import { isUniqueViolation } from '../../store/unique.js'
import { DailyCounter } from '../../util/daily-counter.js'
import { zoomId } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { isoSeconds } from '../../util/time.js'
import type { Actor } from '../actor.js'
import { MeetingService } from '../meetings/meeting.service.js'
import {
  checkRegistrationAnswers,
  mergeRegistrationQuestions,
  registrationAnswers,
  type QuestionsInput,
  type RegistrantData,
  type RegistrantStatus,
  type RegistrationQuestions,
} from '../meetings/registrants.js'
import { paginate, type PageQuery } from '../paging.js'
import { REGISTRATION_FIELDS, type RegistrationField } from '../registration-fields.js'
import type { Recording } from './model.js'
import type { Viewer } from './plays.js'
import { CloudRecordings } from './recordings.service.js'

/** Zoom's budget of status changes per recording registrant and UTC day (only while rate limits are on). */
const STATUS_UPDATES_PER_DAY = 10
const STATUS_API = "cloud recording Update registrant's status"

/** What a recording registrant answered, kept in `data`: the answers a meeting registrant gives. */
export type RecordingRegistrantData = Pick<
  RegistrantData,
  'email' | 'first_name' | 'custom_questions' | RegistrationField
>

export type RecordingRegistrant = Omit<RecordingRegistrantRow, 'data'> & { doc: RecordingRegistrantData }

export type RecordingRegistrantInput = Static<typeof RecordingRegistrantBody>

function hydrate(row: RecordingRegistrantRow): RecordingRegistrant {
  const { data, ...rest } = row
  return {
    ...rest,
    meeting_id: Number(row.meeting_id),
    created_at: Number(row.created_at),
    doc: parseJson<RecordingRegistrantData>(data),
  }
}

/**
 * Registration to view on-demand recordings. Registrants belong to the meeting number (every recording of the
 * meeting shares them); whether one may register, and how the registration is approved, is the recording's
 * setting; the form (questions) is kept with the recording.
 */
export class RecordingRegistrants {
  readonly repo: RecordingRegistrantsRepo
  private statusUpdates: DailyCounter

  constructor(private svc: Services) {
    this.repo = new RecordingRegistrantsRepo(svc.db.kysely)
    this.statusUpdates = new DailyCounter(svc.clock, STATUS_UPDATES_PER_DAY, () => svc.rateLimiter.enabled)
  }

  // ---------------------------------------------------------------- questions

  /** The recording's registration form; none set: no extra fields, no custom questions. */
  questions(r: Recording): RegistrationQuestions {
    const form = (r.doc.questions ?? {}) as Partial<RegistrationQuestions>
    return { questions: form.questions ?? [], custom_questions: form.custom_questions ?? [] }
  }

  /** Each list given replaces the form's list of that kind; an omitted one stays. */
  async updateQuestions(given: Recording, input: QuestionsInput): Promise<void> {
    const recordings = this.svc.use(CloudRecordings)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const r = await recordings.locked(given, trx)
      r.doc = { ...r.doc, questions: mergeRegistrationQuestions(this.questions(r), input) }
      await recordings.saveDoc(r, trx)
    })
  }

  // ---------------------------------------------------------------- list

  async list(r: Recording, query: PageQuery & { status?: RegistrantStatus }) {
    const status = query.status ?? 'approved'
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(r.account_id, r.meeting_id, status),
      query,
      `recording-registrants|${r.account_id}|${r.meeting_id}|${status}`,
    )
    return { ...page, items: page.items.map((row) => present(hydrate(row))) }
  }

  // ---------------------------------------------------------------- register

  /**
   * Registers one person to view the recording: refused (404/404) unless the recording is on demand. Answers
   * are checked against the recording's form. An email already registered gets its registration back as it
   * stands; a new one is approved (approval type 0) or pending (1) and emits recording.registration_created.
   */
  async register(r: Recording, input: RecordingRegistrantInput) {
    const s = r.doc.settings
    if (!s.on_demand || s.approval_type === 2) throw errors.recordingRegistrationNotEnabled(r.meeting_id)
    checkRegistrationAnswers(this.questions(r), input)
    const email = input.email.trim()
    const status: RegistrantStatus = s.approval_type === 0 ? 'approved' : 'pending'
    const write = () =>
      this.svc.db.kysely.transaction().execute(async (trx) => {
        const existing = await this.repo.byEmail(r.account_id, r.meeting_id, email, trx)
        if (existing) return hydrate(existing)
        const doc: RecordingRegistrantData = {
          ...registrationAnswers(input),
          email,
          first_name: input.first_name,
          custom_questions: (input.custom_questions ?? []).flatMap((q) =>
            q.title !== undefined ? [{ title: q.title, value: q.value ?? '' }] : [],
          ),
        }
        const row = {
          id: zoomId(),
          account_id: r.account_id,
          meeting_id: r.meeting_id,
          email: email.toLowerCase(),
          status,
          created_at: this.svc.clock.now(),
        }
        await this.repo.insert({ ...row, data: JSON.stringify(doc) }, trx)
        const added: RecordingRegistrant = { ...row, seq: 0, doc }
        await this.emit(r, 'recording.registration_created', { ...present(added) }, undefined, trx)
        return added
      })
    let added: RecordingRegistrant
    try {
      added = await write()
    } catch (err) {
      // Another request registered the same email first: this one answers with that registration.
      if (!isUniqueViolation(err)) throw err
      added = await write()
    }
    return {
      id: r.meeting_id,
      registrant_id: added.id,
      share_url: await this.shareUrl(r, added),
      topic: r.doc.topic,
    }
  }

  /** The recording's share link carrying a token that names the registrant. */
  async shareUrl(r: Recording, reg: RecordingRegistrant): Promise<string> {
    const tk = await this.svc
      .use(MeetingService)
      .links.sign({ typ: 'rec_registrant', aid: r.account_id, mnum: String(r.meeting_id), rid: reg.id })
    return `${this.svc.use(CloudRecordings).urls.base}/rec/share/${r.doc.share_token}?tk=${tk}`
  }

  /** The approved registrant a share link's `tk` names for this recording's meeting, as a viewer; else undefined. */
  async viewerOf(r: Recording, tk: string | undefined): Promise<Viewer | undefined> {
    if (!tk) return undefined
    const claims = await this.svc.use(MeetingService).links.verify(tk)
    if (!claims || claims.typ !== 'rec_registrant' || claims.aid !== r.account_id) return undefined
    if (claims.mnum !== String(r.meeting_id) || typeof claims.rid !== 'string') return undefined
    const row = await this.repo.byId(r.account_id, r.meeting_id, claims.rid)
    if (!row || row.status !== 'approved') return undefined
    const data = JSON.parse(row.data) as { first_name?: string; last_name?: string }
    return { name: [data.first_name, data.last_name].filter(Boolean).join(' ') || row.email, email: row.email }
  }

  // ---------------------------------------------------------------- status

  /**
   * approve: pending or denied → approved; deny: pending or approved → denied; registrants already there are
   * left alone. Every registrant must exist (404/3000) and may change status a limited number of times a day
   * (429). Each change emits recording.registration_approved / _denied.
   */
  async updateStatus(
    actor: Actor,
    r: Recording,
    action: 'approve' | 'deny',
    refs: Array<{ id?: string }> | undefined,
  ): Promise<void> {
    if (!refs?.length) throw errors.validation([{ field: 'registrants', message: 'This field is required.' }])
    const targets = new Map<string, RecordingRegistrant>()
    for (const [i, ref] of refs.entries()) {
      const id = ref.id?.trim()
      if (!id) throw errors.validation([{ field: `registrants.${i}.id`, message: 'This field is required.' }])
      const row = await this.repo.byId(r.account_id, r.meeting_id, id)
      if (!row) throw errors.registrantNotFound(id)
      targets.set(row.id, hydrate(row))
    }
    for (const reg of targets.values())
      if (!this.statusUpdates.take(`${r.account_id}|${r.meeting_id}|${reg.id}`))
        throw errors.registrantDailyLimit(this.statusUpdates.limit, STATUS_API, reg.doc.email)
    const status: RegistrantStatus = action === 'approve' ? 'approved' : 'denied'
    const changing = [...targets.values()].filter((reg) => reg.status !== status)
    if (!changing.length) return
    const op = await this.svc.use(MeetingService).operator(actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      for (const reg of changing) {
        await this.repo.update(r.account_id, reg.id, { status }, trx)
        const d = reg.doc
        const registrant = { id: reg.id, email: d.email, first_name: d.first_name, last_name: d.last_name ?? '' }
        const event = action === 'approve' ? 'recording.registration_approved' : 'recording.registration_denied'
        await this.emit(r, event, registrant, op, trx)
      }
    })
  }

  private async emit(
    r: Recording,
    event: 'recording.registration_created' | 'recording.registration_approved' | 'recording.registration_denied',
    registrant: Json,
    payload: Record<string, unknown> | undefined,
    trx: Kysely<Database>,
  ): Promise<void> {
    await this.svc.events.emit(
      {
        event,
        accountId: r.account_id,
        payload,
        object: {
          id: r.meeting_id,
          uuid: r.uuid,
          host_id: r.host_id,
          topic: r.doc.topic,
          type: r.doc.type,
          start_time: isoSeconds(r.start_time),
          timezone: r.doc.timezone,
          duration: r.doc.duration,
          registrant,
        },
      },
      trx,
    )
  }
}

/** A registrant as List recording registrants shows it: every standard field, empty when not answered. */
function present(reg: RecordingRegistrant) {
  const d = reg.doc
  const fields: Record<string, string> = {}
  for (const f of REGISTRATION_FIELDS) fields[f] = d[f] ?? ''
  return {
    id: reg.id,
    first_name: d.first_name,
    email: d.email,
    ...fields,
    custom_questions: d.custom_questions,
    status: reg.status as RegistrantStatus,
  }
}
