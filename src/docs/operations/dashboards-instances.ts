import type { OperationDocs } from './index.js'

// What the meeting and webinar rows hold, and when they are refused, shared by the lists and the details.
const ROW = {
  en: 'Each row gives the host’s name, email, license label and department, the start (and, once ended, the end) time, `duration` as “mm:ss” under an hour and “hh:mm:ss” from one (counted up to now while running), the participant count (distinct people) and Zoom Rooms count, and flags read from what actually happened: phone and SIP legs, computer audio, screen shares, recorded stretches, answered polls, Q&A questions and video in the per-minute QoS samples. Audio, video and screen share quality grades are not given.',
  zh: '每行包含主持人的姓名、邮箱、许可证类型和部门，开始时间（结束后还有结束时间），`duration` 不足一小时写作“mm:ss”、一小时及以上写作“hh:mm:ss”（进行中时计算到当前），参会人数（不同的人）和 Zoom Rooms 数量，以及根据实际发生的情况得出的标志：电话和 SIP 线路、电脑音频、屏幕共享、录制时段、已回答的投票、问答中的问题，以及每分钟 QoS 样本中的视频。不提供音频、视频和屏幕共享的质量等级。',
}
const GATE = {
  en: 'Accounts below the Business plan get 400/200 “This API is only available for Business or higher accounts that have enabled the Dashboard feature.”',
  zh: '低于商业版的账户返回 400/200“This API is only available for Business or higher accounts that have enabled the Dashboard feature.”。',
}
const LIST = {
  en: '`from` and `to` (yyyy-mm-dd, both required) choose the days the instances started in; a range longer than a month keeps `to` and starts a month before it, and the dates used are echoed. A `from` more than six months back answers 400/300. `type` picks running instances (`live`, the default) or ended ones; `group_id` keeps instances whose host belongs to that group. Pages hold `page_size` rows (default 30, at most 300) and continue with `next_page_token`, valid for 15 minutes (400/300 once expired or altered).',
  zh: '`from` 和 `to`（yyyy-mm-dd，均为必填）选择场次开始的日期；超过一个月的范围保留 `to`，并从其前一个月开始，实际使用的日期会在返回中回显。`from` 早于六个月前时返回 400/300。`type` 选择正在进行的场次（`live`，默认）或已结束的场次；`group_id` 只保留主持人属于该群组的场次。每页 `page_size` 行（默认 30，最多 300），用 `next_page_token` 继续翻页，该令牌 15 分钟内有效（失效或被改动时返回 400/300）。',
}
const DETAIL = {
  en: 'With `type=live` (the default) the instance must be in progress, named by its number or the instance UUID; `past` and `pastOne` name an ended instance by UUID (double-encode one that starts with `/` or contains `//`) or by number for the latest ended one, and `pastOne` only one that a single participant attended. Otherwise the answer is 404/3001; an ended instance that started more than a year ago is 400/12702.',
  zh: '`type=live`（默认）时场次必须正在进行，可用号码或场次 UUID 指定；`past` 和 `pastOne` 用 UUID 指定已结束的场次（以 `/` 开头或包含 `//` 的 UUID 需两次编码），或用号码指定最近一次已结束的场次，且 `pastOne` 只接受仅有一位参会者参加的场次。否则返回 404/3001；开始于一年以前的已结束场次返回 400/12702。',
}

export const dashboardsInstancesDocs: OperationDocs = {
  dashboardMeetings: {
    en: `Lists the account’s meeting instances for the dashboard (a user without account-wide access sees only meetings they host); \`pastOne\` lists ended meetings only one person attended, \`past\` the others. ${LIST.en} ${ROW.en} ${GATE.en}`,
    zh: `列出账户中供仪表板使用的会议场次（没有账户级权限的用户只能看到自己主持的会议）；\`pastOne\` 列出仅一人参加的已结束会议，\`past\` 列出其余的已结束会议。${LIST.zh}${ROW.zh}${GATE.zh}`,
  },
  dashboardMeetingDetail: {
    en: `Shows one meeting instance as the dashboard does. ${DETAIL.en} A webinar named here answers 400/300 “Can not access webinar info, {meetingId}.”. ${ROW.en} ${GATE.en}`,
    zh: `以仪表板的形式返回一个会议场次。${DETAIL.zh}在此处指定网络研讨会时返回 400/300“Can not access webinar info, {meetingId}.”。${ROW.zh}${GATE.zh}`,
  },
  dashboardWebinars: {
    en: `Lists the account’s webinar instances for the dashboard (a user without account-wide access sees only webinars they host); \`past\` lists the ended ones. ${LIST.en} ${ROW.en} ${GATE.en}`,
    zh: `列出账户中供仪表板使用的网络研讨会场次（没有账户级权限的用户只能看到自己主持的网络研讨会）；\`past\` 列出已结束的场次。${LIST.zh}${ROW.zh}${GATE.zh}`,
  },
  dashboardWebinarDetail: {
    en: `Shows one webinar instance as the dashboard does. ${DETAIL.en} ${ROW.en} ${GATE.en}`,
    zh: `以仪表板的形式返回一个网络研讨会场次。${DETAIL.zh}${ROW.zh}${GATE.zh}`,
  },
}
