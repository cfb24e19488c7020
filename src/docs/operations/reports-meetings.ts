import type { OperationDocs } from './index.js'

// The refusals shared by the four reports of one held instance.
const REFUSALS = {
  en: 'Answers 400/200 “Only available for paid account: {accountId}.” on a Free account, 404/3001 when there is no ended instance by that number or UUID that the caller may read (including one still in progress), and 400/12702 when the instance started more than a year ago on the server clock.',
  zh: '免费账户返回 400/200“Only available for paid account: {accountId}.”；找不到调用方可读取的、以该号码或 UUID 标识的已结束场次（包括仍在进行中的场次）时返回 404/3001；场次按服务器时钟开始于一年以前时返回 400/12702。',
}
const WEBINAR_PLAN = {
  en: ' A webinar whose host no longer holds a webinar licence answers 400/200 “Webinar plan is missing…”.',
  zh: '主持人已不再持有网络研讨会许可证的网络研讨会返回 400/200“Webinar plan is missing…”。',
}
const PARTICIPANT_ROWS = {
  en: 'Every join is its own row, so someone who leaves and rejoins appears once per session, in join order; `duration` is that session’s seconds. Email addresses follow Zoom’s display rules (guests show an empty string unless they registered or the host supplied the address). `registrant_id` appears only with `include_fields=registrant_id`, and only for registered participants. Pages hold `page_size` rows (at most 300; a larger value is cut to 300) and continue with `next_page_token`, which expires after 15 minutes (400/300 once expired or altered). The rows and their times and durations are the same as Get past meeting participants shows for that instance.',
  zh: '每次加入单独一行，离开后重新加入的人每次加入各占一行，按加入时间排序；`duration` 为该次加入的秒数。邮箱地址遵循 Zoom 的显示规则（访客显示为空字符串，除非其已注册或主持人提供了该地址）。只有传入 `include_fields=registrant_id` 时才返回 `registrant_id`，且仅限已注册的参会者。每页 `page_size` 行（最多 300，更大的值按 300 处理），用 `next_page_token` 继续翻页，该令牌 15 分钟后失效（失效或被改动时返回 400/300）。各行及其时间和时长与获取过往会议参会者对同一场次返回的内容一致。',
}

export const reportsMeetingsDocs: OperationDocs = {
  reportMeetingDetails: {
    en: `Reports one ended meeting instance: named by its UUID (double-encode one that starts with \`/\` or contains \`//\`), or by the meeting number for its most recent ended instance. It shows the host’s name, email and department, the start and end, \`duration\` in minutes, \`total_minutes\` (every participant’s minutes added up, host included), \`participants_count\` (distinct people, not sessions) and the meeting’s tracking fields; these figures are the ones Get past meeting details gives for the same instance. ${REFUSALS.en}`,
    zh: `报告一场已结束的会议场次：可用其 UUID 指定（以 \`/\` 开头或包含 \`//\` 的 UUID 需两次编码），也可用会议号指定其最近一次已结束的场次。返回主持人的姓名、邮箱和部门、开始和结束时间、以分钟计的 \`duration\`、\`total_minutes\`（所有参会者的分钟数之和，含主持人）、\`participants_count\`（不同参会者的人数，而非加入次数）以及会议的跟踪字段；这些数值与获取过往会议详情对同一场次返回的相同。${REFUSALS.zh}`,
  },
  reportMeetingParticipants: {
    en: `Lists who took part in one ended meeting instance (by UUID, or the meeting number for its latest ended instance). ${PARTICIPANT_ROWS.en} ${REFUSALS.en}`,
    zh: `列出一场已结束会议场次的参会情况（用 UUID 指定，或用会议号指定其最近一次已结束的场次）。${PARTICIPANT_ROWS.zh}${REFUSALS.zh}`,
  },
  reportWebinarDetails: {
    en: `Reports one ended webinar instance, by UUID or by the webinar ID for its most recent ended instance: the host, the start and end, \`duration\` in minutes, \`total_minutes\` over all attendees, panelists and the host, \`participants_count\` (distinct people) and the webinar’s tracking fields, computed from the same sessions as the past webinar operations. A meeting’s number or UUID is not a webinar (404/3001). ${REFUSALS.en}${WEBINAR_PLAN.en}`,
    zh: `报告一场已结束的网络研讨会场次，可用 UUID 指定，或用网络研讨会 ID 指定其最近一次已结束的场次：返回主持人、开始和结束时间、以分钟计的 \`duration\`、所有参会者、嘉宾和主持人的 \`total_minutes\`、\`participants_count\`（不同参会者的人数）以及网络研讨会的跟踪字段，与过往网络研讨会操作依据相同的加入记录计算。会议的号码或 UUID 不视为网络研讨会（404/3001）。${REFUSALS.zh}${WEBINAR_PLAN.zh}`,
  },
  reportWebinarParticipants: {
    en: `Lists who took part in one ended webinar instance (by UUID, or the webinar ID for its latest ended instance): attendees, panelists and the host alike. ${PARTICIPANT_ROWS.en.replace('Get past meeting participants shows', 'the past participant records hold')} ${REFUSALS.en}${WEBINAR_PLAN.en}`,
    zh: `列出一场已结束网络研讨会场次的参会情况（用 UUID 指定，或用网络研讨会 ID 指定其最近一次已结束的场次），参会者、嘉宾和主持人均包括在内。${PARTICIPANT_ROWS.zh.replace('获取过往会议参会者对同一场次返回的内容', '该场次的过往参会记录')}${REFUSALS.zh}${WEBINAR_PLAN.zh}`,
  },
}
