import type { FieldDocs } from './index.js'

export const dashboardsInstancesFields: FieldDocs = {
  'Dashboards:meetings': {
    en: 'The meeting instances of the window, one row per held (or running) instance, oldest first.',
    zh: '时间范围内的会议场次，每个已举行（或正在进行）的场次一行，按时间先后排列。',
  },
  'Dashboards:webinars': {
    en: 'The webinar instances of the window, one row per held (or running) instance, oldest first.',
    zh: '时间范围内的网络研讨会场次，每个已举行（或正在进行）的场次一行，按时间先后排列。',
  },
  'Dashboards:meetings.id': {
    en: 'The meeting number people join with.',
    zh: '加入时使用的会议号。',
  },
  'Dashboards:webinars.id': {
    en: 'The webinar number people join with.',
    zh: '加入时使用的网络研讨会号。',
  },
  'Dashboards:group_id': {
    en: 'Only instances whose host is a member of this group. An unknown group, or one without members, matches none.',
    zh: '只返回主持人属于该群组的场次。未知的群组或没有成员的群组不匹配任何场次。',
  },
  'Dashboards:host': {
    en: 'The host’s display name when the instance started.',
    zh: '场次开始时主持人的显示名称。',
  },
  'Dashboards:email': {
    en: 'The host’s email address.',
    zh: '主持人的邮箱地址。',
  },
  'Dashboards:user_type': {
    en: 'The host’s license as a label: `Basic`, `Licensed` or `None`.',
    zh: '以文字表示的主持人许可证类型：`Basic`、`Licensed` 或 `None`。',
  },
  'Dashboards:in_room_participants': {
    en: 'How many Zoom Rooms joined the instance.',
    zh: '加入该场次的 Zoom Rooms 数量。',
  },
  'Dashboards:has_pstn': {
    en: 'Whether anyone dialled in by phone or was called out to on a phone line.',
    zh: '是否有人通过电话拨入，或被呼叫到电话线路上。',
  },
  'Dashboards:has_voip': {
    en: 'Whether anyone joined with computer or app audio rather than over a phone, SIP or room system line.',
    zh: '是否有人使用电脑或应用音频加入，而不是通过电话、SIP 或会议室系统线路。',
  },
  'Dashboards:has_3rd_party_audio': {
    en: 'Whether third-party (TSP) audio was used; always false here, as no such audio is played.',
    zh: '是否使用了第三方（TSP）音频；此处始终为 false，因为不会模拟此类音频。',
  },
  'Dashboards:has_video': {
    en: 'Whether any participant sent or received video, as the stored per-minute QoS samples show; false while no samples exist (they are written as sessions close).',
    zh: '根据已保存的每分钟 QoS 样本，是否有参会者发送或接收了视频；没有样本时为 false（样本在每次加入结束时写入）。',
  },
  'Dashboards:has_screen_share': {
    en: 'Whether anyone shared their screen or content during the instance.',
    zh: '该场次中是否有人共享了屏幕或内容。',
  },
  'Dashboards:has_recording': {
    en: 'Whether the instance was recorded for any stretch of time.',
    zh: '该场次是否有任何时段被录制。',
  },
  'Dashboards:has_sip': {
    en: 'Whether anyone joined over SIP (SIP Connected Audio or a SIP room system).',
    zh: '是否有人通过 SIP 加入（SIP 互联音频或 SIP 会议室系统）。',
  },
  'Dashboards:has_archiving': {
    en: 'Whether the instance was archived; always false here, as archiving is not played by the dashboards.',
    zh: '该场次是否已存档；此处始终为 false，因为仪表板不模拟存档。',
  },
  'Dashboards:has_poll': {
    en: 'Whether any poll was answered during the instance.',
    zh: '该场次中是否有人回答了投票。',
  },
  'Dashboards:has_qa': {
    en: 'Whether any question was asked in Q&A during the instance.',
    zh: '该场次中是否有人在问答中提出了问题。',
  },
  'Dashboards:include_fields': {
    en: 'Extra fields to add. tracking_fields (meetings list): each row lists the tracking fields of its meeting. registrant_id (participant lists of held meetings and webinars): each row gives the participant’s registrant ID.',
    zh: '要额外返回的字段。tracking_fields（会议列表）：每行列出所属会议的跟踪字段。registrant_id（已结束会议和网络研讨会的参会者列表）：每行给出参会者的注册者 ID。',
  },
  'Dashboards:tracking_fields': {
    en: 'The tracking fields of the instance’s meeting, each with its value; only with include_fields=tracking_fields, an empty list when the meeting has none.',
    zh: '该场次所属会议的跟踪字段及其取值；仅当 include_fields=tracking_fields 时返回，会议没有跟踪字段时为空列表。',
  },
  'Dashboards:custom_keys': {
    en: 'The custom keys and values of the instance’s meeting or webinar, up to 10; absent when it has none.',
    zh: '该场次所属会议或网络研讨会的自定义键及其值，最多 10 个；没有时不返回。',
  },
}
