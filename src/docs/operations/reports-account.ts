import type { OperationDocs } from './index.js'

// What the account usage reports share: the paid-plan check, and the one-month window within the last six months.
const PAID = {
  en: 'A Free account is answered 400/200 “Only available for paid account: {accountId}.”.',
  zh: '免费账户返回 400/200“Only available for paid account: {accountId}.”。',
}
const WINDOW = {
  en: '`from` and `to` are UTC days, both included (`to` defaults to today, `from` to `to`); a range longer than a month is moved to start one month before `to` and the adjusted dates are echoed, a `from` later than `to` is 400/300, and a `from` more than six months back is 400/300 “Only provide report in recent 6 months”.',
  zh: '`from` 和 `to` 为 UTC 日期，包含首尾两天（`to` 默认为今天，`from` 默认等于 `to`）；超过一个月的范围会将起点调整为 `to` 之前一个月，并在响应中返回调整后的日期；`from` 晚于 `to` 时返回 400/300；`from` 早于六个月前时返回 400/300“Only provide report in recent 6 months”。',
}
const PAGES = {
  en: 'Pages hold `page_size` rows (30 by default, at most 300; a larger value is cut to 300) and continue with `next_page_token`, which expires after 15 minutes (400/300 once expired or altered).',
  zh: '每页 `page_size` 行（默认 30，最多 300，更大的值按 300 处理），用 `next_page_token` 继续翻页，该令牌 15 分钟后失效（失效或被改动时返回 400/300）。',
}

export const reportsAccountDocs: OperationDocs = {
  reportDaily: {
    en: `Reports the account’s usage for each day of one month (\`year\` and \`month\`, the current month by default): users added, meeting and webinar instances held (counted on the UTC day they started, once ended), joins in them (a participant who rejoins counts once per join) and the minutes attended. The figures add up the same instances and join sessions Get past meeting details and List past meeting participants show. ${PAID.en} A month that does not fall within the last six months (or has not begun) is 400/300 “Daily report can only be provided for a month that falls within the recent 6 months.”.`,
    zh: `报告账户在某个月（\`year\` 和 \`month\`，默认为当前月份）每一天的使用情况：新加入的用户数、举行的会议和网络研讨会场次数（结束后按开始时的 UTC 日期计入）、这些场次中的加入次数（离开后重新加入的参会者每次加入各计一次）以及参会分钟数。这些数值汇总的场次和加入记录与获取过往会议详情和列出过往会议参会者返回的一致。${PAID.zh}不在最近六个月以内（或尚未开始）的月份返回 400/300“Daily report can only be provided for a month that falls within the recent 6 months.”。`,
  },
  reportUsers: {
    en: `Lists the account’s hosts for a window: with \`type=active\` (the default) the users who hosted at least one meeting or webinar that started in the window and has ended, each with its meetings, joins and minutes attended, plus totals over all active hosts; with \`type=inactive\` the account’s other users, with zero figures and zero totals. Figures are computed from the same ended instances and join sessions as the past meeting operations. ${PAGES.en} \`page_number\` is still accepted. ${WINDOW.en} ${PAID.en}`,
    zh: `列出账户在某一时间范围内的主持人：\`type=active\`（默认）时为至少主持过一场在该范围内开始且已结束的会议或网络研讨会的用户，每人附会议数、加入次数和参会分钟数，并给出所有活跃主持人的合计；\`type=inactive\` 时为账户的其他用户，数值和合计均为 0。这些数值依据与过往会议操作相同的已结束场次和加入记录计算。${PAGES.zh}仍接受 \`page_number\`。${WINDOW.zh}${PAID.zh}`,
  },
  reportMeetings: {
    en: `Lists the ended meetings and webinars a user hosted that started in the window and had at least two participants (a meeting the host spent alone is left out), oldest first; with \`type=pastJoined\` also those the user joined signed in to the account. Each shows the UUID, number, type, topic, host, start and end, \`duration\`, \`total_minutes\` and \`participants_count\`, the same values Get past meeting details gives. The user is an ID, an email address or \`me\`; 404/1001 when there is no such user in the account. ${PAGES.en} ${WINDOW.en} ${PAID.en}`,
    zh: `列出某用户主持的、在时间范围内开始、已结束且至少有两位参会者的会议和网络研讨会（主持人独自参加的会议不列出），按时间先后排列；\`type=pastJoined\` 时还包括该用户以本账户身份登录加入的会议。每项返回 UUID、会议号、类型、主题、主持人、开始和结束时间、\`duration\`、\`total_minutes\` 和 \`participants_count\`，与获取过往会议详情返回的值相同。用户可用 ID、邮箱地址或 \`me\` 指定；账户中没有该用户时返回 404/1001。${PAGES.zh}${WINDOW.zh}${PAID.zh}`,
  },
  reportUpcomingEvents: {
    en: `Lists the scheduled starts of the account’s meetings and webinars that fall in the window and are still to come, earliest first: a scheduled meeting once, a recurring meeting with a fixed time once per available occurrence; meetings without a fixed time, instant and deleted meetings are not events. \`type\` keeps meetings, webinars or both (the default); \`group_id\` keeps events whose host is in that group. ${PAGES.en} ${WINDOW.en} ${PAID.en}`,
    zh: `列出账户的会议和网络研讨会在时间范围内、尚未到来的预定开始时间，按时间先后排列：预定会议出现一次，有固定时间的周期性会议每个可用场次各出现一次；无固定时间的会议、即时会议和已删除的会议不计入。\`type\` 指定只返回会议、只返回网络研讨会或两者都返回（默认）；\`group_id\` 只返回主持人属于该群组的活动。${PAGES.zh}${WINDOW.zh}${PAID.zh}`,
  },
  reportCloudRecording: {
    en: `Reports the account’s cloud recording storage day by day: for each day of the window up to yesterday (today’s figure is not ready yet; at most the last 30 days of the window) the storage in use at the end of that day, trash included, the storage the plan provides and what is still free, as sizes with units (“3 MB”). It is computed from the recording files the account still stores, counted from the time they were written. ${WINDOW.en} ${PAID.en}`,
    zh: `按天报告账户的云录制存储空间：时间范围内截至昨天的每一天（今天的数据尚未生成；最多为该范围的最后 30 天）当天结束时已使用的存储空间（含回收站）、套餐提供的存储空间以及剩余空间，均以带单位的大小表示（如“3 MB”）。依据账户仍保存的录制文件、从文件写入时起计算。${WINDOW.zh}${PAID.zh}`,
  },
}
