import type { OperationDocs } from './index.js'

export const meetingsDocs: OperationDocs = {
  // Meetings
  meetingCreate: {
    en: 'Schedules a meeting for the user and answers 201 with the whole meeting, its `start_url` valid two hours. `schedule_for` makes another user the host: any account user with an account-level token, else one who granted the caller scheduling privilege. Emits `meeting.created`. Answers 404/1001 for an unknown user; 400/3000 for an instant meeting with `schedule_for` or a user the caller may not schedule for; 429/429 past 100 creates and updates per host per day.',
    zh: '为该用户安排会议，返回 201 和完整的会议信息，其中 `start_url` 两小时内有效。使用 `schedule_for` 时，主持人为本账户的另一用户：账户级令牌可指定任意用户，否则只能指定授予调用方日程安排权限的用户。触发 `meeting.created` 事件。用户不存在时返回 404/1001；即时会议带 `schedule_for` 或无权为该用户安排时返回 400/3000；同一主持人每天创建和更新超过 100 次时返回 429/429。',
  },
  meetings: {
    en: 'Lists the user’s unexpired meetings page by page: by default every scheduled and recurring meeting (never instant ones); with `type`, only those live, upcoming or previous; `from` and `to` narrow by date. Agendas are cut to 250 characters. Answers 404/1001 for an unknown user, 400/200 when a user-level token asks for someone else, 400/300 for an invalid or expired page token.',
    zh: '分页列出该用户未过期的会议：默认列出所有预定会议和周期性会议（不含即时会议）；指定 `type` 时只列出进行中、即将开始或已结束的会议；`from` 和 `to` 按日期筛选。议程截取前 250 个字符。用户不存在时返回 404/1001；用户级令牌查询他人时返回 400/200；分页令牌无效或过期时返回 400/300。',
  },
  meeting: {
    en: 'Returns a meeting with its settings, passcodes and a newly signed `start_url` (valid two hours; 90 days for hosts created with custCreate). For a recurring meeting, `occurrence_id` shows that occurrence’s time, agenda and settings, and `show_previous_occurrences` adds occurrences already over. Answers 404/3001 when the meeting does not exist, has expired or is out of the token’s reach; 400/3000 for an unknown `occurrence_id`.',
    zh: '返回会议及其设置、密码和新签发的 `start_url`（两小时内有效；通过 custCreate 创建的主持人为 90 天）。对周期性会议，`occurrence_id` 显示该会议场次的时间、议程和设置，`show_previous_occurrences` 会加入已结束的会议场次。会议不存在、已过期或令牌无权访问时返回 404/3001；`occurrence_id` 无效时返回 400/3000。',
  },
  meetingUpdate: {
    en: 'Changes only the fields sent; with `occurrence_id`, only that occurrence’s start, duration, agenda and a few settings. A recurring meeting’s occurrences are recomputed when its recurrence, start or time zone changes, and a past start is ignored. Emits `meeting.updated` with old and new values. Answers 404/3001 for an unknown meeting; 400/3000 while it is in progress or for an invalid occurrence; 429/429 past the host’s 100 daily creates and updates.',
    zh: '只修改请求中给出的字段；带 `occurrence_id` 时只修改该会议场次的开始时间、时长、议程和少数设置。周期性会议的周期、开始时间或时区变化时重新计算会议场次，过去的开始时间会被忽略。触发 `meeting.updated` 事件，附带新旧值。会议不存在时返回 404/3001；会议进行中或会议场次无效时返回 400/3000；主持人当日创建和更新超过 100 次时返回 429/429。',
  },
  meetingDelete: {
    en: 'Deletes a meeting, or with `occurrence_id` one occurrence of a recurring meeting, which stays listed with status `deleted`. A deleted meeting can be recovered through Update meeting status for 7 days. The reminder flags are accepted, but no email is sent. Emits `meeting.deleted`. Answers 404/3001 for an unknown meeting, 400/3002 while it is in progress, 400/3000 for an invalid occurrence.',
    zh: '删除会议；带 `occurrence_id` 时只删除周期性会议的一个会议场次，该场次仍会列出，状态为 `deleted`。已删除的会议可在 7 天内通过“更新会议状态”恢复。接受提醒邮件参数，但不发送邮件。触发 `meeting.deleted` 事件。会议不存在时返回 404/3001；会议进行中时返回 400/3002；会议场次无效时返回 400/3000。',
  },
  meetingStatus: {
    en: '`end` ends the instance in progress: participants leave, recording stops, `meeting.ended` is emitted, and the meeting waits for its next start under a new UUID. `recover` restores a meeting deleted in the last 7 days and emits `meeting.recovered`. An action on a meeting already in that state changes nothing. Answers 404/3001 for an unknown meeting, one deleted over 7 days ago, or one whose host was deleted.',
    zh: '`end` 结束进行中的会议实例：参会者离开、录制停止、触发 `meeting.ended` 事件，会议以新的 UUID 等待下次开始。`recover` 恢复 7 天内删除的会议，并触发 `meeting.recovered` 事件。会议已处于目标状态时不做任何更改。会议不存在、删除已超过 7 天或其主持人已被删除时返回 404/3001。',
  },
  meetingInvitation: {
    en: 'Returns the meeting’s invitation text (host, topic, time or upcoming occurrences, join link, meeting ID and passcode) and the SIP address room systems dial to join; an end-to-end encrypted meeting has no SIP address. Answers 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '返回会议的邀请文本（主持人、主题、时间或即将开始的会议场次、入会链接、会议号和密码），以及会议室系统入会拨打的 SIP 地址；端到端加密会议没有 SIP 地址。会议不存在或令牌无权访问时返回 404/3001。',
  },
  meetingInviteLinksCreate: {
    en: 'Creates a personal join link for each attendee name, signed with the name and whether video and audio start off. Links expire after `ttl` seconds: two hours by default, never with 0. Answers 201 with the links; 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '为每个观众姓名生成个人入会链接，链接签入姓名以及入会时是否关闭视频和音频。链接在 `ttl` 秒后失效：默认两小时，为 0 时永不失效。返回 201 和这些链接；会议不存在或令牌无权访问时返回 404/3001。',
  },
  meetingToken: {
    en: 'Returns the closed-caption URL that a third-party captioning service posts text to; the URL is signed and valid for 24 hours. Answers 400/3000 when the account has closed captioning turned off, and 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '返回第三方字幕服务推送文本所用的字幕 URL；该 URL 经过签名，24 小时内有效。账户关闭了字幕功能时返回 400/3000；会议不存在或令牌无权访问时返回 404/3001。',
  },

  // Templates
  listMeetingTemplates: {
    en: 'Lists the meeting templates the user has saved from their meetings (ID, name and type), all at once with `total_records`. Answers 404/1001 for an unknown user and 400/200 when a user-level token asks for someone else.',
    zh: '一次列出该用户从自己的会议保存的全部会议模板（ID、名称和类型）及 `total_records`。用户不存在时返回 404/1001；用户级令牌查询他人时返回 400/200。',
  },
  meetingTemplateCreate: {
    en: 'Saves one of the user’s meetings as a template: its settings without alternative hosts and, with `save_recurrence`, a recurring meeting’s recurrence; the name defaults to the topic. With `overwrite`, a template saved earlier from the same meeting is replaced under its ID. New meetings apply it through `template_id`. Answers 201 with ID and name; 404/3001 for an unknown meeting; 400/3003 when the user is not its host.',
    zh: '将该用户的某个会议保存为模板：保存其设置（不含替代主持人），带 `save_recurrence` 时还保存周期性会议的周期；名称默认为会议主题。带 `overwrite` 时，替换之前从同一会议保存的模板并沿用其 ID。新会议通过 `template_id` 使用模板。返回 201 以及 ID 和名称；会议不存在时返回 404/3001；该用户不是会议主持人时返回 400/3003。',
  },

  // Registrants
  meetingRegistrants: {
    en: 'Lists a meeting’s registrants of one status (approved unless asked), optionally only those of one occurrence, page by page; each carries a personal join URL. Registration needs a paid account and a licensed host (400/200 otherwise) and must be on for the meeting (404/404). Answers 404/3001 for an unknown meeting and 400/3000 for an invalid occurrence.',
    zh: '分页列出会议中某一状态的注册者（默认为已批准），可只列出某一会议场次的注册者；每位注册者附带个人入会链接。注册要求付费账户和已授权的主持人（否则返回 400/200），且会议须已开启注册（否则返回 404/404）。会议不存在时返回 404/3001；会议场次无效时返回 400/3000。',
  },
  meetingRegistrantCreate: {
    en: 'Registers one person and answers 201 with their registrant ID, personal join URL and PIN. Answers are checked against the registration questions; an email already registered gets its registration back. New registrations are approved or pending by the approval type or `auto_approve`, and emit `meeting.registration_created`. Answers 400/3027 for the host’s email, 400/3038 once registration has closed, 400/3043 at 4,999 registrants, 404/404 when registration is off.',
    zh: '为一人注册，返回 201 以及注册者 ID、个人入会链接和 PIN。回答按注册问题校验；已注册的邮箱返回其原有注册。新注册按审批类型或 `auto_approve` 设为已批准或待审批，并触发 `meeting.registration_created` 事件。使用主持人邮箱时返回 400/3027；注册已截止时返回 400/3038；注册者达 4,999 人时返回 400/3043；未开启注册时返回 404/404。',
  },
  meetingRegistrantGet: {
    en: 'Returns one registrant, whatever their status: answers, custom questions, status, creation time and personal join URL. Answers 404/3000 when there is no such registrant; the meeting must exist (404/3001), be on a paid account with a licensed host (400/200) and have registration on (404/404).',
    zh: '返回一位注册者（不论状态）：回答、自定义问题、状态、创建时间和个人入会链接。注册者不存在时返回 404/3000；会议须存在（否则返回 404/3001）、属于付费账户且主持人已授权（否则返回 400/200），并已开启注册（否则返回 404/404）。',
  },
  meetingregistrantdelete: {
    en: 'Deletes a registration, or with `occurrence_id` only that occurrence of it; removing its last occurrence deletes the whole registration. Answers 204; 404/3000 for an unknown registrant or one not registered for the occurrence; 400/3000 for an invalid occurrence; 404/404 when registration is off.',
    zh: '删除一项注册；带 `occurrence_id` 时只删除其中该会议场次，删除最后一个会议场次即删除整项注册。返回 204；注册者不存在或未注册该会议场次时返回 404/3000；会议场次无效时返回 400/3000；未开启注册时返回 404/404。',
  },
  meetingRegistrantStatus: {
    en: 'Approves, denies or cancels registrations named by ID or email: approve takes pending or denied ones, deny pending or approved ones, cancel approved ones, which then list as denied. Each change emits `meeting.registration_approved`, `_denied` or `_cancelled`; registrants already in that state are left as they are. Answers 404/3000 for an unknown registrant and 429/429 past 10 changes per registrant per day.',
    zh: '按 ID 或邮箱批准、拒绝或取消注册：批准适用于待审批或已拒绝的注册，拒绝适用于待审批或已批准的注册，取消适用于已批准的注册（取消后列为已拒绝）。每次状态变化触发 `meeting.registration_approved`、`_denied` 或 `_cancelled` 事件；已处于目标状态的注册者保持不变。注册者不存在时返回 404/3000；每位注册者每天变更超过 10 次时返回 429/429。',
  },
  addBatchRegistrants: {
    en: 'Registers up to 30 people to a scheduled meeting (type 2) in one request, all or none, and answers 200 with each registrant’s ID, join URL and PIN. Registrations are approved or pending by the approval type or `auto_approve`; no confirmation email is sent. Answers 400/303 for other meeting types, 400/3027 when the host is among them, 404/404 when registration is off.',
    zh: '一次请求为预定会议（类型 2）注册最多 30 人，全部成功或全部不注册，返回 200 以及每位注册者的 ID、入会链接和 PIN。注册按审批类型或 `auto_approve` 设为已批准或待审批；不发送确认邮件。其他类型的会议返回 400/303；其中包含主持人时返回 400/3027；未开启注册时返回 404/404。',
  },
  meetingRegistrantsQuestionsGet: {
    en: 'Returns the meeting’s registration form: the standard fields it shows and which are required, and its custom questions with their answer choices. A meeting without a configured form shows neither. Needs registration on (404/404) on a paid account with a licensed host (400/200).',
    zh: '返回会议的注册表单：显示的标准字段及其是否必填，以及自定义问题及其选项。未配置表单的会议两者皆为空。要求已开启注册（否则返回 404/404），且为付费账户、主持人已授权（否则返回 400/200）。',
  },
  meetingRegistrantQuestionUpdate: {
    en: 'Replaces the registration form’s standard fields, its custom questions, or both; a list left out stays as it is. Later registrations must answer what is required. Answers 204; 400/300 for an unknown field name, a question without a title, or a choice question without answers; 404/404 when registration is off.',
    zh: '替换注册表单的标准字段、自定义问题或两者；未给出的列表保持不变。之后的注册须回答必填项。返回 204；字段名无效、问题缺少标题或选择题缺少选项时返回 400/300；未开启注册时返回 404/404。',
  },

  // Polls
  meetingPolls: {
    en: 'Lists all of a meeting’s polls and quizzes, oldest first, without pagination; `anonymous` keeps only those with (true) or without (false) anonymous answers. Needs a paid account (400/200) and polling on for the account and the host, never on an instant meeting (400/4400). Answers 404/3001 for an unknown meeting.',
    zh: '不分页列出会议的全部投票和测验，最早创建的在前；`anonymous` 只保留匿名（true）或非匿名（false）的投票。要求付费账户（否则返回 400/200），且账户和主持人均已开启投票，即时会议不支持（否则返回 400/4400）。会议不存在时返回 404/3001。',
  },
  meetingPollCreate: {
    en: 'Creates a poll (`poll_type` 1), advanced poll (2) or quiz (3) and answers 201 with it, status `notstart`. Questions are checked by type: answer counts, right answers for quizzes, prompts, character limits and rating ranges. Answers 400/4400 when polling, or advanced polling for types 2 and 3, is off or the meeting would pass 50 polls; 400/300 for invalid questions; 400/200 on a free account.',
    zh: '创建投票（`poll_type` 1）、高级投票（2）或测验（3），返回 201 和新投票，状态为 `notstart`。问题按类型校验：选项数量、测验的正确答案、提示项、字数限制和评分范围。投票功能（类型 2 和 3 为高级投票功能）未开启或会议投票将超过 50 个时返回 400/4400；问题无效时返回 400/300；免费账户返回 400/200。',
  },
  meetingPollGet: {
    en: 'Returns one poll with its type, status, anonymity and questions. Answers 404/404 when the meeting has no such poll, 404/3001 for an unknown meeting, 400/4400 when polling is off for the account or the host, and 400/200 on a free account.',
    zh: '返回一个投票及其类型、状态、是否匿名和问题。会议没有该投票时返回 404/404；会议不存在时返回 404/3001；账户或主持人未开启投票时返回 400/4400；免费账户返回 400/200。',
  },
  meetingPollUpdate: {
    en: 'Replaces the poll’s title, anonymity, type or questions, each as sent (questions as a whole), then checks the result as creation does. Answers 204; 404/404 for an unknown poll; 400/300 for invalid questions; 400/4400 when polling, or advanced polling for types 2 and 3, is off.',
    zh: '按请求替换投票的标题、匿名设置、类型或问题（问题整体替换），再按创建时的规则校验结果。返回 204；投票不存在时返回 404/404；问题无效时返回 400/300；投票功能（类型 2 和 3 为高级投票功能）未开启时返回 400/4400。',
  },
  meetingPollDelete: {
    en: 'Deletes one poll of the meeting. Answers 204; 404/404 when the meeting has no such poll, 404/3001 for an unknown meeting, 400/4400 when polling is off, and 400/200 on a free account.',
    zh: '删除会议的一个投票。返回 204；会议没有该投票时返回 404/404；会议不存在时返回 404/3001；未开启投票时返回 400/4400；免费账户返回 400/200。',
  },
  createBatchPolls: {
    en: 'Creates several polls at once, all or none: every poll is checked first, with errors named by position (`polls.0.questions…`), and together with the existing polls there may be at most 50. Answers 201 with the new polls; 400/4400 when polling or advanced polling is off or the limit would be passed; 400/300 for invalid polls; 400/200 on a free account.',
    zh: '一次创建多个投票，全部成功或全部不创建：先校验每个投票，错误按位置指明（`polls.0.questions…`），加上已有投票最多 50 个。返回 201 和新投票；投票或高级投票功能未开启或将超出上限时返回 400/4400；投票无效时返回 400/300；免费账户返回 400/200。',
  },

  // Survey
  getMeetingSurvey: {
    en: 'Returns the survey shown when the meeting ends: a custom survey with its questions or a third-party survey link, and whether it opens in the browser. A meeting without a survey shows only `show_in_the_browser` (true). Answers 400/3000 when the Meeting Survey setting is off for the account or the host, or for an instant meeting; 400/200 on a free account.',
    zh: '返回会议结束时显示的调查：带问题的自定义调查或第三方调查链接，以及是否在浏览器中打开。没有调查的会议只显示 `show_in_the_browser`（true）。账户或主持人关闭了会议调查设置，或为即时会议时返回 400/3000；免费账户返回 400/200。',
  },
  updateMeetingSurvey: {
    en: 'Sets a custom survey or a third-party survey link: each field sent replaces the stored one, and setting one kind removes the other; an empty `third_party_survey` removes the link. Questions follow the poll question rules, without right answers. Answers 204; 400/300 when both kinds are sent, a question is invalid or the link is not a web URL; 400/3000 when the survey setting is off.',
    zh: '设置自定义调查或第三方调查链接：请求中的每个字段替换已保存的值，设置一种会移除另一种；`third_party_survey` 为空时移除链接。问题按投票问题的规则校验，但没有正确答案。返回 204；同时给出两种调查、问题无效或链接不是网址时返回 400/300；调查设置未开启时返回 400/3000。',
  },
  deleteMeetingSurvey: {
    en: 'Removes the meeting’s survey, so the meeting shows the default again. Answers 204; 400/3000 when the Meeting Survey setting is off for the account or the host, or for an instant meeting; 400/200 on a free account; 404/3001 for an unknown meeting.',
    zh: '删除会议的调查，会议恢复为默认状态。返回 204；账户或主持人关闭了会议调查设置，或为即时会议时返回 400/3000；免费账户返回 400/200；会议不存在时返回 404/3001。',
  },

  // Live stream
  getMeetingLiveStreamDetails: {
    en: 'Returns the meeting’s custom live stream: stream URL, stream key, viewer page URL and resolution, all empty until configured. Answers 400/200 on a free account and 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '返回会议的自定义直播配置：推流地址、推流密钥、观看页面地址和分辨率，配置之前均为空。免费账户返回 400/200；会议不存在或令牌无权访问时返回 404/3001。',
  },
  meetingLiveStreamUpdate: {
    en: 'Sets the stream URL, stream key and viewer page URL of the meeting’s custom live stream, and its resolution when given, replacing the previous ones. Answers 204; 400/200 on a free account; 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '设置会议自定义直播的推流地址、推流密钥和观看页面地址，给出时还设置分辨率，替换原有配置。返回 204；免费账户返回 400/200；会议不存在或令牌无权访问时返回 404/3001。',
  },
  meetingLiveStreamStatusUpdate: {
    en: '`start` streams the instance in progress and emits `meeting.live_streaming_started`; `stop` ends the stream with `meeting.live_streaming_stopped`; settings sent (layout, name, captions) are kept for later streams. Starting answers 400/3000 when live streaming is off for the account or the host, the stream is not configured or the meeting has not started, and 429/429 within 30 seconds of the previous start.',
    zh: '`start` 直播进行中的会议实例并触发 `meeting.live_streaming_started` 事件；`stop` 结束直播并触发 `meeting.live_streaming_stopped` 事件；请求中的设置（布局、名称、字幕）保留给之后的直播。开始直播时，账户或主持人未开启直播、直播未配置或会议未开始返回 400/3000；距上次开始不足 30 秒返回 429/429。',
  },

  // Past meetings and in-meeting controls
  pastMeetingDetails: {
    en: 'Returns an ended meeting instance, by its UUID or, for a meeting ID, its latest ended instance: start, end, duration, participant count, total minutes and host. Answers 404/3001 when there is no ended instance or the token cannot see its host’s meetings, and 400/12702 when it started over a year ago.',
    zh: '按 UUID 返回已结束的会议实例；给出会议号时返回其最近一次结束的会议实例：开始和结束时间、时长、参会者人数、总分钟数和主持人。没有已结束的会议实例或令牌无权查看其主持人的会议时返回 404/3001；开始时间超过一年时返回 400/12702。',
  },
  pastMeetings: {
    en: 'Lists the ended instances (UUID and start time) of a meeting ID, or of the meeting an instance UUID belongs to, oldest first; instances over a year old are left out. A meeting that has never ended gives an empty list. Answers 404/3001 when the meeting is unknown or out of the token’s reach.',
    zh: '列出某会议号（或某会议实例 UUID 所属会议）已结束的会议实例（UUID 和开始时间），最早的在前；超过一年的会议实例不列出。从未结束过的会议返回空列表。会议不存在或令牌无权访问时返回 404/3001。',
  },
  pastMeetingParticipants: {
    en: 'Lists the participants of an ended meeting instance page by page, one entry per session, so a participant who rejoined appears again. Paid accounts only (400/200). Answers 404/3001 when there is no ended instance the token may see, and 400/12702 when it started over a year ago.',
    zh: '分页列出已结束会议实例的参会者，每次入会为一条记录，因此重新入会的参会者会再次出现。仅限付费账户（否则返回 400/200）。没有令牌可查看的已结束会议实例时返回 404/3001；开始时间超过一年时返回 400/12702。',
  },
  inMeetingControl: {
    en: 'Acts on a meeting in progress and answers 202: starts, stops, pauses or resumes cloud recording (emitting `recording.*`), invites account users (`meeting.invitation_dispatched`), calls out to a phone or room system (also before the meeting starts), or updates the waiting room’s title and description. Answers 404/3001 for an unknown meeting, 400/300 when it is not in progress or cloud recording is off, 404/1001 for an unknown invitee.',
    zh: '对进行中的会议执行操作，返回 202：开始、停止、暂停或恢复云录制（触发 `recording.*` 事件），邀请本账户用户（`meeting.invitation_dispatched`），呼叫电话或会议室系统（会议开始前也可），或更新等候室的标题和说明。会议不存在时返回 404/3001；会议未在进行中或云录制已关闭时返回 400/300；被邀请用户不存在时返回 404/1001。',
  },
}
