import type { OperationDocs } from './index.js'

export const simulatorDocs: OperationDocs = {
  simMeetingStart: {
    en: 'Starts a meeting as its host would: the status becomes `started`, a live instance opens and `meeting.started` is emitted; answers with the live meeting. Starting a meeting already in progress changes nothing. `qos=false` records no per-minute QoS samples for this instance. Works for webinars too (`webinar.started`); a webinar with `practice_session` on starts in its practice session. Answers 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '以主持人的身份开始会议：状态变为 `started`，开启一个进行中的会议实例，并触发 `meeting.started` 事件；返回进行中的会议。会议已在进行中时不做任何更改。`qos=false` 表示本会议实例不记录每分钟的 QoS 数据。同样适用于网络研讨会（触发 `webinar.started`）；开启了 `practice_session` 的网络研讨会以练习会话开始。会议不存在或令牌无权访问时返回 404/3001。',
  },
  simMeetingState: {
    en: 'Returns a meeting as the simulator sees it: the live instance’s UUID and start, the recording status, whether QoS is recorded, for a webinar whether it is in its practice session, and the participants present now with their roles. A meeting not in progress shows only its ID, UUID and status. Answers 404/3001 when the meeting does not exist or is out of the token’s reach.',
    zh: '返回模拟器所见的会议：进行中会议实例的 UUID 和开始时间、录制状态、是否记录 QoS、网络研讨会是否处于练习会话中，以及当前在会的参会者及其角色。未在进行中的会议只显示 ID、UUID 和状态。会议不存在或令牌无权访问时返回 404/3001。',
  },
  simParticipantJoin: {
    en: 'A participant joins the meeting in progress, as a guest or as a user of the account (`user_id` or `email`), and answers 201 with the new session; `participant_id`, or the same email, rejoins as the same participant. Where the meeting takes registrations, an approved registrant’s email joins as that registrant. In a webinar each session takes a `role`: the one given, else the one held before, else host for the host’s user, panelist for one of the webinar’s panelists, attendee for anyone else; attendees are refused with 400/3000 during a practice session. With `phone` the participant is on a telephone line (toll, toll-free, call-out or SIP Connected Audio) and with `device_id` a registered H.323/SIP room system joins; the line is kept as the session’s `audio` leg, from its join to its leave, for telephone usage. Emits `meeting.participant_joined` or `webinar.participant_joined`. Answers 400/3000 when the meeting has not started; 400/300 without a name or for someone already in; 404/1001 or 404/404 for an unknown user or participant; 400/300 for `phone` in a meeting without telephone audio; 404/300 for an unknown device and 400/200 when the account may not use room devices.',
    zh: '参会者以访客或本账户用户（`user_id` 或 `email`）的身份加入进行中的会议，返回 201 和新的入会记录；使用 `participant_id` 或相同邮箱时，以同一参会者身份重新入会。会议开启注册时，已获批准的注册者用其邮箱加入即以该注册者身份入会。在网络研讨会中每次入会都有一个 `role`：使用给定的角色，否则沿用之前的角色，否则主持人的用户为 host，网络研讨会的嘉宾为 panelist，其他人为 attendee；练习会话期间观众加入会返回 400/3000。触发 `meeting.participant_joined` 或 `webinar.participant_joined` 事件。会议未开始时返回 400/3000；缺少姓名或该参会者已在会中时返回 400/300；用户或参会者不存在时返回 404/1001 或 404/404。使用 `phone` 时参会者通过电话线路入会（收费、免费、外呼或 SIP Connected Audio），使用 `device_id` 时由已登记的 H.323/SIP 会议室设备入会；该线路作为会话的 `audio` 线路保存，从入会到离会，供电话使用统计读取；会议没有电话音频时使用 `phone` 返回 400/300，设备不存在时返回 404/300，账户未开启会议室设备功能时返回 400/200。',
  },
  simParticipantLeave: {
    en: 'A participant leaves for the `reason` given (left by default): their session closes, their screen share ends and its QoS is written. Emits `meeting.participant_left`. Answers 204; 404/404 when that participant is not in the meeting; 400/3000 when the meeting has not started.',
    zh: '参会者按给定的 `reason`（默认为主动离开）离开会议：其入会记录结束，屏幕共享停止，并写入 QoS 数据。触发 `meeting.participant_left` 事件。返回 204；该参会者不在会中时返回 404/404；会议未开始时返回 400/3000。',
  },
  simScreenShare: {
    en: 'A participant starts or stops sharing their screen, with the kind of content shared; one participant shares at a time, so a new share ends the previous one. Emits `meeting.sharing_started` or `meeting.sharing_ended` (`webinar.*` in a webinar) and answers with the session. Answers 400/300 to stop a share that is not running; 400/3000 when a webinar attendee tries to share; 404/404 when the participant is not in the meeting.',
    zh: '参会者开始或停止共享屏幕，并指明共享内容的类型；同一时间只有一人共享，新的共享会结束之前的共享。触发 `meeting.sharing_started` 或 `meeting.sharing_ended` 事件（网络研讨会中为 `webinar.*`），返回该入会记录。停止未在进行的共享时返回 400/300；网络研讨会的观众尝试共享时返回 400/3000；该参会者不在会中时返回 404/404。',
  },
  simRecord: {
    en: 'Starts, pauses, resumes or stops the cloud recording of the meeting in progress and answers with its status and segments: stopping and starting again makes a new segment, pausing does not. Each change emits `recording.started`, `paused`, `resumed` or `stopped`. Answers 400/3000 when the meeting has not started, 404/3001 for an unknown meeting.',
    zh: '开始、暂停、恢复或停止进行中会议的云录制，返回录制状态和各录制片段：停止后再开始会产生新片段，暂停则不会。每次变化触发 `recording.started`、`paused`、`resumed` 或 `stopped` 事件。会议未开始时返回 400/3000；会议不存在时返回 404/3001。',
  },
  simMeetingEnd: {
    en: 'The host ends the meeting: everyone leaves, the recording stops, the instance closes with its duration, total minutes and participant count, polls launched during it end, and `meeting.ended` is emitted (`webinar.ended` for a webinar, with `practice_session: true` when it ended before its broadcast). Answers with that summary; past meeting operations can then read the instance. Answers 400/3000 when the meeting is not in progress, 404/3001 for an unknown meeting.',
    zh: '主持人结束会议：所有人离开，录制停止，会议实例关闭并记录时长、总分钟数和参会者人数，期间发起的投票结束，同时触发 `meeting.ended` 事件（网络研讨会为 `webinar.ended`，在正式开始前结束时带有 `practice_session: true`）。返回该摘要；之后可通过过去会议的操作读取该会议实例。会议未在进行中时返回 400/3000；会议不存在时返回 404/3001。',
  },
  simScenarioPlay: {
    en: 'Plays a whole scenario on one meeting or `webinar`, given or created: polls are created and people registered before the start, participants join (in a webinar with their roles, attendees waiting for the broadcast after a practice session), rejoin, share, ask and answer questions, vote and leave, write in the chat, the recording runs (in one or several sets, with pauses), the host ends it, with every event; registrants who never join are the absentees; participants may call in by `phone` or join from a room system (`device_id`), a rejoin coming back over the same line. By default it is written as history ending now, without moving the clock; `advance_clock` moves the clock through it; `mode: realtime` answers 202 once the meeting has started and plays the rest live at `speed`. Answers 400/300 when its times do not fit, or, before the start, when a participant’s phone or device cannot join the meeting.',
    zh: '在一个指定或新建的会议或网络研讨会（`webinar`）上运行完整场景：开始前创建投票并登记注册者，参会者加入（在网络研讨会中带有角色，有练习会话时观众等到正式开始才加入）、重新入会、共享、提问和回答、投票、聊天和离开，录制进行（可分为多个录制组并可暂停），主持人结束会议，并触发全部事件；从未加入的注册者即为缺席者；参会者可通过 `phone` 电话入会或从会议室设备（`device_id`）入会，重新入会沿用同一线路。默认写成截至当前的历史记录，不移动时钟；`advance_clock` 让时钟随场景前进；`mode: realtime` 在会议开始后返回 202，并按 `speed` 实时运行其余部分。时间安排不合理时，或开始前发现参会者的电话或设备无法加入该会议时，返回 400/300。',
  },
  simTrackingSourceCreate: {
    en: 'Adds a registration tracking source to a webinar, as the web portal does (Zoom’s API has no call for it), and answers 201 with its ID, name and tracking URL, no visits and no registrations yet. A registrant added with the source’s ID as `source_id` counts for it, is listed under `tracking_source_id`, and their registration events name it. Answers 400/3000 when the webinar takes no registrations, 400/200 when its host has no webinar licence, 404/3001 for an unknown webinar.',
    zh: '像网页门户那样为网络研讨会添加一个注册跟踪来源（Zoom 的 API 没有对应的调用），返回 201 以及来源的 ID、名称和跟踪链接，访问数和注册数均为零。以该来源 ID 作为 `source_id` 添加的注册者计入该来源，可用 `tracking_source_id` 筛选列出，其注册事件也会注明该来源。网络研讨会未开启注册时返回 400/3000；主持人没有网络研讨会许可证时返回 400/200；网络研讨会不存在时返回 404/3001。',
  },
  simCloudStorage: {
    en: 'Sets the cloud recording storage of an account (`me`, your own account ID or one of your sub accounts) to `quota_bytes`, in place of what its plans include, so that a full storage can be tried with small simulated recordings; `quota_bytes` null (or left out) brings the plans’ storage back. Recovering recordings from the trash is refused with 400/3309 when the files out of the trash would take more than it. Answers with the storage that applies now, the plans’ storage and the bytes the account’s recordings take (trash included). Zoom sends no event for it. Answers 404 for an account out of reach.',
    zh: '将账户（`me`、调用方自身的账户 ID 或其某个子账户）的云录制存储空间设为 `quota_bytes`，取代其套餐所含的空间，以便用较小的模拟录制试验存储空间已满的情况；`quota_bytes` 为 null（或不提供）时恢复为套餐的存储空间。不在回收站中的文件将超出该空间时，从回收站恢复录制会返回 400/3309。返回当前适用的存储空间、套餐的存储空间以及账户录制所占的字节数（包括回收站）。Zoom 对此不发送事件。账户无权访问时返回 404。',
  },
  simWebinarBroadcast: {
    en: 'The host of a webinar in its practice session starts the broadcast: from then on attendees may join. Answers with the live webinar (`practice_session` false); a webinar already broadcasting changes nothing. Zoom sends no event for it. Answers 400/3000 when the webinar has not started, 404/3001 for an unknown webinar (a meeting ID included).',
    zh: '处于练习会话中的网络研讨会由主持人正式开始：此后观众可以加入。返回进行中的网络研讨会（`practice_session` 为 false）；已正式开始时不做任何更改。Zoom 对此不发送事件。网络研讨会未开始时返回 400/3000；网络研讨会不存在（包括会议号）时返回 404/3001。',
  },
  simParticipantRole: {
    en: 'The host makes a participant of a live webinar host, co-host, panelist or attendee, and answers with the session. Making someone the host makes the previous host a panelist. Each change emits `webinar.participant_role_changed` with `old_role` and `new_role`; giving the role held already changes nothing. Answers 400/3000 to change the host’s own role (hand it over instead) or when the webinar has not started; 400/300 for an unknown role; 404/404 when the participant is not in the webinar; 404/3001 for an unknown webinar.',
    zh: '主持人将进行中网络研讨会的参会者设为 host、co-host、panelist 或 attendee，返回该入会记录。将某人设为主持人时，原主持人变为嘉宾。每次更改触发带有 `old_role` 和 `new_role` 的 `webinar.participant_role_changed` 事件；设为已有的角色不做任何更改。更改主持人自己的角色（应改为移交主持人）或网络研讨会未开始时返回 400/3000；角色无效时返回 400/300；该参会者不在网络研讨会中时返回 404/404；网络研讨会不存在时返回 404/3001。',
  },
  simQuestionAsk: {
    en: 'A participant of a meeting or webinar in progress asks a question in the Q&A, optionally anonymously, and answers 201 with the stored question (status `open`). It is stored with the instance, with the asker’s name and email, for later Q&A lists and reports; Zoom sends no event for it. Answers 400/3000 when Q&A is off or attendees may not ask, or when the meeting has not started; 400/300 for an anonymous question where none are allowed; 404/404 when the participant is not in the meeting.',
    zh: '进行中会议或网络研讨会的参会者在问答中提问（可匿名），返回 201 和已保存的问题（状态为 `open`）。问题连同提问者的姓名和邮箱随会议实例保存，供之后的问答列表和报告读取；Zoom 对此不发送事件。问答未开启、不允许观众提问或会议未开始时返回 400/3000；不允许匿名提问却匿名提问时返回 400/300；该参会者不在会中时返回 404/404。',
  },
  simQuestionAnswer: {
    en: 'Answers a question of the live instance and answers 201 with the question and all its answers. The host, a co-host or a panelist answers in writing, publicly or `private`ly, or `live` (aloud), which marks the question `answered`; anyone else comments (`participant_commented`), where the Q&A allows comments. Zoom sends no event for it. Answers 400/300 for text missing or given with `live`, or a private or live answer by someone else; 400/3000 when comments are off or the meeting has not started; 404/404 for an unknown question or a participant not in the meeting.',
    zh: '回答进行中会议实例的问题，返回 201 以及该问题和其全部回答。主持人、联席主持人或嘉宾可书面回答（公开或 `private` 私下）或 `live` 现场口头回答，问题随即标记为 `answered`；其他人的回答为评论（`participant_commented`），需问答允许评论。Zoom 对此不发送事件。缺少文字、`live` 时又给出文字，或其他人私下或现场回答时返回 400/300；不允许评论或会议未开始时返回 400/3000；问题不存在或参会者不在会中时返回 404/404。',
  },
  simPollVote: {
    en: 'A participant answers one of the meeting’s or webinar’s polls, naming each question by its text, and answers 201 with the rows stored: one per question answered, several choices joined by `;`, with the participant’s name and email and whether the poll is anonymous. A later vote by the same participant on the same poll in the same instance replaces the earlier one. The first vote launches the poll (status `started`); it ends with the instance. Zoom sends no event for it. Answers 400/300 for an unknown or repeated question, a choice the question does not offer, a text of the wrong length or a required question left out; 400/3000 for the host, a co-host or a panelist, or when the meeting has not started; 404/404 for a poll that is not the meeting’s or a participant not in it.',
    zh: '参会者回答会议或网络研讨会的某个投票，用问题文字指定每个问题，返回 201 和已保存的记录：每个所答问题一条，多个选项用 `;` 连接，附带参会者的姓名和邮箱以及投票是否匿名。同一参会者在同一会议实例中对同一投票再次作答会替换之前的答案。首次作答即发起该投票（状态为 `started`），投票随会议实例结束。Zoom 对此不发送事件。问题不存在或重复、选项不在问题中、文字长度不符或必答问题未作答时返回 400/300；主持人、联席主持人或嘉宾作答或会议未开始时返回 400/3000；投票不属于该会议或参会者不在会中时返回 404/404。',
  },
  simChatMessage: {
    en: 'A participant of a meeting or webinar in progress, named by `participant_id` or by `name`, writes a chat message to everyone or privately to one other participant (`to`), and answers 201 with the stored message. Messages are kept with the instance; when the account saves chat text with cloud recordings, the recording’s CHAT file lists those written while it was recording. Zoom’s chat webhooks are not sent. Answers 400/300 when neither `participant_id` nor `name` is given, when a name fits several participants or the message is to the sender; 400/3000 when chat (or private chat) is off for the account or the meeting has not started; 404/404 when the sender or recipient is not in the meeting; 404/3001 for an unknown meeting.',
    zh: '进行中会议或网络研讨会的参会者（按 `participant_id` 或 `name` 指定）在聊天中向所有人或私下向另一位参会者（`to`）发送消息，返回 201 和已保存的消息。消息随会议实例保存；账户开启随云录制保存聊天文本时，录制的 CHAT 文件会列出录制期间发送的消息。不发送 Zoom 的聊天 webhook 事件。既未提供 `participant_id` 也未提供 `name`、名称对应多位参会者或发给自己时返回 400/300；账户关闭了聊天（或私聊）或会议未开始时返回 400/3000；发送者或接收者不在会中时返回 404/404；会议不存在时返回 404/3001。',
  },
  simMeetingActivity: {
    en: 'Returns the Q&A questions (with their answers and comments) and the poll answers stored for one instance of a meeting or webinar: the one `instance_uuid` names, else the live one, else the latest that ended. Names and emails are shown as recorded. Answers 404/404 when no such instance was held, 404/3001 for an unknown meeting.',
    zh: '返回会议或网络研讨会某个实例保存的问答问题（含回答和评论）和投票答案：`instance_uuid` 指定的实例，否则为进行中的实例，否则为最近结束的实例。姓名和邮箱按记录原样显示。没有这样的会议实例时返回 404/404；会议不存在时返回 404/3001。',
  },
  simClock: {
    en: 'Returns the server clock’s current time, as ISO date-time and milliseconds, and whether the simulator can move it, which it can only when the server runs with the simulator on.',
    zh: '以 ISO 日期时间和毫秒返回服务器时钟的当前时间，以及模拟器能否移动该时钟；仅当服务器开启模拟器运行时才能移动。',
  },
  simClockAdvance: {
    en: 'Moves the server clock forward by `ms` milliseconds, at most a year, for every account; the move is stored, so a restart keeps it. Tokens, page tokens, meeting expiry, daily limits and events all see the new time. Answers with the new time; 400/300 when the server follows the system clock or `ms` is out of range.',
    zh: '将服务器时钟向前拨 `ms` 毫秒（最多一年），对所有账户生效；该调整会被保存，重启后仍然有效。访问令牌、分页令牌、会议过期、每日限额和事件都以新时间为准。返回新的时间；服务器使用系统时钟或 `ms` 超出范围时返回 400/300。',
  },
}
