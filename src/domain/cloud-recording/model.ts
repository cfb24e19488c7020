import { createHash } from 'node:crypto'
import type { Json } from '../../util/json.js'
import { isoSeconds } from '../../util/time.js'
import type { RecordingFileRow, RecordingRow } from '../../store/recordings.repo.js'
import type { Span } from './content.js'

/** The settings of one recording (GET/PATCH …/recordings/settings). */
export interface RecordingSettings extends Json {
  share_recording: 'publicly' | 'internally' | 'none'
  recording_authentication: boolean
  authentication_option: string
  authentication_domains: string
  authentication_name: string
  viewer_download: boolean
  password: string
  on_demand: boolean
  approval_type: 0 | 1 | 2
  send_email_to_host: boolean
  show_social_share_buttons: boolean
  auto_delete: boolean
  /** yyyy-mm-dd, when auto_delete is on. */
  auto_delete_date: string
}

/** What a recording row keeps in `data`. */
export interface RecordingData extends Json {
  topic: string
  /** The meeting (webinar) type as clients see it. */
  type: number
  timezone: string
  /** Scheduled minutes of the meeting when it was held. */
  duration: number
  /** The recorded stretches of each set (start … stop), in order; set index = position. */
  sets: Array<{ index: number; spans: Span[] }>
  share_token: string
  play_passcode: string
  settings: RecordingSettings
  /** Which files the account's recording settings asked for when the meeting ended. */
  files: {
    video: boolean
    audio: boolean
    chat: boolean
    cc: boolean
    transcript: boolean
    /** An audio file of each participant (absent in recordings made before it existed: off). */
    participant_audio?: boolean
  }
  /** Whose audio each participant audio file holds, by file id. */
  voices?: Record<string, Voice>
  /** Registration questions of the on-demand recording. */
  questions?: Json
}

/** The participant (all sessions of one participant_uuid) a participant audio file is of, and its name then. */
export interface Voice extends Json {
  participant_uuid: string
  name: string
}

/** The day (yyyy-mm-dd) auto-delete moves a recording that ended at `end` to the trash, `days` later. */
export function autoDeleteDate(end: number, days: number): string {
  return isoSeconds(end + days * 86_400_000).slice(0, 10)
}

/** When auto-delete acts on a recording (the start of its auto-delete day, UTC); null when it is off. */
export function autoDeleteAt(settings: RecordingSettings): number | null {
  return settings.auto_delete && settings.auto_delete_date ? Date.parse(`${settings.auto_delete_date}T00:00:00Z`) : null
}

export type Recording = Omit<RecordingRow, 'data'> & { doc: RecordingData }

export function hydrateRecording(row: RecordingRow): Recording {
  const { data, ...rest } = row
  return {
    ...rest,
    meeting_id: Number(row.meeting_id),
    start_time: Number(row.start_time),
    ready_at: Number(row.ready_at),
    transcript_at: row.transcript_at === null ? null : Number(row.transcript_at),
    auto_delete_at: row.auto_delete_at === null ? null : Number(row.auto_delete_at),
    total_size: Number(row.total_size),
    recording_count: Number(row.recording_count),
    doc: JSON.parse(data) as RecordingData,
  }
}

export type RecordingFile = Omit<RecordingFileRow, 'seq'>

export function hydrateFile(row: RecordingFile): RecordingFile {
  return {
    ...row,
    set_index: Number(row.set_index),
    recording_start: Number(row.recording_start),
    recording_end: Number(row.recording_end),
    file_size: Number(row.file_size),
    trashed_at: row.trashed_at === null ? null : Number(row.trashed_at),
  }
}

/** URLs of a recording's files, as the server's public address gives them. */
export interface RecordingUrls {
  base: string
}

/** The recording_type of one participant's audio file: listed in `participant_audio_files`, apart from the rest. */
export const PARTICIPANT_AUDIO = 'audio_only_each_participant'

export const isVoice = (f: Pick<RecordingFile, 'recording_type'>) => f.recording_type === PARTICIPANT_AUDIO

