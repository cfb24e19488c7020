import type { OperationDocs } from './index.js'

// What the survey dashboards share.
const SURVEY = {
  en: 'Answers come from the end-of-meeting survey: after leaving for the last time, a participant gives a thumbs up or down, with reasons and a comment for a thumbs down. They are taken only while "Feedback to Zoom" and the end-of-meeting survey are on for the account and the host, and each one sends `meeting.participant_feedback` (or `webinar.participant_feedback`).',
  zh: '数据来自会议结束调查：参会者最后一次离开后点赞或点踩，点踩时可选择原因并填写评论。仅当账户和主持人都开启了“向 Zoom 反馈”和会议结束调查时才会记录回答，每条回答都会发送 `meeting.participant_feedback`（或 `webinar.participant_feedback`）事件。',
}
const GATE = {
  en: 'Answers 400/200 “This API is only available for Business or higher accounts that have enabled the Dashboard feature.” below the Business plan.',
  zh: '低于 Business 套餐的账户返回 400/200“This API is only available for Business or higher accounts that have enabled the Dashboard feature.”。',
}
const WINDOW = {
  en: '`from`/`to` are whole UTC days (both default to today); a range over a month keeps `to` and starts a month before it, and the dates applied are echoed. A `from` after `to` or an invalid date answers 400/300, as does a `from` more than six months back.',
  zh: '`from`/`to` 为完整的 UTC 日期（均默认为今天）；超过一个月的范围保留 `to`，从其前一个月开始，并回显实际使用的日期。`from` 晚于 `to` 或日期无效时返回 400/300，`from` 早于六个月前时同样返回 400/300。',
}
const INSTANCE = {
  en: 'The instance is the one in progress (`type=live`, the default) or an ended one (`type=past`; `pastOne` when only one person attended), by UUID or by number for the latest. Entries come in the order they were given, `page_size` per page (30 unless asked, at most 300), continued with `next_page_token` (15 minutes). With `type=live`, 404/3001 when it is not in progress; with `type=past`, 404/3001 when no ended instance matches.',
  zh: '场次为进行中的场次（`type=live`，默认）或已结束的场次（`type=past`；仅一人参加时用 `pastOne`），用 UUID 指定，或用号码指定最近一场。条目按作答顺序排列，每页 `page_size` 条（未指定时为 30，最多 300），用 `next_page_token` 继续翻页（有效期 15 分钟）。使用 `type=live` 时场次不在进行中返回 404/3001；使用 `type=past` 时没有匹配的已结束场次返回 404/3001。',
}

export const dashboardsFeedbackDocs: OperationDocs = {
  participantFeedback: {
    en: `Lists the survey answers about one meeting instance: when, who (per-session user ID and email, blank for guests outside the account), GOOD or NOT GOOD, and the comment. ${SURVEY.en} ${INSTANCE.en} ${GATE.en}`,
    zh: `列出关于某个会议场次的调查回答：时间、回答人（每次加入的用户 ID 和邮箱，账户外的访客邮箱为空）、GOOD 或 NOT GOOD 以及评论。${SURVEY.zh}${INSTANCE.zh}${GATE.zh}`,
  },
  participantWebinarFeedback: {
    en: `Lists the survey answers about one webinar instance, as the meeting form does. ${SURVEY.en} ${INSTANCE.en} ${GATE.en}`,
    zh: `列出关于某个网络研讨会场次的调查回答，与会议版本相同。${SURVEY.zh}${INSTANCE.zh}${GATE.zh}`,
  },
  listMeetingSatisfaction: {
    en: `Counts, for each day of the window, thumbs up, thumbs down, and participants who left a meeting with the survey on without answering, with the satisfaction percentage (thumbs up plus unanswered over everyone). A day counts an answer on the day it was given and a non-answer on the day of the participant's last leave. ${SURVEY.en} ${WINDOW.en} ${GATE.en}`,
    zh: `按时间范围内的每一天统计点赞数、点踩数，以及离开开启调查的会议但未作答的参会者人数，并给出满意度百分比（点赞加未作答占总人数的比例）。回答计入作答当天，未作答计入参会者最后一次离开的当天。${SURVEY.zh}${WINDOW.zh}${GATE.zh}`,
  },
  dashboardClientFeedback: {
    en: `Lists every thumbs-down reason with how many participants picked it in the window. ${SURVEY.en} ${WINDOW.en} ${GATE.en}`,
    zh: `列出所有点踩原因，以及时间范围内选择每个原因的参会者人数。${SURVEY.zh}${WINDOW.zh}${GATE.zh}`,
  },
  dashboardClientFeedbackDetail: {
    en: `Lists the participants who picked one thumbs-down reason in the window: meeting ID, name, email (blank for guests outside the account) and when they answered, in that order, \`page_size\` per page (30 unless asked, at most 300) with \`next_page_token\`. An ID that names no reason lists no one (Zoom documents no refusal for it). ${SURVEY.en} ${WINDOW.en} ${GATE.en}`,
    zh: `列出时间范围内选择了某个点踩原因的参会者：会议 ID、姓名、邮箱（账户外的访客为空）和作答时间，按作答顺序排列，每页 \`page_size\` 条（未指定时为 30，最多 300），用 \`next_page_token\` 继续翻页。ID 不对应任何原因时返回空列表（Zoom 未说明此情况的拒绝方式）。${SURVEY.zh}${WINDOW.zh}${GATE.zh}`,
  },
}
