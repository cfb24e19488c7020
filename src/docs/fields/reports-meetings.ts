import type { FieldDocs } from './index.js'

export const reportsMeetingsFields: FieldDocs = {
  'Reports:id': {
    en: 'The meeting or webinar number (the ID people join with) of the instance the report covers.',
    zh: '报告所涉场次的会议或网络研讨会号（加入时使用的 ID）。',
  },
  'Reports:type': {
    en: 'In a report of one meeting or webinar, its type number as the meeting (webinar) itself shows it (1 instant, 2 scheduled, 3 recurring without a fixed time, 8 recurring with a fixed time; 5, 6 and 9 the webinar counterparts); as a list parameter, which kind of list to return.',
    zh: '在单场会议或网络研讨会的报告中，为其类型编号，与会议（网络研讨会）本身显示的相同（1 即时会议，2 预定会议，3 无固定时间的周期性会议，8 有固定时间的周期性会议；5、6、9 为对应的网络研讨会类型）；作为列表参数时，表示要返回哪一类列表。',
  },
  'Reports:participants.id': {
    en: 'The participant’s Zoom user ID when they joined signed in; an empty string for someone who joined without signing in.',
    zh: '参会者登录加入时为其 Zoom 用户 ID；未登录加入时为空字符串。',
  },
  'Reports:participants.name': {
    en: 'The display name the participant used in this session.',
    zh: '参会者在本次加入中使用的显示名称。',
  },
  'Reports:participants.status': {
    en: 'Where the participant was during the session: `in_meeting` in the meeting or webinar itself, `in_waiting_room` held in the waiting room.',
    zh: '参会者在本次加入期间所处的位置：`in_meeting` 表示在会议或网络研讨会中，`in_waiting_room` 表示在等候室中。',
  },
  'Reports:participants.participant_user_id': {
    en: 'The user ID of a participant who belongs to the host’s account; left out for everyone else.',
    zh: '属于主持人账户的参会者的用户 ID；其他参会者不返回此字段。',
  },
  'Reports:participants.customer_key': {
    en: 'The identifier an app built with the Zoom SDK gave the participant (up to 15 letters and digits); returned only for such joins.',
    zh: '使用 Zoom SDK 构建的应用为参会者指定的标识（最多 15 个字母或数字）；仅对此类加入返回。',
  },
  'Reports:participants.bo_mtg_id': {
    en: 'The ID of the breakout room the session took place in; returned only for sessions in a breakout room.',
    zh: '本次加入所在分组讨论室的 ID；仅对在分组讨论室中的加入返回。',
  },
}
