import type { Generated } from 'kysely'

// Cloud recordings. A row of `recordings` is the recording of one held instance (its uuid): `processing` from the
// end of the instance until `ready_at` on the server clock, then `completed` with one row of `recording_files`
// per file. Files are generated from the instance on request, so a row keeps only what identifies and sizes it.

export interface RecordingTable {
  seq: Generated<number>
  /** The instance's uuid (meeting_instances.uuid). */
  uuid: string
  account_id: string
  meeting_id: number
  host_id: string
  /** 'meeting' | 'webinar'. */
  kind: string
  /** Start of the instance (epoch ms): the list windows filter on it. */
  start_time: number
  /** 'processing' | 'completed'. */
  status: string
  /** When processing ends (epoch ms, server clock). */
  ready_at: number
  /** When the audio transcript is ready (epoch ms); null when none is made or it is done. */
  transcript_at: number | null
  /** When auto-delete moves its files to the trash (epoch ms); null when auto-delete is off or done. */
  auto_delete_at: number | null
  /** Sum of the sizes of the files not in the trash. */
  total_size: number
  /** Number of files not in the trash. */
  recording_count: number
  /** JSON RecordingData: topic, type, segments, share token, passcode, settings. */
  data: string
}

export interface RecordingFileTable {
  seq: Generated<number>
  /** The file id (lowercase UUID v4). */
  id: string
  account_id: string
  /** The recording (recordings.uuid) or archive (meeting_archives.uuid) it belongs to. */
  recording_uuid: string
  /** 'cloud' for a cloud recording file, 'archive' for an archived file. */
  source: string
  /** The token of its play/download URLs. */
  file_token: string
  /** Which recording set (start … stop) of the instance the file belongs to, from 0. */
  set_index: number
  file_type: string
  file_extension: string
  recording_type: string
  recording_start: number
  recording_end: number
  file_size: number
  /** When it was moved to the trash (epoch ms), else null. */
  trashed_at: number | null
  /** 'meeting_recordings' when trashed with its whole meeting, 'recording_file' when trashed alone. */
  trash_type: string | null
}

/** The compliance archive of one held instance, made when the account archives meetings. */
export interface MeetingArchiveTable {
  seq: Generated<number>
  /** The instance's uuid. */
  uuid: string
  account_id: string
  meeting_id: number
  host_id: string
  start_time: number
  /** When archiving finished (epoch ms). */
  complete_time: number
  /** 'completed' | 'processing'. */
  status: string
  /** JSON: the instance fields the archive object shows (topic, type, timezone, durations, meeting_type…). */
  data: string
}

export interface RecordingRegistrantTable {
  seq: Generated<number>
  id: string
  account_id: string
  meeting_id: number
  email: string
  /** 'approved' | 'pending' | 'denied'. */
  status: string
  created_at: number
  /** JSON: the registration fields and answers. */
  data: string
}

/** A play or download of a served file: analytics read these. */
export interface RecordingPlayTable {
  seq: Generated<number>
  account_id: string
  meeting_id: number
  recording_uuid: string
  file_id: string
  /** 'view' | 'download'. */
  action: string
  at: number
  name: string
  email: string
  /** Seconds watched (views), 0 for downloads. */
  duration: number
}

/** A chat message said in a held instance (in-meeting chat): the CHAT recording file is written from them. */
export interface MeetingChatMessageTable {
  seq: Generated<number>
  id: string
  account_id: string
  instance_uuid: string
  meeting_id: number
  /** The sender's session (meeting_participants.id). */
  session_id: string
  sender_name: string
  sender_email: string
  /** 'Everyone' or the name of the one participant it was sent to. */
  recipient: string
  message: string
  sent_at: number
}

export interface RecordingTables {
  recordings: RecordingTable
  recording_files: RecordingFileTable
  meeting_archives: MeetingArchiveTable
  recording_registrants: RecordingRegistrantTable
  recording_plays: RecordingPlayTable
  meeting_chat_messages: MeetingChatMessageTable
}
