import type { FieldDocs } from './index.js'

// Cloud recordings: the recording object and its files as the lists, Get meeting recordings and the recording.*
// events show them, and the parameters of those operations. Keys are group-qualified because `id`, `type`,
// `topic` and `meeting_id` mean the recording's own values here.

export const recordingsFields: FieldDocs = {
  // ------------------------------------------------------------------ parameters
  'Cloud Recording:meetingId': {
    en: 'The meeting or webinar ID, which names its most recently recorded instance, or an instance UUID, which names that instance; double-encode a UUID that starts with `/` or contains `//`.',
    zh: '会议号或网络研讨会 ID（指其最近一次录制的会议实例），或会议实例 UUID（指该实例）；以 `/` 开头或包含 `//` 的 UUID 需两次编码。',
  },
  'Cloud Recording:meeting_id': {
    en: 'Only the recordings of this meeting or webinar ID: every recorded instance of it in the window.',
    zh: '仅列出此会议号或网络研讨会 ID 的录制：时间范围内其每一个已录制的会议实例。',
  },
  'Cloud Recording:trash': {
    en: '`true` lists the recordings that have files in the trash (of `trash_type`), showing only those files, whatever the dates; `false` (the default) lists files out of the trash.',
    zh: '为 `true` 时列出回收站中有文件（属于 `trash_type` 类型）的录制，只显示这些文件，且不按日期筛选；为 `false`（默认）时列出不在回收站中的文件。',
  },
  'Cloud Recording:trash_type': {
    en: 'Which trashed files `trash=true` lists: `meeting_recordings` (the default), files trashed with their whole recording; `recording_file`, files trashed one by one.',
    zh: '`trash=true` 时列出哪类已移入回收站的文件：`meeting_recordings`（默认）为随整个录制一起移入回收站的文件；`recording_file` 为单独移入回收站的文件。',
  },
  'Cloud Recording:mc': {
    en: 'Asks Zoom for the metadata of recordings made through an on-premises Meeting Connector. Accepted for compatibility; this server has no Meeting Connector, so it changes nothing.',
    zh: '请求通过本地部署的 Meeting Connector 所做录制的元数据。为兼容而接受；本服务器没有 Meeting Connector，因此不影响结果。',
  },
  'Cloud Recording:include_fields': {
    en: 'Extra fields to return, comma-separated: `download_access_token` adds a token that downloads this recording’s files.',
    zh: '要额外返回的字段，以逗号分隔：`download_access_token` 会附加一个可下载此录制文件的令牌。',
  },
  'Cloud Recording:ttl': {
    en: 'How many seconds the `download_access_token` stays valid: 1–604800 (7 days); one day when not given.',
    zh: '`download_access_token` 的有效秒数：1–604800（7 天）；未提供时为一天。',
  },
  'Cloud Recording:download_access_token': {
    en: 'A token that downloads the files of this recording until `ttl` runs out: add it to a `download_url` as `?access_token=`. Present only when `include_fields` asks for it.',
    zh: '在 `ttl` 到期前可下载此录制文件的令牌：以 `?access_token=` 附加到 `download_url` 上。仅当 `include_fields` 请求时返回。',
  },
  'Cloud Recording:meetings': {
    en: 'The recordings, one per recorded meeting instance, in the order they were made.',
    zh: '录制列表，每个已录制的会议实例一项，按录制生成的顺序排列。',
  },

  // ------------------------------------------------------------------ the recording
  'Cloud Recording:uuid': {
    en: 'UUID of the recorded meeting instance: each time a meeting is held and recorded it has a new one.',
    zh: '所录制会议实例的 UUID：会议每举行并录制一次都会有新的 UUID。',
  },
  'Cloud Recording:id': {
    en: 'The meeting or webinar ID (number) the recording belongs to.',
    zh: '录制所属的会议号或网络研讨会 ID（数字）。',
  },
  'Cloud Recording:account_id': {
    en: 'ID of the account the recording belongs to.',
    zh: '录制所属账户的 ID。',
  },
  'Cloud Recording:host_id': {
    en: 'User ID of the meeting’s host; recordings started by a co-host are the host’s too.',
    zh: '会议主持人的用户 ID；由联席主持人开始的录制也归属于主持人。',
  },
  'Cloud Recording:topic': {
    en: 'The recording’s topic: the meeting’s topic when it ended, unless renamed in the recording settings since.',
    zh: '录制的主题：会议结束时的会议主题，之后在录制设置中改名的除外。',
  },
  // A recording's `type` where the lists show it; the bare `type` (Get meeting recordings, analytics) is described
  // with the analytics filter it shares the name with.
  'Cloud Recording:meetings.type': {
    en: 'The meeting type when it was held: 1 instant, 2 scheduled, 3 recurring with no fixed time, 4 personal meeting ID, 8 recurring with a fixed time; webinars 5, 6 and 9; 99 uploaded through the web portal.',
    zh: '会议举行时的类型：1 即时会议，2 预约会议，3 无固定时间的周期性会议，4 个人会议号（PMI），8 有固定时间的周期性会议；网络研讨会为 5、6、9；99 为通过网页上传。',
  },
  'Cloud Recording:start_time': {
    en: 'When the recorded instance started, ISO 8601 in UTC; the lists’ date window applies to this time.',
    zh: '所录制会议实例的开始时间，ISO 8601 格式（UTC）；列表的日期范围按此时间筛选。',
  },
  'Cloud Recording:timezone': {
    en: 'The meeting’s time zone (IANA name); empty for an instant meeting.',
    zh: '会议的时区（IANA 名称）；即时会议为空。',
  },
  'Cloud Recording:duration': {
    en: 'The meeting’s scheduled length in minutes (0 for an instant meeting), not the length recorded.',
    zh: '会议计划时长（分钟；即时会议为 0），不是录制的时长。',
  },
  'Cloud Recording:total_size': {
    en: 'Total size in bytes of the files shown (`recording_files` and `participant_audio_files`): those out of the trash, or in a trash listing those in the trash; 0 while the recording is processing.',
    zh: '所显示文件（`recording_files` 与 `participant_audio_files`）的总大小（字节）：不在回收站中的文件，在回收站列表中则为回收站中的文件；录制处理中时为 0。',
  },
  'Cloud Recording:recording_count': {
    en: 'Number of files shown, participant audio files included (counted as `total_size` is); 0 while the recording is processing.',
    zh: '所显示文件的数量，包括参会者音频文件（计算方式同 `total_size`）；录制处理中时为 0。',
  },
  'Cloud Recording:share_url': {
    en: 'Link to the recording’s share page, where viewers play it as its share settings allow.',
    zh: '录制共享页面的链接，观看者可按其共享设置在此播放录制。',
  },
  'Cloud Recording:recording_play_passcode': {
    en: 'A 32-character play passcode: added to a `play_url` or `share_url` as `?pwd=`, it opens the recording without asking for `password`.',
    zh: '32 个字符的播放密码：以 `?pwd=` 附加到 `play_url` 或 `share_url` 上，无需输入 `password` 即可打开录制。',
  },
  'Cloud Recording:password': {
    en: 'The passcode viewers enter to play the shared recording; absent (or empty) when it has none.',
    zh: '观看者播放共享录制时需输入的密码；没有密码时不返回（或为空）。',
  },
  'Cloud Recording:auto_delete': {
    en: 'Whether the recording is moved to the trash automatically on `auto_delete_date`, as the account’s auto-delete setting asked when the meeting ended.',
    zh: '录制是否在 `auto_delete_date` 自动移入回收站，取决于会议结束时账户的自动删除设置。',
  },
  'Cloud Recording:auto_delete_date': {
    en: 'The day (yyyy-mm-dd) the recording is moved to the trash when `auto_delete` is on.',
    zh: '`auto_delete` 开启时录制移入回收站的日期（yyyy-mm-dd）。',
  },
  'Cloud Recording:recording_files': {
    en: 'The recording’s files, in the order they were made. While the recording is processing, a single placeholder: status `processing`, empty `file_type`, `file_extension` and `recording_end`, size 0.',
    zh: '录制的文件，按生成顺序排列。录制处理中时只有一个占位项：状态为 `processing`，`file_type`、`file_extension` 和 `recording_end` 为空，大小为 0。',
  },

  // ------------------------------------------------------------------ its files
  'Cloud Recording:recording_files.id': {
    en: 'The file ID (a lowercase UUID), used to trash, delete or recover this file alone.',
    zh: '文件 ID（小写 UUID），用于单独将此文件移入回收站、删除或恢复。',
  },
  'Cloud Recording:recording_files.meeting_id': {
    en: 'UUID of the recorded meeting instance (not the meeting ID).',
    zh: '所录制会议实例的 UUID（不是会议号）。',
  },
  'Cloud Recording:recording_files.recording_start': {
    en: 'When the part of the meeting in this file started being recorded, ISO 8601 in UTC.',
    zh: '此文件所含会议片段开始录制的时间，ISO 8601 格式（UTC）。',
  },
  'Cloud Recording:recording_files.recording_end': {
    en: 'When recording of that part stopped, ISO 8601 in UTC; empty while the recording is processing.',
    zh: '该片段停止录制的时间，ISO 8601 格式（UTC）；录制处理中时为空。',
  },
  'Cloud Recording:recording_files.file_type': {
    en: 'What the file is: MP4 (video), M4A (audio), TIMELINE, TRANSCRIPT, CC, CHAT, CSV or SUMMARY; empty while processing. Treat it as open: Zoom adds values.',
    zh: '文件的种类：MP4（视频）、M4A（音频）、TIMELINE、TRANSCRIPT、CC、CHAT、CSV 或 SUMMARY；处理中时为空。请视为开放取值：Zoom 会增加新值。',
  },
  'Cloud Recording:recording_files.file_extension': {
    en: 'The file’s extension: MP4, M4A, JSON, VTT, TXT, CSV or JPG; empty while processing.',
    zh: '文件扩展名：MP4、M4A、JSON、VTT、TXT、CSV 或 JPG；处理中时为空。',
  },
  'Cloud Recording:recording_files.file_size': {
    en: 'Size of the file in bytes; 0 while processing.',
    zh: '文件大小（字节）；处理中时为 0。',
  },
  'Cloud Recording:recording_files.play_url': {
    en: 'Link that plays the file in a browser; absent for files that do not play (timeline, transcript, captions, chat, poll, summary).',
    zh: '在浏览器中播放该文件的链接；无法播放的文件（时间线、字幕文稿、隐藏式字幕、聊天、投票、摘要）不返回。',
  },
  'Cloud Recording:recording_files.download_url': {
    en: 'Link that downloads the file (302 to the file); it needs `?access_token=` with an access token of the account or a download token, and without one answers an HTML page, not a JSON error.',
    zh: '下载该文件的链接（以 302 跳转到文件）；需以 `?access_token=` 附加账户的访问令牌或下载令牌，缺少时返回 HTML 页面而不是 JSON 错误。',
  },
  'Cloud Recording:recording_files.status': {
    en: '`completed` once the file is ready; `processing` for the placeholder of a recording still processing.',
    zh: '文件就绪后为 `completed`；录制仍在处理中时的占位项为 `processing`。',
  },
  'Cloud Recording:recording_files.recording_type': {
    en: 'Which view or content the file holds, such as shared_screen_with_speaker_view, audio_only, timeline, audio_transcript, closed_caption or chat_file; empty while processing. Treat it as open.',
    zh: '文件所含的画面或内容，如 shared_screen_with_speaker_view、audio_only、timeline、audio_transcript、closed_caption 或 chat_file；处理中时为空。请视为开放取值。',
  },
  'Cloud Recording:recording_files.deleted_time': {
    en: 'When the file was moved to the trash, ISO 8601 in UTC; shown only in trash listings.',
    zh: '文件移入回收站的时间，ISO 8601 格式（UTC）；仅在回收站列表中返回。',
  },

  // ------------------------------------------------------------------ one audio file per participant
  'Cloud Recording:participant_audio_files': {
    en: 'One audio file per participant and recording set, when the account’s “Record a separate audio file of each participant” setting was on as the meeting ended. Each holds only the recorded time the participant was in the meeting, all of its sessions together. Absent when there is none to show.',
    zh: '每位参会者在每个录制片段各有一个音频文件，仅当会议结束时账户开启了“为每位参会者单独录制音频文件”设置才有。每个文件只包含该参会者在会中且正在录制的时间，其所有会话合在一起。没有可显示的文件时不返回。',
  },
  'Cloud Recording:participant_audio_files.id': {
    en: 'The file ID (a lowercase UUID), used to trash, delete or recover this file alone.',
    zh: '文件 ID（小写 UUID），用于单独将此文件移入回收站、删除或恢复。',
  },
  'Cloud Recording:participant_audio_files.file_name': {
    en: 'The file’s name: “Audio only - ” followed by the participant’s name in the meeting.',
    zh: '文件名：“Audio only - ”后接参会者在会议中的名称。',
  },
  'Cloud Recording:participant_audio_files.file_type': {
    en: 'Always M4A (audio).',
    zh: '始终为 M4A（音频）。',
  },
  'Cloud Recording:participant_audio_files.file_extension': {
    en: 'Always M4A.',
    zh: '始终为 M4A。',
  },
  'Cloud Recording:participant_audio_files.file_size': {
    en: 'Size of the file in bytes; it grows with the time the participant was recorded.',
    zh: '文件大小（字节），随该参会者被录制的时长增加。',
  },
  'Cloud Recording:participant_audio_files.play_url': {
    en: 'Link that plays the file in a browser, under the same passcode and sharing rules as the other files.',
    zh: '在浏览器中播放该文件的链接，密码与共享规则同其他录制文件。',
  },
  'Cloud Recording:participant_audio_files.download_url': {
    en: 'Link that downloads the file (302 to the file); it needs `?access_token=` with an access token of the account or a download token, and without one answers an HTML page, not a JSON error.',
    zh: '下载该文件的链接（以 302 跳转到文件）；需以 `?access_token=` 附加账户的访问令牌或下载令牌，缺少时返回 HTML 页面而不是 JSON 错误。',
  },
  'Cloud Recording:participant_audio_files.recording_start': {
    en: 'When the participant was first recorded in this set, ISO 8601 in UTC.',
    zh: '该参会者在此录制片段中首次被录制的时间，ISO 8601 格式（UTC）。',
  },
  'Cloud Recording:participant_audio_files.recording_end': {
    en: 'When the participant was last recorded in this set (they left, or recording stopped), ISO 8601 in UTC.',
    zh: '该参会者在此录制片段中最后被录制的时间（离开会议或停止录制时），ISO 8601 格式（UTC）。',
  },
  'Cloud Recording:participant_audio_files.status': {
    en: 'Always `completed`: the files are listed once the recording is processed.',
    zh: '始终为 `completed`：录制处理完成后才列出这些文件。',
  },
  'Cloud Recording:participant_audio_files.deleted_time': {
    en: 'When the file was moved to the trash, ISO 8601 in UTC; shown only in trash listings.',
    zh: '文件移入回收站的时间，ISO 8601 格式（UTC）；仅在回收站列表中返回。',
  },
}
