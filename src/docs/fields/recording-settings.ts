import type { FieldDocs } from './index.js'

// Recording settings and the registrants of on-demand recordings. The recording's own fields (topic, password,
// auto_delete, share_url…) are described with the recording object; the registrant's standard answers read as
// for meeting registrants.

export const recordingSettingsFields: FieldDocs = {
  // Settings
  'Cloud Recording:share_recording': {
    en: 'Who can open the recording’s share link: publicly (anyone with the link and passcode), internally (members of the account only) or none (not shared).',
    zh: '谁可以打开录制的共享链接：publicly（任何持有链接和密码的人）、internally（仅账户内成员）或 none（不共享）。',
  },
  'Cloud Recording:recording_authentication': {
    en: 'Only signed-in (authenticated) users can view the recording.',
    zh: '仅已登录（已认证）的用户可以观看录制。',
  },
  'Cloud Recording:authentication_option': {
    en: 'ID of the authentication profile viewers must satisfy when `recording_authentication` is on; kept as given.',
    zh: '开启 `recording_authentication` 时观看者须满足的认证配置 ID；按提供的值保存。',
  },
  'Cloud Recording:authentication_domains': {
    en: 'Email domains whose signed-in users may view the recording, comma-separated; kept as given.',
    zh: '允许观看录制的已登录用户的邮箱域名，以逗号分隔；按提供的值保存。',
  },
  'Cloud Recording:authentication_name': {
    en: 'Name of the authentication profile the recording asks for; empty when none is set.',
    zh: '录制要求的认证配置名称；未设置时为空。',
  },
  'Cloud Recording:viewer_download': {
    en: 'Whether viewers of the shared recording may download its files.',
    zh: '观看共享录制的人是否可以下载其文件。',
  },
  'Cloud Recording:on_demand': {
    en: 'On-demand recording: viewers register before they watch. Turning it on with approval type 2 sets approval type 0; turning it off sets approval type 2.',
    zh: '点播录制：观看者须先注册才能观看。开启时若审批类型为 2 则改为 0；关闭时审批类型改为 2。',
  },
  'Cloud Recording:approval_type': {
    en: 'How registrations to view the recording are approved: 0 automatically, 1 manually by the host, 2 no registration (the default). 0 and 1 turn `on_demand` on, 2 turns it off.',
    zh: '观看录制的注册如何审批：0 自动批准，1 由主持人手动审批，2 无需注册（默认）。0 和 1 会开启 `on_demand`，2 会关闭它。',
  },
  'Cloud Recording:send_email_to_host': {
    en: 'Email the host when someone registers to view the on-demand recording.',
    zh: '有人注册观看点播录制时向主持人发送邮件。',
  },
  'Cloud Recording:show_social_share_buttons': {
    en: 'Show social share buttons on the on-demand recording’s registration page.',
    zh: '在点播录制的注册页面上显示社交分享按钮。',
  },

  // Registrants
  'Cloud Recording:status': {
    en: 'A registrant’s status: approved, pending (awaiting the host’s approval) or denied. As a list filter it defaults to approved; in a registration it is ignored, as the recording’s approval type decides.',
    zh: '注册者状态：approved（已批准）、pending（等待主持人审批）或 denied（已拒绝）。作为列表筛选条件时默认为 approved；注册时忽略此字段，由录制的审批类型决定。',
  },
  'Cloud Recording:registrants.status': {
    en: 'The registrant’s status: approved, pending or denied.',
    zh: '注册者状态：approved（已批准）、pending（待审批）或 denied（已拒绝）。',
  },
  'Cloud Recording:registrants.id': { en: 'The registrant’s ID.', zh: '注册者 ID。' },
  'Cloud Recording:email': {
    en: 'The registrant’s email address, up to 128 characters; a meeting’s recordings have one registration per address (any letter case).',
    zh: '注册者的邮箱地址，最多 128 个字符；同一地址（不区分大小写）在一个会议的录制中只有一项注册。',
  },
  'Cloud Recording:registrants.email': { en: 'The registrant’s email address.', zh: '注册者的邮箱地址。' },
  'Cloud Recording:first_name': {
    en: 'The registrant’s first name, up to 64 characters.',
    zh: '注册者的名字，最多 64 个字符。',
  },
  'Cloud Recording:last_name': {
    en: 'The registrant’s last name, up to 64 characters.',
    zh: '注册者的姓氏，最多 64 个字符。',
  },
  'Cloud Recording:job_title': { en: 'The registrant’s job title.', zh: '注册者的职位。' },
  'Cloud Recording:country': { en: 'The registrant’s country or region.', zh: '注册者所在的国家/地区。' },
  'Cloud Recording:registrants.country': {
    en: 'The registrant’s country or region; empty when not given.',
    zh: '注册者所在的国家/地区；未填写时为空。',
  },
  'Cloud Recording:custom_questions.type': {
    en: 'The kind of answer: short (free text), single (one of the choices) or multiple (several of the choices).',
    zh: '回答方式：short（自由文本）、single（从选项中选一项）或 multiple（从选项中选多项）。',
  },
}
