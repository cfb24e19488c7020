import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { randomBytes, randomUUID } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { MeetingChatRepo } from '../../store/meeting-chat.repo.js'
import { MeetingInstancesRepo } from '../../store/meeting-instances.repo.js'
import { RecordingsRepo } from '../../store/recordings.repo.js'
import type { Database } from '../../store/tables.js'
import { granularForms } from '../../catalog/granular-scopes.js'
import { isoSeconds } from '../../util/time.js'
import { Ticker } from '../../util/ticker.js'
import type { Actor } from '../actor.js'
import type { TokenInfo } from '../auth/token.service.js'
import { getAccountSettings } from '../accounts/settings.js'
import { MeetingInstances } from '../meetings/instances.js'
import { publicType } from '../meetings/kinds.js'
import { DAY_MS } from '../meetings/meeting.model.js'
import { decodeUuid, MeetingService } from '../meetings/meeting.service.js'
import { hydrateSession, type Instance } from '../meetings/participants.js'
import { UsersRepo } from '../../store/users.repo.js'
import type { Span } from './content.js'
import {
  fileBody,
  isFileType,
  planFiles,
  planTranscripts,
  planVoices,
  presenceSpans,
  type FileBody,
  type PlannedFile,
  type RecordingSource,
} from './files.js'
import type { Viewer } from './plays.js'
import { RecordingRegistrants } from './registrants.js'
import { dateWindow, RECORDING_WINDOW, windowedPage } from '../date-window.js'
import { paginate, type PageQuery } from '../paging.js'
import {
  autoDeleteAt,
  autoDeleteDate,
  hydrateFile,
  hydrateRecording,
  isVoice,
  presentFile,
  presentVoice,
  presentRecording,
  type Recording,
  type RecordingData,
  type RecordingFile,
  type RecordingSettings,
  type RecordingUrls,
} from './model.js'

/** Trashed files are kept this long, then removed for good. */
export const TRASH_KEEP_MS = 30 * DAY_MS
/**
 * A download token lives a day: the webhook `download_token` always (Zoom's documented lifetime), and a
 * `download_access_token` unless `ttl` says otherwise.
 */
export const DOWNLOAD_TOKEN_TTL_S = 24 * 3600

/** What the recording lists filter on. */
export interface RecordingListFilter extends PageQuery {
  from?: string
  to?: string
  meeting_id?: number
  trash?: boolean
  trash_type?: 'meeting_recordings' | 'recording_file'
}
const SWEEP_BATCH = 50
const SWEEP_MS = 1000

/**
 * Cloud recordings: a recording starts processing when its meeting ends, and when the server clock passes its
 * ready time its files are made (recording.completed), then its transcript (recording.transcript_completed).
 * Trashed files are removed 30 days later. Every step claims its row first, so one process of several on a
 * database takes it; reads settle what is due first, so a moved clock shows at once.
 */
export class CloudRecordings {
  readonly repo: RecordingsRepo
  private readonly ticker = new Ticker()
  private log?: FastifyBaseLogger
  /** Other work the clock brings (archives), run by every sweep after the recordings' own. */
  private readonly steps: Array<(now: number, accountId?: string) => Promise<void>> = []

  constructor(private svc: Services) {
    this.repo = new RecordingsRepo(svc.db.kysely)
    svc.use(MeetingInstances).onClosed((instance, db) => this.capture(instance, db))
  }

  get urls(): RecordingUrls {
    return { base: this.svc.config.publicUrl }
  }

  /** Runs the sweep every second of real time until stopped; a sweep that fails outside its guarded steps is logged. */
  start(log?: FastifyBaseLogger): void {
    this.log = log
    this.ticker.start(
      SWEEP_MS,
      () => this.pass(),
      (err) => log?.error({ err }, 'cloud recording sweep failed'),
    )
  }

  stop(): Promise<void> {
    return this.ticker.stop()
  }

  // ---------------------------------------------------------------- the meeting ends

