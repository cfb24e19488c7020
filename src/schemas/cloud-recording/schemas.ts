import { Type } from 'typebox'
import { DOWNLOAD_TOKEN_TTL_S } from '../../domain/cloud-recording/recordings.service.js'
import { b, i, list, o, s, served } from '../kit.js'

// Cloud recording objects as Zoom shows them in lists, Get meeting recordings and recording.* events. `file_type`,
// `file_extension` and `recording_type` are open strings: Zoom adds values, and clients treat them as open.

export const RecordingFile = Type.Object({
  id: s(),
  meeting_id: s(),
  recording_start: s(),
  recording_end: s(),
  file_type: s(),
  file_extension: s(),
  file_size: i(),
  play_url: s(),
  download_url: s(),
  status: s(),
  recording_type: s(),
  deleted_time: s(),
})

/** One participant's audio file (the "audio file of each participant" recording setting). */
export const ParticipantAudioFile = Type.Object({
  id: s(),
  file_name: s(),
  file_type: s(),
  file_extension: s(),
  file_size: i(),
  play_url: s(),
  download_url: s(),
  recording_start: s(),
  recording_end: s(),
  status: s(),
  deleted_time: s(),
})

export const RecordingMeeting = Type.Object({
  uuid: s(),
  id: i(),
  account_id: s(),
  host_id: s(),
  topic: s(),
  type: i(),
  start_time: s(),
  timezone: s(),
  duration: i(),
  total_size: i(),
  recording_count: i(),
  share_url: s(),
  recording_play_passcode: s(),
  password: s(),
  auto_delete: b(),
  auto_delete_date: s(),
  recording_files: list(RecordingFile),
  participant_audio_files: list(ParticipantAudioFile),
})

export const MeetingIdParams = Type.Object({ meetingId: Type.String({ minLength: 1, maxLength: 256 }) })

export const RecordingGetQuery = Type.Object({
  include_fields: o(Type.String({ maxLength: 256 })),
  ttl: o(Type.Integer({ minimum: 0, maximum: 604800, ...served({ default: DOWNLOAD_TOKEN_TTL_S }) })),
})

export const RecordingGetOut = Type.Object({ ...RecordingMeeting.properties, download_access_token: s() })
