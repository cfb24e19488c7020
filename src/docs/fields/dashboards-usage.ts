import type { FieldDocs } from './index.js'

const sent = (en: string, zh: string) => ({
  en: `How many ${en} the user sent in Team Chat over the window.`,
  zh: `该用户在时间范围内通过团队聊天发送的${zh}数量。`,
})

export const dashboardsUsageFields: FieldDocs = {
  'users.total_sent': sent('messages of any kind', '各类消息总'),
  'users.group_sent': sent('messages in channels', '频道消息'),
  'users.p2p_sent': sent('one-to-one messages to contacts', '发给联系人的一对一消息'),
  'users.text_sent': sent('text messages', '文本消息'),
  'users.files_sent': sent('files', '文件'),
  'users.images_sent': sent('images', '图片'),
  'users.audio_sent': sent('voice messages and audio files', '语音消息和音频文件'),
  'users.video_sent': sent('video messages and video files', '视频消息和视频文件'),
  'users.code_sippet_sent': sent('code snippets', '代码片段'),
  'users.giphys_sent': sent('GIPHY images', 'GIPHY 动图'),
  client_versions: {
    en: 'The client versions the account’s users joined meetings with over the last 30 days, most used first.',
    zh: '账户用户在最近 30 天内加入会议时使用的客户端版本，使用人数多的在前。',
  },
  'client_versions.client_version': {
    en: 'A Zoom client version, as the join sessions recorded it.',
    zh: 'Zoom 客户端版本，与入会记录中保存的一致。',
  },
  'client_versions.total_count': {
    en: 'How many users last joined with this version.',
    zh: '最近一次以此版本加入的用户数量。',
  },
  crc_ports_usage: {
    en: 'One entry per day of the window (UTC), each with its 24 hours.',
    zh: '时间范围内每天（UTC）一项，每项包含当天的 24 个小时。',
  },
  'crc_ports_usage.date_time': { en: 'The day, yyyy-mm-dd (UTC).', zh: '日期，yyyy-mm-dd 格式（UTC）。' },
  'crc_ports_usage.crc_ports_hour_usage': {
    en: 'Room Connector port use in each hour of the day, 00 to 23.',
    zh: '当天每个小时（00 至 23）的会议室连接器端口使用情况。',
  },
  'crc_ports_usage.crc_ports_hour_usage.hour': {
    en: 'The hour of the day, two digits, UTC: 23 is 23:00 to 24:00.',
    zh: '一天中的小时，两位数字，UTC：23 表示 23:00 至 24:00。',
  },
  'crc_ports_usage.crc_ports_hour_usage.max_usage': {
    en: 'The most H.323/SIP room systems connected through the Room Connector at the same moment of the hour.',
    zh: '该小时内同一时刻通过会议室连接器连接的 H.323/SIP 会议室系统的最大数量。',
  },
  'crc_ports_usage.crc_ports_hour_usage.total_usage': {
    en: 'How many H.323/SIP room system connections were up at some moment of the hour.',
    zh: '该小时内曾处于连接状态的 H.323/SIP 会议室系统连接数量。',
  },
}