/** Whether a file is played (video or audio): timelines, transcripts and chat are only downloaded. */
export const playable = (fileType: string) => fileType === 'MP4' || fileType === 'M4A'

/**
 * One file as the recording APIs show it. `trash` shows the time it was trashed; the play URL exists for the
 * files a viewer plays (not for timelines, transcripts or chat).
 */
export function presentFile(f: RecordingFile, urls: RecordingUrls, uuid: string, trash = false) {
  return {
    id: f.id,
    meeting_id: uuid,
    recording_start: isoSeconds(f.recording_start),
    recording_end: isoSeconds(f.recording_end),
    file_type: f.file_type,
    file_extension: f.file_extension,
    file_size: f.file_size,
    play_url: !playable(f.file_type) ? undefined : `${urls.base}/rec/play/${f.file_token}`,
    download_url: `${urls.base}/rec/download/${f.file_token}`,
    status: 'completed',
    recording_type: f.recording_type,
    deleted_time: trash && f.trashed_at !== null ? isoSeconds(f.trashed_at) : undefined,
  }
}

/**
 * One participant's audio file as the recording APIs show it (no meeting_id or recording_type: Zoom's participant
 * file object has neither), named after the participant.
 */
export function presentVoice(f: RecordingFile, r: Recording, urls: RecordingUrls, trash = false) {
  const { id, meeting_id: _meeting, recording_type: _type, ...file } = presentFile(f, urls, r.uuid, trash)
  const name = r.doc.voices?.[f.id]?.name
  return { id, file_name: name === undefined ? undefined : `Audio only - ${name}`, ...file }
}

/** A lowercase UUID v4 derived from the instance, so the placeholder keeps its id between reads. */
function placeholderId(uuid: string): string {
  const h = createHash('sha256').update(`processing|${uuid}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** The placeholder file Zoom lists while a recording is still processing: empty type, no end, size 0. */
export function processingFile(r: Recording, urls: RecordingUrls) {
  return {
    id: placeholderId(r.uuid),
    meeting_id: r.uuid,
    // The first recorded moment, which the finished files start at too; the meeting's start only when unknown.
    recording_start: isoSeconds(r.doc.sets[0]?.spans[0]?.start ?? r.start_time),
    recording_end: '',
    file_type: '',
    file_extension: '',
    file_size: 0,
    play_url: `${urls.base}/rec/play/${r.doc.share_token}`,
    download_url: '',
    status: 'processing',
    recording_type: '',
  }
}

/**
 * A meeting's recording as lists and Get meeting recordings show it: the files given (those in or out of the
 * trash, as the caller chose), and their count and sizes. Participant audio files are listed apart, only when there
 * are some to show; Zoom's count and total size take them in too.
 */
export function presentRecording(
  r: Recording,
  accountId: string,
  files: RecordingFile[],
  urls: RecordingUrls,
  trash = false,
) {
  const processing = r.status === 'processing'
  const shown = processing ? [] : files
  const voices = shown.filter(isVoice)
  return {
    uuid: r.uuid,
    id: r.meeting_id,
    account_id: accountId,
    host_id: r.host_id,
    topic: r.doc.topic,
    type: r.doc.type,
    start_time: isoSeconds(r.start_time),
    timezone: r.doc.timezone,
    duration: r.doc.duration,
    total_size: shown.reduce((n, f) => n + f.file_size, 0),
    recording_count: shown.length,
    share_url: `${urls.base}/rec/share/${r.doc.share_token}`,
    recording_play_passcode: r.doc.play_passcode,
    password: r.doc.settings.password || undefined,
    auto_delete: r.doc.settings.auto_delete || undefined,
    auto_delete_date: r.doc.settings.auto_delete ? r.doc.settings.auto_delete_date : undefined,
    recording_files: processing
      ? [processingFile(r, urls)]
      : shown.filter((f) => !isVoice(f)).map((f) => presentFile(f, urls, r.uuid, trash)),
    participant_audio_files: voices.length ? voices.map((f) => presentVoice(f, r, urls, trash)) : undefined,
  }
}
