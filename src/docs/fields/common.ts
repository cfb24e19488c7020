import type { FieldDocs, Text } from './index.js'

// Names shared by several groups: paging, account and member IDs, query options of the settings endpoints, the
// settings that user, group and account settings have in common, addresses, and a few generic names (reason,
// from/to, required, visible, description…) described neutrally and then per group or parent where they differ.

/** A setting whose key is also used in lock settings. */
const lk = (en: string, zh: string): Text => ({
  en: `${en}; in lock settings, whether it is locked.`,
  zh: `${zh}；在锁定设置中表示该设置是否被锁定。`,
})

/** A participant's `user_id`: valid for one meeting instance. */
const perMeetingId: Text = {
  en: 'The participant’s ID for this meeting instance only (not an account user ID).',
  zh: '参会者在本次会议实例中的 ID（不是账户中的用户 ID）。',
}

export const commonFields: FieldDocs = {
  // Paging and IDs
  page_number: {
    en: 'Page to return, from 1 (older paging; prefer next_page_token); in responses, the page shown.',
    zh: '要返回的页码，从 1 开始（旧的分页方式，建议使用 next_page_token）；响应中为当前页码。',
  },
  account_id: { en: 'ID of the account.', zh: '账户 ID。' },
  'Users:account_id': {
    en: 'The user’s account ID; when moving a user, the account to move them to.',
    zh: '用户所属账户的 ID；移动用户时为目标账户的 ID。',
  },
  'results.account_id': { en: 'The sub account’s ID.', zh: '子账户 ID。' },
  'Webhooks:account_id': {
    en: 'The account the subscription reaches: the app’s own (default) or a sub account; in lists, a filter.',
    zh: '订阅覆盖的账户：应用自身的账户（默认）或其子账户；在列表查询中作为筛选条件。',
  },
  account_number: {
    en: 'The account’s number, a numeric ID shown in the web portal.',
    zh: '账户编号，即网页门户中显示的数字 ID。',
  },
  ids: { en: 'IDs of the users added, comma-separated.', zh: '已添加用户的 ID，以逗号分隔。' },
  memberId: { en: 'User ID of the member.', zh: '成员的用户 ID。' },

  // Generic names, then their meaning in each place
  reason: { en: 'The reason, as a code or text.', zh: '原因，以代码或文字表示。' },
  'fail_details.reason': {
    en: 'Why these users were not updated, e.g. "Users not found" or "Not enough seats".',
    zh: '这些用户未被更新的原因，如 "Users not found" 或 "Not enough seats"。',
  },
  'Billing:reason': {
    en: 'Why the plan is cancelled: 1 no longer remote, 2 support, 3 free plan is enough, 4 cost, 5 wrong product, 6 not now.',
    zh: '取消套餐的原因：1 不再远程办公，2 未获得所需支持，3 免费套餐已够用，4 费用过高，5 购买了错误的产品，6 暂时不需要。',
  },
  'Simulator:reason': {
    en: 'How the participant leaves: left (default), disconnected, removed (by the host) or network_error.',
    zh: '参会者离会的方式：left（主动离开，默认）、disconnected（掉线）、removed（被主持人移出）或 network_error（网络错误）。',
  },
  from: { en: 'Start of the date range, yyyy-mm-dd.', zh: '日期范围的开始，yyyy-mm-dd 格式。' },
  to: { en: 'End of the date range, yyyy-mm-dd.', zh: '日期范围的结束，yyyy-mm-dd 格式。' },
  'Meetings:from': {
    en: 'Only meetings starting on or after this date, yyyy-mm-dd in the requested timezone.',
    zh: '仅列出在此日期当天或之后开始的会议，yyyy-mm-dd 格式，按所请求的时区计算。',
  },
  'Meetings:to': {
    en: 'Only meetings starting on or before this date, yyyy-mm-dd in the requested timezone.',
    zh: '仅列出在此日期当天或之前开始的会议，yyyy-mm-dd 格式，按所请求的时区计算。',
  },
  'Billing:from': {
    en: 'Only invoices dated on or after this date, yyyy-mm-dd; by default a year before to.',
    zh: '仅列出此日期当天或之后开具的发票，yyyy-mm-dd 格式；默认为 to 之前一年。',
  },
  'Billing:to': {
    en: 'Only invoices dated on or before this date, yyyy-mm-dd (default today); at most a year after from.',
    zh: '仅列出此日期当天或之前开具的发票，yyyy-mm-dd 格式（默认今天）；与 from 相隔不超过一年。',
  },
  'Webhooks:from': {
    en: 'Only logs at or after this time: yyyy-mm-dd or an ISO 8601 date-time.',
    zh: '仅返回此时间及之后的日志：yyyy-mm-dd 或 ISO 8601 日期时间。',
  },
  'Webhooks:to': {
    en: 'Only logs at or before this time: yyyy-mm-dd (the whole day) or an ISO 8601 date-time.',
    zh: '仅返回此时间及之前的日志：yyyy-mm-dd（含当天全天）或 ISO 8601 日期时间。',
  },
  user_id: { en: 'ID of the user.', zh: '用户 ID。' },
  'participants.user_id': perMeetingId,
  'Simulator:participants.user_id': perMeetingId,
  'Simulator:user_id': {
    en: 'To join: the account user joining signed in; in a session, the participant’s per-meeting ID.',
    zh: '加入时：以登录身份加入的账户用户 ID；在会话中：参会者在本次会议中的 ID。',
  },
  'Webhooks:user_id': {
    en: 'Only subscriptions that reach this user.',
    zh: '仅返回覆盖此用户的订阅。',
  },
  'Webhooks:webhook_logs.user_id': {
    en: 'The subscribed user the event was sent for (user-level subscriptions only).',
    zh: '事件所针对的订阅用户（仅限用户级订阅）。',
  },
  required: { en: 'Whether a value is required.', zh: '是否必填。' },
  'questions.required': {
    en: 'Whether registrants must fill in this field.',
    zh: '注册者是否必须填写此字段。',
  },
  'custom_questions.required': {
    en: 'Whether registrants must answer this question.',
    zh: '注册者是否必须回答此问题。',
  },
  'Tracking Field:required': {
    en: 'Whether a value must be given for the field when scheduling a meeting.',
    zh: '安排会议时是否必须为该字段填写值。',
  },
  visible: { en: 'Whether it is shown to users.', zh: '是否向用户显示。' },
  'authentication_options.visible': {
    en: 'Whether the option is offered to users when they schedule.',
    zh: '用户安排会议时是否提供此选项。',
  },
  'tracking_fields.visible': {
    en: 'Whether the field appears in the meeting’s scheduling options on the web portal.',
    zh: '该字段是否显示在网页门户的会议安排选项中。',
  },
  'Tracking Field:visible': {
    en: 'Whether the field appears in the meeting scheduling options on the web portal.',
    zh: '该字段是否显示在网页门户的会议安排选项中。',
  },
  description: { en: 'A description.', zh: '描述。' },
  'policies.description': { en: 'The policy’s description.', zh: '策略的描述。' },
  'Roles:description': { en: 'The role’s description.', zh: '角色的描述。' },
  policies: {
    en: 'Chat etiquette policies: keywords or patterns that messages are checked against.',
    zh: '聊天礼仪策略：用于检查消息的关键词或模式。',
  },
  'Information Barriers:policies': {
    en: 'The account’s information barrier policies.',
    zh: '账户的信息屏障策略。',
  },
  domains: {
    en: 'Domain names; for an account’s managed domains, each with its status.',
    zh: '域名；账户的托管域名列表中每个域名带有其状态。',
  },
  'authentication_options.domains': {
    en: 'Comma-separated domains the option admits (when its type is enforce_login_with_domains).',
    zh: '该选项允许的域名，以逗号分隔（类型为 enforce_login_with_domains 时）。',
  },
  'authentication_option.domains': {
    en: 'Comma-separated domains the option admits (when its type is enforce_login_with_domains).',
    zh: '该选项允许的域名，以逗号分隔（类型为 enforce_login_with_domains 时）。',
  },
  'signin_with_sso.domains': {
    en: 'Domains whose users sign in with single sign-on (SSO).',
    zh: '其用户通过单点登录（SSO）登录的域名。',
  },

  // Addresses (registrants; sub accounts; billing contacts)
  address: { en: 'The registrant’s street address.', zh: '注册者的街道地址。' },
  'Accounts:address': { en: 'Street address of the account.', zh: '账户的街道地址。' },
  'Billing:address': {
    en: 'The billing contact’s street address, up to 256 characters.',
    zh: '账单联系人的街道地址，最多 256 个字符。',
  },
  zip: { en: 'The registrant’s ZIP or postal code.', zh: '注册者的邮政编码。' },
  'Accounts:zip': { en: 'ZIP or postal code of the account’s address.', zh: '账户地址的邮政编码。' },
  'Billing:zip': {
    en: 'The billing contact’s ZIP or postal code, up to 16 characters.',
    zh: '账单联系人的邮政编码，最多 16 个字符。',
  },
  state: { en: 'The registrant’s state or province.', zh: '注册者所在的州或省。' },
  'Accounts:state': { en: 'State or province of the account’s address.', zh: '账户地址所在的州或省。' },
  'Billing:state': {
    en: 'The billing contact’s state or province, up to 64 characters; in the US, a real state.',
    zh: '账单联系人所在的州或省，最多 64 个字符；美国地址须为有效的州。',
  },
  field_name: {
    en: 'The standard registration field: last_name, address, city, country, zip, state, phone, industry, org, job_title, purchasing_time_frame, role_in_purchase_process, no_of_employees or comments.',
    zh: '标准注册字段：last_name、address、city、country、zip、state、phone、industry、org、job_title、purchasing_time_frame、role_in_purchase_process、no_of_employees 或 comments。',
  },

  // Settings endpoints: query options, virtual background files
  option: {
    en: 'Only this part of the settings: meeting_authentication, recording_authentication or meeting_security.',
    zh: '仅处理设置中的这一部分：meeting_authentication、recording_authentication 或 meeting_security。',
  },
  'Accounts:option': {
    en: 'Only this part of the settings: meeting_authentication, recording_authentication, security or meeting_security.',
    zh: '仅处理设置中的这一部分：meeting_authentication、recording_authentication、security 或 meeting_security。',
  },
  custom_query_fields: {
    en: 'Comma-separated setting or section names to return (e.g. host_video); the rest is left out.',
    zh: '要返回的设置项或设置分区名称，以逗号分隔（如 host_video）；其余设置不返回。',
  },
  file: {
    en: 'The virtual background to upload (multipart): a jpg/jpeg, gif or png image, or a video if allowed; at most 15 MB.',
    zh: '要上传的虚拟背景（multipart）：jpg/jpeg、gif 或 png 图片，允许时也可为视频；最大 15 MB。',
  },
  'Groups:file': {
    en: 'The virtual background image to upload (multipart): jpg/jpeg or png, at most 15 MB.',
    zh: '要上传的虚拟背景图片（multipart）：jpg/jpeg 或 png，最大 15 MB。',
  },
  file_ids: {
    en: 'Comma-separated IDs of the virtual background files to delete.',
    zh: '要删除的虚拟背景文件 ID，以逗号分隔。',
  },

  // Settings: scheduling and passcodes
  force_pmi_jbh_password: lk(
    'Require a passcode for personal meetings that let participants join before the host',
    '允许参会者在主持人之前加入的个人会议必须设置密码',
  ),
  require_password_for_scheduled_meetings: {
    en: 'Require a passcode for meetings already scheduled.',
    zh: '已安排的会议必须设置密码。',
  },
  require_password_for_scheduled_meeting: {
    en: 'Require a passcode for meetings already scheduled.',
    zh: '已安排的会议必须设置密码。',
  },
  require_password_for_scheduled_webinar: {
    en: 'Require a passcode for webinars already scheduled.',
    zh: '已安排的网络研讨会必须设置密码。',
  },
  meeting_password_requirement: {
    en: 'Rules that meeting and webinar passcodes must follow.',
    zh: '会议和网络研讨会密码必须遵守的规则。',
  },
  length: {
    en: 'Minimum number of characters in the passcode (passcodes have at most 10).',
    zh: '密码的最少字符数（密码最多 10 个字符）。',
  },
  have_letter: { en: 'The passcode must contain a letter.', zh: '密码必须包含字母。' },
  have_number: { en: 'The passcode must contain a digit.', zh: '密码必须包含数字。' },
  have_special_character: {
    en: 'The passcode must contain a special character (meeting passcodes allow @ - _ *).',
    zh: '密码必须包含特殊字符（会议密码允许使用 @ - _ *）。',
  },
  have_upper_and_lower_characters: {
    en: 'The passcode must mix uppercase and lowercase letters.',
    zh: '密码必须同时包含大写和小写字母。',
  },
  only_allow_numeric: { en: 'The passcode may contain digits only.', zh: '密码只能包含数字。' },
  consecutive_characters_length: {
    en: 'Runs of this many consecutive characters (abcd, 1234) are not allowed, 4–8; 0 for no limit.',
    zh: '不允许出现该长度的连续字符（如 abcd、1234），取值 4–8；0 表示不限制。',
  },
  weak_enhance_detection: {
    en: 'Warn users when the passcode they choose is weak.',
    zh: '用户设置的密码较弱时发出提醒。',
  },
  'password_requirement.have_special_character': {
    en: 'Users’ sign-in passwords must contain a special character.',
    zh: '用户的登录密码必须包含特殊字符。',
  },
  'password_requirement.consecutive_characters_length': {
    en: 'Sign-in passwords may not contain a run of this many consecutive characters (abcd, 1234), 4–8; 0 for no extra rule.',
    zh: '登录密码不得包含该长度的连续字符（如 abcd、1234），取值 4–8；0 表示不另加限制。',
  },
  'password_requirement.weak_enhance_detection': {
    en: 'Refuse sign-in passwords built on common words or easily guessed patterns.',
    zh: '拒绝基于常见单词或易猜模式的登录密码。',
  },
  can_add_external_users: {
    en: 'Let people outside the account be added to a meeting’s continuous chat.',
    zh: '允许将账户外的人员添加到会议的持续聊天中。',
  },

  // Settings: in meeting
  allow_participants_chat_with: {
    en: 'Who participants can chat with: 1 no one, 2 host and co-hosts, 3 everyone publicly, 4 everyone publicly and privately.',
    zh: '参会者可与谁聊天：1 不能聊天，2 主持人和联席主持人，3 所有人（公开），4 所有人（公开和私聊）。',
  },
  allow_users_save_chats: {
    en: 'What participants can save of the chat: 1 nothing, 2 host and co-host messages only, 3 all messages.',
    zh: '参会者可保存的聊天内容：1 不能保存，2 仅主持人和联席主持人的消息，3 所有消息。',
  },
  'webinar_chat.allow_users_save_chats': {
    en: 'What attendees can save of the chat: 0 nothing, 1 host and panelist messages only, 2 all messages.',
    zh: '观众可保存的聊天内容：0 不能保存，1 仅主持人和嘉宾的消息，2 所有消息。',
  },
  allow_attendees_chat_with: {
    en: 'Who webinar attendees can chat with: 1 no one, 2 host and panelists, 3 everyone.',
    zh: '网络研讨会观众可与谁聊天：1 不能聊天，2 主持人和嘉宾，3 所有人。',
  },
  default_attendees_chat_with: {
    en: 'Who webinar attendees chat with by default: 1 host and panelists, 2 everyone.',
    zh: '网络研讨会观众默认的聊天对象：1 主持人和嘉宾，2 所有人。',
  },
  allow_panelists_chat_with: {
    en: 'Who webinar panelists can chat with: 1 host and panelists, 2 everyone.',
    zh: '网络研讨会嘉宾可与谁聊天：1 主持人和嘉宾，2 所有人。',
  },
  allow_panelists_send_direct_message: {
    en: 'Let panelists send direct messages to other panelists.',
    zh: '允许嘉宾向其他嘉宾发送私信。',
  },
  allow_auto_save_local_chat_file: {
    en: 'Save the webinar chat to a file on the host’s computer when the webinar ends.',
    zh: '网络研讨会结束时将聊天记录保存到主持人电脑上的文件中。',
  },
  breakout_room_schedule: {
    en: 'Let hosts assign participants to breakout rooms when scheduling.',
    zh: '允许主持人在安排会议时预先为参会者分配分组讨论室。',
  },
  closed_captioning: {
    en: 'Closed captioning and live transcription settings.',
    zh: '隐藏式字幕和实时转录设置。',
  },
  auto_transcribing: {
    en: 'Allow live transcription, which captions meetings automatically.',
    zh: '允许实时转录，自动为会议生成字幕。',
  },
  third_party_captioning_service: {
    en: 'Allow a third-party captioning service to send captions with an API token.',
    zh: '允许第三方字幕服务通过 API 令牌发送字幕。',
  },
  view_full_transcript: {
    en: 'Let participants view the full transcript in the in-meeting side panel.',
    zh: '允许参会者在会中侧边栏查看完整字幕文稿。',
  },
  manual_captioning: { en: 'Manual captioning settings.', zh: '手动字幕设置。' },
  allow_to_type: {
    en: 'Let the host type captions or assign a participant to type them.',
    zh: '允许主持人输入字幕或指定一名参会者输入字幕。',
  },
  custom_live_streaming_service: {
    en: 'Allow live streaming to a custom service.',
    zh: '允许直播到自定义服务。',
  },
  custom_service_instructions: {
    en: 'Instructions shown to hosts for setting up a custom live stream.',
    zh: '向主持人显示的自定义直播设置说明。',
  },
  live_streaming_facebook: { en: 'Allow live streaming to Facebook.', zh: '允许直播到 Facebook。' },
  live_streaming_youtube: { en: 'Allow live streaming to YouTube.', zh: '允许直播到 YouTube。' },
  workplace_by_facebook: {
    en: 'Allow live streaming to Workplace by Facebook.',
    zh: '允许直播到 Workplace by Facebook。',
  },
  live_streaming_service: {
    en: 'Live streaming services offered for webinars: facebook, workplace_by_facebook, youtube, custom_live_streaming_service.',
    zh: '网络研讨会可用的直播服务：facebook、workplace_by_facebook、youtube、custom_live_streaming_service。',
  },
  live_streaming_reminder: {
    en: 'Remind people to watch the live stream (not for custom RTMP streams).',
    zh: '提醒用户观看直播（不适用于自定义 RTMP 直播）。',
  },
  data_center_regions: {
    en: 'Data center regions chosen for meeting traffic when custom regions are on, e.g. US, DE, SG.',
    zh: '启用自定义区域时为会议流量选择的数据中心区域，如 US、DE、SG。',
  },
  unchecked_data_center_regions: {
    en: 'Data center regions not chosen when custom regions are on.',
    zh: '启用自定义区域时未选择的数据中心区域。',
  },
  join_from_desktop: {
    en: 'Let participants join from a desktop web browser.',
    zh: '允许参会者通过电脑网页浏览器加入。',
  },
  join_from_mobile: {
    en: 'Let participants join from a mobile web browser.',
    zh: '允许参会者通过手机网页浏览器加入。',
  },
  show_a_join_from_your_browser_link: lk(
    'Show a link to join from the browser without installing the Zoom app',
    '显示通过浏览器加入的链接，无需安装 Zoom 应用',
  ),
  custom_languages: {
    en: 'Languages added beyond Zoom’s list for interpretation.',
    zh: '在 Zoom 列表之外添加的口译语言。',
  },
  'sign_language_interpretation.custom_languages': {
    en: 'Sign languages added beyond Zoom’s list for interpretation.',
    zh: '在 Zoom 列表之外添加的手语传译语言。',
  },
  enable_language_interpretation_by_default: {
    en: 'Turn on language interpretation by default in new meetings.',
    zh: '新会议默认开启语言口译。',
  },
  allow_participants_to_speak_in_listening_channel: {
    en: 'Let participants speak in the language channel they listen to.',
    zh: '允许参会者在其收听的语言频道中发言。',
  },
  allow_up_to_25_custom_languages_when_scheduling_meetings: {
    en: 'Allow up to 25 custom interpretation languages when scheduling a meeting.',
    zh: '安排会议时最多可添加 25 种自定义口译语言。',
  },
  enable_sign_language_interpretation_by_default: {
    en: 'Turn on sign language interpretation by default in new meetings.',
    zh: '新会议默认开启手语传译。',
  },
  meeting_reactions_emojis: {
    en: 'Which emoji reactions participants can use: all or selected (a chosen set).',
    zh: '参会者可使用的表情反应：all（全部）或 selected（选定的一组）。',
  },
  allow_host_panelists_to_use_audible_clap: {
    en: 'Let webinar hosts and panelists use the audible clap reaction.',
    zh: '允许网络研讨会主持人和嘉宾使用有声鼓掌反应。',
  },
  virtual_background_settings: {
    en: 'Virtual background settings: on or off, custom uploads, videos and the uploaded files.',
    zh: '虚拟背景设置：是否开启、自定义上传、视频以及已上传的文件。',
  },
  allow_upload_custom: { en: 'Let users upload their own virtual backgrounds.', zh: '允许用户上传自己的虚拟背景。' },
  allow_videos: { en: 'Allow videos as virtual backgrounds.', zh: '允许使用视频作为虚拟背景。' },
  files: { en: 'The uploaded virtual background files.', zh: '已上传的虚拟背景文件。' },
  meeting_polling: { en: 'Poll and quiz settings for meetings.', zh: '会议的投票和测验设置。' },
  advanced_polls: {
    en: 'Let the host create advanced polls and quizzes (more question types, correct answers).',
    zh: '允许主持人创建高级投票和测验（更多题型，可设正确答案）。',
  },
  allow_alternative_host_to_add_edit: {
    en: 'Let alternative hosts add and edit polls and quizzes.',
    zh: '允许替代主持人添加和编辑投票及测验。',
  },
  require_answers_to_be_anonymous: {
    en: 'Make participants’ poll and quiz answers anonymous.',
    zh: '参会者的投票和测验回答须匿名。',
  },
  allow_host_to_upload_image: {
    en: 'Let the host add images to poll and quiz questions.',
    zh: '允许主持人为投票和测验问题添加图片。',
  },
  who_can_share_screen: {
    en: 'Who can share their screen: host (hosts only) or all (anyone; in webinars, not attendees).',
    zh: '谁可以共享屏幕：host（仅主持人）或 all（所有人；网络研讨会中观众除外）。',
  },
  who_can_share_screen_when_someone_is_sharing: {
    en: 'Who can start sharing while someone else shares: host (hosts only) or all (anyone).',
    zh: '他人共享时谁可以开始共享：host（仅主持人）或 all（所有人）。',
  },
  participants_share_simultaneously: {
    en: 'How many participants can share at once: one or multiple.',
    zh: '可同时共享屏幕的参会者数量：one（一人）或 multiple（多人）。',
  },

  // Settings: email notifications
  cancel_meeting_reminder: lk(
    'Email the host and participants when a meeting is cancelled',
    '会议取消时向主持人和参会者发送邮件通知',
  ),
  'Meetings:cancel_meeting_reminder': {
    en: 'Email the registrants that the meeting is cancelled (default false).',
    zh: '向注册者发送会议取消的邮件通知（默认 false）。',
  },
  schedule_for_reminder: lk(
    'Email the host when someone schedules, reschedules or cancels a meeting for them',
    '他人为主持人安排、重新安排或取消会议时向主持人发送邮件通知',
  ),
  'Meetings:schedule_for_reminder': {
    en: 'Email the host and alternative hosts that the meeting is cancelled.',
    zh: '向主持人和替代主持人发送会议取消的邮件通知。',
  },
  recording_available_reminder_alternative_hosts: {
    en: 'Email alternative hosts when a cloud recording is available.',
    zh: '云录制可用时向替代主持人发送邮件通知。',
  },
  recording_available_reminder_schedulers: {
    en: 'Email whoever scheduled the meeting for the host when a cloud recording is available.',
    zh: '云录制可用时向为主持人安排会议的人发送邮件通知。',
  },

  // Settings: recording
  record_files_separately: {
    en: 'Record the active speaker, gallery view and shared screen as separate files.',
    zh: '将当前发言人、图库视图和共享屏幕分别录制为单独的文件。',
  },
  active_speaker: { en: 'Record the active speaker as its own file.', zh: '将当前发言人单独录制为一个文件。' },
  gallery_view: { en: 'Record the gallery view as its own file.', zh: '将图库视图单独录制为一个文件。' },
  shared_screen: { en: 'Record the shared screen as its own file.', zh: '将共享屏幕单独录制为一个文件。' },
  display_participant_name: { en: 'Show participants’ names in the recording.', zh: '在录制中显示参会者姓名。' },
  recording_thumbnails: {
    en: 'Record a thumbnail of the presenter while they share their screen.',
    zh: '共享屏幕时录制演示者的缩略图。',
  },
  optimize_recording_for_3rd_party_video_editor: {
    en: 'Make recordings suit third-party video editors (larger files, slower to process).',
    zh: '优化录制以适配第三方视频编辑器（文件更大，处理更慢）。',
  },
  recording_highlight: { en: 'Turn on recording highlights.', zh: '开启录制精彩片段功能。' },
  save_panelist_chat: {
    en: 'Save panelists’ chat messages in webinar recordings.',
    zh: '在网络研讨会录制中保存嘉宾的聊天消息。',
  },
  save_poll_results: {
    en: 'Save poll results shared during the meeting or webinar.',
    zh: '保存会议或网络研讨会中共享的投票结果。',
  },
  save_close_caption: { en: 'Save closed captions as a VTT file.', zh: '将隐藏式字幕保存为 VTT 文件。' },
  save_chat_text: {
    en: 'Save the meeting or webinar chat with the recording.',
    zh: '随录制保存会议或网络研讨会的聊天内容。',
  },
  show_timestamp: { en: 'Add a timestamp to the recording.', zh: '在录制中添加时间戳。' },
  record_audio_file: {
    en: 'Record one audio-only file of all participants.',
    zh: '录制一个包含所有参会者的纯音频文件。',
  },
  record_gallery_view: {
    en: 'Record the gallery view alongside the shared screen.',
    zh: '共享屏幕时同时录制图库视图。',
  },
  record_speaker_view: {
    en: 'Record the active speaker view alongside the shared screen.',
    zh: '共享屏幕时同时录制当前发言人视图。',
  },
  recording_audio_transcript: {
    en: 'Transcribe the audio of cloud recordings automatically.',
    zh: '自动转录云录制的音频。',
  },
  ip_addresses_or_ranges: lk(
    'IP addresses or ranges allowed to view cloud recordings, comma-separated (n.n.n.n, n.n.n.n/n or n.n.n.n - n.n.n.n)',
    '允许查看云录制的 IP 地址或范围，以逗号分隔（n.n.n.n、n.n.n.n/n 或 n.n.n.n - n.n.n.n）',
  ),
  smart_recording: {
    en: 'Smart recording: highlights, chapters and next steps created from cloud recordings.',
    zh: '智能录制：根据云录制生成精彩片段、章节和后续步骤。',
  },
  create_recording_highlights: {
    en: 'Create highlights of the key moments in the recording.',
    zh: '生成录制中关键时刻的精彩片段。',
  },
  create_smart_chapters: {
    en: 'Split the recording into chapters with summaries.',
    zh: '将录制按章节划分并附摘要。',
  },
  create_next_steps: { en: 'List next steps drawn from the recording.', zh: '根据录制列出后续步骤。' },

  // Settings: telephony, profile, audio conferencing
  allowed_values: { en: 'The values that can be chosen.', zh: '可选择的值。' },
  'telephony_regions.allowed_values': {
    en: 'Telephony regions that can be chosen, as region codes.',
    zh: '可选择的电话区域，以区域代码表示。',
  },
  'recording_storage_location.allowed_values': {
    en: 'Countries that can store recordings and other content, as country codes.',
    zh: '可存储录制及其他内容的国家/地区，以国家代码表示。',
  },
  selection_values: {
    en: 'Chosen telephony regions: where most participants call in from or are called, as region codes.',
    zh: '已选择的电话区域：大多数参会者拨入或被呼叫的地区，以区域代码表示。',
  },
  profile: { en: 'Profile settings: where recorded content is stored.', zh: '个人资料设置：录制内容的存储位置。' },
  recording_storage_location: {
    en: 'Country where recordings and other communications content are stored, with the allowed choices.',
    zh: '录制及其他通信内容的存储国家/地区，以及可选项。',
  },
  allow_webinar_attendees_dial: {
    en: 'Let webinar attendees dial in on the toll-free and fee-based toll call numbers.',
    zh: '允许网络研讨会观众通过免费电话和收费电话号码拨入。',
  },
  numbers: {
    en: 'The toll-free and fee-based toll call dial-in numbers.',
    zh: '免费电话和收费电话拨入号码。',
  },
  country_code: { en: 'Country of the number, as a country code (e.g. US).', zh: '号码所属国家/地区的代码（如 US）。' },
  display_number: { en: 'The number as displayed, up to 30 characters.', zh: '号码的显示形式，最多 30 个字符。' },

  // Settings: authentication and security
  allow_authentication_exception: {
    en: 'Let hosts invite people who can skip meeting authentication.',
    zh: '允许主持人邀请可跳过会议身份验证的人员。',
  },
  authentication_options: {
    en: 'Authentication profiles that participants can be required to use.',
    zh: '可要求参会者使用的身份验证配置。',
  },
  default_option: {
    en: 'Whether this is the default authentication option.',
    zh: '是否为默认身份验证选项。',
  },
  block_user_domain_list: {
    en: 'Email domains whose users may not join, up to 20 (e.g. *.example.com).',
    zh: '禁止其用户加入的邮箱域名，最多 20 个（如 *.example.com）。',
  },
  waiting_room_settings: {
    en: 'Who goes to the waiting room, who can admit them and which domains skip it.',
    zh: '等候室设置：哪些人进入等候室、谁可以准入以及哪些域名可跳过等候室。',
  },
  participants_to_place_in_waiting_room: {
    en: 'Who goes to the waiting room: 0 everyone, 1 users outside the account, 2 those and not in allowed domains.',
    zh: '哪些人进入等候室：0 所有人，1 账户外的用户，2 账户外且不属于允许域名的用户。',
  },
  users_who_can_admit_participants_from_waiting_room: {
    en: 'Who can admit from the waiting room: 0 host and co-hosts, 1 also whoever skipped it, when neither is present.',
    zh: '谁可以从等候室准入参会者：0 仅主持人和联席主持人，1 主持人和联席主持人都不在时，跳过等候室的人也可以。',
  },
  whitelisted_domains_for_waiting_room: {
    en: 'Comma-separated domains that skip the waiting room when participants_to_place_in_waiting_room is 2.',
    zh: 'participants_to_place_in_waiting_room 为 2 时可跳过等候室的域名，以逗号分隔。',
  },
}