  /** A meeting with recorded stretches ended: its recording starts processing. */
  private async capture(instance: Instance, db: Kysely<Database>): Promise<void> {
    const sets = recordedSets(instance)
    if (!sets.length) return
    const account = await getAccountSettings(this.svc, instance.account_id, db)
    const rec = account.recording as Record<string, unknown> | undefined
    const end = instance.end_time ?? this.svc.clock.now()
    const delay = this.svc.config.recordingProcessingSeconds * 1000
    const autoDelete = rec?.auto_delete_cmr === true
    const doc: RecordingData = {
      topic: instance.topic,
      type: publicType(instance),
      timezone: instance.doc.timezone,
      duration: instance.doc.scheduled_duration,
      sets,
      share_token: `${Buffer.from(instance.uuid).toString('base64url')}.${randomBytes(12).toString('base64url')}`,
      play_passcode: randomBytes(24).toString('base64url').slice(0, 32),
      settings: {
        share_recording: 'publicly',
        recording_authentication: false,
        authentication_option: '',
        authentication_domains: '',
        authentication_name: '',
        viewer_download: true,
        // Zoom accounts require a passcode on shared cloud recordings unless an admin turns it off.
        password: recordingPassword(),
        on_demand: false,
        approval_type: 2,
        send_email_to_host: true,
        show_social_share_buttons: true,
        auto_delete: autoDelete,
        auto_delete_date: autoDelete ? autoDeleteDate(end, Number(rec?.auto_delete_cmr_days ?? 30)) : '',
      },
      files: {
        video: rec?.record_speaker_view !== false,
        audio: rec?.record_audio_file !== false,
        chat: rec?.save_chat_text !== false,
        cc: rec?.save_close_caption === true,
        transcript: rec?.recording_audio_transcript === true,
        participant_audio: rec?.record_audio_file_each_participant === true,
      },
    }
    await this.repo.insert(
      {
        uuid: instance.uuid,
        account_id: instance.account_id,
        meeting_id: instance.meeting_id,
        host_id: instance.host_id,
        kind: instance.kind,
        start_time: instance.start_time,
        status: 'processing',
        ready_at: end + delay,
        transcript_at: null,
        auto_delete_at: autoDeleteAt(doc.settings),
        total_size: 0,
        recording_count: 0,
        data: JSON.stringify(doc),
      },
      db,
    )
  }

  // ---------------------------------------------------------------- what the clock brings

  /** Adds work to every sweep: it gets the server time and, when the sweep is one account's, that account. */
  onSweep(step: (now: number, accountId?: string) => Promise<void>): void {
    this.steps.push(step)
  }

  /** Completes due recordings and transcripts and empties expired trash; of one account, or all. */
  sweep(accountId?: string): Promise<void> {
    return this.ticker.run(() => this.pass(accountId))
  }

  private async pass(accountId?: string): Promise<void> {
    const now = this.svc.clock.now()
    for (const row of await this.repo.dueProcessing(now, SWEEP_BATCH, accountId))
      await this.guard(row.uuid, () => this.complete(row.uuid))
    for (const row of await this.repo.dueTranscripts(now, SWEEP_BATCH, accountId))
      await this.guard(row.uuid, () => this.transcribe(row.uuid))
    for (const row of await this.repo.dueAutoDelete(now, SWEEP_BATCH, accountId))
      await this.guard(row.uuid, () => this.autoDelete(row.uuid))
    if (!accountId) await this.guard('trash', () => this.purge(now))
    for (const step of this.steps) await this.guard('extension', () => step(now, accountId))
  }

  /** One step of a sweep: a failure is logged and the sweep goes on, so one bad row holds up no other. */
  private async guard(what: string, step: () => Promise<void>): Promise<void> {
    try {
      await step()
    } catch (err) {
      this.log?.error({ err, recording: what }, 'cloud recording sweep step failed')
    }
  }

  /** What a recording's files are generated from. */
  async source(
    r: { account_id: string; uuid: string },
    db: Kysely<Database> = this.svc.db.kysely,
  ): Promise<RecordingSource> {
    const sessions = (await new MeetingInstancesRepo(db).sessions(r.account_id, r.uuid, db)).map(hydrateSession)
    const chat = (await new MeetingChatRepo(db).messages(r.account_id, r.uuid, db)).map((m) => ({
      sender_name: m.sender_name,
      recipient: m.recipient,
      message: m.message,
      sent_at: Number(m.sent_at),
    }))
    return { uuid: r.uuid, sessions, chat }
  }

