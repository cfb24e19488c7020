import type { FieldDocs } from './index.js'

// The archive object of List archived files and recording.archive_files_completed. Group-qualified, since the
// cloud recording lists show other `meetings[]` objects under the same names.
export const archivingFields: FieldDocs = {
  'Archiving:query_date_type': {
    en: 'Which time the `from`/`to` window is matched against: `meeting_start_time` (when the meeting or webinar started; the default) or `archive_complete_time` (when its archiving finished; archives still processing never match).',
    zh: '`from`/`to` 时间窗口匹配的时间：`meeting_start_time`（会议或网络研讨会开始的时间，默认值）或 `archive_complete_time`（归档完成的时间；仍在处理中的归档不会匹配）。',
  },
  'Archiving:from': {
    en: 'Start of the window, a date-time such as `2024-03-11T05:41:36Z`. Defaults to seven days before `to`; the window may not exceed seven days.',
    zh: '时间窗口的开始，日期时间格式，例如 `2024-03-11T05:41:36Z`。默认为 `to` 之前七天；窗口不能超过七天。',
  },
  'Archiving:to': {
    en: 'End of the window (included), a date-time. Defaults to now; a time in the future is answered as now.',
    zh: '时间窗口的结束（包含该时刻），日期时间格式。默认为当前时间；未来的时间按当前时间处理并在响应中返回。',
  },
  'Archiving:meetings': {
    en: 'The archived meetings and webinars in the window, oldest archive first.',
    zh: '时间窗口内已归档的会议和网络研讨会，最早创建的归档在前。',
  },
  'Archiving:meetings.uuid': {
    en: 'UUID of the archived meeting or webinar instance.',
    zh: '已归档的会议或网络研讨会实例的 UUID。',
  },
  'Archiving:meetings.id': {
    en: 'The meeting ID (or webinar ID) of the archived instance.',
    zh: '已归档实例的会议号（或网络研讨会 ID）。',
  },
  'Archiving:meetings.host_id': {
    en: 'ID of the user who hosted the instance.',
    zh: '主持该实例的用户 ID。',
  },
  'Archiving:meetings.topic': { en: 'Topic of the meeting or webinar.', zh: '会议或网络研讨会的主题。' },
  'Archiving:meetings.type': {
    en: 'Meeting type (1 instant, 2 scheduled, 3 recurring without fixed time, 4 PMI, 8 recurring with fixed time) or webinar type (5, 6, 9); 100 for a breakout room.',
    zh: '会议类型（1 即时会议、2 预定会议、3 无固定时间的周期性会议、4 PMI 会议、8 固定时间的周期性会议）或网络研讨会类型（5、6、9）；分组讨论室为 100。',
  },
  'Archiving:meetings.start_time': {
    en: 'When the instance started.',
    zh: '实例开始的时间。',
  },
  'Archiving:meetings.timezone': {
    en: 'Time zone of the meeting or webinar.',
    zh: '会议或网络研讨会的时区。',
  },
  'Archiving:meetings.duration': {
    en: 'The scheduled duration, in minutes.',
    zh: '预定时长，以分钟计。',
  },
  'Archiving:meetings.duration_in_second': {
    en: 'How long the instance actually lasted, in seconds.',
    zh: '实例实际持续的时长，以秒计。',
  },
  'Archiving:meetings.total_size': {
    en: 'Sum of the sizes of the archive’s files, in bytes.',
    zh: '归档中所有文件大小的总和，以字节计。',
  },
  'Archiving:meetings.recording_count': {
    en: 'Number of files in the archive.',
    zh: '归档中的文件数量。',
  },
  'Archiving:meetings.meeting_type': {
    en: '`internal` when everyone who joined belongs to the account, `external` when someone from outside it (a guest) joined.',
    zh: '所有加入者都属于本账户时为 `internal`；有账户之外的人（访客）加入时为 `external`。',
  },
  'Archiving:meetings.account_name': {
    en: 'Name of the account the archive belongs to.',
    zh: '归档所属账户的名称。',
  },
  'Archiving:meetings.complete_time': {
    en: 'When archiving finished; an empty string while it is processing.',
    zh: '归档完成的时间；处理中时为空字符串。',
  },
  'Archiving:meetings.is_breakout_room': {
    en: 'Whether the archive is of a breakout room.',
    zh: '该归档是否属于分组讨论室。',
  },
  'Archiving:meetings.parent_meeting_id': {
    en: 'UUID of the main meeting instance, given for a breakout room only.',
    zh: '主会议实例的 UUID，仅分组讨论室返回。',
  },
  'Archiving:meetings.status': {
    en: '`processing` until the archive is complete (the processing delay after the meeting ended), then `completed`.',
    zh: '归档完成之前（会议结束后经过处理时长）为 `processing`，之后为 `completed`。',
  },
  'Archiving:meetings.archive_files': {
    en: 'The archived files: whole-meeting files of the types the account’s archive settings choose. Empty while processing.',
    zh: '已归档的文件：按账户归档设置所选类型生成的整场会议文件。处理中时为空。',
  },
  'Archiving:archive_files.id': { en: 'ID of the archived file.', zh: '归档文件的 ID。' },
  'Archiving:archive_files.file_type': {
    en: '`MP4` (video), `M4A` (audio only), `CHAT` (in-meeting chat as text), `TRANSCRIPT` (transcript, VTT), and in Zoom also `CC`, `CSV` or `CHAT_MESSAGE`.',
    zh: '`MP4`（视频）、`M4A`（仅音频）、`CHAT`（会中聊天文本）、`TRANSCRIPT`（字幕文稿，VTT），Zoom 中还有 `CC`、`CSV` 或 `CHAT_MESSAGE`。',
  },
  'Archiving:archive_files.file_extension': {
    en: 'Extension of the file: MP4, M4A, TXT or VTT.',
    zh: '文件扩展名：MP4、M4A、TXT 或 VTT。',
  },
  'Archiving:archive_files.file_size': { en: 'Size of the file, in bytes.', zh: '文件大小，以字节计。' },
  'Archiving:archive_files.download_url': {
    en: 'Where the file is downloaded: add an access token of the account (or the webhook’s `download_token`) as `access_token`, or send it as a bearer token.',
    zh: '文件的下载地址：将账户的访问令牌（或 Webhook 中的 `download_token`）作为 `access_token` 参数附加，或作为 Bearer 令牌发送。',
  },
  'Archiving:archive_files.status': {
    en: 'Processing status of the file: `completed`, `processing` or `failed`.',
    zh: '文件的处理状态：`completed`、`processing` 或 `failed`。',
  },
  'Archiving:archive_files.recording_type': {
    en: 'What the file holds: `shared_screen_with_speaker_view`, `audio_only`, `chat_file` or `audio_transcript`.',
    zh: '文件内容类型：`shared_screen_with_speaker_view`、`audio_only`、`chat_file` 或 `audio_transcript`。',
  },
  'Archiving:archive_files.individual': {
    en: 'Whether the file is of one participant (`true`) or of the whole meeting (`false`).',
    zh: '文件是单个参会者的（`true`）还是整场会议的（`false`）。',
  },
  'Archiving:archive_files.participant_email': {
    en: 'Email of the participant an individual file belongs to; not given for whole-meeting files.',
    zh: '单个参会者文件所属参会者的邮箱；整场会议文件不返回。',
  },
  'Archiving:archive_files.participant_join_time': {
    en: 'When the participant joined; for a whole-meeting file, the start of the meeting.',
    zh: '参会者加入的时间；整场会议文件为会议开始时间。',
  },
  'Archiving:archive_files.participant_leave_time': {
    en: 'When the participant left; for a whole-meeting file, the end of the meeting.',
    zh: '参会者离开的时间；整场会议文件为会议结束时间。',
  },
  'Archiving:archive_files.encryption_fingerprint': {
    en: 'SHA-256 of the file’s bytes, in hexadecimal: compare it with the downloaded file.',
    zh: '文件内容的 SHA-256 值（十六进制），可用于核对下载的文件。',
  },
  'Archiving:archive_files.number_of_messages': {
    en: 'Number of messages in a chat (TXT or JSON) file.',
    zh: '聊天文件（TXT 或 JSON）中的消息数量。',
  },
}
