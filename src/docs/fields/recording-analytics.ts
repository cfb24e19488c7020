import type { FieldDocs } from './index.js'

export const recordingAnalyticsFields: FieldDocs = {
  'Cloud Recording:type': {
    en: 'On a recording, the meeting type (1–9 as for meetings and webinars, 99 uploaded). As an analytics filter: by_view (default) lists plays of the files, by_download lists downloads.',
    zh: '在录制中表示会议类型（1–9 与会议和网络研讨会相同，99 为上传的录制）。作为分析筛选条件：by_view（默认）列出文件的播放记录，by_download 列出下载记录。',
  },
  analytics_summary: {
    en: 'One entry per day of the range, from `from` to `to`, days without activity included.',
    zh: '范围内每天一项，从 `from` 到 `to`，没有活动的日期也包括在内。',
  },
  'analytics_summary.date': { en: 'The day, yyyy-mm-dd (UTC).', zh: '日期，yyyy-mm-dd 格式（UTC）。' },
  'analytics_summary.views_total_count': {
    en: 'How many times the meeting’s recordings were played that day.',
    zh: '当天该会议的录制被播放的次数。',
  },
  'analytics_summary.downloads_total_count': {
    en: 'How many times files of the meeting’s recordings were downloaded that day.',
    zh: '当天该会议录制的文件被下载的次数。',
  },
  analytics_details: {
    en: 'Each play (or download) in the range, oldest first.',
    zh: '范围内的每次播放（或下载），按时间从早到晚排列。',
  },
  'analytics_details.date_time': {
    en: 'When the recording was played or downloaded, ISO 8601 UTC.',
    zh: '录制被播放或下载的时间，ISO 8601 UTC 格式。',
  },
  'analytics_details.name': {
    en: 'Who played or downloaded it: the user’s name, or Guest for someone who watched with the passcode.',
    zh: '播放或下载者：用户的名称；凭密码观看的访客显示为 Guest。',
  },
  'analytics_details.email': {
    en: 'The user’s email; empty for a guest.',
    zh: '用户的电子邮箱；访客为空。',
  },
  'analytics_details.duration': {
    en: 'Seconds watched; 0 for a download, and 0 for a play, since this server does not know how long a page plays.',
    zh: '观看的秒数；下载为 0。本服务器无法得知页面播放了多久，因此播放也为 0。',
  },
}
