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
    en: 'The meeting to play: an existing one by id, or one to create with create (exactly one of the two).',
    zh: '要模拟的会议：用 id 指定已有会议，或用 create 新建会议（两者只能选一）。',
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
    en: 'The participant’s device: Windows, Mac, iOS, Android, Web, Linux, H.323/SIP or Zoom Rooms; random if omitted.',
    zh: '参会者的设备：Windows、Mac、iOS、Android、Web、Linux、H.323/SIP 或 Zoom Rooms；省略时随机选择。',
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
  record: { en: 'When the cloud recording runs during the meeting.', zh: '会议期间云录制的运行时段。' },
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
}
