import type { FieldDocs, Text } from './index.js'

// Groups, roles, IM groups, information barriers, tracking fields, webhooks (event subscriptions and their
// delivery log) and the simulator.

const offsetNote = (what: string, zhWhat: string): Text => ({
  en: `${what}, in minutes after the meeting’s start (fractions allowed).`,
  zh: `${zhWhat}，以会议开始后的分钟数表示（可含小数）。`,
})

export const toolFields: FieldDocs = {
  // Groups
  groups: { en: 'The account’s groups.', zh: '账户的群组。' },
  'IM Groups:groups': { en: 'The account’s IM groups.', zh: '账户的 IM 群组。' },
  groupId: { en: 'The group’s ID.', zh: '群组 ID。' },
  'IM Groups:groupId': { en: 'The IM group’s ID.', zh: 'IM 群组 ID。' },
  total_members: { en: 'Number of members in the group.', zh: '群组的成员数。' },
  'Roles:total_members': { en: 'Number of users assigned the role.', zh: '被分配该角色的用户数。' },
  in_directory: {
    en: 'Show the group in the Zoom client’s contacts directory (default false).',
    zh: '在 Zoom 客户端的联系人目录中显示该群组（默认 false）。',
  },
  directory_privacy: {
    en: 'Who sees the group in the directory (with in_directory): 1 everyone; 2 members see it, everyone can search (default); 3 members only.',
    zh: '目录中谁能看到该群组（与 in_directory 同用）：1 所有人；2 仅成员可见、所有人可搜索（默认）；3 仅成员。',
  },
  members: {
    en: 'The group’s members; in a request, up to 30 users to add, by ID or email address.',
    zh: '群组成员；在请求中为要添加的用户（最多 30 个），按 ID 或邮箱地址指定。',
  },
  'Roles:members': {
    en: 'Users assigned the role; in a request, up to 30 users to assign, by ID or email address.',
    zh: '被分配该角色的用户；在请求中为要分配的用户（最多 30 个），按 ID 或邮箱地址指定。',
  },
  'IM Groups:members': {
    en: 'The IM group’s members; in a request, up to 10 users to add, by ID or email address.',
    zh: 'IM 群组成员；在请求中为要添加的用户（最多 10 个），按 ID 或邮箱地址指定。',
  },
  added_at: { en: 'When the users were added, ISO 8601 UTC.', zh: '用户的添加时间，ISO 8601 UTC。' },
  target_group_id: {
    en: 'The group to move the member to (move), or to make their primary group (set_primary).',
    zh: '要将成员移入的群组（move），或要设为其主群组的群组（set_primary）。',
  },
  admins: {
    en: 'The group’s admins; in a request, up to 10 users to make admins, by ID or email address.',
    zh: '群组管理员；在请求中为要设为管理员的用户（最多 10 个），按 ID 或邮箱地址指定。',
  },

  // Roles
  roles: { en: 'The account’s roles.', zh: '账户的角色。' },
  roleId: { en: 'The role’s ID.', zh: '角色 ID。' },
  privileges: {
    en: 'Privileges the role grants, in Area:Read or Area:Edit form (e.g. User:Edit).',
    zh: '角色授予的权限，格式为 Area:Read 或 Area:Edit（如 User:Edit）。',
  },
  sub_account_privileges: {
    en: 'How holders of the role manage sub accounts (master accounts only).',
    zh: '该角色的持有者如何管理子账户（仅限主账户）。',
  },
  second_level: {
    en: 'How sub accounts are managed: 1 as their owner, 2 with this role’s privileges, 3 with specified privileges.',
    zh: '子账户的管理方式：1 以所有者身份，2 使用本角色的权限，3 使用指定的权限。',
  },
  department: { en: 'The member’s department.', zh: '成员所在部门。' },

  // IM groups
  search_by_account: {
    en: 'Members can find others in the same account.',
    zh: '成员可以搜索同一账户中的其他人。',
  },
  search_by_domain: {
    en: 'Members can find others with the same email domain.',
    zh: '成员可以搜索相同邮箱域名的其他人。',
  },
  search_by_ma_account: {
    en: 'Members can find others under the same master account, sub accounts included.',
    zh: '成员可以搜索同一主账户下（含子账户）的其他人。',
  },

  // Information barriers
  policyId: { en: 'The information barrier policy’s ID.', zh: '信息屏障策略 ID。' },
  policy_name: { en: 'The policy’s name.', zh: '策略名称。' },
  assigned_group_id: {
    en: 'ID of the group the policy is assigned to (the first of its two groups).',
    zh: '策略所分配的群组 ID（策略两个群组中的第一个）。',
  },
  to_group_id: {
    en: 'ID of the other group, whose communication with the assigned group is restricted; must differ.',
    zh: '另一个群组的 ID，其与被分配群组之间的沟通受到限制；两者不能相同。',
  },
  'settings.meeting': {
    en: 'If true, users of the two groups cannot meet each other (a hard block).',
    zh: '为 true 时，两个群组的用户不能相互开会（硬性阻止）。',
  },
  'Simulator:meeting': {
    en: 'The meeting to play: an existing one by id, or one to create with create (exactly one of the two); a webinar scenario gives webinar instead.',
    zh: '要模拟的会议：用 id 指定已有会议，或用 create 新建会议（两者只能选一）；网络研讨会场景改用 webinar。',
  },

  // Tracking fields
  fieldId: { en: 'The tracking field’s ID.', zh: '跟踪字段 ID。' },
  'Tracking Field:tracking_fields': { en: 'The account’s tracking fields.', zh: '账户的跟踪字段。' },
  recommended_values: {
    en: 'Suggested values offered when scheduling.',
    zh: '安排会议时提供的建议值。',
  },

  // Webhooks: event subscriptions
  eventSubscriptionId: { en: 'The event subscription’s ID.', zh: '事件订阅 ID。' },
  event_subscription_id: {
    en: 'The event subscription’s ID; in an unsubscribe request, the subscription to leave.',
    zh: '事件订阅 ID；在退订请求中为要退出的订阅。',
  },
  event_subscriptions: { en: 'The app’s event subscriptions.', zh: '应用的事件订阅。' },
  events: {
    en: 'Names of the events to deliver, such as meeting.started.',
    zh: '要推送的事件名称，如 meeting.started。',
  },
  event_subscription_name: {
    en: 'A name for the subscription, up to 128 characters.',
    zh: '订阅名称，最多 128 个字符。',
  },
  event_webhook_url: {
    en: 'The endpoint URL events are POSTed to; it must pass URL validation before it is saved.',
    zh: '接收事件 POST 请求的端点 URL；须通过 URL 验证才会保存。',
  },
  subscription_scope: {
    en: 'Whom the subscription covers: user (listed users), account, or master_account (its sub accounts too).',
    zh: '订阅覆盖范围：user（指定用户）、account（账户）或 master_account（含其子账户）。',
  },
  created_source: {
    en: 'How the subscription was made: default (in the app’s configuration) or openapi (through the API).',
    zh: '订阅的创建方式：default（在应用配置中）或 openapi（通过 API）。',
  },
  subscriber_id: {
    en: 'ID of the user or account the subscription reaches.',
    zh: '订阅所覆盖的用户或账户的 ID。',
  },
  custom_header: {
    en: 'Extra authentication sent with every webhook request to the endpoint.',
    zh: '每次向端点发送 Webhook 请求时附带的额外身份验证。',
  },
  custom_header_type: {
    en: 'Kind of authentication: 0 none, 1 Basic auth, 2 bearer token from token_url, 3 a custom x- header.',
    zh: '身份验证方式：0 无，1 Basic 认证，2 从 token_url 获取的 Bearer 令牌，3 自定义 x- 头。',
  },
  username: { en: 'User name for Basic auth.', zh: 'Basic 认证的用户名。' },
  client_id: {
    en: 'Client ID sent to token_url to obtain a bearer token.',
    zh: '向 token_url 获取 Bearer 令牌时使用的客户端 ID。',
  },
  client_secret: {
    en: 'Client secret sent to token_url with client_id; never returned.',
    zh: '与 client_id 一起发送到 token_url 的客户端密钥；不会返回。',
  },
  token_url: {
    en: 'URL that issues the bearer token: POSTed grant_type=client_credentials with Basic client_id:client_secret.',
    zh: '签发 Bearer 令牌的 URL：以 Basic client_id:client_secret 认证 POST grant_type=client_credentials。',
  },
  custom_header_key: {
    en: 'Name of the custom header, starting with x-.',
    zh: '自定义头的名称，须以 x- 开头。',
  },
  custom_header_value: { en: 'Value of the custom header; never returned.', zh: '自定义头的值；不会返回。' },

  // Webhooks: delivery log
  appId: { en: 'The app’s client ID.', zh: '应用的客户端 ID。' },
  webhook_logs: {
    en: 'Requests sent for the app’s subscriptions (deliveries, retries, URL validations), newest first.',
    zh: '为应用订阅发送的请求（推送、重试、URL 验证），最新的在前。',
  },
  event: {
    en: 'The event name, such as meeting.started; as a filter, only requests for that event.',
    zh: '事件名称，如 meeting.started；作为筛选条件时只列出该事件的请求。',
  },
  retry_num: {
    en: 'Attempt number: 0 the first delivery, 1–3 the retries; as a filter, only that attempt.',
    zh: '尝试序号：0 为首次推送，1–3 为重试；作为筛选条件时只列出该次尝试。',
  },
  endpoint: { en: 'The URL the request was sent to.', zh: '请求发送到的 URL。' },
  request_headers: { en: 'Headers sent, as a JSON string.', zh: '发送的请求头，JSON 字符串。' },
  request_body: { en: 'Body sent, as sent.', zh: '发送的请求体原文。' },
  response_headers: { en: 'Headers of the endpoint’s reply, as a JSON string.', zh: '端点响应的头信息，JSON 字符串。' },
  response_body: {
    en: 'The endpoint’s reply, its first 512 characters.',
    zh: '端点响应内容的前 512 个字符。',
  },
  date_time: { en: 'When the request was sent, ISO 8601 UTC.', zh: '请求的发送时间，ISO 8601 UTC。' },
  trace_id: {
    en: 'Trace ID of the request, as in its traceparent header.',
    zh: '请求的追踪 ID，与其 traceparent 头中的一致。',
  },
  request_id: {
    en: 'The x-zm-request-id header sent; the same for every retry of one delivery.',
    zh: '发送的 x-zm-request-id 头；同一次推送的各次重试相同。',
  },
  latency_ms: {
    en: 'Milliseconds until the endpoint answered.',
    zh: '端点响应所用的毫秒数。',
  },

  // Simulator: live meetings
  participantId: {
    en: 'The participant’s ID (participant_uuid) in the live meeting.',
    zh: '参会者在进行中会议里的 ID（participant_uuid）。',
  },
  participant_id: {
    en: 'The participant’s ID (its participant_uuid); when joining, rejoin as that earlier participant.',
    zh: '参会者 ID（即其 participant_uuid）；加入时填写则以该参会者身份重新入会。',
  },
  'participants.participant_id': {
    en: 'The participant’s ID (its participant_uuid).',
    zh: '参会者 ID（即其 participant_uuid）。',
  },
  participant_uuid: {
    en: 'The participant’s ID in this meeting instance, kept when they rejoin.',
    zh: '参会者在本会议实例中的 ID，重新入会时保持不变。',
  },
  session_id: {
    en: 'ID of this join session; every rejoin starts a new one.',
    zh: '本次入会会话的 ID；每次重新入会都会生成新的 ID。',
  },
  leave_reason: {
    en: 'Why the participant left, in Zoom’s words (e.g. "Host ended the meeting."); absent while in the meeting.',
    zh: '参会者离会的原因，采用 Zoom 的原文（如 "Host ended the meeting."）；仍在会中时不返回。',
  },
  device: {
    en: 'The participant’s device: Windows, Mac, iOS, Android, Web, Linux, H.323/SIP, Zoom Rooms or Phone; if omitted, Phone for a caller on the phone, H.323/SIP for a room system, else random.',
    zh: '参会者的设备：Windows、Mac、iOS、Android、Web、Linux、H.323/SIP、Zoom Rooms 或 Phone；省略时，电话参会者为 Phone，会议室设备为 H.323/SIP，其他随机选择。',
  },
  ip_address: { en: 'The participant’s IP address; random if omitted.', zh: '参会者的 IP 地址；省略时随机生成。' },
  ip: { en: 'The participant’s IP address; random if omitted.', zh: '参会者的 IP 地址；省略时随机生成。' },
  network_type: {
    en: 'The participant’s network: Wired, Wifi, Cellular, PPP or Others; random if omitted.',
    zh: '参会者的网络类型：Wired、Wifi、Cellular、PPP 或 Others；省略时随机选择。',
  },
  data_center: {
    en: 'The Zoom data center the participant connected through.',
    zh: '参会者连接所经过的 Zoom 数据中心。',
  },
  sharing: { en: 'Whether the participant is sharing their screen now.', zh: '参会者当前是否在共享屏幕。' },
  content: {
    en: 'What is shared: application, whiteboard, desktop (default), airplay, camera or unknown.',
    zh: '共享的内容：application、whiteboard、desktop（默认）、airplay、camera 或 unknown。',
  },
  qos: {
    en: 'Whether per-minute quality of service (QoS) samples are recorded for the sessions (default true).',
    zh: '是否为各入会会话记录每分钟的服务质量（QoS）样本（默认 true）。',
  },
  segments: {
    en: 'The recording’s segments so far; each pause and resume starts a new one.',
    zh: '目前为止的录制片段；每次暂停后恢复都会开始新片段。',
  },
  start: { en: 'When the segment started, ISO 8601 UTC.', zh: '片段开始时间，ISO 8601 UTC。' },
  end: {
    en: 'When the segment ended, ISO 8601 UTC; absent while it is still recording.',
    zh: '片段结束时间，ISO 8601 UTC；仍在录制时不返回。',
  },

  // Simulator: scenarios
  create: {
    en: 'A meeting to create, as Create a meeting takes it, plus userId for the host (default me).',
    zh: '要创建的会议，字段与“创建会议”相同，另加 userId 指定主持人（默认 me）。',
  },
  speed: {
    en: 'Realtime only: how many times faster than wall time it plays (60 plays a minute per second), up to 3600.',
    zh: '仅限 realtime：比实际时间快多少倍（60 表示每秒推进一分钟），最多 3600。',
  },
  advance_clock: {
    en: 'Move the server clock through the meeting, from start_at (default now) to its end, for every account.',
    zh: '为所有账户把服务器时钟从 start_at（默认现在）一路拨到会议结束。',
  },
  start_at: {
    en: 'When the meeting starts, ISO 8601; by default now minus its duration (now with advance_clock).',
    zh: '会议开始时间，ISO 8601 格式；默认为现在减去会议时长（使用 advance_clock 时为现在）。',
  },
  duration_minutes: {
    en: 'How long the meeting lasts, in minutes (fractions allowed), up to 1,440.',
    zh: '会议持续时长（分钟，可含小数），最多 1440。',
  },
  join_offset_minutes: offsetNote('When the participant joins', '参会者的入会时间'),
  leave_offset_minutes: offsetNote(
    'When the participant leaves (default: stays to the end)',
    '参会者的离会时间（默认留到会议结束）',
  ),
  stay_minutes: {
    en: 'How many minutes the participant stays, instead of leave_offset_minutes.',
    zh: '参会者停留的分钟数，可代替 leave_offset_minutes。',
  },
  rejoins: {
    en: 'Later sessions of the same participant, each after the previous one has left.',
    zh: '同一参会者之后的入会会话，每次都在上一次离会之后。',
  },
  share: { en: 'Screen shares by this participant while in the meeting.', zh: '该参会者在会中的屏幕共享。' },
  start_offset_minutes: offsetNote('When the share or recording starts', '共享或录制的开始时间'),
  stop_offset_minutes: {
    en: 'When the share or recording stops, in minutes after the start; by default when the session or meeting ends.',
    zh: '共享或录制的停止时间，以会议开始后的分钟数表示；默认为入会会话或会议结束时。',
  },
  minutes: {
    en: 'How many minutes the share lasts, instead of stop_offset_minutes.',
    zh: '共享持续的分钟数，可代替 stop_offset_minutes。',
  },
  record: {
    en: 'When the cloud recording runs during the meeting: one start…stop set, or a list of them in time order (each stop and later start makes a new set of files); each set may be paused.',
    zh: '会议期间云录制的运行时段：一个开始…停止的录制组，或按时间顺序排列的多个录制组（每次停止后再开始都会产生一组新文件）；每个录制组内可以暂停。',
  },
  'Simulator:pauses': {
    en: 'Pauses inside the set, in time order: a pause keeps the set (the same files), the paused time is left out of them.',
    zh: '录制组内的暂停，按时间顺序排列：暂停不会产生新的录制组（仍是同一组文件），暂停的时间不计入文件。',
  },
  'Simulator:at_offset_minutes': offsetNote('When the recording pauses', '录制暂停的时间'),
  'Simulator:waiting_room': {
    en: 'The participant joins into the meeting’s waiting room and is in the meeting only once the host admits them: `true` on a live join, or in a scenario an object saying when the host admits them (the first join only). Needs the meeting’s waiting_room setting on; webinars have no waiting room, and a phone, room system or Zoom Room joins straight in.',
    zh: '参会者入会时先进入会议的等候室，主持人允许后才进入会议：实时加入时为 `true`，在场景中为说明主持人何时允许入会的对象（仅限首次入会）。需开启会议的 waiting_room 设置；网络研讨会没有等候室，电话、会议室系统或 Zoom Room 直接入会。',
  },
  'Simulator:admitted_offset_minutes': {
    en: 'When the host admits the participant from the waiting room, in minutes after the meeting’s start (fractions allowed); not before the join and before the leave. Left out, the participant is never admitted and leaves the waiting room at their leave offset (or when the meeting ends).',
    zh: '主持人允许参会者从等候室入会的时间，以会议开始后的分钟数表示（可含小数）；不得早于入会时间，且须早于离开时间。省略时参会者始终未被允许入会，并在其离开时间（或会议结束时）离开等候室。',
  },
  'Simulator:resume_offset_minutes': {
    en: 'When the recording resumes, in minutes after the meeting’s start (fractions allowed); before the set stops. Left out, it stays paused until the set stops.',
    zh: '录制恢复的时间，以会议开始后的分钟数表示（可含小数），须早于该录制组停止。省略时保持暂停，直到该录制组停止。',
  },
  'Simulator:chat': {
    en: 'Messages this participant writes in the meeting chat, each at its offset, to everyone or to one other participant.',
    zh: '该参会者在会中聊天中发送的消息，各在其时间发送，发给所有人或另一位参会者。',
  },
  'Simulator:message': {
    en: 'The chat message’s text, up to 4,096 characters.',
    zh: '聊天消息的文字，最多 4096 个字符。',
  },
  'Simulator:to': {
    en: 'Who the message goes to privately: a participant in the meeting, by name (in a chat request also by participant ID). Left out, or Everyone, it goes to everyone.',
    zh: '私聊消息的接收者：会中的某位参会者，按名称指定（在聊天请求中也可按参会者 ID）。省略或为 Everyone 时发给所有人。',
  },
  'Simulator:message_id': { en: 'The chat message’s ID.', zh: '聊天消息的 ID。' },
  'Simulator:sender_name': {
    en: 'The display name of the participant who sent the message.',
    zh: '发送消息的参会者的显示名称。',
  },
  'Simulator:sender_email': {
    en: 'The email address of the participant who sent the message (empty for a guest who gave none).',
    zh: '发送消息的参会者的邮箱地址（未提供邮箱的访客为空）。',
  },
  'Simulator:recipient_name': {
    en: 'Who the message went to: Everyone, or the display name of the one participant it was sent to.',
    zh: '消息的接收者：Everyone，或接收该消息的那位参会者的显示名称。',
  },
  steps: {
    en: 'Number of steps played, the start included.',
    zh: '已执行的步骤数（含开始）。',
  },
  sessions: { en: 'How many times this participant joined.', zh: '该参会者的入会次数。' },

  // Simulator: clock
  now: { en: 'The server’s current time, ISO 8601 UTC.', zh: '服务器当前时间，ISO 8601 UTC。' },
  now_ms: { en: 'The server’s current time in epoch milliseconds.', zh: '服务器当前时间的毫秒时间戳。' },
  adjustable: {
    en: 'Whether the clock can be moved (the server runs with SIMULATOR=on).',
    zh: '时钟是否可以调整（服务器以 SIMULATOR=on 运行时）。',
  },
  ms: {
    en: 'Milliseconds to move the clock forward, up to 366 days.',
    zh: '时钟向前拨动的毫秒数，最多 366 天。',
  },

  // Simulator: webinars (roles, practice session, registrants), Q&A and poll answers
  'Simulator:webinar': {
    en: 'The webinar to play: an existing one by id, or one to create with create (exactly one of the two, instead of meeting).',
    zh: '要模拟的网络研讨会：用 id 指定已有网络研讨会，或用 create 新建（两者只能选一，用来代替 meeting）。',
  },
  'Simulator:webinar.id': {
    en: 'Webinar ID of an existing webinar to play; its host needs a webinar licence.',
    zh: '要模拟的已有网络研讨会的 ID；其主持人需持有网络研讨会许可证。',
  },
  'Simulator:webinar.create': {
    en: 'A webinar to create, as Create a webinar takes it, plus userId for the host (default me), who needs a webinar licence.',
    zh: '要创建的网络研讨会，字段与“创建网络研讨会”相同，另加 userId 指定主持人（默认 me），主持人需持有网络研讨会许可证。',
  },
  'Simulator:webinar.create.userId': {
    en: 'Host of the webinar to create: user ID, email address or me (the default).',
    zh: '要创建的网络研讨会的主持人：用户 ID、邮箱地址或 me（默认）。',
  },
  'Simulator:webinar.create.topic': {
    en: 'The webinar’s topic, up to 200 characters.',
    zh: '网络研讨会的主题，最多 200 个字符。',
  },
  'Simulator:webinar.create.type': {
    en: 'Type of the webinar to create: 5 webinar (default), 6 recurring without fixed time, 9 recurring with fixed time.',
    zh: '要创建的网络研讨会类型：5 网络研讨会（默认），6 无固定时间的周期性网络研讨会，9 固定时间的周期性网络研讨会。',
  },
  'Simulator:webinar.create.agenda': {
    en: 'The webinar’s description, up to 2,000 characters.',
    zh: '网络研讨会的描述，最多 2000 个字符。',
  },
  'Simulator:webinar.create.timezone': {
    en: 'Time zone (IANA name) of the webinar to create.',
    zh: '要创建的网络研讨会的时区（IANA 名称）。',
  },
  'Simulator:webinar.create.password': {
    en: 'Passcode of the webinar to create.',
    zh: '要创建的网络研讨会的密码。',
  },
  'Simulator:webinar.create.start_time': {
    en: 'Scheduled start, ISO 8601; for types 5 and 9 it defaults to the scenario’s start.',
    zh: '计划开始时间，ISO 8601 格式；类型 5 和 9 默认为场景的开始时间。',
  },
  'Simulator:webinar.create.duration': {
    en: 'Scheduled length in minutes; by default the scenario’s duration_minutes rounded up.',
    zh: '计划时长（分钟）；默认为场景的 duration_minutes 向上取整。',
  },
  'Simulator:webinar.create.settings': {
    en: 'Settings of the webinar to create, as Create a webinar takes them. Registrants in the scenario turn approval_type to 0 unless it is given; broadcast_offset_minutes turns practice_session on.',
    zh: '要创建的网络研讨会的设置，与“创建网络研讨会”相同。场景中有注册者且未指定 approval_type 时设为 0；指定 broadcast_offset_minutes 时开启 practice_session。',
  },
  'Simulator:webinar.create.recurrence': {
    en: 'When a recurring webinar with fixed time (type 9) repeats and when it stops.',
    zh: '固定时间的周期性网络研讨会（类型 9）的重复规则和结束条件。',
  },
  'Simulator:broadcast_offset_minutes': offsetNote(
    'Webinars with a practice session: when the host starts the broadcast. Until then only participants given the role host, co-host or panelist are in; the others join at the broadcast, or never if they leave before it. At or after the end, the webinar ends in its practice session',
    '有练习会话的网络研讨会：主持人正式开始网络研讨会的时间。在此之前只有角色为 host、co-host 或 panelist 的参会者在会中；其他人在正式开始时加入，若在此之前已离开则不会加入。不早于结束时间时，网络研讨会在练习会话中结束',
  ),
  'Simulator:polls': {
    en: 'Polls created on the meeting or webinar before it starts, each as Create a meeting poll takes it (up to 50); votes name them by title.',
    zh: '在会议或网络研讨会开始前创建的投票，每个与“创建会议投票”的字段相同（最多 50 个）；votes 用标题指定投票。',
  },
  'Simulator:polls.anonymous': { en: 'Whether participants answer anonymously.', zh: '参会者是否匿名作答。' },
  'Simulator:polls.questions': { en: 'The poll’s questions.', zh: '投票的问题。' },
  'Simulator:polls.questions.name': {
    en: 'The question’s text, up to 255 characters; votes name the question by it.',
    zh: '问题的文字，最多 255 个字符；votes 用它指定问题。',
  },
  'Simulator:polls.questions.type': {
    en: 'Question type: single, multiple, matching, rank_order, short_answer, long_answer, fill_in_the_blank or rating_scale.',
    zh: '问题类型：single、multiple、matching、rank_order、short_answer、long_answer、fill_in_the_blank 或 rating_scale。',
  },
  'Simulator:polls.questions.answers': {
    en: 'The answer choices offered; not used by free-text questions.',
    zh: '提供的答案选项；自由作答的问题不使用。',
  },
  'Simulator:registrants': {
    en: 'People registered (approved) before the start. Those no participant joins as never come: they are the instance’s absentees.',
    zh: '开始前注册（并获批准）的人员。没有参会者以其身份加入的注册者即为本次会议实例的缺席者。',
  },
  'Simulator:registrants.email': { en: 'The registrant’s email address.', zh: '注册者的邮箱地址。' },
  'Simulator:registrants.first_name': {
    en: 'The registrant’s first name, up to 64 characters.',
    zh: '注册者的名字，最多 64 个字符。',
  },
  'Simulator:registrants.last_name': {
    en: 'The registrant’s last name, up to 64 characters.',
    zh: '注册者的姓氏，最多 64 个字符。',
  },
  'Simulator:participants.register': {
    en: 'Register this participant (with their name and email) before the start; they then join as that registrant.',
    zh: '在开始前为该参会者注册（使用其姓名和邮箱）；之后其以该注册者身份加入。',
  },
  'Simulator:role': {
    en: 'The participant’s role: host, co-host, panelist or attendee. When joining a webinar without one, it is the role held before (a rejoin), else host for the host’s user, panelist for one of the webinar’s panelists, attendee for anyone else; in a meeting it is recorded only when given.',
    zh: '参会者的角色：host、co-host、panelist 或 attendee。加入网络研讨会时未指定则沿用之前的角色（重新入会），否则主持人的用户为 host，网络研讨会的嘉宾为 panelist，其他人为 attendee；在会议中只有指定时才记录。',
  },
  'Simulator:role_changes': {
    en: 'Webinars only: when the host makes this participant host, co-host, panelist or attendee.',
    zh: '仅限网络研讨会：主持人将该参会者设为 host、co-host、panelist 或 attendee 的时间。',
  },
  'Simulator:role_changes.role': { en: 'The role given.', zh: '给予的角色。' },
  'Simulator:offset_minutes': offsetNote('When it happens', '发生时间'),
  'Simulator:practice_session': {
    en: 'Webinars: whether the instance is in its practice session (only the host, co-hosts and panelists are in).',
    zh: '网络研讨会：该实例是否处于练习会话中（只有主持人、联席主持人和嘉宾在会中）。',
  },
  'Simulator:webinarId': {
    en: 'The webinar ID (webinar number) of the webinar in progress.',
    zh: '进行中的网络研讨会的 ID（网络研讨会号）。',
  },
  'Simulator:participant_id': {
    en: 'The participant’s ID (its participant_uuid): when joining, rejoin as that earlier participant; when asking, answering, voting or chatting, who does it (in a chat request, name may name the sender instead).',
    zh: '参会者 ID（即其 participant_uuid）：加入时填写则以该参会者身份重新入会；提问、回答、投票或聊天时表示由谁进行（在聊天请求中也可改用 name 指定发送者）。',
  },
  'Simulator:qa': {
    en: 'Questions this participant asks in the Q&A, each with the answers it gets.',
    zh: '该参会者在问答中提出的问题，以及每个问题得到的回答。',
  },
  'Simulator:question': {
    en: 'The question asked in the Q&A, up to 4,000 characters.',
    zh: '在问答中提出的问题，最多 4000 个字符。',
  },
  'Simulator:questions': {
    en: 'The Q&A questions asked in the instance, in the order asked, each with its answers.',
    zh: '在该会议实例中提出的问答问题，按提问顺序排列，每个问题附带其回答。',
  },
  'Simulator:questionId': { en: 'The Q&A question’s ID.', zh: '问答问题的 ID。' },
  'Simulator:questions.id': { en: 'The Q&A question’s ID.', zh: '问答问题的 ID。' },
  'Simulator:questions.status': {
    en: 'open until the host, a co-host or a panelist answers it (in writing or live), then answered.',
    zh: '在主持人、联席主持人或嘉宾回答（书面或现场）之前为 open，之后为 answered。',
  },
  'Simulator:anonymous': {
    en: 'Whether the question is asked anonymously: Q&A lists show its asker as Anonymous Attendee. Refused where the Q&A settings allow no anonymous questions.',
    zh: '是否匿名提问：问答列表中提问者显示为 Anonymous Attendee。问答设置不允许匿名提问时会被拒绝。',
  },
  'Simulator:create_time': {
    en: 'When the question was asked, or the answer given, ISO 8601 UTC.',
    zh: '提问或回答的时间，ISO 8601 UTC。',
  },
  'Simulator:answers': {
    en: 'For a Q&A question, its answers and comments (in a scenario, those it gets); in a vote, one answer per poll question answered.',
    zh: '对问答问题为其回答和评论（在场景中为其将得到的回答）；在投票中为所回答的每个投票问题各一个答案。',
  },
  'Simulator:answers.id': { en: 'The answer’s ID.', zh: '回答的 ID。' },
  'Simulator:answers.type': {
    en: 'host_answered_publicly, host_answered_privately (only the asker sees it), live_answered (answered aloud) or participant_commented (a comment by someone who is not the host, a co-host or a panelist).',
    zh: 'host_answered_publicly、host_answered_privately（仅提问者可见）、live_answered（现场口头回答）或 participant_commented（非主持人、联席主持人或嘉宾的评论）。',
  },
  'Simulator:answers.content': {
    en: 'The answer’s text; live answered for an answer given aloud.',
    zh: '回答的文字；现场口头回答时为 live answered。',
  },
  'Simulator:answer': {
    en: 'The answer’s text, up to 4,000 characters; required unless live.',
    zh: '回答的文字，最多 4000 个字符；除 live 外必填。',
  },
  'Simulator:qa.answers.answer': {
    en: 'The answer’s text, up to 4,000 characters; required unless live.',
    zh: '回答的文字，最多 4000 个字符；除 live 外必填。',
  },
  'Simulator:private': {
    en: 'The host, a co-host or a panelist answers privately: only the asker sees the answer.',
    zh: '主持人、联席主持人或嘉宾私下回答：只有提问者能看到。',
  },
  'Simulator:live': {
    en: 'The host, a co-host or a panelist answers aloud, without text; the question is marked answered.',
    zh: '主持人、联席主持人或嘉宾现场口头回答，不填文字；问题标记为已回答。',
  },
  'Simulator:by': {
    en: 'Name of the participant who answers (exactly one participant has it); someone who is not the host, a co-host or a panelist comments.',
    zh: '回答者的参会者名称（必须恰好对应一位参会者）；非主持人、联席主持人或嘉宾的回答为评论。',
  },
  'Simulator:answers.question': {
    en: 'The poll question answered, by its text.',
    zh: '所回答的投票问题，用其文字指定。',
  },
  'Simulator:answers.answer': {
    en: 'The answer: one of the question’s choices; for a multiple-choice question a list of them; for a written answer its text; for a rating scale the number.',
    zh: '答案：问题的一个选项；多选题为选项列表；书面作答为其文字；评分题为数字。',
  },
  'Simulator:votes': {
    en: 'Polls this participant answers while in the meeting; a later vote on the same poll replaces the earlier one.',
    zh: '该参会者在会中回答的投票；对同一投票的后一次作答会替换前一次。',
  },
  'Simulator:votes.poll': {
    en: 'The poll answered: its ID, or its title.',
    zh: '所回答的投票：其 ID 或标题。',
  },
  'Simulator:poll_answers': {
    en: 'The poll answers stored: one per participant and question answered, oldest first.',
    zh: '已保存的投票答案：每位参会者每个所答问题一条，按时间先后排列。',
  },
  'Simulator:poll_answers.poll_id': { en: 'The poll’s ID.', zh: '投票 ID。' },
  'Simulator:poll_answers.question': {
    en: 'The poll question answered, as worded when answered.',
    zh: '所回答的投票问题，为作答时的文字。',
  },
  'Simulator:poll_answers.answer': {
    en: 'The answer given; several choices are joined by ";".',
    zh: '所给的答案；多个选项用 ";" 连接。',
  },
  'Simulator:poll_answers.anonymous': {
    en: 'Whether the poll was anonymous when answered: lists show the participant as Anonymous Attendee.',
    zh: '作答时投票是否为匿名：列表中该参会者显示为 Anonymous Attendee。',
  },
  'Simulator:date_time': {
    en: 'When the answer was given, or the chat message sent, ISO 8601 UTC.',
    zh: '作答时间或聊天消息的发送时间，ISO 8601 UTC。',
  },
  'Simulator:instance_uuid': {
    en: 'UUID of the instance to read; by default the live instance, else the latest that ended.',
    zh: '要读取的会议实例的 UUID；默认为进行中的会议实例，否则为最近结束的一个。',
  },
  'Simulator:kind': {
    en: 'What was sent in Team Chat: text, audio (voice message or audio file), video, file, image, code_snippet or giphy.',
    zh: '在团队聊天中发送的内容：text（文本）、audio（语音消息或音频文件）、video（视频）、file（文件）、image（图片）、code_snippet（代码片段）或 giphy（GIPHY 动图）。',
  },
  'Simulator:sent_to': {
    en: 'Where the messages went: contact (one-to-one chat) or channel.',
    zh: '消息的去向：contact（一对一聊天）或 channel（频道）。',
  },
  'Simulator:count': {
    en: 'How many such messages were sent, 1 to 10000; 1 when left out.',
    zh: '发送的此类消息数量，1 至 10000；省略时为 1。',
  },
  'Simulator:sent_at': {
    en: 'When they were sent, yyyy-MM-ddTHH:mm:ssZ (or with an offset), not later than now; now when left out.',
    zh: '发送时间，yyyy-MM-ddTHH:mm:ssZ 格式（或带时区偏移），不得晚于当前时间；省略时为当前时间。',
  },
  'Simulator:participants.feedback': {
    en: 'The end-of-meeting survey this participant answers after leaving for the last time (or when the meeting ends); recorded only while Feedback to Zoom and the end-of-meeting survey are on for the host.',
    zh: '该参会者最后一次离开后（或会议结束时）回答的会议结束调查；仅当主持人开启了“向 Zoom 反馈”和会议结束调查时才会记录。',
  },
  'Simulator:satisfied': {
    en: 'true for a thumbs up, false for a thumbs down.',
    zh: 'true 表示点赞，false 表示点踩。',
  },
  'Simulator:reasons': {
    en: 'Thumbs-down reasons by name, as `GET /metrics/client/feedback` lists them (for example "Audio echo"); only with a thumbs down.',
    zh: '按名称给出的点踩原因，名称见 `GET /metrics/client/feedback` 的列表（例如 "Audio echo"）；仅在点踩时使用。',
  },

  // Simulator: request journal and fault rules
  'Simulator:code': {
    en: 'Zoom’s error code an `error` rule answers with; the HTTP status when left out.',
    zh: '`error` 规则返回的 Zoom 错误码；省略时与 HTTP 状态码相同。',
  },
  'Simulator:delay_ms': {
    en: 'Milliseconds a `latency` rule holds each matched call before it runs (real time, 1–60000); for `webhook_delay`, how long on the server clock a matched delivery waits; for `webhook_reorder`, the longest it waits for a later event (60000 when left out).',
    zh: '`latency` 规则让每个匹配的调用在执行前等待的毫秒数（真实时间，1–60000）；对 `webhook_delay`，为匹配的投递在服务器时钟上等待的时长；对 `webhook_reorder`，为等待后续事件的最长时间（省略时为 60000）。',
  },
  faultId: { en: 'The fault rule’s ID.', zh: '故障规则 ID。' },
  faults: {
    en: 'The caller account’s fault rules, oldest first.',
    zh: '调用方账户的故障规则，按创建时间从早到晚排列。',
  },
  'Simulator:operation_id': {
    en: 'The operation the rule applies to, by Zoom’s operationId (e.g. `user`); give this or `path`.',
    zh: '规则适用的操作，使用 Zoom 的 operationId（如 `user`）；与 `path` 二选一。',
  },
  'Simulator:path': {
    en: 'A path pattern: in a fault rule, the calls it applies to (`{name}` or `*` stands for one path segment, /v2 optional); in the journal, the recorded paths to list (`*` stands for any characters).',
    zh: '路径模式：在故障规则中指规则适用的调用（`{name}` 或 `*` 代表一个路径段，/v2 可省略）；在请求日志中指要列出的已记录路径（`*` 代表任意字符）。',
  },
  'Simulator:remaining': {
    en: 'Uses the rule has left; absent when it has no limit.',
    zh: '规则剩余的使用次数；没有次数限制时不返回。',
  },
  'Simulator:retry_after': {
    en: 'Seconds a `rate_limit` rule puts in the `Retry-After` header (default 1).',
    zh: '`rate_limit` 规则在 `Retry-After` 响应头中给出的秒数（默认 1）。',
  },
  'Simulator:times': {
    en: 'How many matched calls the rule applies to before it stops; no limit when left out.',
    zh: '规则在失效前适用的匹配调用次数；省略时不限次数。',
  },
  'Simulator:limit': {
    en: 'The most requests to return (1–1000, default 100).',
    zh: '最多返回的请求数（1–1000，默认 100）。',
  },
  requests: {
    en: 'Recorded API requests, newest first.',
    zh: '记录的 API 请求，按时间从新到旧排列。',
  },
  'requests.body': {
    en: 'The request body, with credentials replaced by `[hidden]`.',
    zh: '请求体，其中的凭据已替换为 `[hidden]`。',
  },
  'requests.duration_ms': {
    en: 'Milliseconds from receiving the request to sending its answer.',
    zh: '从收到请求到发出响应的毫秒数。',
  },
  'requests.path': { en: 'The request path, without the query string.', zh: '请求路径，不含查询字符串。' },
  'requests.query': { en: 'The query parameters.', zh: '查询参数。' },
  'requests.response': {
    en: 'The response body, with credentials replaced by `[hidden]`.',
    zh: '响应体，其中的凭据已替换为 `[hidden]`。',
  },
  // Simulator: Zoom Rooms
  'Simulator:zoom_room': {
    en: 'The ID of a Zoom Room of the account (from the room registration): the participant is that room, joining under the room’s name with device `Zoom Rooms`, and the room counts as in the meeting while it stays. An unknown room refuses the scenario with 400/300 before it starts.',
    zh: '账户中某个 Zoom Room 的 ID（由会议室注册返回）：该参会者即为此会议室，以会议室名称和设备 `Zoom Rooms` 加入，在会期间会议室视为正在会议中。会议室不存在时，场景在开始前即返回 400/300。',
  },
  'Simulator:customer_key': {
    en: 'The identifier an app built with a Zoom SDK gives this participant: 1 to 15 letters and digits (anything else answers 400/300). Every session of the participant keeps it, and the participant reports and dashboards show it as `customer_key`.',
    zh: '使用 Zoom SDK 构建的应用为该参会者指定的标识：1 至 15 个字母或数字（否则返回 400/300）。该参会者的每次加入都保留此值，参会者报告和仪表板以 `customer_key` 返回。',
  },
  'Simulator:in_room_participants': {
    en: 'How many people sit in the Zoom Room that joins (0 to 1000); only for a Zoom Room (`zoom_room` in a scenario, device `Zoom Rooms` on a live join), anything else answers 400/300. Every session of the room keeps it, and the meeting participants dashboard shows it.',
    zh: '加入的 Zoom Room 中就座的人数（0 至 1000）；仅适用于 Zoom Room（场景中的 `zoom_room`，实时加入时设备为 `Zoom Rooms`），其他情况返回 400/300。该会议室的每次加入都保留此值，会议参会者仪表板会返回。',
  },
  'Simulator:roomId': { en: 'The Zoom Room’s ID.', zh: 'Zoom Room 的 ID。' },
  'Simulator:room_id': { en: 'The Zoom Room the issue belongs to.', zh: '问题所属的 Zoom Room。' },
  'Simulator:issueId': { en: 'The issue’s ID, as raising it answered.', zh: '问题的 ID，即报告问题时返回的 ID。' },
  'Simulator:calendar_name': {
    en: 'The calendar resource the room is booked through; empty when left out.',
    zh: '会议室预订所用的日历资源；不提供时为空。',
  },
  'Simulator:location_id': { en: 'The ID of the room’s location.', zh: '会议室所在位置的 ID。' },
  'Simulator:camera': { en: 'The camera the room uses.', zh: '会议室使用的摄像头。' },
  'Simulator:microphone': { en: 'The microphone the room uses.', zh: '会议室使用的麦克风。' },
  'Simulator:speaker': { en: 'The speaker the room uses.', zh: '会议室使用的扬声器。' },
  'Simulator:devices': {
    en: 'The room’s devices (at most 10): each has a `device_type`, and may have a name (the type when left out), an address, app version, operating system and `status` (`Online` by default).',
    zh: '会议室的设备（最多 10 台）：每台有 `device_type`，并可带名称（不提供时为类型）、地址、应用版本、操作系统和 `status`（默认为 `Online`）。',
  },
  'Simulator:devices.device_type': {
    en: '`Zoom Rooms Computer`, `Controller` or `Scheduling Display`.',
    zh: '`Zoom Rooms Computer`、`Controller` 或 `Scheduling Display`。',
  },
  'Simulator:devices.app_version': {
    en: 'The version of the Zoom Rooms app on the device.',
    zh: '设备上 Zoom Rooms 应用的版本。',
  },
  'Simulator:issue': {
    en: 'The issue, one of Zoom’s Zoom Rooms issue texts, e.g. “Zoom room is offline”, “Room Controller disconnected”, “Selected camera has disconnected”, “High CPU usage is detected”, or a device form such as “Controller battery is low”.',
    zh: '问题，取自 Zoom 的 Zoom Rooms 问题文本，例如“Zoom room is offline”“Room Controller disconnected”“Selected camera has disconnected”“High CPU usage is detected”，或设备相关的形式，如“Controller battery is low”。',
  },
  'Simulator:at': {
    en: 'When it happened (ISO date-time, not in the future); now when left out.',
    zh: '发生的时间（ISO 日期时间，不得晚于当前）；不提供时为当前时间。',
  },
  'Simulator:started_at': { en: 'When the room raised the issue.', zh: '会议室出现该问题的时间。' },
  'Simulator:resolved_at': {
    en: 'When the issue cleared; absent while it is open.',
    zh: '问题解决的时间；未解决时不返回。',
  },
  'Simulator:network_issues': {
    en: 'Stretches when this participant’s network degrades, counted from the join, or from the admission for one admitted from the waiting room (0 degrades it from now on): the QoS minutes they cover get more latency, jitter and packet loss and less bitrate and frame rate, so the session’s quality scores drop and meeting.alert / webinar.alert fire.',
    zh: '该参会者网络变差的时间段，从本次加入起算，从等候室被允许入会的则从入会时起算（0 表示从现在起变差）：所覆盖分钟的 QoS 样本延迟、抖动和丢包率增加，比特率和帧率降低，因此本次加入的质量评分下降，并触发 meeting.alert / webinar.alert。',
  },
  'Simulator:participants.network_issues': {
    en: 'Stretches when this participant’s network degrades, counted from the meeting’s start; they apply to whichever of the participant’s sessions cover those minutes, worsening latency, jitter, packet loss, bitrate and frame rate there, so the quality scores drop and meeting.alert / webinar.alert fire.',
    zh: '该参会者网络变差的时间段，从会议开始起算；作用于覆盖这些分钟的该参会者各次加入，使其延迟、抖动、丢包率变差、比特率和帧率降低，因此质量评分下降，并触发 meeting.alert / webinar.alert。',
  },
  'Simulator:network_issues.from_offset_minutes': {
    en: 'Minutes after the reference point (the join, or in a scenario the start) when the trouble begins.',
    zh: '问题开始的时间，距参照点（本次加入；在场景中为会议开始）的分钟数。',
  },
  'Simulator:network_issues.to_offset_minutes': {
    en: 'Minutes after the same reference point when the trouble ends; without it, it lasts until the participant leaves. Must be after from_offset_minutes.',
    zh: '问题结束的时间，距同一参照点的分钟数；省略时持续到参会者离开。必须晚于 from_offset_minutes。',
  },
  'Simulator:network_issues.severity': {
    en: 'How bad the network gets: `fair`, `poor` or `bad`; a minute with that trouble alone grades about that low on a wired link.',
    zh: '网络变差的程度：`fair`、`poor` 或 `bad`；在有线网络上，仅受此影响的一分钟大约评为该等级。',
  },
  'Simulator:snapshot': {
    en: 'The snapshot the server was put back to: `seed`, the state its first seeding left.',
    zh: '服务器恢复到的快照：`seed`，即首次初始化数据后的状态。',
  },
  'Simulator:took_ms': {
    en: 'How long putting the data back took, in milliseconds.',
    zh: '恢复数据所用的时间，单位为毫秒。',
  },
  'Simulator:snapshots': {
    en: 'The saved snapshots, including `seed`, the seeded state that a reset returns to.',
    zh: '已保存的快照，包括 `seed`，即重置时恢复到的初始数据状态。',
  },
  'Simulator:taken_at': {
    en: 'When the snapshot was saved, on the server clock.',
    zh: '按服务器时钟，快照保存的时间。',
  },
  'Simulator:tables': {
    en: 'How many tables held rows when the snapshot was saved (empty tables are not copied).',
    zh: '保存快照时有数据的表的数量（空表不复制）。',
  },
  'Simulator:rows': {
    en: 'How many rows the snapshot holds, over all its tables.',
    zh: '快照在所有表中保存的行数。',
  },
  'Simulator:data': {
    en: 'Fields that replace (or add to) those of the event’s `payload.object`, e.g. {"topic": "Retro"}.',
    zh: '用于替换（或补充）事件 `payload.object` 字段的对象，例如 {"topic": "Retro"}。',
  },
  'Simulator:object': {
    en: 'The `payload.object` the event was sent with.',
    zh: '事件发送时的 `payload.object`。',
  },
  // Simulator: fixtures
  'Simulator:accounts': {
    en: 'Sub accounts to create under the calling master account, each with its owner.',
    zh: '要在调用方主账户下创建的子账户，每个都带有所有者。',
  },
  'Simulator:accounts.ref': {
    en: 'The name other items use for this account (`account` of a user, `user` of a meeting for its owner).',
    zh: '其他项引用该账户时使用的名称（用户的 `account`，或会议的 `user`，表示其所有者）。',
  },
  'Simulator:accounts.plan': {
    en: 'The account’s plan: `free` (the default for a new sub account), `pro` or `business`.',
    zh: '账户的套餐：`free`（新子账户的默认值）、`pro` 或 `business`。',
  },
  'Simulator:accounts.owner_first_name': {
    en: 'The owner’s first name; `Account` when left out.',
    zh: '所有者的名字；省略时为 `Account`。',
  },
  'Simulator:accounts.owner_last_name': {
    en: 'The owner’s last name; `Owner` when left out.',
    zh: '所有者的姓氏；省略时为 `Owner`。',
  },
  'Simulator:accounts.owner_password': {
    en: 'The owner’s password; a random one that passes the account’s password rules when left out.',
    zh: '所有者的密码；省略时使用一个符合账户密码规则的随机密码。',
  },
  'Simulator:users': {
    en: 'Active users to create, in the calling account or in an account of the document.',
    zh: '要创建的活跃用户，位于调用方账户或文档中的某个账户内。',
  },
  'Simulator:users.ref': {
    en: 'The name meetings and webinars use for this user as their host; the email when left out.',
    zh: '会议和网络研讨会将该用户作为主持人时使用的名称；省略时为其电子邮件。',
  },
  'Simulator:users.account': {
    en: 'The ref of the account the user belongs to; the calling account when left out.',
    zh: '用户所属账户的引用名；省略时为调用方账户。',
  },
  'Simulator:users.type': {
    en: 'The user type: 1 Basic (the default) or 2 Licensed, which needs a paid account.',
    zh: '用户类型：1 基础版（默认）或 2 授权版，后者需要付费账户。',
  },
  'Simulator:users.password': {
    en: 'The user’s password, checked against the account’s password rules.',
    zh: '用户的密码，按账户的密码规则检查。',
  },
  'Simulator:users.settings.authentication_option.type': {
    en: 'The kind of authentication option, as Update user settings takes it.',
    zh: '身份验证选项的类型，与更新用户设置接受的值相同。',
  },
  'Simulator:users.settings.in_meeting.virtual_background_settings.files.type': {
    en: 'The kind of virtual background file, as Update user settings takes it.',
    zh: '虚拟背景文件的类型，与更新用户设置接受的值相同。',
  },
  'Simulator:meetings': {
    en: 'Meetings to schedule, each with the body of Create a meeting plus `ref` and `user`.',
    zh: '要安排的会议，每项使用创建会议的请求体，另加 `ref` 和 `user`。',
  },
  'Simulator:meetings.ref': {
    en: 'The name a past play uses for this meeting; the answer lists the meeting’s ID under it.',
    zh: '过去场景引用该会议时使用的名称；返回结果以此名称列出会议 ID。',
  },
  'Simulator:meetings.user': {
    en: 'The host: a user’s ref, an account’s ref (its owner), or the email or ID of a user of the calling account.',
    zh: '主持人：用户的引用名、账户的引用名（表示其所有者），或调用方账户中用户的电子邮件或 ID。',
  },
  'Simulator:meetings.type': {
    en: 'The meeting type, as Create a meeting takes it: 1 instant, 2 scheduled, 3 recurring without a fixed time, 8 recurring with a fixed time.',
    zh: '会议类型，与创建会议接受的值相同：1 即时会议，2 预定会议，3 无固定时间的周期性会议，8 有固定时间的周期性会议。',
  },
  'Simulator:meetings.password': {
    en: 'The meeting passcode, as Create a meeting takes it.',
    zh: '会议密码，与创建会议接受的值相同。',
  },
  'Simulator:recurrence.type': {
    en: 'How the series recurs: 1 daily, 2 weekly, 3 monthly.',
    zh: '系列的重复方式：1 每天，2 每周，3 每月。',
  },
  'Simulator:webinars': {
    en: 'Webinars to schedule, each with the body of Create a webinar plus `ref` and `user`; the host needs a webinar licence (`settings.feature.webinar` of the user).',
    zh: '要安排的网络研讨会，每项使用创建网络研讨会的请求体，另加 `ref` 和 `user`；主持人需要网络研讨会许可证（用户的 `settings.feature.webinar`）。',
  },
  'Simulator:webinars.ref': {
    en: 'The name a past play uses for this webinar; the answer lists the webinar’s ID under it.',
    zh: '过去场景引用该网络研讨会时使用的名称；返回结果以此名称列出网络研讨会 ID。',
  },
  'Simulator:webinars.user': {
    en: 'The host: a user’s ref, an account’s ref (its owner), or the email or ID of a user of the calling account.',
    zh: '主持人：用户的引用名、账户的引用名（表示其所有者），或调用方账户中用户的电子邮件或 ID。',
  },
  'Simulator:webinars.type': {
    en: 'The webinar type: 5 webinar, 6 recurring without a fixed time, 9 recurring with a fixed time.',
    zh: '网络研讨会类型：5 网络研讨会，6 无固定时间的周期性网络研讨会，9 有固定时间的周期性网络研讨会。',
  },
  'Simulator:webinars.password': {
    en: 'The webinar passcode, as Create a webinar takes it.',
    zh: '网络研讨会密码，与创建网络研讨会接受的值相同。',
  },
  'Simulator:webinars.default_passcode': {
    en: 'Whether the webinar gets a generated passcode, as Create a webinar takes it.',
    zh: '是否为网络研讨会生成密码，与创建网络研讨会接受的值相同。',
  },
  'Simulator:past': {
    en: 'Meetings and webinars of the document played into the recent past, in order; in the answer, one entry per play.',
    zh: '按顺序在近期过去运行的文档中的会议和网络研讨会；返回结果中每次运行对应一项。',
  },
  'Simulator:past.meeting': {
    en: 'The ref of the meeting played (or, in the answer, the one that was played or skipped).',
    zh: '运行的会议的引用名（在返回结果中为已运行或已跳过的会议）。',
  },
  'Simulator:past.webinar': {
    en: 'The ref of the webinar played (or, in the answer, the one that was played or skipped).',
    zh: '运行的网络研讨会的引用名（在返回结果中为已运行或已跳过的网络研讨会）。',
  },
  'Simulator:past.scenario': {
    en: 'The scenario, as Play a scenario takes it without `meeting`, `webinar`, `mode` and `speed`: it is always played into the past; give `start_at` to play one meeting several times.',
    zh: '场景，与运行场景接受的内容相同，但不含 `meeting`、`webinar`、`mode` 和 `speed`：总是在过去运行；同一会议运行多次时请指定 `start_at`。',
  },
  'Simulator:past.played': {
    en: 'False when the play was skipped because its meeting already existed before this load.',
    zh: '因会议在本次加载之前已存在而跳过运行时为 false。',
  },
}
