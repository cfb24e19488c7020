import type { FieldDocs, Text } from './index.js'

// Account, group and user settings (meeting scheduling, in-meeting features, recording, telephony, Team Chat,
// security, Zoom Rooms…) and their lock settings. A lock setting uses the same key as the setting it locks, so
// most descriptions end with what the value means there.

/** A setting whose key is also used in lock settings. */
const lk = (en: string, zh: string): Text => ({
  en: `${en}; in lock settings, whether it is locked.`,
  zh: `${zh}；在锁定设置中表示该设置是否被锁定。`,
})
/** A lock-settings key that only says whether a setting is locked. */
const lockOf = (en: string, zh: string): Text => ({
  en: `Whether the setting to ${en} is locked.`,
  zh: `是否锁定“${zh}”设置。`,
})

/** A licensed product the user has or not. */
const licensed = (product: string): Text => ({
  en: `Whether the user has a ${product} license.`,
  zh: `用户是否拥有 ${product} 许可证。`,
})

export const settingsFields: FieldDocs = {
  // Scheduling meetings
  schedule_meeting: {
    en: 'Settings for scheduling meetings; in lock settings, which of them are locked.',
    zh: '安排会议相关的设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  audio_type: lk(
    'Audio participants can use: both (phone and computer), telephony, voip (computer only) or thirdParty audio',
    '参会者可用的音频方式：both（电话和电脑音频）、telephony（仅电话）、voip（仅电脑音频）或 thirdParty（第三方音频）',
  ),
  default_password_for_scheduled_meetings: {
    en: 'Passcode for meetings the user has already scheduled, up to 10 characters.',
    zh: '用户已安排会议的密码，最多 10 个字符。',
  },
  embed_password_in_join_link: lk(
    'Encrypt the passcode into the join link so participants join in one click without typing it',
    '将密码加密后嵌入加入链接，参会者无需输入密码即可一键入会',
  ),
  participants_video: { en: 'Start meetings with participants’ video on.', zh: '会议开始时开启参会者视频。' },
  personal_meeting: lk(
    'Let users hold meetings with their Personal Meeting ID (PMI)',
    '允许用户使用个人会议号（PMI）召开会议',
  ),
  pmi_password: lk(
    'Require a passcode for all meetings held with a personal meeting ID (PMI)',
    '所有使用个人会议号（PMI）的会议都需要密码',
  ),
  'schedule_meeting.pmi_password': {
    en: 'Passcode of the user’s personal meeting ID (PMI) meetings, up to 10 characters.',
    zh: '用户个人会议号（PMI）会议的密码，最多 10 个字符。',
  },
  pstn_password_protected: lk(
    'Generate a passcode that participants joining by phone must enter',
    '生成密码，电话入会的参会者须输入该密码',
  ),
  require_password_for_instant_meetings: lk(
    'Generate a random passcode for instant meetings (not when they use the PMI)',
    '为即时会议生成随机密码（使用 PMI 的即时会议除外）',
  ),
  require_password_for_pmi_meetings: lk(
    'Which PMI meetings need a passcode: all, jbh_only (those allowing join before host) or none',
    '哪些 PMI 会议需要密码：all（全部）、jbh_only（仅允许在主持人之前入会的会议）或 none（不需要）',
  ),
  require_password_for_scheduling_new_meetings: lk(
    'Generate a passcode whenever a meeting not using the PMI is scheduled',
    '安排不使用 PMI 的新会议时自动生成密码',
  ),
  use_pmi_for_instant_meetings: lk(
    'Start instant meetings with the personal meeting ID (PMI)',
    '使用个人会议号（PMI）发起即时会议',
  ),
  use_pmi_for_scheduled_meetings: lk(
    'Schedule meetings with the personal meeting ID (PMI) by default',
    '默认使用个人会议号（PMI）安排会议',
  ),
  support_instant_meetings: {
    en: 'Turn on continuous meeting chat for instant meetings.',
    zh: '为即时会议启用持续会议聊天。',
  },
  support_scheduled_meetings: {
    en: 'Turn on continuous meeting chat for scheduled meetings.',
    zh: '为已安排的会议启用持续会议聊天。',
  },

  // In-meeting features
  allow_host_to_enable_focus_mode: {
    en: 'Let hosts turn on focus mode when scheduling a meeting.',
    zh: '允许主持人在安排会议时开启专注模式。',
  },
  allow_users_to_delete_messages_in_meeting_chat: lk(
    'Let participants delete the messages they sent in the meeting chat',
    '允许参会者删除自己在会议聊天中发送的消息',
  ),
  'webinar_chat.allow_users_to_delete_messages_in_meeting_chat': {
    en: 'Let webinar participants delete the chat messages they sent.',
    zh: '允许网络研讨会参会者删除自己发送的聊天消息。',
  },
  allow_live_streaming: lk(
    'Let hosts live stream meetings to Facebook, YouTube, Workplace or a custom service',
    '允许主持人将会议直播到 Facebook、YouTube、Workplace 或自定义直播服务',
  ),
  post_meeting_feedback: lk(
    'Show participants a thumbs-up/down feedback survey when each meeting ends',
    '每次会议结束时向参会者显示“赞/踩”反馈调查',
  ),
  whiteboard: {
    en: 'Zoom Whiteboard settings: advanced whiteboards in and outside meetings.',
    zh: 'Zoom 白板设置：会议内外的高级白板。',
  },
  'in_meeting.whiteboard': lk(
    'Let participants share a whiteboard with annotation tools',
    '允许参会者共享带注释工具的白板',
  ),
  annotation: lk('Let participants annotate shared screens', '允许参会者在共享屏幕上添加注释'),
  attendee_on_hold: lk(
    'Let the host put a participant on hold, removing them temporarily (deprecated)',
    '允许主持人将参会者置于等待状态，暂时移出会议（已弃用）',
  ),
  attention_mode_focus_mode: lk(
    'Offer focus mode, in which participants see only the host’s and co-hosts’ video',
    '启用专注模式：参会者只能看到主持人和联席主持人的视频',
  ),
  auto_saving_chat: lk(
    'Save in-meeting chat automatically, so the host need not save it by hand',
    '自动保存会议聊天内容，主持人无需手动保存',
  ),
  chat: {
    en: 'Team Chat settings; in lock settings, which of them are locked.',
    zh: 'Team Chat 设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  'in_meeting.chat': lk(
    'Let participants send chat messages that everyone in the meeting sees',
    '允许参会者发送所有参会者可见的聊天消息',
  ),
  meeting_question_answer: lk('Offer the Q&A feature in meetings', '在会议中提供问答（Q&A）功能'),
  closed_caption: lk(
    'Let the host type closed captions or assign a participant or third-party service to do so',
    '允许主持人输入隐藏式字幕，或指派参会者或第三方服务添加字幕',
  ),
  save_caption: {
    en: 'Let participants save closed captions or transcripts.',
    zh: '允许参会者保存隐藏式字幕或字幕文稿。',
  },
  'in_meeting.save_caption': lockOf('let participants save captions', '允许参会者保存字幕'),
  co_host: lk(
    'Let the host make participants co-hosts with the same in-meeting controls',
    '允许主持人将参会者设为联席主持人，拥有相同的会中控制权限',
  ),
  custom_data_center_regions: lk(
    'Let users choose the data center regions that carry their real-time meeting traffic',
    '允许用户选择承载实时会议流量的数据中心区域',
  ),
  disable_screen_sharing_for_host_meetings: lk(
    'Turn off desktop screen sharing in meetings the user hosts',
    '在用户主持的会议中禁用桌面屏幕共享',
  ),
  disable_screen_sharing_for_in_meeting_guests: lk(
    'Turn off screen sharing while guests from outside the account are in the meeting',
    '有账户外的访客在会中时禁用屏幕共享',
  ),
  e2e_encryption: lk(
    'Require encryption for third-party endpoints (H.323/SIP) too',
    '要求对第三方终端（H.323/SIP）也进行加密',
  ),
  entry_exit_chime: lk(
    'Chime when someone joins or leaves: host (host hears it), all (everyone hears it) or none',
    '有人入会或离会时播放提示音：host（仅主持人听到）、all（所有人听到）或 none（不播放）',
  ),
  far_end_camera_control: lk(
    'Let another participant take control of the user’s camera in a meeting',
    '允许其他参会者在会议中控制用户的摄像头',
  ),
  group_hd: lk(
    'Offer higher-quality video to the host and participants (uses more bandwidth)',
    '为主持人和参会者提供更高画质的视频（占用更多带宽）',
  ),
  webinar_group_hd: lk(
    'Offer higher-quality video in webinars (uses more bandwidth)',
    '在网络研讨会中提供更高画质的视频（占用更多带宽）',
  ),
  auto_generated_captions: {
    en: 'Offer live transcription: captions generated automatically.',
    zh: '启用实时转录，自动生成字幕。',
  },
  'in_meeting.auto_generated_captions': lockOf('offer automatic captions', '自动生成字幕'),
  full_transcript: {
    en: 'Let participants view the full transcript in the meeting side panel.',
    zh: '允许参会者在会中侧边栏查看完整字幕文稿。',
  },
  'in_meeting.full_transcript': lockOf('show the full transcript in meetings', '在会中查看完整字幕文稿'),
  manual_captions: {
    en: 'Let the host type captions or assign a participant or third-party service to do so.',
    zh: '允许主持人手动输入字幕，或指派参会者或第三方服务添加字幕。',
  },
  'in_meeting.manual_captions': lockOf('caption meetings manually', '手动添加字幕'),
  save_captions: {
    en: 'Let participants save captions or transcripts (needs full_transcript).',
    zh: '允许参会者保存字幕或字幕文稿（需开启 full_transcript）。',
  },
  'in_meeting.save_captions': lockOf('let participants save captions', '允许参会者保存字幕'),
  meeting_reactions: lk(
    'Let participants react with emoji from the meeting toolbar',
    '允许参会者通过会议工具栏发送表情回应',
  ),
  webinar_reactions: lk('Let webinar attendees react with emoji', '允许网络研讨会观众发送表情回应'),
  meeting_survey: lk(
    'Let the host show participants a survey when the meeting ends',
    '允许主持人在会议结束时向参会者展示调查',
  ),
  non_verbal_feedback: lk(
    'Let participants give non-verbal feedback (raise hand, yes, no…) from the Participants panel',
    '允许参会者在参会者面板中给出非语言反馈（举手、是、否等）',
  ),
  polling: lk(
    'Add polls to the meeting controls so the host can poll participants',
    '在会议控制栏中加入投票，方便主持人向参会者发起投票',
  ),
  private_chat: lk(
    'Let participants send private one-to-one messages to each other',
    '允许参会者之间发送一对一私聊消息',
  ),
  record_play_voice: {
    en: 'Let the user record their own voice and play it back.',
    zh: '允许用户录制并回放自己的声音。',
  },
  remote_control: lk(
    'Let whoever is sharing give others control of the shared content',
    '允许共享者让其他人控制所共享的内容',
  ),
  remote_support: lk(
    'Let the host give one-to-one remote support to a participant',
    '允许主持人为某位参会者提供一对一远程支持',
  ),
  request_permission_to_unmute_participants: lk(
    'Let the host ask participants once for permission to unmute them',
    '允许主持人事先征得参会者同意，以便为其解除静音',
  ),
  request_permission_to_unmute: lk(
    'Let the host ask participants once for permission to unmute them',
    '允许主持人事先征得参会者同意，以便为其解除静音',
  ),
  screen_sharing: lk('Let the host and participants share their screen or content', '允许主持人和参会者共享屏幕或内容'),
  share_dual_camera: { en: 'Allow sharing a second camera (deprecated).', zh: '允许共享第二个摄像头（已弃用）。' },
  show_meeting_control_toolbar: lk('Always show the meeting controls toolbar', '始终显示会议控制工具栏'),
  slide_control: lk(
    'Let the presenter give others control of the shared slides',
    '允许演示者让其他人控制所共享的幻灯片',
  ),
  virtual_background: lk('Let users replace their video background with an image', '允许用户用图片替换视频背景'),
  webinar_chat: lk(
    'Webinar chat settings: whether chat is on, whom attendees and panelists may chat with, saving chats',
    '网络研讨会聊天设置：是否启用聊天、观众和嘉宾可与谁聊天、聊天保存',
  ),
  webinar_live_streaming: lk(
    'Webinar live streaming settings: whether allowed, which services, instructions and reminders',
    '网络研讨会直播设置：是否允许、可用的直播服务、说明和提醒',
  ),
  webinar_polling: lk(
    'Webinar polls and quizzes settings: whether on, advanced polls, who may edit, anonymity',
    '网络研讨会投票和测验设置：是否启用、高级投票、谁可编辑、匿名作答',
  ),
  webinar_survey: lk(
    'Let the host show attendees a survey when a webinar ends',
    '允许主持人在网络研讨会结束时向观众展示调查',
  ),
  transfer_meetings_between_devices: {
    en: 'Let users move a meeting in progress from one of their devices to another.',
    zh: '允许用户将进行中的会议从一台设备转移到另一台设备。',
  },
  allow_show_zoom_windows: lk('Show Zoom windows while sharing the screen', '共享屏幕时显示 Zoom 窗口'),
  meeting_summary_with_ai_companion: {
    en: 'AI Companion meeting summary: whether on, started automatically, and who receives it.',
    zh: 'AI Companion 会议摘要：是否启用、是否自动开启以及谁会收到摘要。',
  },
  auto_enable: {
    en: 'Start this AI Companion feature automatically when meetings start.',
    zh: '会议开始时自动开启此 AI Companion 功能。',
  },
  ai_companion_questions: {
    en: 'AI Companion questions: whether on, started automatically, and who may ask.',
    zh: 'AI Companion 提问功能：是否启用、是否自动开启以及谁可以提问。',
  },

  // Email notifications
  alternative_host_reminder: lk(
    'Email alternative hosts when they are added to or removed from a meeting',
    '替代主持人被添加到会议或从会议中移除时向其发送邮件',
  ),
  cloud_recording_available_reminder: lk(
    'Email the host when a cloud recording is ready',
    '云录制可用时向主持人发送邮件',
  ),
  jbh_reminder: lk(
    'Email the host when participants join the meeting before them',
    '参会者先于主持人入会时向主持人发送邮件',
  ),

  // Recording
  ask_host_to_confirm_disclaimer: {
    en: 'Ask the host to confirm the recording disclaimer before recording.',
    zh: '录制前要求主持人确认录制免责声明。',
  },
  ask_participants_to_consent_disclaimer: {
    en: 'With the recording disclaimer on, ask participants for consent when recording starts.',
    zh: '启用录制免责声明时，在开始录制时征求参会者同意。',
  },
  auto_delete_cmr: lk(
    'Delete cloud recordings automatically after auto_delete_cmr_days days',
    '在 auto_delete_cmr_days 天后自动删除云录制',
  ),
  auto_delete_cmr_days: {
    en: 'Days after which cloud recordings are deleted when auto_delete_cmr is on: 30, 60, 90 or 120.',
    zh: '启用 auto_delete_cmr 时云录制在多少天后删除：30、60、90 或 120。',
  },
  cloud_recording: lk('Let hosts record meetings and webinars to the cloud', '允许主持人将会议和网络研讨会录制到云端'),
  host_pause_stop_recording: {
    en: 'Let the host pause or stop automatic cloud recording.',
    zh: '允许主持人暂停或停止自动云录制。',
  },
  ip_address_access_control: lk(
    'Allow access to cloud recordings only from the listed IP addresses or ranges',
    '仅允许从所列 IP 地址或地址范围访问云录制',
  ),
  local_recording: lk(
    'Let hosts and participants record meetings to a local file',
    '允许主持人和参会者将会议录制到本地文件',
  ),
  recording_disclaimer: {
    en: 'Show participants a disclaimer before a recording starts.',
    zh: '开始录制前向参会者显示免责声明。',
  },
  recording_password_requirement: {
    en: 'Minimum rules for cloud recording passcodes: length, letters, numbers, special characters, digits only.',
    zh: '云录制密码的最低要求：长度、字母、数字、特殊字符、是否仅限数字。',
  },

  // Telephone audio
  telephony: {
    en: 'Telephone audio settings; in lock settings, which of them are locked.',
    zh: '电话音频设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  show_international_numbers_link: lk(
    'Add a link to the international dial-in numbers to invitation emails',
    '在邀请邮件中附上国际拨入号码的链接',
  ),
  telephony_regions: lk(
    'Regions most participants call in from or are called in, which decide the numbers offered',
    '大多数参会者拨入或被呼叫的地区，据此决定提供哪些号码',
  ),
  third_party_audio: lk(
    'Let users join with their existing third-party audio conference setup',
    '允许用户使用现有的第三方音频会议配置入会',
  ),
  tsp: {
    en: 'Telephony service provider (TSP) audio settings; in lock settings, which of them are locked.',
    zh: '电话服务提供商（TSP）音频设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  call_out: lk('Let meetings call participants’ phones to bring them in', '允许会议呼叫参会者的电话使其入会'),
  call_out_countries: {
    en: 'Countries or regions that meetings may call out to.',
    zh: '会议可呼出的国家或地区。',
  },
  audio_conferencing: {
    en: 'Audio conferencing settings; in lock settings, which of them are locked.',
    zh: '音频会议设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  toll_free_and_fee_based_toll_call: lk(
    'Toll-free and fee-based toll call settings: whether on, the numbers, and dial-in for webinar attendees',
    '免费及付费电话设置：是否启用、号码以及网络研讨会观众能否拨入',
  ),

  // Licensed features of the user
  concurrent_meeting: {
    en: 'Concurrent meeting plan of the user: Basic, Plus or None.',
    zh: '用户的并行会议套餐：Basic、Plus 或 None。',
  },
  large_meeting: { en: 'Whether the user has the large meeting feature.', zh: '用户是否拥有大型会议功能。' },
  large_meeting_capacity: {
    en: 'Participant capacity of the user’s large meeting license: 500 or 1000.',
    zh: '用户大型会议许可证的参会人数上限：500 或 1000。',
  },
  meeting_capacity: {
    en: 'Most participants a meeting can have: the host’s capacity, or the account’s.',
    zh: '单场会议最多可容纳的参会者人数：主持人或账户的会议容量。',
  },
  h323_sip_devices: {
    en: 'Whether the account may register H.323/SIP room devices (on for Business plans and up until switched off here).',
    zh: '账户是否可以登记 H.323/SIP 会议室设备（商业版及以上套餐默认开启，可在此关闭）。',
  },
  department_billing: {
    en: 'Whether department billing is on for the account: the billing reports (`/report/billing`) answer only then. Off until switched on.',
    zh: '账户是否开启部门计费：仅在开启时可获取账单报告（`/report/billing`）。默认关闭，需在此开启。',
  },
  sip_phone_integration: {
    en: 'Whether SIP phone integration is on for the account: users can then be given SIP phones. Off until switched on.',
    zh: '账户是否开启 SIP 电话集成：开启后可为用户配置 SIP 电话。默认关闭，需在此开启。',
  },
  personal_audio_conference: {
    en: 'Whether users of the account hold personal audio conference (PAC) accounts (on for Business plans and up).',
    zh: '账户用户是否拥有个人音频会议（PAC）账户（商业版及以上套餐默认开启）。',
  },
  sip_connected_audio: {
    en: 'Whether the account holds the SIP Connected Audio plan, so its master account can assign SIP trunks to it.',
    zh: '账户是否拥有 SIP Connected Audio 套餐，主账户因此可以为其分配 SIP 中继。',
  },
  webinar: { en: 'Whether the user has the webinar feature.', zh: '用户是否拥有网络研讨会功能。' },
  webinar_capacity: {
    en: 'Capacity of the user’s webinar license: 100, 500, 501, 1000, 1001, 3000, 5000 or 10000.',
    zh: '用户网络研讨会许可证的容量：100、500、501、1000、1001、3000、5000 或 10000。',
  },
  zoom_events: { en: 'Whether the user has a Zoom Events license.', zh: '用户是否拥有 Zoom Events 许可证。' },
  zoom_events_capacity: {
    en: 'Capacity of the user’s Zoom Events license: 500, 1000, 3000, 5000, 10000, 20000, 30000 or 50000.',
    zh: '用户 Zoom Events 许可证的容量：500、1000、3000、5000、10000、20000、30000 或 50000。',
  },
  zoom_events_unlimited: licensed('Zoom Events Unlimited'),
  zoom_events_unlimited_capacities: {
    en: 'Capacities of the user’s Zoom Events Unlimited licenses.',
    zh: '用户 Zoom Events Unlimited 许可证的容量。',
  },
  zoom_sessions_unlimited: licensed('Zoom Sessions Unlimited'),
  zoom_sessions_unlimited_capacities: {
    en: 'Capacities of the user’s Zoom Sessions Unlimited licenses.',
    zh: '用户 Zoom Sessions Unlimited 许可证的容量。',
  },
  zoom_events_pay_per_attendee: licensed('Zoom Events pay-per-attendee'),
  zoom_sessions_pay_per_attendee: licensed('Zoom Sessions pay-per-attendee'),
  zoom_iq_for_sales: licensed('Zoom IQ for Sales'),
  zoom_revenue_accelerator: licensed('Zoom Revenue Accelerator'),
  zoom_whiteboard: licensed('Zoom Whiteboard'),
  zoom_whiteboard_plus: licensed('Zoom Whiteboard Plus'),
  zoom_translated_captions: licensed('translated captions'),
  zoom_customer_managed_key: licensed('customer managed key'),
  zoom_huddles: licensed('Zoom Huddles'),
  zoom_quality_management: licensed('Zoom Quality Management'),
  zoom_workforce_management: licensed('Zoom Workforce Management'),
  zoom_scheduler: licensed('Zoom Scheduler'),
  zoom_clips_plus: licensed('Zoom Clips Plus'),
  zoom_mail_calendar: licensed('Zoom Mail and Calendar'),
  zoom_compliance_management: licensed('Zoom Compliance Management'),
  zoom_docs: licensed('Zoom Docs'),
  out_meeting_advanced_whiteboard: {
    en: 'Let the user use advanced whiteboard features outside meetings.',
    zh: '允许用户在会议之外使用高级白板功能。',
  },
  in_meeting_advanced_whiteboard: {
    en: 'Let the user use advanced whiteboard features in meetings.',
    zh: '允许用户在会议中使用高级白板功能。',
  },

  // Meeting security
  recording_authentication: {
    en: 'Only signed-in (authenticated) users can view cloud recordings.',
    zh: '仅允许已登录（经过身份验证）的用户查看云录制。',
  },
  'recording.recording_authentication': lockOf(
    'let only authenticated users view cloud recordings',
    '仅允许经过身份验证的用户查看云录制',
  ),
  meeting_security: {
    en: 'Meeting security settings; in lock settings, which of them are locked.',
    zh: '会议安全设置；在锁定设置中表示其中哪些设置被锁定。',
  },
  auto_security: lk(
    'Every meeting must use a security option, such as a passcode or waiting room',
    '每个会议都必须启用一项安全措施，如密码或等候室',
  ),
  block_user_domain: lk(
    'Block users with the listed email domains from joining meetings and webinars',
    '阻止使用所列邮箱域名的用户加入会议和网络研讨会',
  ),
  end_to_end_encrypted_meetings: lk(
    'Allow end-to-end encryption for meetings (the kind is set by encryption_type)',
    '允许会议使用端到端加密（加密类型由 encryption_type 指定）',
  ),
  meeting_password: lk(
    'Require a passcode for instant and scheduled meetings (PMI meetings excluded)',
    '即时会议和已安排的会议都需要密码（PMI 会议除外）',
  ),
  only_authenticated_can_join_from_webclient: lk(
    'Only signed-in users can join meetings from the web client',
    '仅允许已登录的用户通过网页客户端入会',
  ),
  phone_password: lk(
    'Require a numeric passcode from participants joining by phone when the meeting has a passcode',
    '会议设有密码时，要求电话入会的参会者输入数字密码',
  ),
  webinar_password: lk(
    'Generate a passcode when a webinar is scheduled, which attendees must enter',
    '安排网络研讨会时生成密码，观众须输入该密码',
  ),

  // A meeting’s own settings
  allow_multiple_devices: {
    en: 'Let registrants join from several devices (meetings with registration only).',
    zh: '允许注册者从多台设备入会（仅限需要注册的会议）。',
  },
  alternative_hosts: {
    en: 'Alternative hosts’ email addresses or user IDs, separated by semicolons (or commas).',
    zh: '替代主持人的邮箱地址或用户 ID，以分号（或逗号）分隔。',
  },
  alternative_hosts_email_notification: {
    en: 'Email the alternative hosts about the meeting (default true).',
    zh: '向替代主持人发送会议邮件通知（默认 true）。',
  },
  alternative_host_update_polls: {
    en: 'Let alternative hosts add and edit polls.',
    zh: '允许替代主持人添加和编辑投票。',
  },
  alternative_host_manage_meeting_summary: {
    en: 'Let alternative hosts view and manage the AI Companion meeting summary.',
    zh: '允许替代主持人查看和管理 AI Companion 会议摘要。',
  },
  alternative_host_manage_cloud_recording: {
    en: 'Let alternative hosts manage the meeting’s cloud recordings.',
    zh: '允许替代主持人管理会议的云录制。',
  },
  approval_type: {
    en: 'Registration: 0 approve registrants automatically, 1 approve manually, 2 no registration (default).',
    zh: '注册方式：0 自动批准注册者，1 手动批准，2 无需注册（默认）。',
  },
  approved_list: {
    en: 'Countries or regions (codes) people may join from, when method is approve.',
    zh: '允许入会的国家或地区（代码），在 method 为 approve 时生效。',
  },
  denied_list: {
    en: 'Countries or regions (codes) people may not join from, when method is deny.',
    zh: '禁止入会的国家或地区（代码），在 method 为 deny 时生效。',
  },
  audio: {
    en: 'How participants join audio: both (phone or computer), telephony, voip (computer only) or thirdParty.',
    zh: '参会者加入音频的方式：both（电话或电脑音频）、telephony（电话）、voip（仅电脑音频）或 thirdParty（第三方音频）。',
  },
  authentication_domains: {
    en: 'Email domains whose signed-in users may join, comma-separated (wildcards allowed).',
    zh: '允许其已登录用户入会的邮箱域名，逗号分隔（可用通配符）。',
  },
  authentication_exception: {
    en: 'People who may skip meeting authentication; each gets a personal join link.',
    zh: '可跳过会议身份验证的人员；每人会获得专属加入链接。',
  },
  authentication_name: {
    en: 'Name of the authentication profile the meeting uses.',
    zh: '会议所用身份验证配置的名称。',
  },
  auto_add_recording_to_video_management: {
    en: 'Add the meeting’s cloud recording to video management channels automatically.',
    zh: '自动将会议的云录制加入视频管理频道。',
  },
  channels: {
    en: 'Video management channels the recording is added to.',
    zh: '录制内容要加入的视频管理频道。',
  },
  rooms: {
    en: 'The breakout rooms to set up, each with a name and assigned participants.',
    zh: '要预先设置的分组讨论室，每个包含名称和分配的参会者。',
  },
  calendar_type: {
    en: 'Calendar add-in the meeting was scheduled with: 1 Zoom Outlook add-in, 2 Zoom for Google Workspace add-on.',
    zh: '安排会议所用的日历插件：1 Zoom Outlook 插件，2 Zoom for Google Workspace 插件。',
  },
  contact_email: { en: 'Contact email address shown for registration.', zh: '注册页面显示的联系人邮箱地址。' },
  contact_name: { en: 'Contact name shown for registration.', zh: '注册页面显示的联系人姓名。' },
  custom_keys: {
    en: 'Custom key-value pairs attached to the meeting, up to 10.',
    zh: '附加到会议的自定义键值对，最多 10 个。',
  },
  focus_mode: { en: 'Start the meeting in focus mode.', zh: '会议开始时开启专注模式。' },
  global_dial_in_countries: {
    en: 'Countries whose dial-in numbers the invitation lists.',
    zh: '邀请中列出其拨入号码的国家或地区。',
  },
  question_and_answer: {
    en: 'Q&A in the meeting: whether on, anonymous questions, what is visible, comments and upvotes.',
    zh: '会议问答：是否启用、匿名提问、问题可见范围、评论和点赞。',
  },
  allow_submit_questions: { en: 'Let participants submit questions.', zh: '允许参会者提交问题。' },
  allow_anonymous_questions: {
    en: 'Let participants ask questions without showing their name.',
    zh: '允许参会者匿名提问。',
  },
  question_visibility: {
    en: 'Questions participants can see: answered (only answered ones) or all.',
    zh: '参会者可见的问题：answered（仅已回答的问题）或 all（全部）。',
  },
  attendees_can_comment: {
    en: 'Let participants answer or comment in question threads.',
    zh: '允许参会者在问题下回答或评论。',
  },
  attendees_can_upvote: {
    en: 'Let participants upvote questions, bringing popular ones to the top.',
    zh: '允许参会者为问题点赞，使热门问题靠前显示。',
  },
  interpreters: {
    en: 'The interpreters: each one’s email address and languages (or sign language).',
    zh: '传译员：每位传译员的邮箱地址及语言（或手语）。',
  },
  interpreter_languages: {
    en: 'The interpreter’s two languages as a comma-separated pair of names, e.g. English,Chinese.',
    zh: '传译员的两种语言，以逗号分隔的语言名称表示，如 English,Chinese。',
  },
  sign_language: {
    en: 'The sign language this interpreter interprets into.',
    zh: '该传译员所使用的手语。',
  },
  meeting_invitees: {
    en: 'People invited to the meeting, by email address.',
    zh: '受邀参加会议的人员（邮箱地址）。',
  },
  private_meeting: {
    en: 'Mark the meeting private, so calendars do not share its details.',
    zh: '将会议设为私密会议，日历中不共享会议详情。',
  },
  registrants_email_notification: {
    en: 'Email registrants when their registration is approved, denied or cancelled.',
    zh: '注册被批准、拒绝或取消时向注册者发送邮件。',
  },
  registration_type: {
    en: 'For type 8 only: 1 register once for all occurrences, 2 register for each, 3 register once and pick occurrences.',
    zh: '仅限类型 8：1 注册一次即可参加所有场次，2 每个场次分别注册，3 注册一次并选择场次。',
  },
  show_share_button: {
    en: 'Show social share buttons on the registration page.',
    zh: '在注册页面显示社交分享按钮。',
  },
  who_goes_to_waiting_room: {
    en: 'Who waits: everyone, users_not_in_account, users_not_in_account_or_whitelisted_domains or users_not_on_invite.',
    zh: '进入等候室的人：everyone（所有人）、users_not_in_account（账户外用户）、users_not_in_account_or_whitelisted_domains（账户外且不在允许域名内的用户）或 users_not_on_invite（未受邀者）。',
  },
  host_save_video_order: {
    en: 'Let the host save the gallery view’s video order.',
    zh: '允许主持人保存图库视图中的视频顺序。',
  },
  internal_meeting: {
    en: 'Mark it as an internal meeting, for people of the host’s organization.',
    zh: '将会议设为内部会议，面向主持人所在组织的人员。',
  },
  auto_add_meeting_participants: {
    en: 'Add people who join the meeting to its continuous chat automatically.',
    zh: '自动将入会人员加入会议的持续聊天。',
  },
  participant_focused_meeting: {
    en: 'Hold it as a participant-focused meeting.',
    zh: '以“参会者聚焦”会议形式举行。',
  },
  push_change_to_calendar: {
    en: 'Push changes of the meeting to its calendar event.',
    zh: '将会议的更改同步到对应的日历事件。',
  },
  resources: {
    en: 'Resources shared with the meeting, such as a whiteboard, with participants’ permission on each.',
    zh: '与会议共享的资源（如白板）及参会者对其的权限。',
  },
  resource_type: { en: 'Kind of resource: whiteboard.', zh: '资源类型：whiteboard（白板）。' },
  resource_id: { en: 'ID of the resource, such as the whiteboard’s ID.', zh: '资源 ID，如白板 ID。' },
  permission_level: {
    en: 'What participants may do with it: editor, commenter or viewer.',
    zh: '参会者对该资源的权限：editor（编辑）、commenter（评论）或 viewer（查看）。',
  },
  auto_start_meeting_summary: {
    en: 'Start the AI Companion meeting summary when the meeting starts.',
    zh: '会议开始时自动开启 AI Companion 会议摘要。',
  },
  auto_start_ai_companion_questions: {
    en: 'Turn on AI Companion questions when the meeting starts.',
    zh: '会议开始时自动开启 AI Companion 提问功能。',
  },
  summary_template_id: {
    en: 'ID of the template the AI Companion meeting summary follows.',
    zh: 'AI Companion 会议摘要所用模板的 ID。',
  },
  device_testing: {
    en: 'Let participants test their speaker, microphone and camera before joining.',
    zh: '允许参会者在入会前测试扬声器、麦克风和摄像头。',
  },
  allow_host_control_participant_mute_state: {
    en: 'Let the host and co-hosts fully control participants’ mute state.',
    zh: '允许主持人和联席主持人完全控制参会者的静音状态。',
  },
  disable_participant_video: {
    en: 'Turn off participants’ video in the meeting.',
    zh: '在会议中关闭参会者的视频。',
  },
  email_in_attendee_report: {
    en: 'Include participants’ email addresses in the attendee report.',
    zh: '在参会者报告中包含参会者的邮箱地址。',
  },
  additional_data_center_regions: {
    en: 'Extra data center regions (country codes) for this meeting, beyond those in the user’s settings.',
    zh: '本会议额外使用的数据中心区域（国家代码），在用户设置所选区域之外。',
  },
  global_dial_in_numbers: {
    en: 'Dial-in numbers for the meeting’s global dial-in countries.',
    zh: '会议全球拨入国家或地区对应的拨入号码。',
  },
  active_speaker_name: {
    en: 'Show the active speaker’s name in the live stream.',
    zh: '在直播画面中显示当前发言人的姓名。',
  },
  layout: {
    en: 'Live stream layout: follow_host, gallery_view or speaker_view.',
    zh: '直播画面布局：follow_host（跟随主持人）、gallery_view（图库视图）或 speaker_view（演讲者视图）。',
  },
  close_caption: {
    en: 'Captions in the live stream: burnt-in (drawn into the video), embedded or off.',
    zh: '直播中的字幕：burnt-in（烧录到画面中）、embedded（内嵌）或 off（关闭）。',
  },

  // Account security
  security: {
    en: 'Account security: sign-in, passwords, two-factor authentication and what only admins may change.',
    zh: '账户安全：登录、密码、双重身份验证以及仅管理员可更改的内容。',
  },
  admin_change_name_pic: {
    en: 'Only admins can change users’ names and profile pictures.',
    zh: '仅管理员可以更改用户的姓名和头像。',
  },
  admin_change_user_info: {
    en: 'Only admins can change the user information listed in user_modifiable_info_by_admin.',
    zh: '仅管理员可以更改 user_modifiable_info_by_admin 中列出的用户信息。',
  },
  user_modifiable_info_by_admin: {
    en: 'User information only admins may change: name, profile_picture, sign_in_email, host_key.',
    zh: '仅管理员可更改的用户信息：name、profile_picture、sign_in_email、host_key。',
  },
  signin_with_sso: {
    en: 'Single sign-on (SSO): whether on, domains that must use it, users who may bypass it.',
    zh: '单点登录（SSO）：是否启用、必须使用 SSO 的域名、可绕过 SSO 的用户。',
  },
  require_sso_for_domains: {
    en: 'Users with the listed email domains must sign in with SSO.',
    zh: '使用所列邮箱域名的用户必须通过 SSO 登录。',
  },
  sso_bypass_users: { en: 'Users who may sign in without SSO.', zh: '可不通过 SSO 登录的用户。' },
  hide_billing_info: { en: 'Hide the account’s billing information.', zh: '隐藏账户的账单信息。' },
  import_photos_from_devices: {
    en: 'Let users import photos from their device’s photo library.',
    zh: '允许用户从设备相册导入照片。',
  },
  password_requirement: {
    en: 'Extra rules for users’ sign-in passwords: length, special characters, repeats, weak-password checks.',
    zh: '用户登录密码的附加规则：长度、特殊字符、连续字符、弱密码检测。',
  },
  minimum_password_length: {
    en: 'Minimum length of users’ sign-in passwords, 8 to 14 characters.',
    zh: '用户登录密码的最短长度，8 到 14 个字符。',
  },
  sign_again_period_for_inactivity_on_client: {
    en: 'Minutes of inactivity before users are signed out of the Zoom client: 0 never, or 5 to 120.',
    zh: '用户闲置多少分钟后自动退出 Zoom 客户端：0 表示从不，或 5 到 120。',
  },
  sign_again_period_for_inactivity_on_web: {
    en: 'Minutes of inactivity before users are signed out of the web portal: 0 never, or 5 to 120.',
    zh: '用户闲置多少分钟后自动退出网页门户：0 表示从不，或 5 到 120。',
  },
  sign_in_with_two_factor_auth: {
    en: 'Who must use two-factor authentication: all, group (listed groups), role (listed roles) or none.',
    zh: '哪些用户须使用双重身份验证：all（所有用户）、group（所列群组）、role（所列角色）或 none（无）。',
  },
  sign_in_with_two_factor_auth_groups: {
    en: 'IDs of the groups that must use two-factor authentication (with group).',
    zh: '须使用双重身份验证的群组 ID（取值为 group 时）。',
  },
  sign_in_with_two_factor_auth_roles: {
    en: 'IDs of the roles that must use two-factor authentication (with role).',
    zh: '须使用双重身份验证的角色 ID（取值为 role 时）。',
  },

  // Team Chat
  allow_bots_chat: { en: 'Let users chat with chatbots.', zh: '允许用户与聊天机器人聊天。' },
  share_files: lk(
    'File sharing in chat: whether on, with whom files may be shared and viewed, and restrictions',
    '聊天中的文件共享：是否启用、可与谁共享和查看文件以及限制条件',
  ),
  share_option: {
    en: 'Whom users may share files with: disable (nobody), anyone, account (same account) or organization.',
    zh: '用户可与谁共享文件：disable（禁止共享）、anyone（任何人）、account（同一账户）或 organization（同一组织）。',
  },
  view_option: {
    en: 'Whose shared files users may view: anyone, account (same account) or organization.',
    zh: '用户可查看谁共享的文件：anyone（任何人）、account（同一账户）或 organization（同一组织）。',
  },
  restrictions: {
    en: 'Limits on shared files: allowed types and largest sizes, for internal and external users.',
    zh: '共享文件的限制：允许的文件类型和大小上限，分别针对内部和外部用户。',
  },
  only_allow_specific_file_types: {
    en: 'Allow only the file types listed in file_type_restrictions.',
    zh: '仅允许 file_type_restrictions 中列出的文件类型。',
  },
  file_type_restrictions: {
    en: 'File types (extensions) users may share with internal users.',
    zh: '用户可与内部用户共享的文件类型（扩展名）。',
  },
  file_type_restrictions_for_external: {
    en: 'File types (extensions) users may share with external users.',
    zh: '用户可与外部用户共享的文件类型（扩展名）。',
  },
  maximum_file_size: { en: 'Limit the size of shared files.', zh: '限制共享文件的大小。' },
  file_size_restrictions: {
    en: 'Largest file users may share with internal users, in MB: 50, 100, 200, 300, 400 or 500.',
    zh: '用户可与内部用户共享的最大文件（MB）：50、100、200、300、400 或 500。',
  },
  file_size_restrictions_for_external: {
    en: 'Largest file users may share with external users, in MB: 50, 100, 200, 300, 400 or 500.',
    zh: '用户可与外部用户共享的最大文件（MB）：50、100、200、300、400 或 500。',
  },
  file_restrictions_apply_to: {
    en: 'What the file restrictions cover: sharing_and_viewing, or sharing only.',
    zh: '文件限制的适用范围：sharing_and_viewing（共享和查看）或 sharing（仅共享）。',
  },
  chat_emojis: lk('Emoji in chat: whether on and which emoji are allowed', '聊天表情：是否启用以及允许使用哪些表情'),
  emojis_option: {
    en: 'Emoji users may use: all, or only selected ones.',
    zh: '用户可使用的表情：all（全部）或 selected（仅选定的表情）。',
  },
  record_voice_messages: lk('Let users record and send voice messages in chat', '允许用户在聊天中录制并发送语音消息'),
  record_video_messages: lk('Let users record and send video messages in chat', '允许用户在聊天中录制并发送视频消息'),
  screen_capture: lk('Let users take and send screenshots in chat', '允许用户在聊天中截图并发送'),
  create_public_channels: { en: 'Let users create public channels.', zh: '允许用户创建公开频道。' },
  create_private_channels: { en: 'Let users create private channels.', zh: '允许用户创建私有频道。' },
  create_group_chat: { en: 'Let users create group chats.', zh: '允许用户创建群聊。' },
  share_links_in_chat: lk('Let users send links in chat', '允许用户在聊天中发送链接'),
  schedule_meetings_in_chat: lk('Let users schedule meetings from chat', '允许用户在聊天中安排会议'),
  set_retention_period_in_cloud: lk(
    'Keep chat messages in the cloud only for a set period',
    '聊天消息仅在云端保留设定的期限',
  ),
  retention_period_of_direct_messages_and_group_conversation: {
    en: 'How long direct messages and group chats are kept, such as 1 year.',
    zh: '私聊消息和群聊的保留期限，如 1 年。',
  },
  retention_period_of_channels: {
    en: 'How long channel messages are kept, such as 1 year.',
    zh: '频道消息的保留期限，如 1 年。',
  },
  set_retention_period_in_local: lk(
    'Keep chat messages on users’ devices only for a set period',
    '聊天消息仅在用户设备上保留设定的期限',
  ),
  allow_users_to_add_contacts: lk(
    'Limit whom users may add as contacts: whether on, the option and the allowed users',
    '限制用户可添加为联系人的对象：是否启用、选项以及允许的用户',
  ),
  allow_users_to_chat_with_others: lk(
    'Limit whom users may chat with: whether on, the option and the allowed users',
    '限制用户可与谁聊天：是否启用、选项以及允许的用户',
  ),
  selected_option: {
    en: '1 anyone, 2 users in the same organization, 3 those plus the users in user_email_addresses, 4 only those users.',
    zh: '1 任何人，2 同一组织的用户，3 同一组织的用户及 user_email_addresses 中的用户，4 仅限这些用户。',
  },
  user_email_addresses: {
    en: 'Email addresses of the specific users allowed, comma-separated.',
    zh: '允许的特定用户的邮箱地址，逗号分隔。',
  },
  chat_etiquette_tool: lk(
    'Chat etiquette policies that check messages for keywords or patterns',
    '按关键字或规则检查消息的聊天礼仪策略',
  ),
  is_locked: {
    en: 'Whether the policy is locked, so users cannot change it.',
    zh: '策略是否已锁定；锁定后用户无法修改。',
  },
  keywords: { en: 'Keywords the policy looks for in messages.', zh: '策略在消息中检测的关键字。' },
  regular_expression: {
    en: 'Regular expression the policy matches against messages.',
    zh: '策略用于匹配消息内容的正则表达式。',
  },
  trigger_action: {
    en: 'On a match: 1 ask the sender to confirm before sending, 2 block the message.',
    zh: '匹配时的处理：1 发送前要求发送者确认，2 阻止该消息。',
  },
  policy_max_count: {
    en: 'Most chat etiquette policies the account may have (read-only).',
    zh: '账户最多可设置的聊天礼仪策略数（只读）。',
  },
  send_data_to_third_party_archiving_service: lk(
    'Send chat data to a third-party archiving service (Global Relay or Smarsh)',
    '将聊天数据发送到第三方归档服务（Global Relay 或 Smarsh）',
  ),
  smtp_delivery_address: {
    en: 'SMTP address at which the archiving service receives the chat data.',
    zh: '归档服务接收聊天数据的 SMTP 地址。',
  },
  passcode: {
    en: 'Password for signing in to the third-party archiving service.',
    zh: '登录第三方归档服务所用的密码。',
  },
  authorized_channel_token: {
    en: 'Token that authorizes the channel to the archiving service.',
    zh: '向归档服务授权频道所用的令牌。',
  },
  apply_local_storage_to_personal_channel: {
    en: 'Keep users’ personal channel messages on their devices only for a set period.',
    zh: '用户个人频道的消息仅在其设备上保留设定的期限。',
  },
  retention_period: {
    en: 'How long personal channel messages are kept, such as 1 year.',
    zh: '个人频道消息的保留期限，如 1 年。',
  },
  translate_messages: lk('Let users translate chat messages', '允许用户翻译聊天消息'),
  search_and_send_animated_gif_images: lk(
    'Let users search for and send animated GIFs from GIPHY',
    '允许用户搜索并发送 GIPHY 动图',
  ),
  giphy_content_rating: {
    en: 'Most mature GIPHY content rating allowed, as Zoom’s code 1–4.',
    zh: '允许的最高 GIPHY 内容分级，取 Zoom 定义的代码 1–4。',
  },
  external_collab_restrict: {
    en: 'Restrict collaboration with external users: whether on, whether external chat is allowed, the group.',
    zh: '限制与外部用户协作：是否启用、是否允许外部聊天以及适用的群组。',
  },
  external_chat: {
    en: 'Chat with external users: allowed or not_allowed.',
    zh: '与外部用户聊天：allowed（允许）或 not_allowed（不允许）。',
  },
  external_user_control: {
    en: 'Control which external users may be added to chats and channels.',
    zh: '控制哪些外部用户可被添加到聊天和频道中。',
  },
  'external_user_control.selected_option': {
    en: 'Which external users are allowed, as one of Zoom’s options 1 to 3.',
    zh: '允许哪些外部用户，取值为 Zoom 的选项 1 到 3。',
  },
  external_invite_approve: {
    en: 'Require approval before external users are invited to chats or channels.',
    zh: '邀请外部用户加入聊天或频道前需要审批。',
  },
  'external_invite_approve.selected_option': {
    en: 'Who approves the invitations, option 1 or 2; channel_id names the approval channel when one is used.',
    zh: '由谁审批邀请，取值 1 或 2；使用审批频道时由 channel_id 指定。',
  },
  external_member_join: {
    en: 'Let external users join channels.',
    zh: '允许外部用户加入频道。',
  },
  external_join_approve: {
    en: 'Require approval when external users ask to join channels.',
    zh: '外部用户申请加入频道时需要审批。',
  },
  'external_join_approve.selected_option': {
    en: 'Who approves the requests, option 1 or 2; channel_id names the approval channel when one is used.',
    zh: '由谁审批申请，取值 1 或 2；使用审批频道时由 channel_id 指定。',
  },
  external_account: {
    en: 'Whether the rule also covers users of other Zoom accounts.',
    zh: '该规则是否同样适用于其他 Zoom 账户的用户。',
  },
  download_file: lk('Let users download files shared in chat', '允许用户下载聊天中共享的文件'),
  share_screen_in_chat: lk('Let users share their screen from chat', '允许用户在聊天中共享屏幕'),
  code_snippet: { en: 'Let users send code snippets.', zh: '允许用户发送代码片段。' },
  personal_channel: {
    en: 'Give users a personal channel for messages to themselves.',
    zh: '为用户提供发给自己的个人频道。',
  },
  store_revise_chat: {
    en: 'Store edited and deleted chat messages for archiving.',
    zh: '存储被编辑和删除的聊天消息以供归档。',
  },
  set_chat_as_default_tab: {
    en: 'Open the Team Chat tab by default when users first sign in.',
    zh: '用户首次登录时默认打开 Team Chat 标签页。',
  },
  hyper_link: { en: 'Let users add hyperlinks to message text.', zh: '允许用户在消息文本中添加超链接。' },
  suppress_removal_notification: {
    en: 'Hide the notice when a deleted or deactivated user leaves group chats and channels.',
    zh: '用户被删除或停用而离开群聊和频道时不显示通知。',
  },
  suppress_user_group_notification: {
    en: 'Hide notices when members are added to or removed from channels through user groups.',
    zh: '通过用户群组添加或移除频道成员时不显示通知。',
  },
  allow_remove_msg_by_owner_and_admins: {
    en: 'Let channel owners and admins remove members’ messages.',
    zh: '允许频道所有者和管理员删除成员的消息。',
  },
  allow_huddles_from_channels: lk('Let users start huddles from channels', '允许用户在频道中发起 Huddle'),
  shared_spaces: lk('Let users create shared spaces that group channels', '允许用户创建用于组织频道的共享空间'),
  chat_email_address: lk(
    'Give channels an email address that posts incoming email to them',
    '为频道提供邮箱地址，收到的邮件会发布到频道中',
  ),
  only_allow_specific_domains: {
    en: 'Accept email only from the domains in specific_domains.',
    zh: '仅接收来自 specific_domains 中域名的邮件。',
  },
  specific_domains: {
    en: 'Email domains allowed to send to channel email addresses.',
    zh: '允许向频道邮箱地址发送邮件的域名。',
  },
  read_receipts: lk('Show senders when their messages have been read', '向发送者显示消息是否已读'),
  allow_users_opt_out: { en: 'Let users turn read receipts off for themselves.', zh: '允许用户为自己关闭已读回执。' },
  allow_delete_message: lk(
    'Let users delete messages they sent, optionally only for a while',
    '允许用户删除自己发送的消息，可限定时间',
  ),
  allow_edit_message: lk(
    'Let users edit messages they sent, optionally only for a while',
    '允许用户编辑自己发送的消息，可限定时间',
  ),
  time: {
    en: 'Minutes after sending during which this is allowed: 0 no limit, 5, 30, 60, 1440 (a day), 10080 (a week).',
    zh: '发送后多少分钟内允许此操作：0 不限，5、30、60、1440（一天）、10080（一周）。',
  },
  show_status_to_internal_contact: {
    en: 'Show users’ presence status to internal contacts.',
    zh: '向内部联系人显示用户的在线状态。',
  },
  presence_on_meeting: lk('Show users as In a meeting while they are in one', '用户在会议中时将其状态显示为“会议中”'),
  presence_away_when_screen_saver: lk(
    'Show users as Away while their screen saver is on',
    '用户的屏幕保护程序启动时将其状态显示为“离开”',
  ),
  show_h323_contact_tab: { en: 'Show H.323 contacts in the Contacts tab.', zh: '在联系人标签页中显示 H.323 联系人。' },
  ai_summary: lk('AI Companion summaries of chats and channels', '由 AI Companion 总结聊天和频道内容'),
  ai_compose: lk('AI Companion help with writing messages', '由 AI Companion 协助撰写消息'),
  shown_in_team_chat: {
    en: 'Show this AI Companion feature in Team Chat.',
    zh: '在 Team Chat 中显示此 AI Companion 功能。',
  },
  ai_recommend: lk('AI Companion recommendations in chat', '在聊天中提供 AI Companion 推荐'),
  ai_quick_reply: { en: 'Suggest quick replies with AI Companion.', zh: '由 AI Companion 提供快速回复建议。' },
  ai_sentence_completion: lk(
    'Complete sentences with AI Companion while users type',
    '用户输入时由 AI Companion 补全句子',
  ),
  ai_quick_schedule: lk('Schedule meetings from chat with AI Companion', '借助 AI Companion 在聊天中安排会议'),
  survey_poll: lk('Let users create polls in chat', '允许用户在聊天中发起投票'),
  allow_create_channels_and_group_chats: lockOf('let users create channels and group chats', '允许用户创建频道和群聊'),
  ai_reply: lockOf('suggest replies with AI Companion', '由 AI Companion 建议回复'),
  allow_users_to_search_others_options: {
    en: 'Whom users can find by searching, as a comma-separated list of option codes.',
    zh: '用户可通过搜索找到哪些人，以逗号分隔的选项代码表示。',
  },

  // Account email notifications and in-meeting options
  low_host_count_reminder: {
    en: 'Email admins when the account is running low on host licenses.',
    zh: '账户的主持人许可证即将用完时向管理员发送邮件。',
  },
  auto_generated_translation: {
    en: 'Translated captions: whether on and which language pairs are offered.',
    zh: '翻译字幕：是否启用以及提供哪些语言组合。',
  },
  language_item_pairList: {
    en: 'Language pairs offered for translated captions.',
    zh: '翻译字幕提供的语言组合。',
  },
  'language_item_pairList.all': {
    en: 'Offer every available language pair.',
    zh: '提供所有可用的语言组合。',
  },
  trans_lang_config: {
    en: 'For each spoken language, the languages its captions are translated into.',
    zh: '每种口语语言及其字幕要翻译成的语言。',
  },
  speak_language: { en: 'The spoken language, by name and code.', zh: '口语语言（名称和代码）。' },
  translate_to: {
    en: 'Languages the captions of this spoken language are translated into.',
    zh: '该口语语言的字幕要翻译成的语言。',
  },
  'translate_to.all': {
    en: 'Translate into every available language.',
    zh: '翻译成所有可用语言。',
  },
  language_config: { en: 'The target languages, by name and code.', zh: '目标语言（名称和代码）。' },
  alert_guest_join: lk(
    'Show account members when guests from outside the account are in the meeting',
    '向账户成员标识会中来自账户外的访客',
  ),
  allow_participants_to_rename: {
    en: 'Let participants and panelists rename themselves in meetings and webinars.',
    zh: '允许参会者和嘉宾在会议和网络研讨会中修改自己的名称。',
  },
  anonymous_question_answer: lk('Let webinar attendees ask Q&A questions anonymously', '允许网络研讨会观众匿名提问'),
  auto_answer: lk(
    'Let users add contacts to an auto-answer group whose calls are answered automatically',
    '允许用户将联系人加入自动接听组，来自该组的呼叫将自动接听',
  ),
  meeting_data_transit_and_residency_method: {
    en: 'Where meeting traffic flows and stays: cloud (Zoom’s cloud) or On-Prem (the account’s own servers).',
    zh: '会议数据传输和驻留的位置：cloud（Zoom 云）或 On-Prem（账户自有的本地部署服务器）。',
  },
  dscp_audio: {
    en: 'DSCP value marking audio packets, 1 to 63 (default 56).',
    zh: '音频数据包的 DSCP 标记值，1 到 63（默认 56）。',
  },
  dscp_marking: lk(
    'Mark audio and video packets with DSCP values for network quality of service',
    '为音视频数据包添加 DSCP 标记，以保障网络服务质量',
  ),
  dscp_video: {
    en: 'DSCP value marking video packets, 1 to 63 (default 40).',
    zh: '视频数据包的 DSCP 标记值，1 到 63（默认 40）。',
  },
  dscp_dual: { en: 'Turn on dual DSCP marking.', zh: '启用双重 DSCP 标记。' },
  manage_saved_polls_and_quizzes: {
    en: 'Let users manage their saved polls and quizzes.',
    zh: '允许用户管理已保存的投票和测验。',
  },
  original_audio: lk('Let users turn on original sound in their client', '允许用户在客户端中开启原声'),
  p2p_connetion: {
    en: 'Connect peer to peer while only two people are in a meeting.',
    zh: '会议中只有两人时使用点对点连接。',
  },
  p2p_ports: {
    en: 'Limit peer-to-peer connections to the listening ports in ports_range.',
    zh: '将点对点连接限制在 ports_range 中的监听端口。',
  },
  ports_range: {
    en: 'Peer-to-peer listening ports, comma-separated, each 1 to 65535.',
    zh: '点对点监听端口，逗号分隔，每个取值 1 到 65535。',
  },
  record_play_own_voice: {
    en: 'Let participants joining by phone record their own voice as their entry and exit chime.',
    zh: '允许电话入会的参会者录制自己的声音作为入会和离会提示音。',
  },
  sending_default_email_invites: lk(
    'Offer only the default email client when users send email invitations',
    '用户发送邮件邀请时仅提供默认邮件客户端',
  ),
  stereo_audio: lk('Let users turn on stereo audio in their client', '允许用户在客户端中开启立体声'),
  use_html_format_email: lk(
    'Use HTML instead of plain text for invitations from the Outlook plugin',
    'Outlook 插件发出的邀请使用 HTML 格式而非纯文本',
  ),
  webinar_question_answer: lk(
    'Let attendees ask the host and panelists questions in webinars',
    '允许观众在网络研讨会中向主持人和嘉宾提问',
  ),

  // Integrations
  integration: {
    en: 'Third-party integrations available to users.',
    zh: '用户可用的第三方集成。',
  },
  box: {
    en: 'Let participants on mobile devices share content from Box.',
    zh: '允许使用移动设备的参会者共享 Box 中的内容。',
  },
  dropbox: {
    en: 'Let participants on mobile devices share content from Dropbox.',
    zh: '允许使用移动设备的参会者共享 Dropbox 中的内容。',
  },
  google_calendar: {
    en: 'Let users schedule meetings with Google Calendar.',
    zh: '允许用户通过 Google 日历安排会议。',
  },
  google_drive: {
    en: 'Let participants on mobile devices share content from Google Drive.',
    zh: '允许使用移动设备的参会者共享 Google Drive 中的内容。',
  },
  kubi: {
    en: 'Let users control a connected Kubi device from a meeting.',
    zh: '允许用户在会议中控制已连接的 Kubi 设备。',
  },
  microsoft_one_drive: {
    en: 'Let participants on mobile devices share content from Microsoft OneDrive.',
    zh: '允许使用移动设备的参会者共享 Microsoft OneDrive 中的内容。',
  },

  // Other options
  other_options: {
    en: 'Other account options; in lock settings, which of them are locked.',
    zh: '其他账户选项；在锁定设置中表示其中哪些设置被锁定。',
  },
  allow_auto_active_users: {
    en: 'Let admins activate the users they add at once, with a default password.',
    zh: '允许管理员添加用户时使用默认密码立即激活用户。',
  },
  allow_users_contact_support_via_chat: {
    en: 'Show the Zoom Help badge, through which users can chat with support.',
    zh: '显示 Zoom 帮助图标，用户可通过它与客服聊天。',
  },
  allow_users_enter_and_share_pronouns: {
    en: 'Let users add pronouns to their profile and share them in meetings and webinars.',
    zh: '允许用户在个人资料中添加人称代词，并在会议和网络研讨会中显示。',
  },
  blur_snapshot: lk(
    'Blur (iOS) or hide (Android) the app’s snapshot in the recent apps view',
    '在最近使用的应用列表中模糊（iOS）或隐藏（Android）应用快照',
  ),
  display_meetings_scheduled_for_others: {
    en: 'Let users with scheduling privilege see the meetings of the users they schedule for.',
    zh: '允许拥有日程安排权限的用户查看其代为安排会议的用户的会议。',
  },
  meeting_qos_and_mos: {
    en: 'Dashboard quality scores and network alerts: 0 off, 1 shown, 2 shown with custom thresholds (3 also accepted).',
    zh: '仪表板中的会议质量评分和网络警报：0 关闭，1 显示，2 按自定义阈值显示（也接受 3）。',
  },
  show_one_user_meeting_on_dashboard: {
    en: 'Show meetings with only one participant on the Dashboard and in reports.',
    zh: '在仪表板和报告中显示只有一人参加的会议。',
  },
  use_cdn: {
    en: 'CDN for the web’s static files: none, default (CloudFront; Wangsu in Chinese mainland) or wangsu (for all).',
    zh: '网页静态资源使用的 CDN：none（不使用）、default（CloudFront，中国大陆用户用网宿）或 wangsu（所有用户用网宿）。',
  },
  webinar_registration_options: lk(
    'What hosts may turn on for webinar registration pages',
    '主持人可为网络研讨会注册页面开启的选项',
  ),
  allow_host_to_enable_join_info: {
    en: 'Let hosts show join information on the registration confirmation page.',
    zh: '允许主持人在注册确认页面显示入会信息。',
  },
  allow_host_to_enable_social_share_buttons: {
    en: 'Let hosts show social share buttons on registration pages.',
    zh: '允许主持人在注册页面显示社交分享按钮。',
  },
  enable_custom_questions: {
    en: 'Let hosts add custom questions to registration forms.',
    zh: '允许主持人在注册表单中添加自定义问题。',
  },
  email_in_attendee_report_for_meeting: {
    en: 'Include participants’ email addresses in meeting attendee reports.',
    zh: '在会议参会者报告中包含参会者的邮箱地址。',
  },

  // Account recording options
  account_user_access_recording: lk(
    'Only members of the account can open cloud recordings',
    '仅账户成员可以打开云录制',
  ),
  allow_recovery_deleted_cloud_recordings: {
    en: 'Keep deleted cloud recordings in the trash for 30 days so they can be recovered.',
    zh: '已删除的云录制在回收站保留 30 天，期间可以恢复。',
  },
  archive: lk(
    'Archiving of meetings and webinars: whether on, the archive type and what it includes',
    '会议和网络研讨会归档：是否启用、归档类型以及包含的内容',
  ),
  audio_file: { en: 'Include meeting and webinar audio in the archive.', zh: '归档中包含会议和网络研讨会的音频。' },
  cc_transcript_file: {
    en: 'Include closed captions or transcripts in the archive.',
    zh: '归档中包含隐藏式字幕或字幕文稿。',
  },
  chat_file: { en: 'Include in-meeting chat in the archive.', zh: '归档中包含会中聊天内容。' },
  chat_with_sender_email: {
    en: 'Include senders’ email addresses in the archived chat.',
    zh: '归档的聊天内容中包含发送者的邮箱地址。',
  },
  video_file: { en: 'Include meeting and webinar video in the archive.', zh: '归档中包含会议和网络研讨会的视频。' },
  chat_with_direct_message: {
    en: 'Include direct (private) messages in the archived chat.',
    zh: '归档的聊天内容中包含私聊消息。',
  },
  archive_retention: { en: 'Days archived content is kept, 1 to 30.', zh: '归档内容的保留天数，1 到 30。' },
  action_when_archive_failed: {
    en: 'When archiving fails: 1 participants stay and are notified, 2 nobody can join or stay.',
    zh: '归档失败时：1 参会者可留在会中并收到通知，2 任何人都无法入会或留在会中。',
  },
  notification_when_archiving_starts: {
    en: 'Who is notified when archiving starts: participants (everyone) or guest (guests only).',
    zh: '开始归档时通知谁：participants（所有参会者）或 guest（仅访客）。',
  },
  play_voice_prompt_when_archiving_starts: {
    en: 'Who hears a voice prompt when archiving starts: participants, guest (guests only) or none.',
    zh: '开始归档时谁会听到语音提示：participants（所有参会者）、guest（仅访客）或 none（无）。',
  },
  cloud_recording_download: lk('Let anyone with the link download cloud recordings', '允许持有链接的任何人下载云录制'),
  cloud_recording_download_host: {
    en: 'Only the host may download cloud recordings.',
    zh: '仅主持人可以下载云录制。',
  },
  host_delete_cloud_recording: lk(
    'Let hosts delete their cloud recordings (otherwise only admins can)',
    '允许主持人删除自己的云录制（否则仅管理员可删除）',
  ),
  prevent_host_access_recording: lk(
    'Keep hosts from viewing their cloud recordings; only admins managing recordings can',
    '禁止主持人查看自己的云录制，仅有录制管理权限的管理员可以访问',
  ),
  record_audio_file_each_participant: {
    en: 'Record a separate audio file for each participant.',
    zh: '为每位参会者单独录制一个音频文件。',
  },
  required_password_for_existing_cloud_recordings: {
    en: 'Require a passcode to open existing cloud recordings.',
    zh: '访问现有云录制时需要密码。',
  },
  required_password_for_shared_cloud_recordings: {
    en: 'Require a passcode to open shared cloud recordings.',
    zh: '访问共享的云录制时需要密码。',
  },

  // Account scheduling options
  enforce_login_with_domains: lk(
    'Only signed-in users with the listed email domains can join meetings',
    '仅允许使用所列邮箱域名且已登录的用户入会',
  ),
  enable_dedicated_group_chat: {
    en: 'Give meetings a dedicated group chat that lasts before and after them.',
    zh: '为会议提供在会前和会后持续存在的专属群聊。',
  },
  not_store_meeting_topic: lk('Always show “Zoom Meeting” as the meeting topic', '始终将会议主题显示为“Zoom Meeting”'),
  allow_host_to_disable_participant_video: {
    en: 'Let hosts turn off participants’ video.',
    zh: '允许主持人关闭参会者的视频。',
  },
  always_display_zoom_meeting_as_topic: {
    en: 'Show “Zoom Meeting” instead of the real topic, optionally for already scheduled meetings too.',
    zh: '以“Zoom Meeting”代替真实主题显示，可同时应用于已安排的会议。',
  },
  display_topic_for_scheduled_meetings: {
    en: 'Apply it to meetings already scheduled too.',
    zh: '同时应用于已安排的会议。',
  },
  hide_meeting_description: {
    en: 'Hide meeting descriptions, optionally for already scheduled meetings too.',
    zh: '隐藏会议描述，可同时应用于已安排的会议。',
  },
  hide_description_for_scheduled_meetings: {
    en: 'Hide the descriptions of meetings already scheduled too.',
    zh: '同时隐藏已安排会议的描述。',
  },
  always_display_zoom_webinar_as_topic: lk(
    'Show “Zoom Webinar” instead of the real webinar topic',
    '以“Zoom Webinar”代替网络研讨会的真实主题显示',
  ),
  display_topic_for_scheduled_webinars: {
    en: 'Apply it to webinars already scheduled too.',
    zh: '同时应用于已安排的网络研讨会。',
  },
  hide_webinar_description: {
    en: 'Hide webinar descriptions, optionally for already scheduled webinars too.',
    zh: '隐藏网络研讨会描述，可同时应用于已安排的网络研讨会。',
  },
  hide_description_for_scheduled_webinars: {
    en: 'Hide the descriptions of webinars already scheduled too.',
    zh: '同时隐藏已安排网络研讨会的描述。',
  },
  meeting_template: {
    en: 'Meeting templates: whether users can schedule from them, and which ones.',
    zh: '会议模板：用户能否使用模板安排会议以及可用的模板。',
  },
  display_toll_free_numbers: {
    en: 'Show the telephony provider’s toll-free numbers.',
    zh: '显示电话服务提供商的免费电话号码。',
  },

  // Zoom Rooms
  zoom_rooms: { en: 'Zoom Rooms settings.', zh: 'Zoom Rooms 设置。' },
  auto_start_stop_scheduled_meetings: {
    en: 'Start and end scheduled meetings in Zoom Rooms automatically.',
    zh: '自动开始和结束 Zoom Rooms 中已安排的会议。',
  },
  cmr_for_instant_meeting: {
    en: 'Record instant meetings in Zoom Rooms to the cloud.',
    zh: '将 Zoom Rooms 中的即时会议录制到云端。',
  },
  force_private_meeting: {
    en: 'Treat all Zoom Rooms meetings as private.',
    zh: '将所有 Zoom Rooms 会议设为私密会议。',
  },
  hide_host_information: {
    en: 'Hide the host and meeting ID of private meetings.',
    zh: '隐藏私密会议的主持人和会议号。',
  },
  list_meetings_with_calendar: {
    en: 'Show the meeting list from the calendar integration.',
    zh: '通过日历集成显示会议列表。',
  },
  start_airplay_manually: {
    en: 'Keep AirPlay off until an admin starts it.',
    zh: 'AirPlay 服务须由管理员手动启动。',
  },
  ultrasonic: {
    en: 'Share to the room automatically, detected by an ultrasonic proximity signal.',
    zh: '通过超声波近距离信号自动直接共享到会议室。',
  },
  upcoming_meeting_alert: {
    en: 'Show a reminder on the controller 10 minutes before the next meeting.',
    zh: '下一场会议开始前 10 分钟在控制器上显示提醒。',
  },
  weekly_system_restart: {
    en: 'Restart the Zoom Rooms computer and controller once a week.',
    zh: '每周重启一次 Zoom Rooms 电脑和控制器。',
  },
  zr_post_meeting_feedback: {
    en: 'Ask for feedback after each Zoom Rooms meeting.',
    zh: '每次 Zoom Rooms 会议结束后征求反馈。',
  },

  // Account waiting room options
  locked: {
    en: 'Whether the waiting room options are locked for users.',
    zh: '等候室选项是否对用户锁定。',
  },
  admit_type: {
    en: 'Who waits: 1 everyone, 2 users outside the account, 3 those not in allowed domains either, 4 people not invited.',
    zh: '进入等候室的人：1 所有人，2 账户外用户，3 账户外且不在允许域名内的用户，4 未受邀者。',
  },
  internal_user_auto_admit: {
    en: 'How users of the account are admitted without waiting, as one of Zoom’s options 1 to 5.',
    zh: '账户内用户如何免等候直接入会，取值为 Zoom 的选项 1 到 5。',
  },
  admit_domain_allowlist: {
    en: 'Email domains whose users skip the waiting room (with admit_type 3), comma-separated.',
    zh: '其用户可跳过等候室的邮箱域名（admit_type 为 3 时），逗号分隔。',
  },
  who_can_admit_participants: {
    en: 'Who may admit people: 0 host and co-hosts, 1 also anyone who skipped the waiting room if neither is there.',
    zh: '谁可以准许入会：0 主持人和联席主持人，1 两者都不在时跳过等候室的人也可以。',
  },
  sort_order_of_people: {
    en: 'How the waiting room list is sorted, as Zoom’s code 0 or 1.',
    zh: '等候室名单的排序方式，取 Zoom 定义的代码 0 或 1。',
  },
  more_options: { en: 'More waiting room options.', zh: '更多等候室选项。' },
  user_invited_by_host_can_bypass_waiting_room: {
    en: 'People the host invites during the meeting skip the waiting room.',
    zh: '主持人在会中邀请的人可跳过等候室。',
  },
  move_participants_to_waiting_room_when_host_dropped: {
    en: 'Move participants to the waiting room when the host loses connection.',
    zh: '主持人断开连接时将参会者移入等候室。',
  },
  allow_participants_to_reply_to_host: {
    en: 'Let people in the waiting room reply to the host’s messages.',
    zh: '允许等候室中的人回复主持人的消息。',
  },

  // Webinar registration settings
  host_email_notification: {
    en: 'Email the host when someone registers.',
    zh: '有人注册时向主持人发送邮件。',
  },
  allow_participants_to_join_from_multiple_devices: {
    en: 'Let registrants join from several devices.',
    zh: '允许注册者从多台设备入会。',
  },
  show_social_share_buttons: {
    en: 'Show social share buttons on the registration page.',
    zh: '在注册页面显示社交分享按钮。',
  },
  selected: {
    en: 'Whether the question appears on the registration form (a required one always does).',
    zh: '该问题是否显示在注册表单中（必填问题始终显示）。',
  },
  approve_type: {
    en: 'Approval of registrants: 0 automatic, 1 manual.',
    zh: '注册者的批准方式：0 自动批准，1 手动批准。',
  },

  // Group-only settings
  only_host_view_device_list: {
    en: 'Show the list of H.323/SIP devices to the host only.',
    zh: '仅向主持人显示 H.323/SIP 设备列表。',
  },
  show_browser_join_link: lk(
    'Show a link that lets participants join from their browser',
    '显示参会者可通过浏览器入会的链接',
  ),
  show_device_list: { en: 'Show the list of H.323/SIP devices.', zh: '显示 H.323/SIP 设备列表。' },
  upcoming_meeting_reminder: lk(
    'Send users a desktop notification before upcoming meetings',
    '在会议即将开始前向用户发送桌面通知',
  ),
  use_pmi_for_schedule_meetings: {
    en: 'Schedule meetings with the personal meeting ID (PMI) by default.',
    zh: '默认使用个人会议号（PMI）安排会议。',
  },
  require_password_for_all_meetings: {
    en: 'Require a passcode from everyone joining any meeting.',
    zh: '所有会议都要求参会者输入密码。',
  },

  // Information barrier policy restrictions
  complete_phone_calls: {
    en: 'Restrict phone calls between the two groups’ members.',
    zh: '限制两个群组成员之间的电话通话。',
  },
  im: {
    en: 'Restrict Team Chat messages between the two groups’ members.',
    zh: '限制两个群组成员之间的 Team Chat 消息。',
  },
  in_meeting_chat: {
    en: 'Restrict in-meeting chat between the two groups’ members.',
    zh: '限制两个群组成员之间的会中聊天。',
  },
  message_via_sms: {
    en: 'Restrict SMS messages between the two groups’ members.',
    zh: '限制两个群组成员之间的短信。',
  },
  screen_share: {
    en: 'Restrict screen sharing between the two groups’ members.',
    zh: '限制两个群组成员之间的屏幕共享。',
  },
}
