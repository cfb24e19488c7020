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
    en: 'A participant joins the meeting in progress, as a guest or as a user of the account (`user_id` or `email`), and answers 201 with the new session; `participant_id`, or the same email, rejoins as the same participant. Where the meeting takes registrations, an approved registrant’s email joins as that registrant. In a webinar each session takes a `role`: the one given, else the one held before, else host for the host’s user, panelist for one of the webinar’s panelists, attendee for anyone else; attendees are refused with 400/3000 during a practice session. With `phone` the participant is on a telephone line (toll, toll-free, call-out or SIP Connected Audio) and with `device_id` a registered H.323/SIP room system joins; the line is kept as the session’s `audio` leg, from its join to its leave, for telephone usage. Emits `meeting.participant_joined` or `webinar.participant_joined`. Answers 400/3000 when the meeting has not started; 400/300 without a name or for someone already in; 404/1001 or 404/404 for an unknown user or participant; 400/300 for `phone` in a meeting without telephone audio; 404/300 for an unknown device and 400/200 when the account may not use room devices. With `waiting_room` the joiner enters the meeting’s waiting room instead (a session with status `in_waiting_room`, `meeting.participant_joined_waiting_room`) until admitted; leaving from there emits `meeting.participant_left_waiting_room` with the reason “Leave waiting room.”. It is refused with 400/300 when the meeting’s waiting_room setting is off, for a webinar, and with `phone` or `device_id`.',
    zh: '参会者以访客或本账户用户（`user_id` 或 `email`）的身份加入进行中的会议，返回 201 和新的入会记录；使用 `participant_id` 或相同邮箱时，以同一参会者身份重新入会。会议开启注册时，已获批准的注册者用其邮箱加入即以该注册者身份入会。在网络研讨会中每次入会都有一个 `role`：使用给定的角色，否则沿用之前的角色，否则主持人的用户为 host，网络研讨会的嘉宾为 panelist，其他人为 attendee；练习会话期间观众加入会返回 400/3000。触发 `meeting.participant_joined` 或 `webinar.participant_joined` 事件。会议未开始时返回 400/3000；缺少姓名或该参会者已在会中时返回 400/300；用户或参会者不存在时返回 404/1001 或 404/404。使用 `phone` 时参会者通过电话线路入会（收费、免费、外呼或 SIP Connected Audio），使用 `device_id` 时由已登记的 H.323/SIP 会议室设备入会；该线路作为会话的 `audio` 线路保存，从入会到离会，供电话使用统计读取；会议没有电话音频时使用 `phone` 返回 400/300，设备不存在时返回 404/300，账户未开启会议室设备功能时返回 400/200。使用 `waiting_room` 时入会者改为进入会议的等候室（状态为 `in_waiting_room` 的记录，触发 `meeting.participant_joined_waiting_room`），直到被允许入会；从等候室离开时触发 `meeting.participant_left_waiting_room`，离开原因为“Leave waiting room.”。会议的 waiting_room 设置关闭、对象是网络研讨会或同时使用 `phone`、`device_id` 时返回 400/300。',
  },
  simParticipantAdmit: {
    en: 'The host admits a participant from the meeting’s waiting room: their waiting session closes at this moment and a session in the meeting opens for the same participant, which this answers with (201); `network_issues` degrade that session’s network, counted from the admission. Emits `meeting.participant_admitted`, then `meeting.participant_joined`. Answers 400/300 when the participant is in the meeting rather than waiting, or for a webinar (webinars have no waiting room); 404/404 when the participant is not in the meeting or its waiting room; 400/3000 when the meeting has not started.',
    zh: '主持人允许会议等候室中的参会者入会：其等候记录在此刻结束，并为同一参会者开启一条会中记录，返回该记录（201）；`network_issues` 使该记录的网络变差，从入会时起算。依次触发 `meeting.participant_admitted` 和 `meeting.participant_joined` 事件。参会者已在会中而非等候、或对象是网络研讨会（网络研讨会没有等候室）时返回 400/300；参会者既不在会中也不在等候室时返回 404/404；会议未开始时返回 400/3000。',
  },
  simParticipantPutInWaitingRoom: {
    en: 'The host moves a participant of the meeting back to its waiting room: their session in the meeting closes (screen share ends, QoS is written, `meeting.participant_left`) and a waiting session opens, which this answers with (201), emitting `meeting.participant_put_in_waiting_room`. Time in the waiting room counts in no total. Answers 400/300 when the meeting’s waiting_room setting is off, for a webinar, or when the participant is already waiting; 404/404 when the participant is not in the meeting; 400/3000 when the meeting has not started.',
    zh: '主持人将会中的参会者移回等候室：其会中记录结束（屏幕共享停止，写入 QoS 数据，触发 `meeting.participant_left`），并开启一条等候记录，返回该记录（201），触发 `meeting.participant_put_in_waiting_room` 事件。在等候室中的时间不计入任何统计。会议的 waiting_room 设置关闭、对象是网络研讨会或参会者已在等候时返回 400/300；参会者不在会中时返回 404/404；会议未开始时返回 400/3000。',
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
  simChatActivity: {
    en: 'Records Team Chat messages that a user of the account (`me`, an ID or an email) sent: `count` messages of one `kind` (text, audio, video, file, image, code_snippet, giphy), to a contact one-to-one or in a channel (`sent_to`), at `sent_at` (now when left out). Zoom’s API does not carry Team Chat, so this is what `GET /metrics/chat` counts. Answers 201 with what was recorded. No event is sent. Answers 400/300 for an unknown kind or target, a count out of 1–10000, or a time that is invalid or in the future; 404/1001 for a user not in the account.',
    zh: '记录账户用户（`me`、用户 ID 或邮箱）发送的团队聊天消息：某一 `kind`（text、audio、video、file、image、code_snippet、giphy）的 `count` 条消息，一对一发给联系人或发到频道（`sent_to`），发送时间为 `sent_at`（省略时为当前时间）。Zoom 的 API 不包含团队聊天，因此 `GET /metrics/chat` 统计的就是这些记录。返回 201 和记录的内容。不发送事件。类型或去向无效、数量不在 1 至 10000 之间、时间无效或晚于当前时间时返回 400/300；用户不在该账户中时返回 404/1001。',
  },
  simParticipantFeedback: {
    en: 'A participant who has left the meeting or webinar (every session closed) answers the end-of-meeting survey of the instance in progress, or once it has ended, of the instance that ended last: `satisfied` (thumbs up or down), and for a thumbs down `reasons` by name and a `comment`. Recorded once per participant, read by the satisfaction and client feedback dashboards, and sent as `meeting.participant_feedback` (`webinar.participant_feedback`). Answers 201 with what was recorded. Answers 400/300 while the participant is still in, after an earlier answer, when Feedback to Zoom or the end-of-meeting survey is off for the host, or for an unknown reason, reasons with a thumbs up, or a comment over 1024 characters; 400/3000 when the meeting was never held; 404 when the instance has no such participant.',
    zh: '已离开会议或网络研讨会（所有加入均已结束）的参会者回答会议结束调查：会议进行中时针对当前会议实例，结束后针对最近结束的会议实例。`satisfied`（点赞或点踩），点踩时可按名称给出 `reasons` 并填写 `comment`。每位参会者只记录一次，供满意度和客户端反馈仪表板读取，并以 `meeting.participant_feedback`（`webinar.participant_feedback`）事件发送。返回 201 和记录的内容。参会者仍在会中、已回答过、主持人未开启“向 Zoom 反馈”或会议结束调查、原因未知、点赞时给出原因或评论超过 1024 个字符时返回 400/300；会议从未举行时返回 400/3000；该会议实例没有该参会者时返回 404。',
  },
  simRequestList: {
    en: 'Lists the newest API requests (under /v2 and /oauth) that the server recorded, newest first, with method, path, query, body, status, response, account, app and duration; filtered by `path` pattern, `method` and `status`. The journal is kept in the database for every server process and trimmed to REQUEST_JOURNAL_SIZE entries (default 1000, 0 turns it off); credentials (client secrets, passwords, tokens, ZAKs, OAuth codes, the `zak` of start links) are stored as `[hidden]` and the Authorization header is never stored. A token holding no `:master` scope sees only its own account’s requests (`account_id` naming another account gives an empty list); one holding a `:master` scope sees every account’s, or the one `account_id` names. `path` takes `*` for any run of characters. Emits no events.',
    zh: '列出服务器记录的最新 API 请求（/v2 与 /oauth 下），按时间从新到旧排列，包含方法、路径、查询参数、请求体、状态码、响应体、账户、应用和耗时；可按 `path` 模式、`method` 和 `status` 筛选。该日志保存在数据库中，供所有服务器进程共享，并裁剪为 REQUEST_JOURNAL_SIZE 条（默认 1000，0 表示关闭）；凭据（客户端密钥、密码、令牌、ZAK、OAuth 授权码、启动链接中的 `zak`）保存为 `[hidden]`，Authorization 请求头从不保存。不含 `:master` 权限范围的令牌只能看到本账户的请求（`account_id` 指定其他账户时返回空列表）；含 `:master` 权限范围的令牌可看到所有账户的请求，或 `account_id` 指定的账户的请求。`path` 中的 `*` 匹配任意字符序列。不触发事件。',
  },
  simRequestClear: {
    en: 'Empties the request journal and answers 204: the caller’s account’s entries, or every account’s for a token holding a `:master` scope.',
    zh: '清空请求日志并返回 204：清除调用方账户的记录；令牌含 `:master` 权限范围时清除所有账户的记录。',
  },
  simFaultCreate: {
    en: 'Adds a fault rule on the caller’s account and answers 201 with it. The rule matches the account’s API calls by `operation_id` or by `method` and `path` pattern; `rate_limit` answers 429/429 with Zoom’s rate-limit headers and `Retry-After`, `error` answers the chosen `status` with `code` and `message` (a 5xx included), `latency` waits `delay_ms` before the call runs. It applies `times` times (counted in the database, so server processes share the count) and only between `start_time` and `end_time` on the server clock. Webhook rules match the deliveries to the account’s subscriptions by `event` (a name, or a pattern such as `meeting.*`), each delivery at most once, on its first attempt: `webhook_drop` never sends it and never retries it (the delivery counts as sent and no webhook log entry is written, since no request was made), `webhook_delay` sends it `delay_ms` later on the server clock, `webhook_duplicate` sends the same bytes twice, each signed when sent and logged, and `webhook_reorder` holds it back until a later event of the same subscription has been delivered (or `delay_ms` has passed). Answers 400/300 when it names no operation or path, lacks `status` for an error or `delay_ms` for latency or webhook_delay, gives latency over 60000 ms, or names an unknown event.',
    zh: '为调用方账户添加一条故障规则，返回 201 及该规则。规则按 `operation_id` 或 `method` 加 `path` 模式匹配该账户的 API 调用；`rate_limit` 返回带 Zoom 限流响应头和 `Retry-After` 的 429/429，`error` 返回所选的 `status` 以及 `code` 和 `message`（包括 5xx），`latency` 在调用执行前等待 `delay_ms`。规则生效 `times` 次（在数据库中计数，所有服务器进程共享），且仅在服务器时钟的 `start_time` 与 `end_time` 之间生效。Webhook 规则按 `event`（事件名称或 `meeting.*` 这样的模式）匹配发往该账户订阅的投递，每次投递最多在首次尝试时受影响一次：`webhook_drop` 不发送也不重试（投递视为已发送，且因未发出请求而不写入 Webhook 日志），`webhook_delay` 按服务器时钟推迟 `delay_ms` 发送，`webhook_duplicate` 将相同内容发送两次（每次发送时签名并记录日志），`webhook_reorder` 暂缓发送，直到同一订阅的后续事件投递完成（或经过 `delay_ms`）。未指定操作或路径、error 缺少 `status`、latency 或 webhook_delay 缺少 `delay_ms`、latency 超过 60000 毫秒或事件名称未知时返回 400/300。',
  },
  simFaultList: {
    en: 'Lists the caller account’s fault rules, oldest first, with the uses each has left.',
    zh: '列出调用方账户的故障规则，按创建时间从早到晚排列，并给出每条规则的剩余使用次数。',
  },
  simFaultDelete: {
    en: 'Removes one of the caller account’s fault rules and answers 204; 404/404 when it has no such rule.',
    zh: '删除调用方账户的一条故障规则，返回 204；没有该规则时返回 404/404。',
  },
  simFaultClear: {
    en: 'Removes all of the caller account’s fault rules and answers 204.',
    zh: '删除调用方账户的全部故障规则，返回 204。',
  },
  simEventTrigger: {
    en: 'Sends any webhook event this server supports for the caller’s account, as if the change had happened, through the same outbox, fan-out and signing as every other event; answers 201 with the event name, account and `payload.object`. The object comes from the account’s own records where it has them (its newest meeting for meeting.* and recording.* events, its newest webinar for webinar.*, its first active user for user.*) and is otherwise generated in the shape of Zoom’s events of that family; `data` replaces its fields. Nothing else changes. Answers 404/404 for an event the server does not send (endpoint.url_validation included). app_deauthorized is delivered only to the app it names: `payload.client_id` is `data.client_id`, else the calling app, beside user_id, deauthorization_time, user_data_retention and signature (which `data` replaces) and an empty object.',
    zh: '为调用方账户发送本服务器支持的任意 Webhook 事件，如同相应的变更已经发生，经由与其他事件相同的发件箱、分发和签名流程；返回 201 以及事件名称、账户和 `payload.object`。对象尽量取自账户自己的记录（meeting.* 和 recording.* 事件使用最新的会议，webinar.* 使用最新的网络研讨会，user.* 使用第一个活跃用户），否则按 Zoom 该类事件的结构生成；`data` 会替换其中的字段。不改变其他任何数据。事件不是本服务器发送的事件（包括 endpoint.url_validation）时返回 404/404。app_deauthorized 只投递给其指定的应用：`payload.client_id` 取 `data.client_id`，否则为调用方应用，另含 user_id、deauthorization_time、user_data_retention 和 signature（可由 `data` 替换），对象为空。',
  },
  simZoomRoomCreate: {
    en: 'Registers a Zoom Room on the caller’s account with its devices (computer, controller, scheduling display), as the web portal and the Rooms app would (Zoom’s API has no call for it), and answers 201 with the room, its 22-character ID and the devices’ IDs. The room then appears in the Zoom Rooms dashboards and can join scenario meetings with `zoom_room`. Zoom sends no event for it. Answers 400/300 for a missing name or an unknown device type.',
    zh: '在调用方账户中注册一个 Zoom Room 及其设备（会议室电脑、控制器、预订显示屏），如同网页门户和 Rooms 应用所做的那样（Zoom 的 API 没有对应的调用），返回 201 以及会议室、其 22 位 ID 和各设备的 ID。此后该会议室出现在 Zoom Rooms 仪表板中，并可通过 `zoom_room` 加入场景会议。Zoom 对此不发送事件。缺少名称或设备类型无效时返回 400/300。',
  },
  simZoomRoomDelete: {
    en: 'Removes a Zoom Room with its devices, its issues and the record of the meetings it joined, and answers 204; the meetings themselves stay. Answers 404/1012 for an unknown room.',
    zh: '删除一个 Zoom Room 及其设备、问题和加入会议的记录，返回 204；会议本身保留。会议室不存在时返回 404/1012。',
  },
  simZoomRoomIssue: {
    en: 'A Zoom Room raises an issue, now or at a past `at`, and answers 201 with it. An open issue lists under the room’s `issues` and sets its health; “Zoom room is offline” makes it `Offline` while it is not in a meeting. Every issue counts in the issue dashboards of the window it was raised in, resolved or not. Zoom sends no event for it. Answers 400/300 for an issue Zoom does not list or an `at` that is not a date-time or lies in the future; 404/1012 for an unknown room.',
    zh: 'Zoom Room 在当前或过去的 `at` 时间出现一个问题，返回 201 和该问题。未解决的问题会列入会议室的 `issues` 并影响其健康状况；“Zoom room is offline”在会议室不在会议中时使其状态为 `Offline`。每个问题无论是否已解决，都计入其出现时间所在范围的问题仪表板。Zoom 对此不发送事件。问题不在 Zoom 的列表中、`at` 不是日期时间或晚于当前时返回 400/300；会议室不存在时返回 404/1012。',
  },
  simZoomRoomIssueResolve: {
    en: 'A Zoom Room’s issue clears, now or at a past `at` (not before it was raised), and answers with it, `resolved_at` set. From then on it no longer counts towards the room’s status, health and open issues. Answers 400/300 when it is resolved already or for a bad `at`; 404/404 for an unknown issue; 404/1012 for an unknown room.',
    zh: 'Zoom Room 的问题在当前或过去的 `at` 时间（不早于问题出现时间）解决，返回该问题并设置 `resolved_at`。此后它不再影响会议室的状态、健康状况和未解决问题列表。问题已解决或 `at` 无效时返回 400/300；问题不存在时返回 404/404；会议室不存在时返回 404/1012。',
  },
  simReset: {
    en: 'Puts the whole server, every account, back to its seeded state: the `seed` snapshot, saved when the server seeded the database. Users, meetings, webinars, held instances, recordings, webhook subscriptions and queued events made since are gone; the seeded account, owner and app remain, and access tokens already issued stay valid while their app exists. Meetings playing in the background stop first, and the server forgets what it cached (accounts, tokens, rate-limit windows and daily budgets). The server clock is not moved back. Emits no events. Answers with the time taken.',
    zh: '将整个服务器（所有账户）恢复到初始数据状态，即服务器初始化数据库时保存的 `seed` 快照。之后创建的用户、会议、网络研讨会、已举行的会议实例、录制、Webhook 订阅和待发送事件都会被清除；初始账户、所有者和应用保留，已签发的访问令牌在其应用存在时仍然有效。后台正在模拟的会议先停止，服务器清除缓存的内容（账户、令牌、限流窗口和每日限额）。服务器时钟不会回拨。不触发事件。返回所用时间。',
  },
  simSnapshotCreate: {
    en: 'Saves the rows of every table under `name`, beside the live data in the same database (SQLite or PostgreSQL); saving a name again replaces that snapshot. Signing keys, the clock offset and access tokens are not part of a snapshot. Answers 201 with the snapshot; 400/300 for a name that is not 1–40 letters, digits, `-` or `_`, or for `seed`, which is kept for resets.',
    zh: '将所有表的数据以 `name` 为名保存在同一数据库（SQLite 或 PostgreSQL）中现有数据旁边；再次使用同一名称保存会替换该快照。签名密钥、时钟偏移和访问令牌不属于快照。返回 201 和该快照；名称不是 1–40 个字母、数字、`-` 或 `_`，或为保留给重置使用的 `seed` 时返回 400/300。',
  },
  simFixturesLoad: {
    en: "Creates a test world from one document, in order: `accounts` (sub accounts of the calling master account, with their owner and plan), `users` (active users of the calling account or of an account named by its ref, with their type, names and settings), `meetings` and `webinars` (each with the body of Create a meeting or Create a webinar, for a host named by a user ref, an account ref for its owner, or an email or id), then `past` (a scenario played into the recent past for a meeting or webinar ref, as Play a scenario does). It goes through the same services as the API, so the same checks apply; it emits no user or account events, but played meetings emit the events a scenario emits. Answers with the ids of every item by its ref (a user without a ref is named by its email). Loading the same document again creates nothing twice: an account whose owner email exists, a user whose email exists in its account, and a meeting or webinar whose host already has a scheduled one of the same topic are answered with `created: false`, and the past plays of meetings not created by this load are skipped (`played: false`). The document may be sent as JSON or, with `Content-Type: application/yaml`, as the YAML file itself. `zoom-api-server start --seed <file>` loads the same format (YAML or JSON) after the built-in seed and saves the result as the `seed` snapshot that a reset returns to. 400/300 with the field path (`users.2.email`) for a document that does not fit the schema, a duplicate or unknown ref, or a scenario whose times do not fit together, all checked before anything is written; a refusal of a service while an item is created (a taken email, a host without a webinar licence) carries that item's path, and the items before it stay created.",
    zh: '根据一个文档按顺序创建测试环境：`accounts`（调用方主账户的子账户，含所有者和套餐）、`users`（调用方账户或通过引用名指定的账户中的活跃用户，含类型、姓名和设置）、`meetings` 和 `webinars`（每项使用创建会议或创建网络研讨会的请求体，主持人可以是用户引用名、账户引用名（表示其所有者）、电子邮件或 ID），最后是 `past`（与运行场景相同，为某个会议或网络研讨会引用名在近期过去运行一个场景）。创建过程使用与 API 相同的服务，因此适用相同的检查；不触发用户或账户事件，但运行的会议会触发场景所触发的事件。返回每一项按引用名对应的 ID（没有引用名的用户以其电子邮件命名）。再次加载同一文档不会重复创建：所有者电子邮件已存在的账户、电子邮件已在其账户中存在的用户，以及主持人已有相同主题的已安排会议或网络研讨会，均返回 `created: false`；对并非本次加载创建的会议，其 past 场景会被跳过（`played: false`）。文档可以以 JSON 发送，也可以设置 `Content-Type: application/yaml` 直接发送 YAML 文件本身。`zoom-api-server start --seed <file>` 在内置初始数据之后加载相同格式（YAML 或 JSON）的文件，并将结果保存为重置所恢复的 `seed` 快照。文档不符合结构、引用名重复或不存在、场景时间不一致时返回 400/300 并给出字段路径（如 `users.2.email`），这些检查都在写入任何数据之前完成；创建某一项时服务拒绝（电子邮件已被使用、主持人没有网络研讨会许可证）时，错误带有该项的路径，此前的项保持已创建状态。',
  },
  simSnapshotList: {
    en: 'Lists the saved snapshots with when each was saved and how many tables and rows it holds, `seed` among them.',
    zh: '列出已保存的快照，包括保存时间以及所含的表数和行数，其中包括 `seed`。',
  },
  simSnapshotRestore: {
    en: 'Puts every table back to the rows the snapshot saved, in one transaction, as a reset does for `seed`: background plays stop, cached data is forgotten, the clock stays where it is, and the snapshot is kept to be restored again. Emits no events. Answers with the snapshot; 404/404 when there is no snapshot of that name.',
    zh: '在一个事务中将所有表恢复为快照保存的数据，与重置恢复 `seed` 的方式相同：后台模拟停止，缓存数据被清除，时钟保持不变，快照保留以便再次恢复。不触发事件。返回该快照；不存在该名称的快照时返回 404/404。',
  },
  simSnapshotDelete: {
    en: 'Deletes a saved snapshot and its copied rows; the live data is untouched. Answers 204; 404/404 when there is no snapshot of that name; 400/300 for `seed`.',
    zh: '删除已保存的快照及其复制的数据；现有数据不受影响。返回 204；不存在该名称的快照时返回 404/404；名称为 `seed` 时返回 400/300。',
  },
}
