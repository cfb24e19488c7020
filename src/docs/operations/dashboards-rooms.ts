import type { OperationDocs } from './index.js'

// What a room row holds, where it comes from, and the refusals all five operations share.
const ROOM = {
  en: 'A room row gives the name, location, calendar resource, email, the camera, microphone and speaker, the addresses of its devices, the last time it joined a meeting, its open issues, a health grade from them, and its status (`In Meeting` while it is in a meeting, `Offline` while the “Zoom room is offline” issue is open, else `Available`). Rooms, their devices and issues are registered through the simulator; a room joins meetings as a scenario participant with `zoom_room`.',
  zh: '会议室行包含名称、位置、日历资源、邮箱、摄像头、麦克风和扬声器、各设备的地址、最近一次加入会议的时间、未解决的问题及据此得出的健康状况，以及状态（正在会议中时为 `In Meeting`，有未解决的“Zoom room is offline”问题时为 `Offline`，否则为 `Available`）。会议室及其设备和问题通过模拟器注册；会议室作为带有 `zoom_room` 的场景参会者加入会议。',
}
const GATE = {
  en: 'Accounts below the Business plan get 400/200 “This API is only available for Business or higher accounts that have enabled the Dashboard feature.”',
  zh: '低于商业版的账户返回 400/200“This API is only available for Business or higher accounts that have enabled the Dashboard feature.”。',
}
const WINDOW = {
  en: '`from` and `to` (yyyy-mm-dd, both required) choose the days; a range longer than a month keeps `to` and starts a month before it, and the dates used are echoed. A `from` more than six months back, or after `to`, answers 400/300.',
  zh: '`from` 和 `to`（yyyy-mm-dd，均为必填）选择日期范围；超过一个月的范围保留 `to`，并从其前一个月开始，实际使用的日期会在返回中回显。`from` 早于六个月前或晚于 `to` 时返回 400/300。',
}
const PAGES = {
  en: 'Pages hold `page_size` rows (default 30, at most 300) and continue with `next_page_token`, valid for 15 minutes (400/300 once expired or altered).',
  zh: '每页 `page_size` 行（默认 30，最多 300），用 `next_page_token` 继续翻页，该令牌 15 分钟内有效（失效或被改动时返回 400/300）。',
}
const UNKNOWN = {
  en: 'An ID that names no room of the account answers 404/1012 “Room does not exist: {zoomroomId}.”',
  zh: '该 ID 不是账户中的会议室时返回 404/1012“Room does not exist: {zoomroomId}.”。',
}

export const dashboardsRoomsDocs: OperationDocs = {
  dashboardZoomRooms: {
    en: `Lists the account’s Zoom Rooms for the dashboard, in registration order. ${ROOM.en} Besides \`next_page_token\`, \`page_number\` picks a page. ${PAGES.en} ${GATE.en}`,
    zh: `列出账户中供仪表板使用的 Zoom Rooms，按注册顺序排列。${ROOM.zh}除 \`next_page_token\` 外，也可用 \`page_number\` 选择页码。${PAGES.zh}${GATE.zh}`,
  },
  dashboardZoomRoom: {
    en: `Shows one Zoom Room: its row, the meeting it is in now (\`live_meeting\`) and, under \`past_meetings\`, the ended meetings it took part in that started in the window; meetings appear as the meeting dashboard shows them. ${ROOM.en} ${WINDOW.en} ${PAGES.en} ${UNKNOWN.en} ${GATE.en}`,
    zh: `返回一个 Zoom Room：会议室行、当前所在的会议（\`live_meeting\`），以及 \`past_meetings\` 中其参加过、且在时间范围内开始的已结束会议；会议内容与会议仪表板相同。${ROOM.zh}${WINDOW.zh}${PAGES.zh}${UNKNOWN.zh}${GATE.zh}`,
  },
  dashboardZoomRoomIssue: {
    en: `Lists the 25 issues raised by the most rooms in the window, each with the number of rooms that raised it (a room raising an issue twice counts once), computed from the issues registered through the simulator by the time they were raised. ${WINDOW.en} ${GATE.en}`,
    zh: `列出时间范围内出现该问题的会议室最多的 25 个问题，每项附有出现该问题的会议室数量（同一会议室多次出现同一问题只计一次），依据通过模拟器登记的问题按出现时间统计。${WINDOW.zh}${GATE.zh}`,
  },
  dashboardIssueZoomRoom: {
    en: `Lists the 25 rooms that raised the most issues in the window, each with its name and issue count, computed from the issues registered through the simulator by the time they were raised; resolved issues still count. ${WINDOW.en} ${GATE.en}`,
    zh: `列出时间范围内出现问题最多的 25 个会议室，每项附有名称和问题数，依据通过模拟器登记的问题按出现时间统计；已解决的问题同样计入。${WINDOW.zh}${GATE.zh}`,
  },
  dashboardIssueDetailZoomRoom: {
    en: `Lists what one room reported in the window: each issue raised then, with its name and the time it was raised, and each recovery then of an issue Zoom reports clearing (such as "Zoom room is online"), with the recovery text and the time it cleared. Rows come in the order the issues were recorded, a recovery right after its issue. ${WINDOW.en} ${PAGES.en} ${UNKNOWN.en} ${GATE.en}`,
    zh: `列出一个会议室在时间范围内报告的情况：期间出现的每个问题（附问题名称和出现时间），以及期间恢复的、Zoom 会报告恢复的问题（例如“Zoom room is online”），附恢复文本和恢复时间。各行按问题的记录顺序排列，恢复紧跟在对应问题之后。${WINDOW.zh}${PAGES.zh}${UNKNOWN.zh}${GATE.zh}`,
  },
}
