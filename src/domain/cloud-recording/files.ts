import { isWaiting, type Session } from '../meetings/participants.js'
import {
  chatDuring,
  chatText,
  recordedMs,
  speakerTurns,
  timelineJson,
  transcriptVtt,
  type ChatLine,
  type Span,
} from './content.js'
import { mp4File } from './media/mp4.js'
import { PARTICIPANT_AUDIO, type RecordingData, type Voice } from './model.js'

/** What a recording's files are written from: the instance's sessions and chat, read once per generation. */
export interface RecordingSource {
  uuid: string
  sessions: Session[]
  chat: ChatLine[]
}

/** One file of a recording set, before it has an id. */
export interface PlannedFile {
  set_index: number
  file_type: string
  file_extension: string
  recording_type: string
  recording_start: number
  recording_end: number
  file_size: number
}

/** A file as a served body: its bytes (or a range of them) and content type. */
export interface FileBody {
  size: number
  contentType: string
  read(start: number, endInclusive: number): Buffer
}

const kinds = {
  MP4: { ext: 'MP4', type: 'shared_screen_with_speaker_view', contentType: 'video/mp4' },
  M4A: { ext: 'M4A', type: 'audio_only', contentType: 'audio/mp4' },
  TIMELINE: { ext: 'JSON', type: 'timeline', contentType: 'application/json' },
  CHAT: { ext: 'TXT', type: 'chat_file', contentType: 'text/plain; charset=utf-8' },
  CC: { ext: 'VTT', type: 'closed_caption', contentType: 'text/vtt; charset=utf-8' },
  TRANSCRIPT: { ext: 'VTT', type: 'audio_transcript', contentType: 'text/vtt; charset=utf-8' },
} as const

export type FileType = keyof typeof kinds

const seedOf = (uuid: string, set: number) => `${uuid}|${set}`

/** The body of one file of a set, generated from the source. */
export function fileBody(type: FileType, spans: Span[], set: number, source: RecordingSource): FileBody {
  const contentType = kinds[type].contentType
  if (type === 'MP4' || type === 'M4A') {
    const media = mp4File({
      durationMs: recordedMs(spans),
      video: type === 'MP4',
      audio: true,
      createdAt: spans[0]?.start ?? 0,
    })
    return { size: media.size, contentType, read: (a, b) => media.read(a, b) }
  }
  let bytes: Buffer
  if (type === 'CHAT') bytes = chatText(spans, source.chat)
  else {
    const turns = speakerTurns(seedOf(source.uuid, set), spans, source.sessions)
    bytes = type === 'TIMELINE' ? timelineJson(turns) : transcriptVtt(turns)
  }
  return { size: bytes.length, contentType, read: (a, b) => bytes.subarray(a, b + 1) }
}

function planned(type: FileType, set: number, spans: Span[], source: RecordingSource): PlannedFile {
  return {
    set_index: set,
    file_type: type,
    file_extension: kinds[type].ext,
    recording_type: kinds[type].type,
    recording_start: spans[0]?.start ?? 0,
    recording_end: spans.at(-1)?.end ?? 0,
    file_size: fileBody(type, spans, set, source).size,
  }
}

/** The files made when processing ends: per set, the video, audio, timeline, and chat and captions where asked. */
export function planFiles(doc: RecordingData, source: RecordingSource): PlannedFile[] {
  const out: PlannedFile[] = []
  for (const { index, spans } of doc.sets) {
    if (doc.files.video) out.push(planned('MP4', index, spans, source))
    if (doc.files.audio) out.push(planned('M4A', index, spans, source))
    out.push(planned('TIMELINE', index, spans, source))
    if (doc.files.chat && chatDuring(spans, source.chat)) out.push(planned('CHAT', index, spans, source))
    if (doc.files.cc) out.push(planned('CC', index, spans, source))
  }
  return out
}

/** A participant's audio file before it has an id, and whose voice it holds. */
export interface PlannedVoice {
  file: PlannedFile
  voice: Voice
}

/**
 * The stretches of a set during which a participant was in the meeting (not in the waiting room), in order and
 * without overlaps: its sessions each cut to the recorded spans.
 */
export function presenceSpans(spans: Span[], sessions: Session[], participantUuid: string): Span[] {
  const cut: Span[] = []
  for (const s of sessions) {
    if (s.participant_uuid !== participantUuid || isWaiting(s)) continue
    const leave = s.leave_time ?? Infinity
    for (const span of spans) {
      const start = Math.max(span.start, s.join_time)
      const end = Math.min(span.end, leave)
      if (end > start) cut.push({ start, end })
    }
  }
  cut.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const c of cut) {
    const last = merged.at(-1)
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end)
    else merged.push({ ...c })
  }
  return merged
}

/**
 * One audio file per participant heard in a set, as the "audio file of each participant" setting asks: it holds
 * only the recorded time the participant was present (a rejoin adds to the same file), in order of first join.
 */
export function planVoices(doc: RecordingData, source: RecordingSource): PlannedVoice[] {
  if (!doc.files.participant_audio) return []
  const order = [...source.sessions].sort((a, b) => a.join_time - b.join_time)
  const people = new Map<string, string>()
  for (const s of order) if (!people.has(s.participant_uuid)) people.set(s.participant_uuid, s.name)
  const out: PlannedVoice[] = []
  for (const { index, spans } of doc.sets)
    for (const [participant, name] of people) {
      const heard = presenceSpans(spans, source.sessions, participant)
      if (!heard.length) continue
      out.push({
        file: { ...planned('M4A', index, heard, source), recording_type: PARTICIPANT_AUDIO },
        voice: { participant_uuid: participant, name },
      })
    }
  return out
}

/** The audio transcripts, made after the other files. */
export function planTranscripts(doc: RecordingData, source: RecordingSource): PlannedFile[] {
  return doc.files.transcript ? doc.sets.map(({ index, spans }) => planned('TRANSCRIPT', index, spans, source)) : []
}

/**
 * The files of a compliance archive: the whole instance as one set (start to end), of the kinds asked, the chat
 * only when something was said.
 */
export function planArchive(kinds: FileType[], span: Span, source: RecordingSource): PlannedFile[] {
  const spans = [span]
  return kinds.filter((k) => k !== 'CHAT' || chatDuring(spans, source.chat)).map((k) => planned(k, 0, spans, source))
}

/** How many of the messages a chat file of these spans holds. */
export function messagesDuring(spans: Span[], lines: ChatLine[]): number {
  return lines.filter((l) => chatDuring(spans, [l])).length
}

export function isFileType(t: string): t is FileType {
  return t in kinds
}
