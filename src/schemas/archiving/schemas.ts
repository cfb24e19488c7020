import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, o, pageSize, s, served, windowedTokenPage } from '../kit.js'

// Archived meetings and their files, as List archived files and recording.archive_files_completed show them.
// `file_type` and `recording_type` stay open strings: Zoom adds values, and clients treat them as open.

export const ArchivedFilesQuery = Type.Object({
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: o(Type.String({ maxLength: 512 })),
  from: o(Type.String({ maxLength: 64 })),
  to: o(Type.String({ maxLength: 64 })),
  query_date_type: o(e(['meeting_start_time', 'archive_complete_time'], served({ default: 'meeting_start_time' }))),
})

export const ArchiveFile = Type.Object({
  id: s(),
  file_type: s(),
  file_extension: s(),
  file_size: i(),
  download_url: s(),
  status: s(),
  recording_type: s(),
  individual: b(),
  participant_email: s(),
  participant_join_time: s(),
  participant_leave_time: s(),
  encryption_fingerprint: s(),
  number_of_messages: i(),
})

export const ArchivedMeeting = Type.Object({
  uuid: s(),
  id: i(),
  host_id: s(),
  topic: s(),
  type: i(),
  start_time: s(),
  timezone: s(),
  duration: i(),
  duration_in_second: i(),
  total_size: i(),
  recording_count: i(),
  meeting_type: s(),
  account_name: s(),
  complete_time: s(),
  is_breakout_room: b(),
  parent_meeting_id: s(),
  status: s(),
  archive_files: list(ArchiveFile),
})

export const ArchivedFilesOut = Type.Object({
  ...windowedTokenPage(),
  total_records: i(),
  meetings: list(ArchivedMeeting),
})
