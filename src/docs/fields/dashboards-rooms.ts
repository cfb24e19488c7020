import type { FieldDocs } from './index.js'

// The Zoom Rooms dashboards. The same room fields appear at the top of a room's detail and under `zoom_rooms` in
// the room list.
const ROOM = {
  calender_name: {
    en: 'The calendar resource the room is booked through (Zoom spells the field this way).',
    zh: '会议室预订所用的日历资源（Zoom 的字段名即如此拼写）。',
  },
  camera: { en: 'The camera the room uses.', zh: '会议室使用的摄像头。' },
  microphone: { en: 'The microphone the room uses.', zh: '会议室使用的麦克风。' },
  speaker: { en: 'The speaker the room uses.', zh: '会议室使用的扬声器。' },
  status: {
    en: 'The room’s state now: `In Meeting` while it is in a meeting, otherwise `Offline` while a “Zoom room is offline” issue is open, otherwise `Available`.',
    zh: '会议室当前的状态：正在会议中时为 `In Meeting`；否则有未解决的“Zoom room is offline”问题时为 `Offline`；其余情况为 `Available`。',
  },
  health: {
    en: 'The room’s health from its open issues: `critical` when it is offline or something is disconnected, `warning` for any other open issue, `healthy` when none is open.',
    zh: '根据未解决问题得出的会议室健康状况：离线或有设备断开时为 `critical`，有其他未解决问题时为 `warning`，没有未解决问题时为 `healthy`。',
  },
  issues: {
    en: 'The names of the room’s issues that are open now, oldest first.',
    zh: '会议室当前未解决问题的名称，按出现时间先后排列。',
  },
  last_start_time: {
    en: 'When the room last joined a meeting; absent when it never has.',
    zh: '会议室最近一次加入会议的时间；从未加入过时不返回。',
  },
  location_id: { en: 'The ID of the location the room belongs to.', zh: '会议室所属位置的 ID。' },
  device_ip: {
    en: 'The addresses of the room’s devices, each as “type : address”, separated by “; ” (the computer is called “Computer”).',
    zh: '会议室各设备的地址，每项写作“类型 : 地址”，以“; ”分隔（会议室电脑称为“Computer”）。',
  },
  location: { en: 'Where the room is, as its admin named the place.', zh: '会议室所在位置，即管理员为其设置的名称。' },
  account_type: {
    en: 'The kind of account the room’s email address belongs to, e.g. `Work Email`.',
    zh: '会议室邮箱地址所属的账户类型，例如 `Work Email`。',
  },
}

export const dashboardsRoomsFields: FieldDocs = {
  'Dashboards:zoomroomId': { en: 'The Zoom Room’s ID.', zh: 'Zoom Room 的 ID。' },
  'Dashboards:zoom_rooms': {
    en: 'The rooms: in the room list every room of the account, in registration order; in the top-rooms list up to 25 rooms that raised issues in the window, most issues first.',
    zh: '会议室：在会议室列表中为账户的全部会议室，按注册顺序排列；在问题最多的会议室列表中为时间范围内出现过问题的至多 25 个会议室，问题最多的在前。',
  },
  'Dashboards:zoom_rooms.issues_count': {
    en: 'How many issues the room raised in the window.',
    zh: '该会议室在时间范围内出现的问题数。',
  },
  ...Object.fromEntries(
    Object.entries(ROOM).flatMap(([name, doc]) => [
      [`Dashboards:${name}`, doc],
      [`Dashboards:zoom_rooms.${name}`, doc],
    ]),
  ),
  'Dashboards:issues': {
    en: 'For one room, the names of its issues open now; in the top-issues list, up to 25 issue names raised in the window, those raised by the most rooms first.',
    zh: '对于单个会议室，为其当前未解决问题的名称；在最常见问题列表中，为时间范围内出现过的至多 25 个问题名称，出现该问题的会议室最多的在前。',
  },
  'Dashboards:issues.issue_name': {
    en: 'The issue, in Zoom’s words, e.g. “Zoom room is offline” or “Controller battery is low”.',
    zh: '问题，使用 Zoom 的原文，例如“Zoom room is offline”或“Controller battery is low”。',
  },
  'Dashboards:issues.zoom_rooms_count': {
    en: 'How many rooms raised this issue in the window.',
    zh: '在时间范围内出现此问题的会议室数量。',
  },
  'Dashboards:live_meeting': {
    en: 'The meeting the room is in now, as the meeting dashboard shows it; absent when the room is in none.',
    zh: '会议室当前所在的会议，内容与会议仪表板相同；不在会议中时不返回。',
  },
  'Dashboards:past_meetings': {
    en: 'The ended meetings the room took part in that started in the window, oldest first, with the window used and the paging figures.',
    zh: '会议室参加过、且在时间范围内开始的已结束会议，按时间先后排列，并附有实际使用的时间范围和分页信息。',
  },
  'Dashboards:past_meetings.meetings': {
    en: 'One row per ended meeting, as the meeting dashboard shows it.',
    zh: '每个已结束的会议一行，内容与会议仪表板相同。',
  },
  'Dashboards:issue_details': {
    en: 'The issues the room raised in the window and the recoveries in it, in the order the issues were recorded.',
    zh: '会议室在时间范围内出现的问题及期间的恢复，按问题的记录顺序排列。',
  },
  'Dashboards:issue_details.issue': {
    en: 'The issue, or for a recovery the text Zoom reports when it clears, in Zoom’s words.',
    zh: '问题；恢复行为问题恢复时 Zoom 报告的文本。均使用 Zoom 的原文。',
  },
  'Dashboards:issue_details.time': {
    en: 'When the room raised the issue, or when it cleared.',
    zh: '问题出现的时间，或恢复的时间。',
  },
}