  private async complete(uuid: string): Promise<void> {
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const row = await this.repo.byUuid(uuid, trx)
      if (!row || row.status !== 'processing') return
      const r = hydrateRecording(row)
      const source = await this.source(r, trx)
      const voices = planVoices(r.doc, source).map(({ file, voice }) => ({ row: this.row(r, file), voice }))
      const voiceRows = voices.map((v) => v.row)
      const files = [...this.rows(r, planFiles(r.doc, source)), ...voiceRows]
      if (voiceRows.length) r.doc.voices = Object.fromEntries(voices.map((v) => [v.row.id, v.voice]))
      const total = files.reduce((n, f) => n + f.file_size, 0)
      const transcriptAt = r.doc.files.transcript
        ? r.ready_at + this.svc.config.recordingProcessingSeconds * 1000
        : null
      const claimed = await this.repo.claim(
        uuid,
        { status: 'processing' },
        {
          status: 'completed',
          total_size: total,
          recording_count: files.length,
          transcript_at: transcriptAt,
          ...(voiceRows.length ? { data: JSON.stringify(r.doc) } : {}),
        },
        trx,
      )
      if (!claimed) return
      await this.repo.insertFiles(files, trx)
      const done = { ...r, status: 'completed', total_size: total, recording_count: files.length }
      await this.announce('recording.completed', done, files.map(hydrateFile), trx)
    })
  }

  private async transcribe(uuid: string): Promise<void> {
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const row = await this.repo.byUuid(uuid, trx)
      if (!row || row.transcript_at === null) return
      const r = hydrateRecording(row)
      const planned = planTranscripts(r.doc, await this.source(r, trx))
      const claimed = await this.repo.claim(
        uuid,
        { status: 'completed', transcript: true },
        { transcript_at: null },
        trx,
      )
      if (!claimed) return
      // A recording moved to the trash as a whole gets its transcript there too, to come back with it.
      const existing = await this.files(r, trx)
      const whole = existing.every((f) => f.trash_type === 'meeting_recordings') ? existing[0] : undefined
      const files = this.rows(r, planned, whole?.trashed_at ?? null)
      await this.repo.insertFiles(files, trx)
      const all = await this.refreshTotals(r.account_id, uuid, trx)
      await this.announce(
        'recording.transcript_completed',
        { ...r, total_size: all.total, recording_count: all.count },
        files.map(hydrateFile),
        trx,
      )
    })
  }

  /** Auto-delete's day has come: the recording's files go to the trash (recording.trashed), as a meeting's. */
  private async autoDelete(uuid: string): Promise<void> {
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const row = await this.repo.byUuid(uuid, trx)
      if (!row || row.auto_delete_at === null || row.status !== 'completed') return
      const r = hydrateRecording(row)
      // Done once: a recording recovered from the trash afterwards stays out of it.
      r.doc.settings = { ...r.doc.settings, auto_delete: false, auto_delete_date: '' }
      const claimed = await this.repo.claim(
        uuid,
        { status: 'completed', autoDelete: true },
        { auto_delete_at: null, data: JSON.stringify(r.doc) },
        trx,
      )
      if (!claimed) return
      const files = (await this.files(r, trx)).filter((f) => f.trashed_at === null)
      if (!files.length) return
      const now = this.svc.clock.now()
      await this.repo.setTrash(
        r.account_id,
        files.map((f) => f.id),
        { at: now, type: 'meeting_recordings' },
        trx,
      )
      const totals = await this.refreshTotals(r.account_id, uuid, trx)
      await this.announce(
        'recording.trashed',
        { ...r, total_size: totals.total, recording_count: totals.count },
        files,
        trx,
      )
    })
  }

  /** Removes, for good, files trashed more than 30 days ago; a recording left without files goes with them. */
  private async purge(now: number): Promise<void> {
    const expired = await this.repo.expiredTrash(now - TRASH_KEEP_MS, SWEEP_BATCH * 10)
    const byRecording = new Map<string, { account: string; ids: string[] }>()
    for (const f of expired) {
      const entry = byRecording.get(f.recording_uuid) ?? { account: f.account_id, ids: [] }
      entry.ids.push(f.id)
      byRecording.set(f.recording_uuid, entry)
    }
    for (const [uuid, { account, ids }] of byRecording)
      await this.svc.db.kysely.transaction().execute(async (trx) => {
        await this.repo.deleteFiles(account, ids, trx)
        await this.refreshTotals(account, uuid, trx)
      })
  }

  /** Rows for planned files of a recording; `trashedAt` puts them in the trash with the rest of the meeting. */
  private rows(r: Recording, planned: PlannedFile[], trashedAt: number | null = null) {
    return planned.map((p) => this.row(r, p, trashedAt))
  }

  private row(r: Recording, p: PlannedFile, trashedAt: number | null = null) {
    return {
      ...p,
      id: randomUUID(),
      account_id: r.account_id,
      recording_uuid: r.uuid,
      source: 'cloud',
      file_token: randomBytes(24).toString('base64url'),
      trashed_at: trashedAt,
      trash_type: trashedAt === null ? null : 'meeting_recordings',
    }
  }

  /**
   * Recounts a recording's files out of the trash into its totals; a recording with no file left at all is
   * removed. Returns the totals.
   */
  async refreshTotals(
    accountId: string,
    uuid: string,
    db: Kysely<Database>,
  ): Promise<{ total: number; count: number }> {
    const files = (await this.repo.files(accountId, uuid, db)).map(hydrateFile)
    const live = files.filter((f) => f.trashed_at === null)
    const totals = { total: live.reduce((n, f) => n + f.file_size, 0), count: live.length }
    const row = await this.repo.recording(accountId, uuid, db)
    if (row && row.status === 'completed' && !files.length && row.transcript_at === null)
      await this.repo.remove(accountId, uuid, db)
    else await this.repo.update(accountId, uuid, { total_size: totals.total, recording_count: totals.count }, db)
    return totals
  }

  /** Emits a recording event with the recording and the files given, and a download token for them. */
  async announce(
    event:
      | 'recording.completed'
      | 'recording.transcript_completed'
      | 'recording.trashed'
      | 'recording.deleted'
      | 'recording.recovered',
    r: Recording,
    files: RecordingFile[],
    db: Kysely<Database>,
    payload?: Record<string, unknown>,
  ): Promise<void> {
    const host = await new UsersRepo(db).emailAndData(r.account_id, r.host_id)
    const shown = presentRecording(r, r.account_id, files, this.urls)
    const webhookUrl = (f: RecordingFile) =>
      `${this.urls.base}/rec/webhook_download/${f.file_token}/${r.doc.share_token.slice(0, 16)}`
    const token = await this.downloadToken(r.account_id, r.uuid, DOWNLOAD_TOKEN_TTL_S)
    await this.svc.events.emit(
      {
        event,
        accountId: r.account_id,
        payload,
        extra: { download_token: token },
        object: {
          ...shown,
          password: r.doc.settings.password,
          host_email: host?.email ?? '',
          recording_files: files
            .filter((f) => !isVoice(f))
            .map((f) => ({ ...presentFile(f, this.urls, r.uuid), download_url: webhookUrl(f) })),
          participant_audio_files: shown.participant_audio_files
            ? files.filter(isVoice).map((f) => ({ ...presentVoice(f, r, this.urls), download_url: webhookUrl(f) }))
            : undefined,
        },
      },
      db,
    )
  }

  // ---------------------------------------------------------------- lookups

  /** 400/200 when the account does not record to the cloud. */
  async requireCloudRecording(accountId: string): Promise<void> {
    const settings = await getAccountSettings(this.svc, accountId)
    if (settings.recording?.cloud_recording === false) throw errors.recordingNoPermission()
  }

  /**
   * The recording a meeting path names: a meeting (webinar) number's latest recording, or the one of an instance
   * UUID (single or double URL-encoded); 404/3301 when there is none the caller may see.
   */
  async resolve(actor: Actor, meetingId: string): Promise<Recording> {
    await this.requireCloudRecording(actor.accountId)
    await this.sweep(actor.accountId)
    const key = String(meetingId).trim()
    const row = /^\d{1,16}$/.test(key)
      ? await this.repo.latest(actor.accountId, Number(key))
      : key
        ? await this.repo.recording(actor.accountId, decodeUuid(key))
        : undefined
    if (!row) throw errors.recordingNotFound()
    const r = hydrateRecording(row)
    if (!actor.accountWide && r.host_id !== actor.userId) throw errors.recordingNotFound()
    return r
  }

  /**
   * A page of the recording lists, in the order the recordings were made: the account's (or one host's) recordings
   * that started in the request's window, or, with `trash`, those holding files in the trash of that type (Zoom
   * does not filter the trash by date; the window is still checked and echoed). A token that is not account-wide
   * sees only its own user's recordings. Callers check the account's cloud recording first.
   */
  async list(actor: Actor, hostId: string | undefined, query: RecordingListFilter) {
    const trash = query.trash ? (query.trash_type ?? 'meeting_recordings') : undefined
    // The trash is not filtered by date, so its window is not held to the last six months either.
    const rules = trash ? { ...RECORDING_WINDOW, tooOld: undefined } : RECORDING_WINDOW
    const window = dateWindow(this.svc.clock.now(), query, rules)
    await this.sweep(actor.accountId)
    // A user-level token without a user sees nobody's: '' is no host id.
    const host = actor.accountWide ? hostId : (actor.userId ?? '')
    const base = this.repo.listQuery(actor.accountId, {
      hostId: host,
      meetingId: query.meeting_id,
      trash,
      ...(trash ? {} : { from: window.start, to: window.end }),
    })
    const key = `recordings|${actor.accountId}|${host ?? '*'}|${trash ?? window.from + '..' + window.to}|${query.meeting_id ?? ''}`
    const page = await paginate(this.svc.pages, base, query, key)
    const rows = page.items.map(hydrateRecording)
    const uuids = rows.map((r) => r.uuid)
    const files = (await this.repo.filesOf(actor.accountId, uuids)).map(hydrateFile)
    const shown = (f: RecordingFile) =>
      trash ? f.trashed_at !== null && f.trash_type === trash : f.trashed_at === null
    return {
      ...windowedPage(window, page),
      meetings: rows.map((r) =>
        presentRecording(
          r,
          actor.accountId,
          files.filter((f) => f.recording_uuid === r.uuid && shown(f)),
          this.urls,
          trash !== undefined,
        ),
      ),
    }
  }

  async files(r: Recording, db?: Kysely<Database>): Promise<RecordingFile[]> {
    return (await this.repo.files(r.account_id, r.uuid, db)).map(hydrateFile)
  }

  /** The recording as stored now, held until the transaction ends (PostgreSQL); 404/3301 when it is gone. */
  async locked(r: Recording, trx: Kysely<Database>): Promise<Recording> {
    // SQLite runs one write transaction at a time already; PostgreSQL needs the row lock.
    const row = await this.repo.recording(r.account_id, r.uuid, trx, this.svc.db.dialect === 'postgres')
    if (!row) throw errors.recordingNotFound()
    return hydrateRecording(row)
  }

  async saveDoc(r: Recording, db?: Kysely<Database>): Promise<void> {
    await this.repo.update(
      r.account_id,
      r.uuid,
      { data: JSON.stringify(r.doc), auto_delete_at: autoDeleteAt(r.doc.settings) },
      db,
    )
  }

  // ---------------------------------------------------------------- download tokens

  /**
   * A token that downloads the files of one recording (`rec`), or of one archive (`arc`), until it expires: the
   * two never open each other's files.
   */
  downloadToken(accountId: string, uuid: string, ttlSeconds: number, kind: DownloadKind = 'rec'): Promise<string> {
    const exp = Math.floor(this.svc.clock.now() / 1000) + ttlSeconds
    return this.svc.use(MeetingService).links.sign({ typ: kind, aid: accountId, mid: uuid, exp })
  }

  /** Whether `token` is a download token of this server for the recording (or archive). */
  async downloadTokenGrants(token: string, owner: DownloadOwner, kind: DownloadKind): Promise<boolean> {
    const claims = await this.svc.use(MeetingService).links.verify(token)
    return !!claims && claims.typ === kind && claims.aid === owner.account_id && claims.mid === owner.uuid
  }

  // ---------------------------------------------------------------- serving files

  /** The file a play or download URL names, with its recording; undefined when there is none (or it is trashed). */
  async fileForToken(token: string): Promise<{ recording: Recording; file: RecordingFile } | undefined> {
    const row = await this.repo.fileByToken(token)
    if (!row || row.source !== 'cloud' || row.trashed_at !== null) return undefined
    const rec = await this.repo.recording(row.account_id, row.recording_uuid)
    return rec ? { recording: hydrateRecording(rec), file: hydrateFile(row) } : undefined
  }

  /** The recording a share URL names. */
  async byShareToken(token: string): Promise<Recording | undefined> {
    const uuid = Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()
    const row = uuid ? await this.repo.byUuid(uuid) : undefined
    const r = row ? hydrateRecording(row) : undefined
    return r && r.doc.share_token === token ? r : undefined
  }

  /**
   * Who downloads, when the token may: a download token for this recording (or archive), or an API access token
   * of its account — with an account-level recording scope, classic or granular, for any host's files (archives
   * need one), or a user-level one for its own user's recordings. Each until it expires.
   */
  async authorizeDownload(
    r: DownloadOwner,
    token: string | undefined,
    kind: DownloadKind = 'rec',
  ): Promise<Viewer | undefined> {
    if (!token) return undefined
    if (await this.downloadTokenGrants(token, r, kind)) return this.viewerOf(r, null)
    let info: TokenInfo
    try {
      info = await this.svc.tokens.verify(token)
    } catch {
      return undefined
    }
    if (info.accountId !== r.account_id) return undefined
    const admin = (kind === 'arc' ? ARCHIVE_READ : ADMIN_READ).some((x) => info.scopes.has(x))
    const own = kind === 'rec' && USER_READ.some((x) => info.scopes.has(x)) && info.userId === r.host_id
    return admin || own ? this.viewerOf(r, info.userId) : undefined
  }

  /**
   * A play: as a download; for an on-demand recording, an approved registrant's share link (`tk`); otherwise
   * anyone when the recording is shared publicly and the passcode (if any) is given.
   */
  async authorizePlay(
    r: Recording,
    token: string | undefined,
    pwd: string | undefined,
    tk?: string,
  ): Promise<Viewer | undefined> {
    const byToken = await this.authorizeDownload(r, token)
    if (byToken) return byToken
    const s = r.doc.settings
    if (s.on_demand) return this.svc.use(RecordingRegistrants).viewerOf(r, tk)
    if (s.share_recording !== 'publicly') return undefined
    // The play passcode stands in for the typed one, so a link carrying `?pwd=` opens without the prompt.
    if (s.password && pwd !== s.password && pwd !== r.doc.play_passcode) return undefined
    return { name: 'Guest', email: '' }
  }

  private async viewerOf(r: DownloadOwner, userId: string | null): Promise<Viewer> {
    const user = await new UsersRepo(this.svc.db.kysely).emailAndData(r.account_id, userId ?? r.host_id)
    const doc = (user ? JSON.parse(user.data) : {}) as {
      display_name?: string
      first_name?: string
      last_name?: string
    }
    const name = doc.display_name || [doc.first_name, doc.last_name].filter(Boolean).join(' ') || user?.email || ''
    return { name, email: user?.email ?? '' }
  }

  /** Where a download is sent: the file itself, behind a link signed for an hour. */
  async signedFileUrl(f: RecordingFile): Promise<string> {
    const exp = Math.floor(this.svc.clock.now() / 1000) + 3600
    const t = await this.svc.use(MeetingService).links.sign({ typ: 'file', tok: f.file_token, exp })
    // A participant's file is named after them, as it is served.
    const speaker = isVoice(f) ? (await this.ownerDoc(f))?.voices?.[f.id]?.name : undefined
    return `${this.urls.base}/rec/files/${f.file_token}/${fileName(f, speaker)}?t=${t}`
  }

  /** The document of the recording a file is of; none for a compliance archive's file. */
  private async ownerDoc(f: RecordingFile): Promise<RecordingData | undefined> {
    const owner = f.source === 'cloud' ? await this.repo.recording(f.account_id, f.recording_uuid) : undefined
    return owner ? hydrateRecording(owner).doc : undefined
  }

  /** The bytes behind a signed file link; undefined when the link is forged or expired or the file is gone. */
  async servedFile(token: string, signature: string): Promise<{ body: FileBody; name: string } | undefined> {
    const claims = await this.svc.use(MeetingService).links.verify(signature)
    if (!claims || claims.typ !== 'file' || claims.tok !== token) return undefined
    const row = await this.repo.fileByToken(token)
    if (!row || row.trashed_at !== null) return undefined
    const f = hydrateFile(row)
    if (!isFileType(f.file_type)) return undefined
    const doc = await this.ownerDoc(f)
    const voice = isVoice(f) ? doc?.voices?.[f.id] : undefined
    const setSpans = doc ? doc.sets[f.set_index]?.spans : [{ start: f.recording_start, end: f.recording_end }]
    if (!setSpans?.length) return undefined
    const source = await this.source({ account_id: f.account_id, uuid: f.recording_uuid })
    // A participant's file holds the recorded time that participant was there, as it was sized.
    const spans = voice ? presenceSpans(setSpans, source.sessions, voice.participant_uuid) : setSpans
    if (!spans.length) return undefined
    const body = fileBody(f.file_type, spans, f.set_index, source)
    return { body, name: fileName(f, voice?.name) }
  }

  /** Settings with the topic, as the recording settings operations show them. */
  settingsOf(r: Recording): RecordingSettings & { topic: string } {
    return { ...r.doc.settings, topic: r.doc.topic }
  }
}

