import type { FieldDocs, Text } from './index.js'

// Webinars: scheduling and the webinar document (registrants, panelists, polls and branding have files of their own).
// Keys are group-qualified: a plain name here would also describe the same name in the meeting and settings groups.

/** An email block's choice of when Zoom mails, counted in days after the scheduled end. */
const followUp = (who: string, whoZh: string): Text => ({
  en: `When the follow-up email to ${who} goes out: 0 no schedule chosen, 1–7 that many days after the scheduled end.`,
  zh: `向${whoZh}发送跟进邮件的时间：0 未选择发送时间，1–7 为计划结束后的相应天数。`,
})

export const webinarsFields: FieldDocs = {
  webinarId: {
    en: 'The webinar ID (webinar number); past-webinar endpoints also take an instance UUID.',
    zh: '网络研讨会 ID（网络研讨会号）；已结束网络研讨会的接口也接受实例 UUID。',
  },

  // The webinar
  'Webinars:id': {
    en: 'The webinar ID (webinar number); for a registrant, panelist, poll, template, name tag or branding file, that object’s ID.',
    zh: '网络研讨会 ID（网络研讨会号）；对注册者、嘉宾、投票、模板、名牌或品牌文件，则为该对象的 ID。',
  },
  'Webinars:webinars.id': { en: 'The webinar ID (webinar number).', zh: '网络研讨会 ID（网络研讨会号）。' },
  'Webinars:uuid': {
    en: 'Unique ID of one webinar instance: every time the webinar is held it gets a new one.',
    zh: '网络研讨会实例的唯一 ID：网络研讨会每举行一次都会生成新的 UUID。',
  },
  'Webinars:type': {
    en: 'Webinar type: 5 webinar (default), 6 recurring without fixed time, 9 recurring with fixed time. List filter: scheduled (default) or upcoming. Token: closed_caption_token. Branding file: image.',
    zh: '网络研讨会类型：5 网络研讨会（默认），6 无固定时间的周期性网络研讨会，9 固定时间的周期性网络研讨会。列表筛选：scheduled（默认）或 upcoming。令牌：closed_caption_token。品牌文件：image。',
  },
  'Webinars:webinars.type': {
    en: 'Webinar type: 5 webinar, 6 recurring without fixed time, 9 recurring with fixed time.',
    zh: '网络研讨会类型：5 网络研讨会，6 无固定时间的周期性网络研讨会，9 固定时间的周期性网络研讨会。',
  },
  'Webinars:topic': {
    en: 'The webinar’s topic, up to 200 characters (default “Zoom Webinar”).',
    zh: '网络研讨会主题，最多 200 个字符（默认为“Zoom Webinar”）。',
  },
  'Webinars:agenda': {
    en: 'The webinar’s description, up to 2,000 characters; lists show only its first 250.',
    zh: '网络研讨会描述，最多 2000 个字符；列表中只显示前 250 个字符。',
  },
  'Webinars:duration': {
    en: 'The webinar’s scheduled length in minutes (default 60); for a recurring one, that of its next occurrence.',
    zh: '网络研讨会的计划时长（分钟，默认 60）；周期性网络研讨会为下一场次的时长。',
  },
  'Webinars:occurrences.duration': {
    en: 'Length of this occurrence in minutes.',
    zh: '该网络研讨会场次的时长（分钟）。',
  },
  'Webinars:start_time': {
    en: 'When the webinar starts (or started), ISO 8601; without a trailing Z, local time in `timezone`. Type 6 has none; type 9 shows its next occurrence.',
    zh: '网络研讨会的开始时间（已举行的为实际开始时间），ISO 8601 格式；末尾不带 Z 时按 `timezone` 解读为当地时间。类型 6 没有开始时间；类型 9 显示下一场次的时间。',
  },
  'Webinars:occurrences.start_time': {
    en: 'When this occurrence starts, ISO 8601 UTC.',
    zh: '该网络研讨会场次的开始时间，ISO 8601 UTC。',
  },
  'Webinars:timezone': {
    en: 'Time zone of the start time, as an IANA name such as America/Los_Angeles; by default the host’s.',
    zh: '开始时间所用的时区，IANA 名称，如 America/Los_Angeles；默认为主持人的时区。',
  },
  'Webinars:created_at': {
    en: 'When the webinar was created, ISO 8601 UTC.',
    zh: '网络研讨会的创建时间，ISO 8601 UTC。',
  },
  'Webinars:schedule_for': {
    en: 'Email address or user ID of the user to schedule the webinar for: they become its host, so they need a webinar licence, and the caller needs scheduling privilege unless the token is account-level.',
    zh: '代为安排网络研讨会的目标用户的邮箱地址或用户 ID：该用户成为主持人，因此须拥有网络研讨会许可证；除非使用账户级令牌，调用方还须拥有其日程安排权限。',
  },
  'Webinars:template_id': {
    en: 'ID of a webinar template whose settings the webinar takes (see List webinar templates).',
    zh: '要套用其设置的网络研讨会模板 ID（见“列出网络研讨会模板”）。',
  },
  'Webinars:host_id': { en: 'User ID of the webinar’s host.', zh: '网络研讨会主持人的用户 ID。' },
  'Webinars:host_email': { en: 'Email address of the webinar’s host.', zh: '网络研讨会主持人的邮箱地址。' },
  'Webinars:start_url': {
    en: 'URL for the host to start the webinar, signed in as the host: keep it private; it normally expires after 2 hours.',
    zh: '主持人开始网络研讨会的链接，会以主持人身份登录，请勿外传；通常 2 小时后过期。',
  },
  'Webinars:join_url': {
    en: 'URL for joining the webinar (a /w/ link); for a registrant, panelist or invited attendee, that person’s own link.',
    zh: '加入网络研讨会的链接（/w/ 链接）；对注册者、嘉宾或受邀观众而言是其专属的加入链接。',
  },
  'Webinars:creation_source': {
    en: 'How the webinar was created: open_api (the API), web_portal (Zoom web portal) or other.',
    zh: '网络研讨会的创建方式：open_api（API）、web_portal（Zoom 网页门户）或 other（其他）。',
  },
  'Webinars:webinars': {
    en: 'The webinars on this page; for past instances, each ended instance’s UUID and start time.',
    zh: '本页的网络研讨会；过往实例列表中为每个已结束实例的 UUID 和开始时间。',
  },
  'Webinars:tracking_fields': {
    en: 'The webinar’s tracking fields, each with its value.',
    zh: '网络研讨会的跟踪字段及其取值。',
  },
  'Webinars:tracking_fields.value': {
    en: 'The tracking field’s value for this webinar.',
    zh: '该网络研讨会在此跟踪字段上的取值。',
  },
  'Webinars:tracking_fields.visible': {
    en: 'Whether the field appears among the scheduling options on the web portal.',
    zh: '该字段是否显示在网页门户的日程安排选项中。',
  },

  // Passcodes
  'Webinars:password': {
    en: 'The webinar passcode, up to 10 characters: letters, digits and @ - _ *; the account’s passcode rules apply. Generated when the account requires passcodes for webinars.',
    zh: '网络研讨会密码，最多 10 个字符，可用字母、数字和 @ - _ *；须符合账户的密码规则。账户要求网络研讨会设置密码时会自动生成。',
  },
  'Webinars:default_passcode': {
    en: 'Without a `password`, generate one that follows the account’s passcode rules (default false).',
    zh: '未提供 `password` 时，按账户的密码规则自动生成一个（默认 false）。',
  },
  'Webinars:encrypted_passcode': {
    en: 'The passcode in encrypted form, as the join link’s pwd parameter carries it.',
    zh: '加密后的网络研讨会密码，即加入链接中 pwd 参数的值。',
  },
  'Webinars:h323_passcode': {
    en: 'Numeric passcode for joining from H.323/SIP room systems.',
    zh: '从 H.323/SIP 会议室系统加入时使用的数字密码。',
  },

  // Recurrence and occurrences
  'Webinars:recurrence': {
    en: 'How a recurring webinar with fixed time (type 9) repeats and when it stops; required for that type.',
    zh: '固定时间周期性网络研讨会（类型 9）的重复方式及结束条件；该类型必填。',
  },
  'Webinars:recurrence.type': {
    en: 'How the webinar repeats: 1 daily, 2 weekly, 3 monthly.',
    zh: '重复方式：1 每天，2 每周，3 每月。',
  },
  'Webinars:end_times': {
    en: 'How many times the webinar occurs, 1–50 (default 1); not with end_date_time.',
    zh: '网络研讨会重复的次数，1–50（默认 1）；不能与 end_date_time 同用。',
  },
  'Webinars:end_date_time': {
    en: 'Last date the webinar may occur, ISO 8601 UTC; not with end_times. Only the first 50 occurrences are scheduled.',
    zh: '网络研讨会最后可能举行的日期，ISO 8601 UTC；不能与 end_times 同用。最多只安排前 50 个场次。',
  },
  'Webinars:occurrences': {
    en: 'The occurrences of a recurring webinar with fixed time, at most 50.',
    zh: '固定时间周期性网络研讨会的各场次，最多 50 个。',
  },
  'Webinars:occurrence_id': {
    en: 'Only this occurrence of a recurring webinar (an ID from `occurrences`).',
    zh: '仅针对周期性网络研讨会的这一场次（ID 取自 `occurrences`）。',
  },
  'Webinars:occurrences.occurrence_id': {
    en: 'The occurrence’s ID: its start time in epoch milliseconds.',
    zh: '网络研讨会场次 ID，即其开始时间的毫秒时间戳。',
  },
  'Webinars:occurrences.status': {
    en: 'available, or deleted once this occurrence has been deleted.',
    zh: 'available（可用），该场次被删除后为 deleted。',
  },

  // Delete and status
  'Webinars:cancel_webinar_reminder': {
    en: 'Ask for cancellation emails to panelists and registrants (default false); accepted, but this server sends no email.',
    zh: '要求向嘉宾和注册者发送取消通知邮件（默认 false）；本服务器接受该参数，但不发送邮件。',
  },
  'Webinars:action': {
    en: 'Webinar: end, to end the webinar in progress. Registrants: approve, cancel or deny. Live stream: start or stop.',
    zh: '网络研讨会：end（结束进行中的网络研讨会）。注册者：approve、cancel 或 deny。直播：start 或 stop。',
  },

  // Settings
  'Webinars:settings': {
    en: 'The webinar’s settings; in a live stream status change, how the stream is displayed.',
    zh: '网络研讨会设置；在更改直播状态时为直播画面的显示设置。',
  },
  'Webinars:host_video': { en: 'Start the webinar with the host’s video on.', zh: '网络研讨会开始时开启主持人视频。' },
  'Webinars:panelists_video': {
    en: 'Start panelists’ video when they join (default false).',
    zh: '嘉宾加入时开启其视频（默认 false）。',
  },
  'Webinars:practice_session': {
    en: 'Hold a practice session: the host and panelists can join before attendees are let in (default false).',
    zh: '启用练习会话：主持人和嘉宾可先行加入，之后才允许观众进入（默认 false）。',
  },
  'Webinars:hd_video': { en: 'Send HD video by default (default false).', zh: '默认发送高清视频（默认 false）。' },
  'Webinars:hd_video_for_attendees': {
    en: 'Let attendees receive HD video (default false).',
    zh: '允许观众接收高清视频（默认 false）。',
  },
  'Webinars:send_1080p_video_to_attendees': {
    en: 'Always send attendees 1080p video (default false).',
    zh: '始终向观众发送 1080p 视频（默认 false）。',
  },
  'Webinars:audio': {
    en: 'How people join audio: both (phone or computer), telephony or voip (computer only); by default the account’s audio type.',
    zh: '音频加入方式：both（电话或电脑）、telephony（仅电话）或 voip（仅电脑）；默认沿用账户的音频类型。',
  },
  'Webinars:auto_recording': {
    en: 'Record the webinar automatically: local, cloud or none (default: the account’s setting).',
    zh: '自动录制网络研讨会：local（本地）、cloud（云端）或 none（不录制）（默认沿用账户设置）。',
  },
  'Webinars:allow_multiple_devices': {
    en: 'Let attendees join from several devices at once.',
    zh: '允许观众同时从多台设备加入。',
  },
  'Webinars:registration_type': {
    en: 'For type 9 only (default 1): 1 register once for all occurrences, 2 register for each, 3 register once and pick occurrences.',
    zh: '仅限类型 9（默认 1）：1 注册一次即可参加所有场次，2 每个场次分别注册，3 注册一次并选择场次。',
  },
  'Webinars:registrants_restrict_number': {
    en: 'Most approved registrants the webinar takes, up to 20,000; registrations past it are refused when they would be approved at once, and approvals past it too. 0 (default) sets no limit.',
    zh: '网络研讨会获批注册者的人数上限，最多 20,000；超出时，需立即批准的注册和后续批准都会被拒绝。0（默认）表示不限制。',
  },
  'Webinars:meeting_authentication': {
    en: 'Only authenticated users can join the webinar (see authentication_option and authentication_domains).',
    zh: '仅允许通过身份验证的用户加入网络研讨会（见 authentication_option 和 authentication_domains）。',
  },
  'Webinars:authentication_name': {
    en: 'Name of the authentication profile the webinar uses.',
    zh: '网络研讨会所用身份验证配置的名称。',
  },
  'Webinars:panelist_authentication': {
    en: 'Require panelists to authenticate too before they join (default false).',
    zh: '要求嘉宾加入前同样须通过身份验证（默认 false）。',
  },
  'Webinars:language_interpretation': {
    en: 'Language interpretation for the webinar: whether on, and the interpreters.',
    zh: '网络研讨会的语言传译：是否启用以及传译员。',
  },
  'Webinars:sign_language_interpretation': {
    en: 'Sign language interpretation for the webinar: whether on, and the interpreters.',
    zh: '网络研讨会的手语传译：是否启用以及传译员。',
  },
  'Webinars:interpreters.email': { en: 'The interpreter’s email address.', zh: '传译员的邮箱地址。' },
  'Webinars:add_watermark': {
    en: 'Overlay shared content with a watermark naming the viewer (default false).',
    zh: '在共享内容上叠加标明观看者身份的水印（默认 false）。',
  },
  'Webinars:add_audio_watermark': {
    en: 'Embed an inaudible watermark identifying each listener in the audio (default false).',
    zh: '在音频中嵌入可识别每位收听者的音频水印（默认 false）。',
  },
  'Webinars:on_demand': {
    en: 'Make the webinar on-demand: registrants can watch its recording afterwards (default false).',
    zh: '将网络研讨会设为点播：注册者可在之后观看其录制内容（默认 false）。',
  },
  'Webinars:post_webinar_survey': {
    en: 'Open the survey at survey_url in attendees’ browsers when they leave (default false).',
    zh: '观众离开时在其浏览器中打开 survey_url 指向的调查（默认 false）。',
  },
  'Webinars:survey_url': {
    en: 'Link of the survey shown after the webinar (with post_webinar_survey).',
    zh: '网络研讨会结束后显示的调查链接（与 post_webinar_survey 同用）。',
  },
  'Webinars:enable_session_branding': {
    en: 'Turn on session branding: wallpaper, virtual backgrounds and name tags for the host, panelists and interpreters (default false).',
    zh: '启用会话品牌：为主持人、嘉宾和传译员设置壁纸、虚拟背景和名牌（默认 false）。',
  },
  'Webinars:email_language': {
    en: 'Language of the webinar’s emails: en-US (default), de-DE, es-ES, fr-FR, jp-JP, pt-PT, ru-RU, zh-CN, zh-TW, ko-KO, it-IT or vi-VN.',
    zh: '网络研讨会邮件的语言：en-US（默认）、de-DE、es-ES、fr-FR、jp-JP、pt-PT、ru-RU、zh-CN、zh-TW、ko-KO、it-IT 或 vi-VN。',
  },

  // Email notifications
  'Webinars:panelists_invitation_email_notification': {
    en: 'Email panelists an invitation when they are added (default true).',
    zh: '添加嘉宾时向其发送邀请邮件（默认 true）。',
  },
  'Webinars:attendees_and_panelists_reminder_email_notification': {
    en: 'Reminder emails to attendees and panelists before the webinar (on by default).',
    zh: '网络研讨会开始前向观众和嘉宾发送的提醒邮件（默认开启）。',
  },
  'Webinars:attendees_and_panelists_reminder_email_notification.type': {
    en: 'When reminders go out: 0 no schedule chosen (default), 1 an hour before, 2 a day before, 3 both, 4 a week before, 5 an hour and a week, 6 a day and a week, 7 an hour, a day and a week before.',
    zh: '提醒邮件的发送时间：0 未选择（默认），1 开始前 1 小时，2 开始前 1 天，3 前两者，4 开始前 1 周，5 开始前 1 小时和 1 周，6 开始前 1 天和 1 周，7 开始前 1 小时、1 天和 1 周。',
  },
  'Webinars:follow_up_attendees_email_notification': {
    en: 'Follow-up email to those who attended (off by default).',
    zh: '向参加者发送的跟进邮件（默认关闭）。',
  },
  'Webinars:follow_up_attendees_email_notification.type': followUp('attendees', '观众'),
  'Webinars:follow_up_absentees_email_notification': {
    en: 'Follow-up email to registrants who did not attend (off by default).',
    zh: '向未参加的注册者发送的跟进邮件（默认关闭）。',
  },
  'Webinars:follow_up_absentees_email_notification.type': followUp('absentees', '未参加的注册者'),

  // Q&A
  'Webinars:question_and_answer': {
    en: 'Q&A for attendees: whether on (as the account’s webinar Q&A setting by default), anonymous questions, what attendees see, comments, upvotes and an automatic reply.',
    zh: '面向观众的问答：是否启用（默认沿用账户的网络研讨会问答设置）、匿名提问、观众可见内容、评论、点赞和自动回复。',
  },
  'Webinars:allow_submit_questions': { en: 'Let attendees submit questions.', zh: '允许观众提交问题。' },
  'Webinars:allow_anonymous_questions': {
    en: 'Let attendees ask without showing their name to the host and panelists.',
    zh: '允许观众提问时不向主持人和嘉宾显示姓名。',
  },
  'Webinars:answer_questions': {
    en: 'Questions attendees can see: only (answered ones) or all (default).',
    zh: '观众可见的问题：only（仅已回答的问题）或 all（全部，默认）。',
  },
  'Webinars:attendees_can_comment': {
    en: 'Let attendees answer or comment in question threads.',
    zh: '允许观众在问题下回答或评论。',
  },
  'Webinars:attendees_can_upvote': {
    en: 'Let attendees upvote questions, bringing popular ones to the top.',
    zh: '允许观众为问题点赞，使热门问题靠前显示。',
  },
  'Webinars:allow_auto_reply': {
    en: 'Answer each new question automatically with auto_reply_text.',
    zh: '使用 auto_reply_text 自动回复每个新问题。',
  },
  'Webinars:auto_reply_text': {
    en: 'Text of the automatic reply (with allow_auto_reply).',
    zh: '自动回复的内容（与 allow_auto_reply 同用）。',
  },

  // Dial-in numbers
  'Webinars:global_dial_in_numbers': {
    en: 'Dial-in numbers for the webinar’s global dial-in countries.',
    zh: '网络研讨会全球拨入国家或地区的拨入号码。',
  },
  'Webinars:global_dial_in_numbers.country': {
    en: 'Country or region code of the dial-in number, e.g. BR.',
    zh: '拨入号码所属国家/地区的代码，如 BR。',
  },
  'Webinars:global_dial_in_numbers.type': {
    en: 'Kind of number: toll or tollfree.',
    zh: '号码类型：toll（收费）或 tollfree（免费）。',
  },
  'Webinars:notify_registrants': {
    en: 'Mail the registrants when the host changes the webinar.',
    zh: '主持人修改网络研讨会时向注册者发送邮件通知。',
  },
}
