import type { Kysely } from 'kysely'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { MeetingArchivesRepo, type MeetingArchiveRow } from '../../store/meeting-archives.repo.js'
import { MeetingInstancesRepo } from '../../store/meeting-instances.repo.js'
import { RecordingsRepo } from '../../store/recordings.repo.js'
import type { Database } from '../../store/tables.js'
import { parseJson } from '../../util/json.js'
import { isoSeconds, secondsBetween } from '../../util/time.js'
import { isPaidAccount } from '../accounts/plan.js'
import { getAccountSettings } from '../accounts/settings.js'
import { fileBody, isFileType, messagesDuring, planArchive, type FileType } from '../cloud-recording/files.js'
import { hydrateFile, type RecordingFile } from '../cloud-recording/model.js'
import { CloudRecordings, DOWNLOAD_TOKEN_TTL_S, type DownloadOwner } from '../cloud-recording/recordings.service.js'
import { MeetingInstances } from '../meetings/instances.js'
import { publicType } from '../meetings/kinds.js'
import { isWaiting, type Instance } from '../meetings/participants.js'

const SWEEP_BATCH = 50

/** What an archive keeps of its instance, and what its files add once made. */
export interface ArchiveData {
  topic: string
  type: number
  timezone: string
  /** The scheduled duration (minutes). */
  duration: number
  duration_in_second: number
  meeting_type: 'internal' | 'external'
  account_name: string
  is_breakout_room: boolean
  parent_meeting_id?: string
  end_time: number
  /** The kinds of file the account's archive settings asked for when the instance ended. */
  kinds: FileType[]
  /** Per file id: the SHA-256 of its bytes and, for chat, its message count. */
  made?: Record<string, { fingerprint: string; messages?: number }>
}

export type Archive = Omit<MeetingArchiveRow, 'meeting_id' | 'start_time' | 'complete_time' | 'data'> & {
  meeting_id: number
  start_time: number
  complete_time: number
  doc: ArchiveData
}

const hydrate = (row: MeetingArchiveRow): Archive => ({
  ...row,
  meeting_id: Number(row.meeting_id),
  start_time: Number(row.start_time),
  complete_time: Number(row.complete_time),
  doc: parseJson<ArchiveData>(row.data),
})

/** Which archive setting asks for which file. */
const KIND_SETTINGS: Array<[string, FileType]> = [
  ['video_file', 'MP4'],
  ['audio_file', 'M4A'],
  ['chat_file', 'CHAT'],
  ['cc_transcript_file', 'TRANSCRIPT'],
]

interface ArchiveSettings {
  enable?: boolean
  settings?: Record<string, unknown>
}

/**
 * Meeting and webinar archiving: when an instance of an archiving account ends, its archive is made (processing),
 * and when the server clock reaches its completion time (the recording processing delay later) its whole-meeting
 * files are written and recording.archive_files_completed is emitted. The completion runs in the cloud
 * recordings' sweep, so a moved clock and a list read see it at once.
 */
export class MeetingArchives {
  readonly repo: MeetingArchivesRepo
  private readonly files: RecordingsRepo

  constructor(private svc: Services) {
    this.repo = new MeetingArchivesRepo(svc.db.kysely)
    this.files = new RecordingsRepo(svc.db.kysely)
    svc.use(MeetingInstances).onClosed((instance, db) => this.capture(instance, db))
    svc.use(CloudRecordings).onSweep((now, accountId) => this.completeDue(now, accountId))
  }

  private get recordings(): CloudRecordings {
    return this.svc.use(CloudRecordings)
  }

  /** The account's archive settings when it archives, else undefined. */
  private async archiving(accountId: string, db?: Kysely<Database>): Promise<ArchiveSettings | undefined> {
    if (!(await isPaidAccount(this.svc, accountId, db))) return undefined
    const settings = await getAccountSettings(this.svc, accountId, db)
    const archive = (settings.recording as { archive?: ArchiveSettings } | undefined)?.archive
    return archive?.enable === true ? archive : undefined
  }

  /** 400/200 unless the account is paid and has archiving on (Zoom Support turns it on). */
  async requireArchiving(accountId: string): Promise<void> {
    if (!(await isPaidAccount(this.svc, accountId))) throw errors.archivingPaidOnly()
    if (!(await this.archiving(accountId))) throw errors.archivingNotAvailable()
  }

  // ---------------------------------------------------------------- the meeting ends

  private async capture(instance: Instance, db: Kysely<Database>): Promise<void> {
    const archive = await this.archiving(instance.account_id, db)
    if (!archive) return
    const kinds = KIND_SETTINGS.filter(([key]) => archive.settings?.[key] === true).map(([, kind]) => kind)
    // With every file type off there is nothing to hand to the archive.
    if (!kinds.length) return
    const end = instance.end_time ?? this.svc.clock.now()
    const sessions = await new MeetingInstancesRepo(db).sessions(instance.account_id, instance.uuid, db)
    const account = await this.svc.accounts.getCached(instance.account_id, db)
    const doc: ArchiveData = {
      topic: instance.topic,
      type: publicType(instance),
      timezone: instance.doc.timezone,
      duration: instance.doc.scheduled_duration,
      duration_in_second: secondsBetween(instance.start_time, end),
      // Someone from outside the account (a guest) makes the meeting external.
      // Someone who only waited in the waiting room never took part in what was archived.
      meeting_type: sessions.some((s) => !isWaiting(s) && s.account_user_id === null) ? 'external' : 'internal',
      account_name: account?.name ?? '',
      is_breakout_room: false,
      end_time: end,
      kinds,
    }
    await this.repo.insert(
      {
        uuid: instance.uuid,
        account_id: instance.account_id,
        meeting_id: instance.meeting_id,
        host_id: instance.host_id,
        start_time: instance.start_time,
        complete_time: end + this.svc.config.recordingProcessingSeconds * 1000,
        status: 'processing',
        data: JSON.stringify(doc),
      },
      db,
    )
  }

