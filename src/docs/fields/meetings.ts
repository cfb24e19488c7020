import type { FieldDocs, Text } from './index.js'

// Meetings: scheduling, registration, polls and surveys, live streams, past meetings and in-meeting controls (and
// the same names where the simulator and the account/group settings use them).

const sessionSeconds: Text = {
  en: 'Seconds the participant spent in the meeting in this session (so far, if still in it).',
  zh: '参会者此次入会的时长（秒）；仍在会中时为目前已持续的时长。',
}
const asRegistrant: Text = {
  en: 'Registrant ID of the participant, when they joined as a registrant of the meeting.',
  zh: '参会者的注册者 ID（以会议注册者身份加入时）。',
}
const lockNote = (en: string, zh: string): Text => ({
  en: `${en}; in lock settings, whether this setting is locked.`,
  zh: `${zh}；在锁定设置中表示是否锁定此设置。`,
})
const approvalChannel: Text = {
  en: 'ID of the chat channel that receives these approval requests (when approval goes to a channel).',
  zh: '接收此类审批请求的聊天频道 ID（通过频道审批时）。',
}

export const meetingFields: FieldDocs = {
  // The meeting
  meetingId: {
    en: 'The meeting ID (meeting number); past-meeting and live-meeting endpoints also take an instance UUID.',
    zh: '会议号；过往会议和进行中会议的接口也接受会议实例 UUID。',
  },
  'Simulator:meetingId': {
    en: 'The meeting ID (meeting number) of the meeting to drive.',
    zh: '要模拟的会议的会议号。',
  },
  uuid: {
    en: 'Unique ID of one meeting instance: every time the meeting is held it gets a new one.',
    zh: '会议实例的唯一 ID：会议每举行一次都会生成新的 UUID。',
  },
  topic: { en: 'The meeting’s topic, up to 200 characters.', zh: '会议主题，最多 200 个字符。' },
  agenda: {
    en: 'The meeting’s description, up to 2,000 characters; lists show only its first 250.',
    zh: '会议描述，最多 2000 个字符；列表中只显示前 250 个字符。',
  },
  duration: {
    en: 'The meeting’s length in minutes: as scheduled, or as held for an ended meeting.',
    zh: '会议时长（分钟）：计划时长；已结束的会议为实际时长。',
  },
  'occurrences.duration': { en: 'Length of this occurrence in minutes.', zh: '该会议场次的时长（分钟）。' },
  'participants.duration': sessionSeconds,
  'Simulator:participants.duration': sessionSeconds,
  'Simulator:duration': {
    en: 'For a participant, seconds in the meeting in this session; for an ended meeting, its length in minutes.',
    zh: '参会者：此次入会的秒数；已结束的会议：会议时长（分钟）。',
  },
  'Simulator:meeting.create.duration': {
    en: 'Scheduled length in minutes; by default the scenario’s duration_minutes rounded up.',
    zh: '计划时长（分钟）；默认为场景的 duration_minutes 向上取整。',
  },
  start_time: {
    en: 'When the meeting starts (or started), ISO 8601; without a trailing Z, local time in `timezone`.',
    zh: '会议开始时间，ISO 8601 格式；末尾不带 Z 时按 `timezone` 解读为当地时间。',
  },
  'occurrences.start_time': {
    en: 'When this occurrence starts, ISO 8601 UTC.',
    zh: '该会议场次的开始时间，ISO 8601 UTC。',
  },
  'Simulator:start_time': {
    en: 'When the meeting instance started, ISO 8601 UTC.',
    zh: '会议实例的开始时间，ISO 8601 UTC。',
  },
  'Simulator:meeting.create.start_time': {
    en: 'Scheduled start, ISO 8601; for types 2 and 8 it defaults to the scenario’s start.',
    zh: '计划开始时间，ISO 8601 格式；类型 2 和 8 默认为场景的开始时间。',
  },
  end_time: { en: 'When the meeting instance ended, ISO 8601 UTC.', zh: '会议实例的结束时间，ISO 8601 UTC。' },
  pre_schedule: {
    en: 'Whether this is a meeting pre-scheduled through the Google Workspace add-on (types 2 and 3 only).',
    zh: '是否为通过 Google Workspace 插件预先安排的会议（仅限类型 2 和 3）。',
  },
  schedule_for: {
    en: 'Email address or user ID of the user to schedule the meeting for (needs scheduling privilege).',
    zh: '代为安排会议的目标用户的邮箱地址或用户 ID（需要日程安排权限）。',
  },
  template_id: {
    en: 'ID of a meeting template whose settings the meeting takes (see List meeting templates).',
    zh: '要套用其设置的会议模板 ID（见“列出会议模板”）。',
  },
  default_password: {
    en: 'Generate a passcode from the user’s settings when none is given (default false).',
    zh: '未提供密码时按用户设置自动生成密码（默认 false）。',
  },
  tracking_fields: {
    en: 'The meeting’s tracking fields, each with its value.',
    zh: '会议的跟踪字段及其取值。',
  },
  host_id: { en: 'User ID of the meeting’s host.', zh: '会议主持人的用户 ID。' },
  host_email: { en: 'Email address of the meeting’s host.', zh: '会议主持人的邮箱地址。' },
  assistant_id: {
    en: 'User ID of the person who scheduled the meeting on the host’s behalf.',
    zh: '代主持人安排此会议的用户 ID。',
  },
  start_url: {
    en: 'URL for the host to start the meeting, signed in as the host: keep it private; it normally expires after 2 hours.',
    zh: '主持人开始会议的链接，会以主持人身份登录，请勿外传；通常 2 小时后过期。',
  },
  join_url: {
    en: 'URL for joining the meeting; for a registrant, that registrant’s own join link.',
    zh: '加入会议的链接；对注册者而言是其专属的加入链接。',
  },
  'registrants.join_url': { en: 'This registrant’s own join link.', zh: '该注册者专属的加入链接。' },
  'attendees.join_url': { en: 'This attendee’s own join link.', zh: '该观众专属的加入链接。' },
  'authentication_exception.join_url': {
    en: 'A join link for this person that skips meeting authentication.',
    zh: '此人专用、无需会议身份验证的加入链接。',
  },
  registration_url: {
    en: 'URL where people register for the meeting; only when registration is on.',
    zh: '会议的注册链接；仅在开启注册时返回。',
  },
  encrypted_password: {
    en: 'The passcode in encrypted form, as the join link’s pwd parameter carries it.',
    zh: '加密后的会议密码，即加入链接中 pwd 参数的值。',
  },
  pstn_password: { en: 'Numeric passcode for joining by phone.', zh: '电话入会使用的数字密码。' },
  h323_password: { en: 'Numeric passcode for H.323/SIP room systems.', zh: 'H.323/SIP 会议室系统使用的数字密码。' },
  chat_join_url: {
    en: 'URL for joining the meeting’s continuous chat channel.',
    zh: '加入会议持续聊天频道的链接。',
  },
  dynamic_host_key: {
    en: 'A host key valid for this meeting only, with which a participant can claim the host role.',
    zh: '仅对本会议有效的主持人密钥，参会者可凭它成为主持人。',
  },
  creation_source: {
    en: 'How the meeting was created: open_api (the API), web_portal (Zoom web portal) or other.',
    zh: '会议的创建方式：open_api（API）、web_portal（Zoom 网页门户）或 other（其他）。',
  },
  meetings: {
    en: 'The meetings on this page; for past instances, each ended instance’s UUID and start time.',
    zh: '本页的会议；过往会议实例列表中为每个已结束实例的 UUID 和开始时间。',
  },
  invitation: { en: 'The meeting invitation text, ready to send.', zh: '可直接发送的会议邀请文本。' },
  sip_links: { en: 'SIP addresses for joining from a SIP device.', zh: '从 SIP 设备入会的 SIP 地址。' },

  // Recurrence and occurrences
  recurrence: {
    en: 'When a recurring meeting with fixed time (type 8) repeats and when it stops.',
    zh: '固定时间周期性会议（类型 8）的重复方式及结束条件。',
  },
  repeat_interval: {
    en: 'Repeat every N days, weeks or months (by recurrence.type); at most 90 days, 12 weeks or 3 months.',
    zh: '每隔 N 天、周或月重复一次（取决于 recurrence.type）；最多 90 天、12 周或 3 个月。',
  },
  weekly_days: {
    en: 'Weekly: days of the week, comma-separated, 1 Sunday to 7 Saturday (e.g. "2,4"); default "1".',
    zh: '按周重复：星期几，逗号分隔，1 为周日至 7 为周六（如 "2,4"）；默认 "1"。',
  },
  monthly_day: {
    en: 'Monthly: the day of the month, 1–31 (default 1).',
    zh: '按月重复：每月的第几天，1–31（默认 1）。',
  },
  monthly_week: {
    en: 'Monthly: the week of the month, -1 last, 1–4 first to fourth; used with monthly_week_day.',
    zh: '按月重复：每月的第几周，-1 为最后一周，1–4 为第一至第四周；须与 monthly_week_day 同用。',
  },
  monthly_week_day: {
    en: 'Monthly: the day of that week, 1 Sunday to 7 Saturday; used with monthly_week.',
    zh: '按月重复：该周的星期几，1 为周日至 7 为周六；须与 monthly_week 同用。',
  },
  end_times: {
    en: 'How many times the meeting occurs, up to 60 (default 1); not with end_date_time.',
    zh: '会议重复的次数，最多 60（默认 1）；不能与 end_date_time 同用。',
  },
  end_date_time: {
    en: 'Last date the meeting may occur, ISO 8601 UTC; not with end_times.',
    zh: '会议最后可能举行的日期，ISO 8601 UTC；不能与 end_times 同用。',
  },
  occurrences: {
    en: 'The occurrences of a recurring meeting with fixed time.',
    zh: '固定时间周期性会议的各会议场次。',
  },
  occurrence_id: {
    en: 'Act on this occurrence of a recurring meeting only (an ID from `occurrences`).',
    zh: '仅操作周期性会议的这一会议场次（ID 取自 `occurrences`）。',
  },
  'occurrences.occurrence_id': {
    en: 'The occurrence’s ID: its start time in epoch milliseconds.',
    zh: '会议场次 ID，即其开始时间的毫秒时间戳。',
  },
  occurrence_ids: {
    en: 'Comma-separated occurrence IDs to register for, when the meeting registers per occurrence.',
    zh: '要注册的会议场次 ID，逗号分隔（会议按场次注册时使用）。',
  },
  show_previous_occurrences: {
    en: 'Also list the occurrences that are already over.',
    zh: '同时列出已结束的会议场次。',
  },

  // Settings of a meeting (and the same names in account and group settings)
  settings: {
    en: 'The meeting’s settings; in a live stream status change, how the stream is displayed.',
    zh: '会议设置；在更改直播状态时为直播画面的显示设置。',
  },
  'archive.settings': {
    en: 'What the archive includes: audio, video, chat, transcripts and related choices.',
    zh: '归档包含的内容：音频、视频、聊天、字幕文稿及相关选项。',
  },
  'Information Barriers:settings': {
    en: 'What the policy blocks between the two groups; each true value is a restriction.',
    zh: '该策略在两个群组之间限制的内容；每个 true 值表示一项限制。',
  },
  'Simulator:meeting.create.settings': {
    en: 'Settings of the meeting to create, as Create a meeting takes them.',
    zh: '要创建的会议的设置，与“创建会议”接口相同。',
  },
  approved_or_denied_countries_or_regions: {
    en: 'Admit or block people joining from the listed countries or regions.',
    zh: '允许或阻止来自所列国家或地区的用户入会。',
  },
  'meeting_security.approved_or_denied_countries_or_regions': {
    en: 'Whether the setting to admit or block entry by country or region is locked.',
    zh: '是否锁定“按国家或地区允许或阻止入会”设置。',
  },
  method: {
    en: 'The action: recording.start/stop/pause/resume, participant.invite, participant.invite.callout (phone), participant.invite.room_system_callout (H.323/SIP) or waiting_room.update.',
    zh: '要执行的操作：recording.start/stop/pause/resume、participant.invite、participant.invite.callout（电话）、participant.invite.room_system_callout（H.323/SIP）或 waiting_room.update。',
  },
  'approved_or_denied_countries_or_regions.method': {
    en: 'approve admits only the countries or regions in approved_list; deny blocks those in denied_list.',
    zh: 'approve：仅允许 approved_list 中的国家或地区；deny：阻止 denied_list 中的国家或地区。',
  },
  'channels.channel_id': {
    en: 'ID of a video management channel the recording is added to.',
    zh: '录制内容要加入的视频管理频道 ID。',
  },
  'continuous_meeting_chat.channel_id': {
    en: 'ID of the meeting’s continuous chat channel.',
    zh: '会议持续聊天频道的 ID。',
  },
  'external_invite_approve.channel_id': approvalChannel,
  'external_join_approve.channel_id': approvalChannel,
  participants: {
    en: 'The participants of the past meeting, one entry per join session.',
    zh: '过往会议的参会者，每次入会一条记录。',
  },
  'rooms.participants': {
    en: 'Email addresses of the participants assigned to this breakout room.',
    zh: '分配到该分组讨论室的参会者邮箱地址。',
  },
  'Simulator:participants': {
    en: 'The participants: those in the meeting now, those a scenario plays, or (in its result) each with its session count.',
    zh: '参会者：当前在会中的参会者、场景要模拟的参会者，或（场景结果中）每位参会者及其入会次数。',
  },
  close_registration: {
    en: 'Close registration once the event date has passed.',
    zh: '活动日期过后关闭注册。',
  },
  enforce_login: {
    en: 'Only signed-in users can join (older form of meeting authentication).',
    zh: '仅允许已登录的用户入会（会议身份验证的旧形式）。',
  },
  'schedule_meeting.enforce_login': lockNote('Only signed-in users can join meetings', '仅允许已登录的用户入会'),
  enforce_login_domains: {
    en: 'Only signed-in users with these email domains can join (comma-separated).',
    zh: '仅允许使用这些邮箱域名且已登录的用户入会（逗号分隔）。',
  },
  'schedule_meeting.enforce_login_domains': lockNote(
    'Only signed-in users with these email domains can join (comma-separated)',
    '仅允许使用这些邮箱域名且已登录的用户入会（逗号分隔）',
  ),
  jbh_time: {
    en: 'How early participants may join before the host: 0 any time, or 5, 10 or 15 minutes before the start.',
    zh: '参会者可比主持人提前多久入会：0 为任何时间，或开始前 5、10、15 分钟。',
  },
  mute_upon_entry: { en: 'Mute participants when they join.', zh: '参会者入会时自动静音。' },
  'schedule_meeting.mute_upon_entry': lockNote('Mute participants when they join', '参会者入会时自动静音'),
  participant_video: {
    en: 'Start with participants’ video on (they can turn it off).',
    zh: '入会时开启参会者视频（参会者可自行关闭）。',
  },
  'schedule_meeting.participant_video': lockNote(
    'Start meetings with participants’ video on',
    '会议开始时开启参会者视频',
  ),
  registrants_confirmation_email: {
    en: 'Email registrants a confirmation when they register.',
    zh: '注册者注册后向其发送确认邮件。',
  },
  waiting_room_options: {
    en: 'Who goes to the waiting room: as the account setting says, or a choice for this meeting.',
    zh: '哪些人进入等候室：沿用账户设置，或为本会议单独指定。',
  },
  'meeting_security.waiting_room_options': {
    en: 'Waiting room options: who is admitted directly, who may admit, and related choices.',
    zh: '等候室选项：哪些人可直接入会、谁可以准许入会及相关设置。',
  },
  'waiting_room_options.mode': {
    en: 'follow_setting uses the account’s waiting room setting; custom uses who_goes_to_waiting_room.',
    zh: 'follow_setting：沿用账户的等候室设置；custom：按 who_goes_to_waiting_room 决定。',
  },
  'Simulator:mode': {
    en: 'past (default) writes the meeting as history ending now or at start_at; realtime plays it live from now.',
    zh: 'past（默认）：把会议写成到现在（或 start_at）为止的历史；realtime：从现在起实时进行。',
  },
  watermark: {
    en: 'Add a watermark when viewing a shared screen.',
    zh: '查看共享屏幕时显示水印。',
  },
  internal_user: {
    en: 'Whether this person is a user of the host’s account.',
    zh: '此人是否为主持人账户中的用户。',
  },
  city: { en: 'The registrant’s city.', zh: '注册者所在城市。' },
  'global_dial_in_numbers.city': { en: 'City of the dial-in number, if any.', zh: '拨入号码所属城市（如有）。' },
  'Accounts:city': { en: 'City of the account’s address.', zh: '账户地址所在城市。' },
  'Billing:city': {
    en: 'The billing contact’s city, up to 64 characters.',
    zh: '账单联系人所在城市，最多 64 个字符。',
  },
  templates: {
    en: 'The meeting templates the user can schedule from.',
    zh: '用户可用于安排会议的会议模板。',
  },
  'meeting_template.templates': {
    en: 'The account’s meeting templates, each enabled or not for users.',
    zh: '账户的会议模板，以及每个模板是否对用户启用。',
  },
  user_name: {
    en: 'Display name of the meeting’s host.',
    zh: '会议主持人的显示名称。',
  },
  'send_data_to_third_party_archiving_service.user_name': {
    en: 'User name for signing in to the third-party archiving service.',
    zh: '登录第三方归档服务所用的用户名。',
  },

  // Invite links and templates
  attendees: {
    en: 'The attendees: up to 500 names to make join links for, and in the answer each with its link.',
    zh: '观众：最多 500 个要生成加入链接的名字；响应中为每个名字及其链接。',
  },
  disable_video: { en: 'Join with this attendee’s video off.', zh: '该观众入会时关闭视频。' },
  disable_audio: { en: 'Join with this attendee’s audio muted.', zh: '该观众入会时静音。' },
  meeting_id: {
    en: 'Meeting ID of the user’s meeting to save as a template.',
    zh: '要保存为模板的用户会议的会议号。',
  },
  save_recurrence: {
    en: 'Also save the meeting’s recurrence in the template.',
    zh: '同时把会议的重复规则保存到模板中。',
  },
  overwrite: {
    en: 'Replace the template saved earlier from the same meeting instead of adding another.',
    zh: '覆盖先前由同一会议保存的模板，而不是另建一个。',
  },

  // Registration
  registrants: {
    en: 'The registrants: those on this page, or in a request up to 30 to add or to act on.',
    zh: '注册者：本页的注册者，或请求中要添加或处理的注册者（最多 30 个）。',
  },
  registrantId: { en: 'The registrant’s ID.', zh: '注册者 ID。' },
  registrant_id: { en: 'The registrant’s ID.', zh: '注册者 ID。' },
  'participants.registrant_id': asRegistrant,
  'Simulator:registrant_id': asRegistrant,
  auto_approve: {
    en: 'Approve these registrants at once, even when the meeting needs manual approval (approval_type 1).',
    zh: '立即批准这些注册者，即使会议要求手动批准（approval_type 1）。',
  },
  phone: { en: 'The registrant’s phone number.', zh: '注册者的电话号码。' },
  industry: { en: 'The registrant’s industry.', zh: '注册者所在行业。' },
  org: { en: 'The registrant’s organization.', zh: '注册者所在组织。' },
  purchasing_time_frame: {
    en: 'When the registrant expects to buy: Within a month, 1-3 months, 4-6 months, More than 6 months or No timeframe.',
    zh: '注册者预计的购买时间：Within a month、1-3 months、4-6 months、More than 6 months 或 No timeframe。',
  },
  role_in_purchase_process: {
    en: 'The registrant’s part in buying: Decision Maker, Evaluator/Recommender, Influencer or Not involved.',
    zh: '注册者在采购中的角色：Decision Maker、Evaluator/Recommender、Influencer 或 Not involved。',
  },
  no_of_employees: {
    en: 'Size of the registrant’s organization, as a range such as 1-20 or More than 10,000.',
    zh: '注册者所在组织的员工人数区间，如 1-20 或 More than 10,000。',
  },
  comments: { en: 'The registrant’s questions and comments.', zh: '注册者的问题和备注。' },
  create_time: { en: 'When the person registered, ISO 8601 UTC.', zh: '注册时间，ISO 8601 UTC。' },
  participant_pin_code: {
    en: 'PIN the registrant enters to be identified when joining by phone.',
    zh: '注册者电话入会时用于验证身份的 PIN 码。',
  },
  custom_questions: {
    en: 'Custom registration questions: a registrant’s answers, or the questions the registration form asks.',
    zh: '自定义注册问题：注册者的回答，或注册表单所提的问题。',
  },
  'registrants.custom_questions': {
    en: 'The registrant’s answers to the custom questions.',
    zh: '注册者对自定义问题的回答。',
  },
  'Accounts:custom_questions': {
    en: 'Custom questions of the webinar registration form.',
    zh: '网络研讨会注册表单的自定义问题。',
  },
  'Groups:custom_questions': {
    en: 'Custom questions of the webinar registration form.',
    zh: '网络研讨会注册表单的自定义问题。',
  },
  'custom_questions.title': { en: 'The custom question’s text.', zh: '自定义问题的内容。' },
  questions: {
    en: 'The questions: standard fields the registration form asks, or a poll’s questions.',
    zh: '问题：注册表单询问的标准字段，或投票的问题。',
  },
  'Accounts:questions': {
    en: 'Standard fields of the webinar registration form, each shown and required or not.',
    zh: '网络研讨会注册表单的标准字段，以及每个字段是否显示、是否必填。',
  },
  'Groups:questions': {
    en: 'Standard fields of the webinar registration form, each shown and required or not.',
    zh: '网络研讨会注册表单的标准字段，以及每个字段是否显示、是否必填。',
  },
  'polls.questions': { en: 'The poll’s questions.', zh: '投票的问题。' },
  'custom_survey.questions': { en: 'The survey’s questions.', zh: '调查的问题。' },
  answers: {
    en: 'The answer choices offered; not used by free-text questions.',
    zh: '可选的答案；自由作答的问题不使用。',
  },

  // Polls and surveys
  polls: { en: 'The meeting’s polls (up to 25 in one batch request).', zh: '会议的投票（一次批量请求最多 25 个）。' },
  pollId: { en: 'The poll’s ID.', zh: '投票 ID。' },
  title: { en: 'The poll’s title, up to 64 characters.', zh: '投票标题，最多 64 个字符。' },
  'custom_survey.title': { en: 'The survey’s title.', zh: '调查标题。' },
  anonymous: {
    en: 'Whether participants answer anonymously; as a list filter, only polls with that option.',
    zh: '参会者是否匿名作答；作为列表筛选条件时只列出匿名投票。',
  },
  'polls.anonymous': { en: 'Whether participants answer anonymously.', zh: '参会者是否匿名作答。' },
  'custom_survey.anonymous': {
    en: 'Whether participants answer the survey anonymously.',
    zh: '参会者是否匿名填写调查。',
  },
  poll_type: { en: 'Kind of poll: 1 poll, 2 advanced poll, 3 quiz.', zh: '投票种类：1 普通投票，2 高级投票，3 测验。' },
  answer_required: { en: 'Whether the question must be answered.', zh: '该问题是否必须作答。' },
  answer_min_character: {
    en: 'Fewest characters an answer must have (at least 1), for short and long answer questions.',
    zh: '答案的最少字符数（至少 1），用于简答和长答题。',
  },
  answer_max_character: {
    en: 'Most characters an answer may have: up to 500 for short_answer, 2,000 for long_answer.',
    zh: '答案的最多字符数：short_answer 最多 500，long_answer 最多 2000。',
  },
  case_sensitive: {
    en: 'Whether a fill_in_the_blank answer must match the right answer’s case.',
    zh: 'fill_in_the_blank 题的答案是否区分大小写。',
  },
  prompts: {
    en: 'The prompts of a matching or rank_order question.',
    zh: 'matching 或 rank_order 题的提示项。',
  },
  prompt_question: { en: 'The prompt’s text.', zh: '提示项的内容。' },
  prompt_right_answers: { en: 'The right answers for this prompt.', zh: '该提示项的正确答案。' },
  right_answers: {
    en: 'The right answers; required in a quiz (poll_type 3).',
    zh: '正确答案；测验（poll_type 3）中必填。',
  },
  show_as_dropdown: {
    en: 'Show the answer choices as a drop-down list.',
    zh: '以下拉列表显示可选答案。',
  },
  rating_min_value: { en: 'Lowest value of the rating scale, 0 or more.', zh: '评分量表的最小值，不小于 0。' },
  rating_max_value: { en: 'Highest value of the rating scale, at most 10.', zh: '评分量表的最大值，不超过 10。' },
  rating_min_label: { en: 'Label for the lowest rating.', zh: '最低评分的标签。' },
  rating_max_label: { en: 'Label for the highest rating.', zh: '最高评分的标签。' },
  custom_survey: {
    en: 'The meeting’s own survey, offered to participants when the meeting ends.',
    zh: '会议自带的调查，会议结束时提供给参会者。',
  },
  numbered_questions: { en: 'Number the questions.', zh: '为问题编号。' },
  show_question_type: {
    en: 'Show each question’s type (such as single choice) next to it.',
    zh: '在每个问题旁显示其题型（如单选）。',
  },
  show_in_the_browser: {
    en: 'Open the survey in the participant’s browser when the meeting ends.',
    zh: '会议结束时在参会者的浏览器中打开调查。',
  },
  third_party_survey: {
    en: 'Link to a survey hosted elsewhere, up to 64 characters.',
    zh: '第三方调查的链接，最多 64 个字符。',
  },

  // Live stream
  stream_url: {
    en: 'URL of the streaming server the meeting is sent to, up to 1,024 characters.',
    zh: '接收会议直播的推流服务器 URL，最多 1024 个字符。',
  },
  stream_key: { en: 'The stream key, up to 512 characters.', zh: '推流密钥，最多 512 个字符。' },
  page_url: {
    en: 'URL of the page where viewers watch the live stream.',
    zh: '观众观看直播的页面 URL。',
  },
  resolution: { en: 'Resolution of the live stream: 720p or 1080p.', zh: '直播分辨率：720p 或 1080p。' },

  // Past meetings
  participants_count: {
    en: 'Number of distinct participants who joined.',
    zh: '入会的参会者人数（不重复计数）。',
  },
  total_minutes: {
    en: 'Minutes attended by everyone, host included, added together.',
    zh: '所有人（含主持人）参会分钟数的总和。',
  },
  source: {
    en: 'Where the meeting was created: Zoom, or the name of the OAuth app that created it.',
    zh: '会议的创建来源：Zoom，或创建该会议的 OAuth 应用名称。',
  },
  user_email: { en: 'Email address of the meeting’s host.', zh: '会议主持人的邮箱地址。' },
  'participants.user_email': {
    en: 'The participant’s email address; empty for most people outside the host’s account.',
    zh: '参会者的邮箱地址；主持人账户以外的人通常为空。',
  },
  join_time: { en: 'When the participant joined, ISO 8601 UTC.', zh: '参会者的入会时间，ISO 8601 UTC。' },
  leave_time: {
    en: 'When the participant left, ISO 8601 UTC; absent while still in the meeting.',
    zh: '参会者的离会时间，ISO 8601 UTC；仍在会中时不返回。',
  },
  failover: {
    en: 'Whether the participant’s connection failed over to another data center.',
    zh: '参会者的连接是否曾故障转移到其他数据中心。',
  },

  // In-meeting controls
  params: { en: 'Details for the chosen method.', zh: '所选操作的参数。' },
  contacts: {
    en: 'Users of the host’s account to invite, by email address or user ID (up to 10).',
    zh: '要邀请的主持人账户用户，按邮箱地址或用户 ID 指定（最多 10 个）。',
  },
  invitee_name: {
    en: 'Name shown in the meeting for the person called out to.',
    zh: '被呼叫者在会议中显示的名称。',
  },
  invite_options: { en: 'How the phone call-out connects.', zh: '电话呼出的接通方式。' },
  require_greeting: {
    en: 'Play a greeting before connecting the call (default true).',
    zh: '接通前播放问候语（默认 true）。',
  },
  require_pressing_one: {
    en: 'Require the callee to press 1 before connecting (default true).',
    zh: '被呼叫者须按 1 才能接通（默认 true）。',
  },
  call_type: { en: 'Protocol of the room system call-out: h323 or sip.', zh: '会议室系统呼出的协议：h323 或 sip。' },
  device_ip: {
    en: 'IP address or URI of the room system to call.',
    zh: '要呼叫的会议室系统的 IP 地址或 URI。',
  },
  h323_headers: { en: 'Display names for an H.323 call-out.', zh: 'H.323 呼出的显示名称。' },
  sip_headers: { en: 'Headers of a SIP call-out.', zh: 'SIP 呼出的头信息。' },
  from_display_name: { en: 'Name shown as the caller.', zh: '显示为主叫方的名称。' },
  to_display_name: { en: 'Name shown for the device called.', zh: '显示为被叫设备的名称。' },
  from_uri: { en: 'SIP URI shown as the caller.', zh: '显示为主叫方的 SIP URI。' },
  additional_headers: {
    en: 'Extra SIP headers to send, as key and value pairs.',
    zh: '要额外发送的 SIP 头，以键值对表示。',
  },
  waiting_room_title: {
    en: 'New title of the waiting room screen.',
    zh: '等候室页面的新标题。',
  },
  waiting_room_description: {
    en: 'New description shown on the waiting room screen.',
    zh: '等候室页面显示的新说明。',
  },
}
