import type { OperationDocs } from './index.js'

// What the four participant QoS dashboards share.
const SAMPLES = {
  en: 'Each participant entry is one join session (someone who rejoins appears once per session) with its header — user ID, per-session `user_id`, name, device, IP address, location, join and leave times, computer name and client version; device, MAC address and disk ID are blank for people outside the host’s account — and `user_qos`, one sample per minute of the session. Every metric is a string with its unit ("52 kbps", "35 ms", "0.3%", "1280*720", "25 fps", CPU "7%"); a stream that was not flowing in that minute (video from a phone caller, screen sharing when nobody shared) has an empty string in every field. In a meeting running on the server clock a session gets each minute’s sample once that minute is over, so with `type=live` a participant still in the meeting shows every completed minute (the current one comes next); the rest of the last minute is written when the session closes. A meeting the simulator writes into the past gets its samples as each session closes.',
  zh: '每个参会者条目对应一次加入（离开后重新加入的人每次加入各占一条），包含表头信息——用户 ID、每次加入的 `user_id`、姓名、设备、IP 地址、位置、加入和离开时间、计算机名称和客户端版本；对主持人账户以外的人员，设备、MAC 地址和硬盘 ID 为空——以及 `user_qos`，即本次加入每分钟一个样本。每项指标都是带单位的字符串（"52 kbps"、"35 ms"、"0.3%"、"1280*720"、"25 fps"，CPU 为 "7%"）；某分钟内未传输的媒体流（电话拨入者的视频、无人共享时的屏幕共享）所有字段均为空字符串。按服务器时钟进行的会议中，每过完一分钟即写入该分钟的样本，因此使用 `type=live` 时仍在会中的参会者显示所有已结束的分钟（当前分钟随后出现）；最后不足一分钟的部分在该次加入结束时写入。模拟器写入过去的会议，其样本在每次加入结束时写入。',
}
const REFUSALS = {
  en: 'Answers 400/200 “This API is only available for Business or higher accounts that have enabled the Dashboard feature.” below the Business plan; with `type=past` (default `live`), 404/3001 when no ended instance by that number or UUID exists for the caller and 400/12702 when it started more than a year ago; with `type=live`, 404/3001 when the meeting (webinar) is not in progress.',
  zh: '低于 Business 套餐的账户返回 400/200“This API is only available for Business or higher accounts that have enabled the Dashboard feature.”；使用 `type=past`（默认为 `live`）时，找不到调用方可读取的、以该号码或 UUID 标识的已结束场次返回 404/3001，场次开始于一年以前返回 400/12702；使用 `type=live` 时，会议（网络研讨会）不在进行中返回 404/3001。',
}
const ONE = {
  en: '`participantId` is the per-session `user_id` the participant lists show (a participant’s or user’s ID names their latest session); 404/404 when the instance has no such participant.',
  zh: '`participantId` 为参会者列表中显示的每次加入的 `user_id`（使用参会者或用户的 ID 时指其最近一次加入）；场次中没有该参会者时返回 404/404。',
}
const PAGES = {
  en: 'Entries come in join order, `page_size` per page (one unless asked; a value above 10 is cut to 10), continued with `next_page_token` (15 minutes; 400/300 once expired or altered).',
  zh: '条目按加入时间排序，每页 `page_size` 条（未指定时为 1，大于 10 时按 10 处理），用 `next_page_token` 继续翻页（有效期 15 分钟；失效或被改动时返回 400/300）。',
}
const WEBINAR_ON_MEETING = {
  en: ' A webinar named on this meeting path answers 400/300 “Can not access webinar info, {meetingId}.”.',
  zh: '在此会议路径上使用网络研讨会时返回 400/300“Can not access webinar info, {meetingId}.”。',
}

export const dashboardsQosDocs: OperationDocs = {
  dashboardMeetingParticipantQOS: {
    en: `Shows the per-minute quality of service of one participant session in a meeting instance, live or ended (by UUID, or the meeting number for its latest instance of that type). ${ONE.en} ${SAMPLES.en} ${REFUSALS.en}${WEBINAR_ON_MEETING.en}`,
    zh: `显示会议场次（进行中或已结束；用 UUID 指定，或用会议号指定该类型的最近场次）中某位参会者一次加入的每分钟服务质量。${ONE.zh}${SAMPLES.zh}${REFUSALS.zh}${WEBINAR_ON_MEETING.zh}`,
  },
  dashboardMeetingParticipantsQOS: {
    en: `Lists the per-minute quality of service of every participant session in a meeting instance, live or ended. ${PAGES.en} ${SAMPLES.en} ${REFUSALS.en}${WEBINAR_ON_MEETING.en}`,
    zh: `列出会议场次（进行中或已结束）中每次参会者加入的每分钟服务质量。${PAGES.zh}${SAMPLES.zh}${REFUSALS.zh}${WEBINAR_ON_MEETING.zh}`,
  },
  dashboardWebinarParticipantQOS: {
    en: `Shows the per-minute quality of service of one participant session in a webinar instance, live or ended (by UUID, or the webinar number for its latest instance of that type). ${ONE.en} ${SAMPLES.en} ${REFUSALS.en}`,
    zh: `显示网络研讨会场次（进行中或已结束；用 UUID 指定，或用网络研讨会号指定该类型的最近场次）中某位参会者一次加入的每分钟服务质量。${ONE.zh}${SAMPLES.zh}${REFUSALS.zh}`,
  },
  dashboardWebinarParticipantsQOS: {
    en: `Lists the per-minute quality of service of every participant session in a webinar instance, live or ended. ${PAGES.en} ${SAMPLES.en} ${REFUSALS.en}`,
    zh: `列出网络研讨会场次（进行中或已结束）中每次参会者加入的每分钟服务质量。${PAGES.zh}${SAMPLES.zh}${REFUSALS.zh}`,
  },
}