  // ---------------------------------------------------------------- what the clock brings

  private async completeDue(now: number, accountId?: string): Promise<void> {
    for (const row of await this.repo.due(now, SWEEP_BATCH, accountId)) await this.complete(row.uuid, row.account_id)
  }

  private async complete(uuid: string, accountId: string): Promise<void> {
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const row = await this.repo.archive(accountId, uuid, trx)
      if (!row || row.status !== 'processing') return
      const a = hydrate(row)
      const source = await this.recordings.source(a, trx)
      const span = { start: a.start_time, end: a.doc.end_time }
      const made: NonNullable<ArchiveData['made']> = {}
      const rows = planArchive(a.doc.kinds, span, source).map((p) => {
        const id = randomUUID()
        const body = fileBody(p.file_type as FileType, [span], p.set_index, source)
        const bytes = body.size ? body.read(0, body.size - 1) : Buffer.alloc(0)
        made[id] = {
          fingerprint: createHash('sha256').update(bytes).digest('hex'),
          messages: p.file_type === 'CHAT' ? messagesDuring([span], source.chat) : undefined,
        }
        return {
          ...p,
          id,
          account_id: a.account_id,
          recording_uuid: a.uuid,
          source: 'archive',
          file_token: randomBytes(24).toString('base64url'),
          trashed_at: null,
          trash_type: null,
        }
      })
      const doc = { ...a.doc, made }
      if (!(await this.repo.claim(uuid, { status: 'completed', data: JSON.stringify(doc) }, trx))) return
      await this.files.insertFiles(rows, trx)
      const done: Archive = { ...a, status: 'completed', doc }
      const files = rows.map(hydrateFile)
      const token = await this.recordings.downloadToken(a.account_id, a.uuid, DOWNLOAD_TOKEN_TTL_S, 'arc')
      const shown = this.present(done, files)
      await this.svc.events.emit(
        {
          event: 'recording.archive_files_completed',
          accountId: a.account_id,
          extra: { download_token: token },
          object: {
            ...shown,
            archive_files: shown.archive_files.map((f) => ({ ...f, storage_location: 'US' })),
          },
        },
        trx,
      )
    })
  }

  // ---------------------------------------------------------------- reading

  /** The account's archives in a window, by meeting start or archive completion, as the list query to page. */
  listQuery(accountId: string, filter: { from: number; to: number; by: 'start_time' | 'complete_time' }) {
    return this.repo.listQuery(accountId, filter)
  }

  /** Archives (of list rows) with their files, as Zoom shows them. */
  async presentAll(accountId: string, rows: MeetingArchiveRow[]) {
    const archives = rows.map(hydrate)
    const files = (
      await this.files.filesOf(
        accountId,
        archives.map((a) => a.uuid),
        'archive',
      )
    ).map(hydrateFile)
    return archives.map((a) =>
      this.present(
        a,
        files.filter((f) => f.recording_uuid === a.uuid),
      ),
    )
  }

  present(a: Archive, files: RecordingFile[]) {
    const base = this.recordings.urls.base
    const completed = a.status === 'completed'
    return {
      uuid: a.uuid,
      id: a.meeting_id,
      host_id: a.host_id,
      topic: a.doc.topic,
      type: a.doc.type,
      start_time: isoSeconds(a.start_time),
      timezone: a.doc.timezone,
      duration: a.doc.duration,
      duration_in_second: a.doc.duration_in_second,
      total_size: files.reduce((n, f) => n + f.file_size, 0),
      recording_count: files.length,
      meeting_type: a.doc.meeting_type,
      account_name: a.doc.account_name,
      complete_time: completed ? isoSeconds(a.complete_time) : '',
      is_breakout_room: a.doc.is_breakout_room,
      parent_meeting_id: a.doc.parent_meeting_id,
      status: completed ? 'completed' : 'processing',
      archive_files: files.map((f) => {
        const made = a.doc.made?.[f.id]
        return {
          id: f.id,
          file_type: f.file_type,
          file_extension: f.file_extension,
          file_size: f.file_size,
          download_url: `${base}/rec/download/${f.file_token}`,
          status: 'completed',
          recording_type: f.recording_type,
          // Whole-meeting files: the participant times span the meeting; an email only marks individual files.
          individual: false,
          participant_join_time: isoSeconds(f.recording_start),
          participant_leave_time: isoSeconds(f.recording_end),
          encryption_fingerprint: made?.fingerprint ?? '',
          number_of_messages: made?.messages,
        }
      }),
    }
  }

  // ---------------------------------------------------------------- downloads

  /** The archived file a download URL names, with what its download is checked against. */
  async fileForToken(token: string): Promise<{ owner: DownloadOwner; file: RecordingFile } | undefined> {
    const row = await this.files.fileByToken(token)
    if (!row || row.source !== 'archive' || !isFileType(row.file_type)) return undefined
    const archive = await this.repo.archive(row.account_id, row.recording_uuid)
    return archive ? { owner: archive, file: hydrateFile(row) } : undefined
  }
}