/** What a download is checked against: the recording's, or an archive's, account, instance and host. */
export type DownloadOwner = Pick<Recording, 'account_id' | 'uuid' | 'host_id'>

/** `rec`: a cloud recording's files; `arc`: a compliance archive's. */
export type DownloadKind = 'rec' | 'arc'

// The operations that hand out download URLs: a granular scope of theirs reads the files they list, as the classic
// recording scopes do.
const LISTING = ['recordingGet', 'recordingsList', 'listRecordingsOfAnAccount'].map(granularForms)
const granular = (form: 'user' | 'admin') => LISTING.flatMap((f) => f?.[form] ?? [])

// The account-level scopes reach every host's files, the user-level ones the token user's own. An archive's files
// need an account-level scope, the archiving one or a classic recording one.
const ADMIN_READ = ['recording:read:admin', 'recording:write:admin', ...granular('admin')]
const USER_READ = ['recording:read', 'recording:write', ...granular('user')]
const ARCHIVE_READ = [
  'recording:read:admin',
  'recording:write:admin',
  ...(granularForms('listArchivedFiles')?.admin ?? []),
]

/**
 * Zoom's file name form: GMT{date}-{time}_Recording[_{resolution}].{ext}; a participant's audio file carries the
 * participant's name (in characters safe in a header and a path).
 */
