import type { FieldDocs } from './index.js'

// Fields of the participants and sharing dashboards of one meeting or webinar instance.
export const dashboardsParticipantsFields: FieldDocs = {
  'Dashboards:participants.id': {
    en: 'The participant’s Zoom user ID when they joined signed in; an empty string for someone who joined without signing in.',
    zh: '参会者登录加入时为其 Zoom 用户 ID；未登录加入时为空字符串。',
  },
  'Dashboards:participants.participant_user_id': {
    en: 'The Zoom user ID of a participant who is a user of the host’s account; absent for guests.',
    zh: '参会者为主持人账户中的用户时，为其 Zoom 用户 ID；访客不返回此字段。',
  },
  'Dashboards:participants.email': {
    en: 'The participant’s email address under Zoom’s display rules: guests show an empty string unless they registered or the host supplied their address.',
    zh: '按 Zoom 显示规则给出的参会者邮箱地址：访客显示为空字符串，除非其已注册或主持人提供了该地址。',
  },
  'Dashboards:participants.connection_type': {
    en: 'How the client’s media reached Zoom in this session, for example UDP.',
    zh: '本次加入中客户端媒体连接 Zoom 的方式，例如 UDP。',
  },
  'Dashboards:participants.microphone': {
    en: 'The microphone the participant used; an empty string for someone outside the host’s account.',
    zh: '参会者使用的麦克风；不属于主持人账户的参会者为空字符串。',
  },
  'Dashboards:participants.speaker': {
    en: 'The speaker the participant used; an empty string for someone outside the host’s account.',
    zh: '参会者使用的扬声器；不属于主持人账户的参会者为空字符串。',
  },
  'Dashboards:participants.camera': {
    en: 'The camera the participant used; an empty string for someone outside the host’s account.',
    zh: '参会者使用的摄像头；不属于主持人账户的参会者为空字符串。',
  },
  'Dashboards:participants.pc_name': {
    en: 'The name of the participant’s computer; an empty string for someone outside the host’s account.',
    zh: '参会者计算机的名称；不属于主持人账户的参会者为空字符串。',
  },
  'Dashboards:full_data_center': {
    en: 'Every Zoom location the session’s media went through, each followed by a semicolon: the data centre, then for a room system the Cloud Room Connector (`(CRC)`) and for a browser the Web gateway (`(RWG)`) there, for example "SC Top (US);SC Top (US) (CRC);".',
    zh: '本次加入的媒体经过的每个 Zoom 位置，每项后跟一个分号：先是数据中心，会议室系统随后为该处的云会议室连接器（`(CRC)`），浏览器随后为该处的 Web 网关（`(RWG)`），例如 "SC Top (US);SC Top (US) (CRC);"。',
  },
  'Dashboards:sip_uri': {
    en: 'The SIP Contact URI of a SIP room system’s call: the device’s registered address as a `sip:` URI. Only for sessions that joined over SIP from a room system.',
    zh: 'SIP 会议室系统呼叫的 SIP Contact URI：以 `sip:` URI 形式表示的设备注册地址。仅在通过 SIP 从会议室系统加入时返回。',
  },
  'Dashboards:from_sip_uri': {
    en: 'The SIP From URI of a SIP room system’s call: the device’s registered address as a `sip:` URI. Only for sessions that joined over SIP from a room system.',
    zh: 'SIP 会议室系统呼叫的 SIP From URI：以 `sip:` URI 形式表示的设备注册地址。仅在通过 SIP 从会议室系统加入时返回。',
  },
  'Dashboards:participants.status': {
    en: 'Where the participant is: `in_meeting` or `in_waiting_room`.',
    zh: '参会者所处位置：`in_meeting`（会中）或 `in_waiting_room`（等候室）。',
  },
  'Dashboards:participants.role': {
    en: 'The participant’s role in this session: `host` or `attendee`, and in a webinar also `panelist`.',
    zh: '参会者在本次加入中的角色：`host` 或 `attendee`，网络研讨会中还有 `panelist`。',
  },
  'Dashboards:participants.share_application': {
    en: 'Whether the participant shared an application window during this session.',
    zh: '参会者在本次加入中是否共享过应用程序窗口。',
  },
  'Dashboards:participants.share_desktop': {
    en: 'Whether the participant shared their desktop during this session.',
    zh: '参会者在本次加入中是否共享过桌面。',
  },
  'Dashboards:participants.share_whiteboard': {
    en: 'Whether the participant shared a whiteboard during this session.',
    zh: '参会者在本次加入中是否共享过白板。',
  },
  'Dashboards:participants.recording': {
    en: 'Whether cloud recording ran while this session was the host’s.',
    zh: '本次加入为主持人的加入时，云录制是否进行过。',
  },
  'Dashboards:participants.leave_reason': {
    en: 'Why the session ended, in Zoom’s wording with the participant’s name (for example “Amy left the meeting.”, “Host ended the meeting.”; webinars say “webinar”); absent while the participant is still in.',
    zh: '本次加入结束的原因，使用 Zoom 的原文并带有参会者姓名（例如“Amy left the meeting.”、“Host ended the meeting.”；网络研讨会中为“webinar”）；参会者仍在会中时不返回。',
  },
  'Dashboards:participants.leave_time': {
    en: 'When the session ended; absent while the participant is still in.',
    zh: '本次加入的结束时间；参会者仍在会中时不返回。',
  },
  'Dashboards:participants.details': {
    en: 'The session’s screen shares and, on the host’s session, the stretches of cloud recording, each with its content type and times.',
    zh: '本次加入中的屏幕共享，以及主持人加入期间的云录制时段，每项带有内容类型和起止时间。',
  },
  'Dashboards:participants.details.content': {
    en: 'What was shared: `desktop`, `application`, `whiteboard` and the like, or `recording` for cloud recording.',
    zh: '共享的内容：`desktop`、`application`、`whiteboard` 等，云录制为 `recording`。',
  },
  'Dashboards:participants.details.start_time': {
    en: 'When the share or recording stretch began.',
    zh: '该次共享或录制时段的开始时间。',
  },
  'Dashboards:participants.customer_key': {
    en: 'The identifier an app built with a Zoom SDK gave the participant (up to 15 letters and digits), on each of their sessions; absent when none was given.',
    zh: '使用 Zoom SDK 构建的应用为参会者指定的标识（最多 15 个字母或数字），其每次加入均返回；未指定时不返回。',
  },
  'Dashboards:participants.in_room_participants': {
    en: 'For a Zoom Room’s session, how many people sat in the room, as the room reported on joining; absent for other devices and when the room reported none.',
    zh: '对 Zoom Room 的加入记录，为会议室加入时报告的室内人数；其他设备或会议室未报告时不返回。',
  },
  'Dashboards:participants.details.end_time': {
    en: 'When the share or recording stretch ended; absent while it is still going on.',
    zh: '该次共享或录制时段的结束时间；仍在进行时不返回。',
  },
}
