import type { OperationDocs } from './index.js'

export const archivingDocs: OperationDocs = {
  listArchivedFiles: {
    en: 'Lists the account’s archived meetings and webinars with their files. An account archives once its `recording.archive.enable` setting is on (Zoom Support turns it on): every meeting or webinar that ends then gets an archive, `processing` until the processing delay has passed on the server clock, then `completed` with whole-meeting files of the types the archive settings choose (video, audio, chat when anyone wrote, transcript), and `recording.archive_files_completed` is sent with a `download_token` that downloads them. The window `from`/`to` defaults to the last seven days and matches the meeting start, or the archive completion with `query_date_type=archive_complete_time`. Answers 400/200 “Only available for Paid account.” on a Free account and 400/200 “Not available for this account.” while archiving is off; 400/300 for a malformed time, a `from` after `to`, or a window longer than seven days.',
    zh: '列出账户已归档的会议和网络研讨会及其文件。账户的 `recording.archive.enable` 设置开启后（由 Zoom 支持团队开启）即开始归档：之后结束的每场会议或网络研讨会都会生成一个归档，在服务器时钟经过处理时长之前为 `processing`，之后变为 `completed`，并按归档设置所选类型生成整场会议文件（视频、音频、有人发言时的聊天、字幕文稿），同时发送 `recording.archive_files_completed`，其中的 `download_token` 可用于下载这些文件。时间窗口 `from`/`to` 默认为最近七天，匹配会议开始时间；设置 `query_date_type=archive_complete_time` 时匹配归档完成时间。免费账户返回 400/200“Only available for Paid account.”；未开启归档时返回 400/200“Not available for this account.”；时间格式错误、`from` 晚于 `to` 或窗口超过七天时返回 400/300。',
  },
}
