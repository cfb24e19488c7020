import type { FieldDocs } from './index.js'

// The end-of-meeting survey dashboards: answers per instance, per day, and per thumbs-down reason.
export const dashboardsFeedbackFields: FieldDocs = {
  'Dashboards:participants.quality': {
    en: 'The answer: GOOD for a thumbs up, NOT GOOD for a thumbs down.',
    zh: '回答：GOOD 表示点赞，NOT GOOD 表示点踩。',
  },
  client_satisfaction: {
    en: 'One entry per day of the window, days without anyone included.',
    zh: '时间范围内每天一个条目，无人参会的日期也包括在内。',
  },
  'client_satisfaction.date': { en: 'The day, yyyy-mm-dd (UTC).', zh: '日期，yyyy-mm-dd 格式（UTC）。' },
  'client_satisfaction.good_count': {
    en: 'How many participants gave a thumbs up that day.',
    zh: '当天点赞的参会者人数。',
  },
  'client_satisfaction.not_good_count': {
    en: 'How many participants gave a thumbs down that day.',
    zh: '当天点踩的参会者人数。',
  },
  'client_satisfaction.none_count': {
    en: 'How many participants left a meeting with the survey on that day without answering it.',
    zh: '当天离开开启了调查的会议但未作答的参会者人数。',
  },
  'client_satisfaction.satisfaction_percent': {
    en: 'Thumbs up plus unanswered, as a percentage of everyone counted that day (two decimals); 100 on a day without anyone.',
    zh: '点赞人数加未作答人数占当天统计总人数的百分比（保留两位小数）；当天无人时为 100。',
  },
  client_feedbacks: {
    en: 'Every thumbs-down reason, each with how many participants picked it in the window (0 included).',
    zh: '所有点踩原因，每项附时间范围内选择该原因的参会者人数（包括为 0 的原因）。',
  },
  'client_feedbacks.feedback_id': {
    en: 'The reason’s ID; it never changes and is what the detail operation takes.',
    zh: '原因的 ID；该 ID 固定不变，可用于查询详情的操作。',
  },
  'client_feedbacks.feedback_name': {
    en: 'The reason as participants see it, for example "Audio echo".',
    zh: '参会者看到的原因名称，例如 "Audio echo"。',
  },
  feedbackId: {
    en: 'ID of a thumbs-down reason, as `GET /metrics/client/feedback` lists it.',
    zh: '点踩原因的 ID，取自 `GET /metrics/client/feedback` 的列表。',
  },
  client_feedback_details: {
    en: 'Participants who picked the reason, in the order they answered.',
    zh: '选择了该原因的参会者，按作答时间排序。',
  },
  'client_feedback_details.participant_name': {
    en: 'The participant’s display name in the meeting.',
    zh: '参会者在会议中的显示名称。',
  },
}
