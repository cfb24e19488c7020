import type { OperationDocs } from './index.js'

// The refusals shared by the Q&A and poll reports of one held instance.
const REFUSALS = {
  en: 'Answers 400/200 “Only available for paid account: {accountId}.” on a Free account, 404/3001 when there is no ended instance by that number or UUID that the caller may read (a meeting’s number or UUID on a webinar path, and the reverse, included), and 400/12702 when the instance started more than a year ago on the server clock.',
  zh: '免费账户返回 400/200“Only available for paid account: {accountId}.”；找不到调用方可读取的、以该号码或 UUID 标识的已结束场次时返回 404/3001（在网络研讨会路径上使用会议的号码或 UUID，或反之，也是如此）；场次按服务器时钟开始于一年以前时返回 400/12702。',
}
const WEBINAR_PLAN = {
  en: ' When the webinar’s host has lost their webinar licence, the report is refused with 400/200 “Webinar plan is missing…”.',
  zh: '若网络研讨会的主持人已失去网络研讨会许可证，则拒绝生成报告，返回 400/200“Webinar plan is missing…”。',
}
const QA = {
  en: 'Questions are grouped by asker in the order of each asker’s first question; all anonymous questions share one “Anonymous Attendee” entry with no email. Each question carries its status, the first answer by the host, a co-host or a panelist (“live answered” when given aloud) and every answer and comment with who gave it and when. Only what was asked in that instance is shown; an instance without questions gives an empty list. No event is sent.',
  zh: '问题按提问者分组，按每位提问者首次提问的先后排序；所有匿名问题共用一个不含邮箱的“Anonymous Attendee”项。每个问题包含其状态、主持人、联席主持人或嘉宾给出的第一个回答（口头回答时为“live answered”），以及所有回答和评论及其作者和时间。只显示该场次中所提的问题；没有问题的场次返回空列表。不发送任何事件。',
}
const POLLS = {
  en: 'Answers are grouped by voter in the order of each voter’s first vote, one detail per poll question answered with the poll’s ID and the time of the vote; several choices of one question are joined by “;”, and a later vote in the same poll replaces the earlier one. Votes in anonymous polls appear under a separate “Anonymous Attendee” entry without an email. An instance without votes gives an empty list. No event is sent.',
  zh: '答案按投票者分组，按每位投票者首次投票的先后排序，每个作答的投票问题一项，包含投票 ID 和作答时间；同一问题的多个选项以“;”连接，在同一投票中再次作答会取代之前的作答。匿名投票中的作答列在单独的、不含邮箱的“Anonymous Attendee”项下。没有投票的场次返回空列表。不发送任何事件。',
}

export const reportsWebinarsDocs: OperationDocs = {
  getMeetingQAReport: {
    en: `Reports the Q&A of one ended meeting instance, named by its UUID (double-encode one that starts with \`/\` or contains \`//\`) or by the meeting number for its most recent ended instance. ${QA.en} ${REFUSALS.en}`,
    zh: `报告一场已结束会议场次的问答，可用其 UUID 指定（以 \`/\` 开头或包含 \`//\` 的 UUID 需两次编码），也可用会议号指定其最近一次已结束的场次。${QA.zh}${REFUSALS.zh}`,
  },
  reportWebinarQA: {
    en: `Reports the Q&A of one ended webinar instance, by UUID or by the webinar ID for its most recent ended instance: what attendees asked and how the host, co-hosts and panelists answered. ${QA.en} ${REFUSALS.en}${WEBINAR_PLAN.en}`,
    zh: `报告一场已结束网络研讨会场次的问答，可用 UUID 指定，或用网络研讨会 ID 指定其最近一次已结束的场次：参会者提出的问题以及主持人、联席主持人和嘉宾的回答。${QA.zh}${REFUSALS.zh}${WEBINAR_PLAN.zh}`,
  },
  reportMeetingPolls: {
    en: `Reports the poll answers given in one ended meeting instance, by UUID or by the meeting number for its most recent ended instance. ${POLLS.en} ${REFUSALS.en}`,
    zh: `报告一场已结束会议场次中的投票作答，可用 UUID 指定，或用会议号指定其最近一次已结束的场次。${POLLS.zh}${REFUSALS.zh}`,
  },
  reportWebinarPolls: {
    en: `Reports the poll answers given in one ended webinar instance, by UUID or by the webinar ID for its most recent ended instance; the host, co-hosts and panelists do not vote. ${POLLS.en} ${REFUSALS.en}${WEBINAR_PLAN.en}`,
    zh: `报告一场已结束网络研讨会场次中的投票作答，可用 UUID 指定，或用网络研讨会 ID 指定其最近一次已结束的场次；主持人、联席主持人和嘉宾不参与投票。${POLLS.zh}${REFUSALS.zh}${WEBINAR_PLAN.zh}`,
  },
}
