import type { OperationDocs } from './index.js'

// What the participants and sharing dashboards of one instance have in common.
const LOOKUP = {
  en: 'With `type=live` (the default) the meeting must be in progress, named by its number or the instance UUID; `past` names an ended instance by UUID (double-encode one that starts with `/` or contains `//`) or by number for the latest ended one.',
  zh: '`type=live`（默认）时会议必须正在进行，可用会议号或场次 UUID 指定；`past` 时用 UUID（以 `/` 开头或包含 `//` 的 UUID 需两次编码）指定已结束的场次，或用号码指定最近一次已结束的场次。',
}
const ROWS = {
  en: 'Every join is its own row in join order, so someone who leaves and rejoins appears once per session, with the same times as Get past meeting participants shows. Pages hold `page_size` rows (default 30, at most 300; a larger value is cut to 300) and continue with `next_page_token`, which expires after 15 minutes.',
  zh: '每次加入单独一行，按加入时间排序，离开后重新加入的人每次加入各占一行，时间与获取过往会议参会者返回的一致。每页 `page_size` 行（默认 30，最多 300，更大的值按 300 处理），用 `next_page_token` 继续翻页，该令牌 15 分钟后失效。',
}
const REFUSALS = {
  en: 'Answers 400/200 “This API is only available for Business or higher accounts that have enabled the Dashboard feature.” below the Business plan (checked first), 404/3001 when no instance matches (a live lookup of a meeting not in progress, a past lookup of one not ended), 400/12702 for an instance started over a year ago, and 400/300 for an expired or altered `next_page_token`. No event is sent.',
  zh: '低于 Business 套餐的账户返回 400/200“This API is only available for Business or higher accounts that have enabled the Dashboard feature.”（最先检查）；没有匹配的场次时返回 404/3001（live 查询的会议未在进行，或 past 查询的会议未结束）；场次开始于一年以前时返回 400/12702；`next_page_token` 失效或被改动时返回 400/300。不发送任何事件。',
}
const WEBINAR_ON_MEETING = {
  en: ' A webinar’s ID on this meeting path answers 400/300 “Can not access webinar info, {id}.”.',
  zh: '在此会议路径上使用网络研讨会 ID 时返回 400/300“Can not access webinar info, {id}.”。',
}
const SHARING = {
  en: 'Lists each join session with `details`: the screen shares it made (content type, start and end) and, on the host’s session, the stretches of cloud recording cut to that session. Sessions that shared nothing have an empty list.',
  zh: '列出每次加入及其 `details`：该次加入中进行的屏幕共享（内容类型、开始和结束时间），主持人的加入中还包括与之重叠的云录制时段。未共享任何内容的加入返回空列表。',
}

export const dashboardsParticipantsDocs: OperationDocs = {
  dashboardMeetingParticipants: {
    en: `Lists the participants of a live or ended meeting for the dashboard: client device, version, IP address, location, network and connection type, data centre, audio and video devices (blank for people outside the host’s account), join and leave times, Zoom’s leave reason, status, role and whether they shared a desktop, application or whiteboard. ${LOOKUP.en} \`pastOne\` is \`past\` restricted to an instance one person attended. \`include_fields=registrant_id\` adds registrant IDs (not for a live meeting). ${ROWS.en} ${REFUSALS.en}${WEBINAR_ON_MEETING.en}`,
    zh: `列出正在进行或已结束会议的参会者仪表板数据：客户端设备、版本、IP 地址、位置、网络和连接类型、数据中心、音视频设备（不属于主持人账户的参会者为空）、加入和离开时间、Zoom 的离开原因、状态、角色，以及是否共享过桌面、应用程序或白板。${LOOKUP.zh}\`pastOne\` 与 \`past\` 相同，但只针对仅一人参加的场次。\`include_fields=registrant_id\` 会附加注册者 ID（进行中的会议不返回）。${ROWS.zh}${REFUSALS.zh}${WEBINAR_ON_MEETING.zh}`,
  },
  dashboardWebinarParticipants: {
    en: `Lists the participants of a live or ended webinar for the dashboard, with the same fields as the meeting dashboard; roles include \`panelist\` and leave reasons speak of “the webinar”. ${LOOKUP.en} \`include_fields=registrant_id\` adds registrant IDs (not for a live webinar). ${ROWS.en} A meeting’s number is not a webinar (404/3001). ${REFUSALS.en}`,
    zh: `列出正在进行或已结束网络研讨会的参会者仪表板数据，字段与会议仪表板相同；角色包括 \`panelist\`，离开原因中使用“the webinar”。${LOOKUP.zh}\`include_fields=registrant_id\` 会附加注册者 ID（进行中的网络研讨会不返回）。${ROWS.zh}会议号不视为网络研讨会（404/3001）。${REFUSALS.zh}`,
  },
  dashboardMeetingParticipantShare: {
    en: `${SHARING.en} ${LOOKUP.en} ${ROWS.en} ${REFUSALS.en}${WEBINAR_ON_MEETING.en}`,
    zh: `${SHARING.zh}${LOOKUP.zh}${ROWS.zh}${REFUSALS.zh}${WEBINAR_ON_MEETING.zh}`,
  },
  dashboardWebinarParticipantShare: {
    en: `For a webinar: ${SHARING.en} ${LOOKUP.en} ${ROWS.en} A meeting’s number is not a webinar (404/3001). ${REFUSALS.en}`,
    zh: `针对网络研讨会：${SHARING.zh}${LOOKUP.zh}${ROWS.zh}会议号不视为网络研讨会（404/3001）。${REFUSALS.zh}`,
  },
}