function fileName(f: RecordingFile, speaker?: string): string {
  const at = isoSeconds(f.recording_start).replace(/[-:]/g, '').replace('T', '-').replace('Z', '')
  const safe = speaker?.replace(/[^A-Za-z0-9.-]+/g, '_')
  const suffix =
    safe !== undefined
      ? `_Audio_only_-_${safe}`
      : f.file_type === 'MP4'
        ? '_640x360'
        : f.file_type === 'M4A'
          ? ''
          : `_${f.recording_type}`
  return `GMT${at}_Recording${suffix}.${f.file_extension.toLowerCase()}`
}

/** An 8-character passcode of letters and digits, as Zoom generates for a new cloud recording. */
function recordingPassword(): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789@*'
  return Array.from(randomBytes(8), (b) => chars[b % chars.length]).join('')
}

/** The recorded stretches of an instance, by set (start … stop), dropping empty ones. */
function recordedSets(instance: Instance): RecordingData['sets'] {
  const segments = instance.doc.recording?.segments ?? []
  const bySet = new Map<number, Span[]>()
  for (const s of segments) {
    if (s.end === null || s.end <= s.start) continue
    const set = s.set ?? 0
    bySet.set(set, [...(bySet.get(set) ?? []), { start: s.start, end: s.end }])
  }
  return [...bySet.entries()].sort((a, b) => a[0] - b[0]).map(([, spans], index) => ({ index, spans }))
}
