import type { FieldDocs } from './index.js'

export const reportsAccountFields: FieldDocs = {
  year: {
    en: 'The calendar year of the daily usage report (UTC); the current year when omitted.',
    zh: '每日使用情况报告所属的公历年份（UTC）；省略时为当前年份。',
  },
  month: {
    en: 'The month (1–12) of the daily usage report; the current month when omitted. It must fall within the last six months.',
    zh: '每日使用情况报告所属的月份（1–12）；省略时为当前月份。该月份必须在最近六个月以内。',
  },
  dates: {
    en: 'One entry for every day of the month, in date order, days without activity included.',
    zh: '该月每一天各一项，按日期排序，没有活动的日期也包括在内。',
  },
  'dates.date': { en: 'The day, yyyy-mm-dd (UTC).', zh: '日期，格式为 yyyy-mm-dd（UTC）。' },
  'dates.new_users': {
    en: 'Users added to the account on that day.',
    zh: '当天新加入该账户的用户数。',
  },
  'dates.meetings': {
    en: 'Meeting and webinar instances that started on that day and have ended.',
    zh: '当天开始且已结束的会议和网络研讨会场次数。',
  },
  'dates.participants': {
    en: 'Joins in those instances: someone who leaves and rejoins is counted once per join.',
    zh: '这些场次中的加入次数：离开后重新加入的参会者每次加入各计一次。',
  },
  'dates.meeting_minutes': {
    en: 'Minutes attended in those instances, every participant’s minutes added up (each instance’s `total_minutes`).',
    zh: '这些场次中所有参会者的参会分钟数之和（即各场次的 `total_minutes` 之和）。',
  },
  'Reports:users': {
    en: 'The hosts on this page: with `type=active` those who hosted at least one meeting or webinar in the window, with `type=inactive` the account’s other users.',
    zh: '本页的主持人：`type=active` 时为在时间范围内至少主持过一场会议或网络研讨会的用户，`type=inactive` 时为该账户的其他用户。',
  },
  'Reports:users.id': { en: 'The user’s ID.', zh: '用户 ID。' },
  'users.email': { en: 'The user’s email address.', zh: '用户的邮箱地址。' },
  'users.user_name': {
    en: 'The user’s display name (first and last name when none is set).',
    zh: '用户的显示名称（未设置时为名字和姓氏）。',
  },
  'Reports:users.type': {
    en: 'The user’s type: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None.',
    zh: '用户类型：1 基本用户，2 授权用户，4 未分配 Meetings 基本版，99 无。',
  },
  'users.dept': { en: 'The user’s department.', zh: '用户所在的部门。' },
  'users.meetings': {
    en: 'Ended meetings and webinars the user hosted that started in the window.',
    zh: '该用户主持的、在时间范围内开始且已结束的会议和网络研讨会数量。',
  },
  'users.participants': {
    en: 'Joins in those meetings and webinars (a rejoin counts again).',
    zh: '这些会议和网络研讨会中的加入次数（重新加入再计一次）。',
  },
  'users.meeting_minutes': {
    en: 'Minutes attended in those meetings and webinars, all participants added up.',
    zh: '这些会议和网络研讨会中所有参会者的参会分钟数之和。',
  },
  total_meetings: {
    en: 'Meetings and webinars held by all active hosts in the window (0 in the inactive list).',
    zh: '时间范围内所有活跃主持人举行的会议和网络研讨会数量（非活跃列表中为 0）。',
  },
  total_participants: {
    en: 'Joins over all those meetings and webinars.',
    zh: '所有这些会议和网络研讨会中的加入次数合计。',
  },
  total_meeting_minutes: {
    en: 'Minutes attended over all those meetings and webinars.',
    zh: '所有这些会议和网络研讨会中的参会分钟数合计。',
  },
  upcoming_events: {
    en: 'Scheduled starts still to come in the window, earliest first: a recurring meeting or webinar appears once per available occurrence.',
    zh: '时间范围内尚未到来的预定开始时间，按时间先后排列：周期性会议或网络研讨会的每个可用场次各出现一次。',
  },
  'Reports:upcoming_events.id': {
    en: 'The UUID of the meeting or webinar.',
    zh: '会议或网络研讨会的 UUID。',
  },
  'upcoming_events.start_time': {
    en: 'When it is scheduled to start, ISO 8601 UTC.',
    zh: '预定开始时间，ISO 8601 UTC。',
  },
  'upcoming_events.topic': { en: 'The meeting’s or webinar’s topic.', zh: '会议或网络研讨会的主题。' },
  'upcoming_events.host_id': { en: 'The host’s user ID.', zh: '主持人的用户 ID。' },
  'upcoming_events.host_name': { en: 'The host’s display name.', zh: '主持人的显示名称。' },
  'upcoming_events.dept': { en: 'The host’s department.', zh: '主持人所在的部门。' },
  'Reports:group_id': {
    en: 'Only events whose host belongs to this group.',
    zh: '只返回主持人属于该群组的活动。',
  },
  cloud_recording_storage: {
    en: 'One entry per day of the window up to yesterday (today has no figure yet), at most 30 days.',
    zh: '时间范围内截至昨天的每天一项（今天尚无数据），最多 30 天。',
  },
  'cloud_recording_storage.date': { en: 'The day, yyyy-mm-dd (UTC).', zh: '日期，格式为 yyyy-mm-dd（UTC）。' },
  'cloud_recording_storage.usage': {
    en: 'Cloud recording storage in use at the end of that day, trash included, as a size with its unit (“3 MB”).',
    zh: '当天结束时已使用的云录制存储空间（含回收站），以带单位的大小表示（如“3 MB”）。',
  },
  'cloud_recording_storage.plan_usage': {
    en: 'The cloud recording storage the account’s plan provides.',
    zh: '账户套餐提供的云录制存储空间。',
  },
  'cloud_recording_storage.free_usage': {
    en: 'The storage still free at the end of that day: the plan’s storage less the storage in use.',
    zh: '当天结束时仍可用的存储空间：套餐存储空间减去已使用的部分。',
  },
  'Reports:users.custom_attributes': {
    en: 'The custom attributes the user was given, each a key, name and value; absent for a user without any.',
    zh: '分配给该用户的自定义属性，每项包含 key、name 和 value；用户没有自定义属性时不返回。',
  },
  'Reports:users.custom_attributes.name': { en: 'The custom attribute’s name.', zh: '自定义属性的名称。' },
  'Reports:meetings.custom_keys': {
    en: 'The custom keys and values the meeting or webinar was given, up to 10; absent when it has none.',
    zh: '会议或网络研讨会设置的自定义键及其值，最多 10 个；没有时不返回。',
  },
  'Reports:meetings.schedule_time': {
    en: 'When the instance was scheduled to start, “MM/dd/yyyy HH:mm” in UTC; absent for an instant meeting or one without a fixed time.',
    zh: '该场次预定的开始时间，格式为“MM/dd/yyyy HH:mm”（UTC）；即时会议或无固定时间的会议不返回。',
  },
  'Reports:meetings.join_waiting_room_time': {
    en: 'When the report’s user first entered the instance’s waiting room, “MM/dd/yyyy HH:mm” in UTC; absent when they never waited there.',
    zh: '报告所指用户首次进入该场次等候室的时间，格式为“MM/dd/yyyy HH:mm”（UTC）；该用户未在等候室等候时不返回。',
  },
  'Reports:meetings.join_time': {
    en: 'When the report’s user first joined the instance, “MM/dd/yyyy HH:mm” in UTC; absent when they never joined it.',
    zh: '报告所指用户首次加入该场次的时间，格式为“MM/dd/yyyy HH:mm”（UTC）；该用户未加入时不返回。',
  },
  'Reports:meetings.leave_time': {
    en: 'When the report’s user last left the instance, “MM/dd/yyyy HH:mm” in UTC; absent when they never joined it.',
    zh: '报告所指用户最后一次离开该场次的时间，格式为“MM/dd/yyyy HH:mm”（UTC）；该用户未加入时不返回。',
  },
}
