import type { FieldDocs, Text } from './index.js'

// Users: profiles, creation, status and deletion, assistants and schedulers, collaboration devices, tokens, the user
// summary, bulk feature updates and the user settings they share with account and group settings. Also the generic
// names of that list wherever they appear (id, name, type, status, email, action, paging…): a group-wide key
// ('Meetings:type') says what the top-level field means in that group, so the nested fields of the same name in
// that group need group keys too (see `inGroups`).

/** A setting whose key is also used in lock settings. */
const lk = (en: string, zh: string): Text => ({
  en: `${en}; in lock settings, whether it is locked.`,
  zh: `${zh}；在锁定设置中表示该设置是否被锁定。`,
})

/** A settings section (or object setting) whose key is also used in lock settings. */
const section = (en: string, zh: string): Text => ({
  en: `${en}; in lock settings, which of them are locked.`,
  zh: `${zh}；在锁定设置中表示其中哪些设置被锁定。`,
})

/** The same descriptions under several groups' keys: a group-wide key ('Groups:id') would otherwise win. */
const inGroups = (groups: string[], docs: FieldDocs): FieldDocs =>
  Object.fromEntries(groups.flatMap((group) => Object.entries(docs).map(([key, text]) => [`${group}:${key}`, text])))

/** A transfer_* flag of user deletion whose data this server does not keep. */
const transferNothing = (en: string, zh: string): Text => ({
  en: `Transfer the user’s ${en} to transfer_email; accepted, but there are none to move here.`,
  zh: `将该用户的${zh}转移给 transfer_email；可以传入，但此服务器上没有可转移的内容。`,
})

const userType: Text = {
  en: 'User type: 1 Basic, 2 Licensed, 4 Unassigned (no Meetings license; can only join), 99 None (ssoCreate only).',
  zh: '用户类型：1 基础版，2 已授权（付费），4 未分配（无会议许可证，只能入会），99 无（仅限 ssoCreate）。',
}
const memberType: Text = {
  en: 'The member’s user type: 1 Basic, 2 Licensed, 4 Unassigned (can only join).',
  zh: '成员的用户类型：1 基础版，2 已授权（付费），4 未分配（只能入会）。',
}
const memberId: Text = {
  en: 'User ID of the member; when adding, give id or email.',
  zh: '成员的用户 ID；添加成员时提供 id 或 email 之一。',
}
const userEmail: Text = { en: 'The user’s email address.', zh: '用户的邮箱地址。' }
const participantUserId: Text = {
  en: 'The participant’s user ID in the host’s account; empty for guests who are not signed in.',
  zh: '参会者在主持人账户中的用户 ID；未登录的访客为空。',
}
const planStatus: Text = {
  en: 'The plan’s status: active, or cancelled (it no longer renews).',
  zh: '套餐状态：active（生效中）或 cancelled（已取消，不再续订）。',
}
const etiquettePolicyStatus: Text = {
  en: 'Whether the policy is activated or deactivated.',
  zh: '该策略是 activated（已启用）还是 deactivated（已停用）。',
}
const regOrFileType: Text = {
  en: 'Registration settings to read or change: webinar (the only kind); for an uploaded virtual background, image or video.',
  zh: '要读取或更改的注册设置：webinar（唯一取值）；对上传的虚拟背景文件为 image（图片）或 video（视频）。',
}

/** Names under user, account and group settings (virtual background files, authentication options). */
const settingsItems: FieldDocs = {
  'files.id': { en: 'ID of the virtual background file.', zh: '虚拟背景文件的 ID。' },
  'files.name': { en: 'File name of the virtual background.', zh: '虚拟背景的文件名。' },
  'files.type': {
    en: 'Kind of virtual background file: image or video.',
    zh: '虚拟背景文件类型：image（图片）或 video（视频）。',
  },
  'authentication_options.id': { en: 'The authentication option’s ID.', zh: '身份验证选项的 ID。' },
  'authentication_option.id': {
    en: 'ID of the authentication option to change, show or hide.',
    zh: '要更改、显示或隐藏的身份验证选项的 ID。',
  },
  'authentication_options.name': { en: 'The authentication option’s name.', zh: '身份验证选项的名称。' },
  'authentication_option.name': {
    en: 'Name of the authentication option (up to 128 characters for users, 64 for accounts).',
    zh: '身份验证选项的名称（用户最多 128 个字符，账户最多 64 个字符）。',
  },
  'authentication_options.type': {
    en: 'Who passes: enforce_login (any signed-in Zoom user), enforce_login_with_same_account (this account’s users), enforce_login_with_domains (listed email domains), internally (account users, for recordings).',
    zh: '可通过验证的人：enforce_login（任何已登录的 Zoom 用户）、enforce_login_with_same_account（本账户用户）、enforce_login_with_domains（所列邮箱域名的用户）、internally（账户内用户，用于录制）。',
  },
  'authentication_option.type': {
    en: 'Who passes: enforce_login (any signed-in Zoom user), enforce_login_with_same_account (this account’s users), enforce_login_with_domains (listed email domains), internally (account users, for recordings).',
    zh: '可通过验证的人：enforce_login（任何已登录的 Zoom 用户）、enforce_login_with_same_account（本账户用户）、enforce_login_with_domains（所列邮箱域名的用户）、internally（账户内用户，用于录制）。',
  },
}

/** Names under account and group settings only (Team Chat, automatic translation, archiving, registration). */
const accountGroupItems: FieldDocs = {
  'chat_etiquette_tool.policies.id': { en: 'ID of the chat etiquette policy.', zh: '聊天礼仪策略的 ID。' },
  'chat_etiquette_tool.policies.name': { en: 'Name of the chat etiquette policy.', zh: '聊天礼仪策略的名称。' },
  'speak_language.name': {
    en: 'The spoken language to translate from, by name (e.g. English, Japanese).',
    zh: '要翻译的说话语言名称（如 English、Japanese）。',
  },
  'language_config.name': {
    en: 'The language to translate into, by name (English only).',
    zh: '翻译目标语言的名称（仅 English）。',
  },
  'archive.type': {
    en: 'What is archived: 1 meetings only, 2 webinars only, 3 both.',
    zh: '归档范围：1 仅会议，2 仅网络研讨会，3 两者都归档。',
  },
  'custom_questions.type': {
    en: 'Answer format: short (free text), single_dropdown, single_radio (one choice) or multiple (several choices).',
    zh: '作答方式：short（自由文本）、single_dropdown / single_radio（单选）或 multiple（多选）。',
  },
}

export const userFields: FieldDocs = {
  // Paging (every list)
  page_size: {
    en: 'Records per page, 1–300 in most lists (default 30); in responses, the page size used.',
    zh: '每页记录数，大多数列表为 1–300（默认 30）；响应中为实际使用的每页记录数。',
  },
  next_page_token: {
    en: 'Token for the next page, taken from the previous response; empty on the last page. Tokens expire after 15 minutes.',
    zh: '获取下一页的分页令牌，取自上一次响应；最后一页时为空。分页令牌 15 分钟后失效。',
  },
  page_count: { en: 'Number of pages at this page size.', zh: '按当前每页记录数计算的总页数。' },
  'Roles:page_count': {
    en: 'Number of pages at this page size; as a query parameter, accepted but not used.',
    zh: '按当前每页记录数计算的总页数；作为查询参数时可以传入，但不起作用。',
  },
  total_records: {
    en: 'Total number of records in the list, all pages together.',
    zh: '列表的记录总数（所有页合计）。',
  },

  // Users: listing
  'Users:status': {
    en: 'User status: active, inactive (deactivated) or pending (invitation not accepted); as a list filter, default active. A device’s: Online or Offline.',
    zh: '用户状态：active（已激活）、inactive（已停用）或 pending（尚未接受邀请）；作为列表筛选条件时默认 active。协作设备的状态为 Online 或 Offline。',
  },
  'Users:users.status': {
    en: 'The user’s status: active, inactive (deactivated) or pending (invitation not yet accepted).',
    zh: '用户状态：active（已激活）、inactive（已停用）或 pending（尚未接受邀请）。',
  },
  role_id: {
    en: 'ID of the user’s role: 0 owner, 1 admin, 2 member, or a custom role’s ID; as a list filter, only users with that role.',
    zh: '用户角色的 ID：0 所有者，1 管理员，2 成员，或自定义角色的 ID；作为列表筛选条件时只列出该角色的用户。',
  },
  include_fields: {
    en: 'Extra field to return for each user: custom_attributes or host_key.',
    zh: '为每个用户额外返回的字段：custom_attributes 或 host_key。',
  },
  license: {
    en: 'Only users with this license: zoom_workforce_management or zoom_compliance_management; accepted, but not applied here.',
    zh: '只列出拥有此许可证的用户：zoom_workforce_management 或 zoom_compliance_management；可以传入，但此服务器不按其筛选。',
  },
  users: {
    en: 'The users on this page; in a bulk feature update, up to 30 users, each by id or email.',
    zh: '本页的用户；在批量更新功能时为最多 30 个用户，每个用 id 或 email 指定。',
  },

  // Users: the profile
  'Users:id': {
    en: 'The user’s ID; for a collaboration device or an uploaded virtual background file, that item’s ID.',
    zh: '用户 ID；对协作设备或上传的虚拟背景文件，则为该项的 ID。',
  },
  'Users:users.id': {
    en: 'The user’s ID (absent for pending users); in a bulk update, give id or email.',
    zh: '用户 ID（待激活用户不返回）；批量更新时提供 id 或 email 之一。',
  },
  user_created_at: { en: 'When the user was created, ISO 8601 UTC.', zh: '用户的创建时间，ISO 8601 UTC。' },
  created_at: {
    en: 'When the user was created, ISO 8601 UTC; for a pending user, the time of the request (see user_created_at).',
    zh: '用户的创建时间，ISO 8601 UTC；待激活用户返回请求时的时间（真实创建时间见 user_created_at）。',
  },
  'users.created_at': { en: 'When the user was created, ISO 8601 UTC.', zh: '用户的创建时间，ISO 8601 UTC。' },
  'Meetings:created_at': { en: 'When the meeting was created, ISO 8601 UTC.', zh: '会议的创建时间，ISO 8601 UTC。' },
  'Accounts:created_at': {
    en: 'When the sub account was created, ISO 8601 UTC.',
    zh: '子账户的创建时间，ISO 8601 UTC。',
  },
  custom_attributes: {
    en: 'Custom attributes assigned to the user, each a key, name and value; in lists only with include_fields=custom_attributes.',
    zh: '分配给用户的自定义属性，每项包含 key、name 和 value；在列表中仅当 include_fields=custom_attributes 时返回。',
  },
  'custom_attributes.key': { en: 'The custom attribute’s ID.', zh: '自定义属性的 ID。' },
  'Users:custom_attributes.name': { en: 'The custom attribute’s name.', zh: '自定义属性的名称。' },
  'Users:name': { en: 'File name of the uploaded virtual background.', zh: '上传的虚拟背景的文件名。' },
  'custom_attributes.value': { en: 'The user’s value of the custom attribute.', zh: '该用户在此自定义属性上的取值。' },
  dept: { en: 'The user’s department, up to 128 characters.', zh: '用户所在部门，最多 128 个字符。' },
  'Meetings:dept': { en: 'Department of the meeting’s host.', zh: '会议主持人所在部门。' },
  employee_unique_id: {
    en: 'The employee’s unique ID, set for users who sign in with SSO.',
    zh: '员工唯一 ID，为通过 SSO 登录的用户设置。',
  },
  first_name: { en: 'The user’s first name, up to 64 characters.', zh: '用户的名，最多 64 个字符。' },
  last_name: { en: 'The user’s last name, up to 64 characters.', zh: '用户的姓，最多 64 个字符。' },
  'Meetings:first_name': { en: 'The registrant’s first name, 1–64 characters.', zh: '注册者的名，1–64 个字符。' },
  'Meetings:last_name': { en: 'The registrant’s last name, up to 64 characters.', zh: '注册者的姓，最多 64 个字符。' },
  'Accounts:first_name': {
    en: 'First name of the new sub account’s owner, 1–64 characters.',
    zh: '新子账户所有者的名，1–64 个字符。',
  },
  'Accounts:last_name': {
    en: 'Last name of the new sub account’s owner, 1–64 characters.',
    zh: '新子账户所有者的姓，1–64 个字符。',
  },
  'Billing:first_name': {
    en: 'The billing contact’s first name, up to 64 characters.',
    zh: '账单联系人的名，最多 64 个字符。',
  },
  'Billing:last_name': {
    en: 'The billing contact’s last name, up to 64 characters.',
    zh: '账单联系人的姓，最多 64 个字符。',
  },
  'members.first_name': { en: 'The member’s first name.', zh: '成员的名。' },
  'members.last_name': { en: 'The member’s last name.', zh: '成员的姓。' },
  display_name: {
    en: 'Name shown for the user in meetings, up to 128 characters; first and last name by default.',
    zh: '用户在会议中显示的名称，最多 128 个字符；默认为名和姓。',
  },
  'settings.display_name': {
    en: 'Name shown on the live stream, 1–50 characters.',
    zh: '直播画面上显示的名称，1–50 个字符。',
  },
  group_ids: {
    en: 'IDs of the groups the user belongs to, the primary group first.',
    zh: '用户所属群组的 ID，主群组在前。',
  },
  im_group_ids: { en: 'IDs of the IM groups the user belongs to.', zh: '用户所属 IM 群组的 ID。' },
  host_key: {
    en: 'The user’s host key, 6–10 digits, for claiming the host role; in lists only with include_fields=host_key.',
    zh: '用户的主持人密钥，6–10 位数字，用于获取主持人身份；在列表中仅当 include_fields=host_key 时返回。',
  },
  last_client_version: {
    en: 'Version of the Zoom client the user last signed in with.',
    zh: '用户上次登录时使用的 Zoom 客户端版本。',
  },
  last_login_time: { en: 'When the user last signed in, ISO 8601 UTC.', zh: '用户上次登录的时间，ISO 8601 UTC。' },
  plan_united_type: {
    en: 'The user’s Zoom United plan option, one of Zoom’s codes 1 to 131072 (e.g. 1 Pro with US/CA Unlimited); none removes it.',
    zh: '用户的 Zoom United 套餐选项，取值为 Zoom 的代码 1 到 131072（如 1 表示 Pro 含美国/加拿大无限通话）；none 表示移除。',
  },
  zoom_one_type: {
    en: 'The user’s Zoom One plan option as Zoom’s numeric code (e.g. 16 Business Plus with US/CA Unlimited); 0 removes it.',
    zh: '用户的 Zoom One 套餐选项，取值为 Zoom 的数字代码（如 16 表示 Business Plus 含美国/加拿大无限通话）；0 表示移除。',
  },
  pmi: {
    en: 'The user’s personal meeting ID (PMI), 10 digits.',
    zh: '用户的个人会议号（PMI），10 位数字。',
  },
  'schedulers.pmi': { en: 'The scheduler’s personal meeting ID (PMI).', zh: '日程安排人的个人会议号（PMI）。' },
  'Meetings:pmi': {
    en: 'The host’s personal meeting ID (PMI), when the meeting uses it.',
    zh: '主持人的个人会议号（PMI），仅当会议使用 PMI 时返回。',
  },
  use_pmi: {
    en: 'Whether the user’s instant meetings use their personal meeting ID (PMI).',
    zh: '用户的即时会议是否使用其个人会议号（PMI）。',
  },
  'settings.use_pmi': {
    en: 'Hold the meeting on the host’s personal meeting ID (PMI) instead of a new meeting ID (types 1, 2 and 3).',
    zh: '使用主持人的个人会议号（PMI）而不是新会议号召开会议（类型 1、2 和 3）。',
  },
  timezone: {
    en: 'The user’s time zone, as an IANA name such as America/Los_Angeles.',
    zh: '用户所在时区，IANA 名称，如 America/Los_Angeles。',
  },
  'Meetings:timezone': {
    en: 'The meeting’s time zone (IANA name), for start_time without Z; in the list query, the zone of from and to (default UTC).',
    zh: '会议时区（IANA 名称），用于解读末尾不带 Z 的 start_time；在列表查询中为 from 和 to 所用的时区（默认 UTC）。',
  },
  'Simulator:meeting.create.timezone': {
    en: 'Time zone (IANA name) of the meeting to create.',
    zh: '要创建的会议的时区（IANA 名称）。',
  },
  'Users:type': {
    en: 'User type: 1 Basic, 2 Licensed, 4 Unassigned (can only join), 99 None (ssoCreate only). Token request: token or zak. Uploaded file: image or video.',
    zh: '用户类型：1 基础版，2 已授权（付费），4 未分配（只能入会），99 无（仅限 ssoCreate）。请求令牌时为 token 或 zak；上传文件时为 image 或 video。',
  },
  'Users:users.type': userType,
  'Users:user_info.type': userType,
  verified: {
    en: 'Whether the user’s email address is verified: 1 yes, 0 no.',
    zh: '用户的邮箱地址是否已验证：1 是，0 否。',
  },
  'phone_numbers.verified': {
    en: 'Whether the number is verified; always false here, as no verification code is sent.',
    zh: '该号码是否已验证；此服务器不发送验证码，因此始终为 false。',
  },
  language: {
    en: 'Language of the user’s web portal, e.g. en-US.',
    zh: '用户网页门户的语言，如 en-US。',
  },
  'Meetings:language': {
    en: 'Language of the registrant’s confirmation emails, e.g. en-US, zh-CN or jp-JP.',
    zh: '注册者确认邮件的语言，如 en-US、zh-CN 或 jp-JP。',
  },
  phone_number: {
    en: 'The user’s phone number (deprecated: use phone_numbers).',
    zh: '用户的电话号码（已弃用，请使用 phone_numbers）。',
  },
  'Meetings:phone_number': {
    en: 'Phone number to call out to (with participant.invite.callout).',
    zh: '要呼出的电话号码（用于 participant.invite.callout）。',
  },
  'Accounts:phone_number': { en: 'Phone number of the new sub account’s owner.', zh: '新子账户所有者的电话号码。' },
  'Billing:phone_number': {
    en: 'The billing contact’s phone number, up to 32 characters.',
    zh: '账单联系人的电话号码，最多 32 个字符。',
  },
  phone_country: {
    en: 'Country of the user’s phone_number (deprecated: use phone_numbers).',
    zh: '用户 phone_number 所属的国家/地区（已弃用，请使用 phone_numbers）。',
  },
  'Accounts:phone_country': {
    en: 'Country of the new sub account owner’s phone number.',
    zh: '新子账户所有者电话号码所属的国家/地区。',
  },
  pic_url: { en: 'URL of the user’s profile picture, when one is set.', zh: '用户头像的 URL（已设置头像时返回）。' },
  role_name: {
    en: 'Name of the user’s role: Owner, Admin, Member or a custom role’s name.',
    zh: '用户角色的名称：Owner、Admin、Member 或自定义角色名称。',
  },
  cms_user_id: { en: 'The user’s CMS ID, for the Kaltura integration.', zh: '用户的 CMS ID，用于 Kaltura 集成。' },
  company: { en: 'The user’s company, up to 255 characters.', zh: '用户所在公司，最多 255 个字符。' },
  jid: { en: 'The user’s chat ID (JID), an XMPP address.', zh: '用户的聊天 ID（JID），一个 XMPP 地址。' },
  job_title: { en: 'The user’s job title, up to 128 characters.', zh: '用户的职位，最多 128 个字符。' },
  'Meetings:job_title': { en: 'The registrant’s job title.', zh: '注册者的职位。' },
  location: { en: 'The user’s location, up to 256 characters.', zh: '用户所在地，最多 256 个字符。' },
  'Simulator:location': {
    en: 'Where the participant joins from, e.g. London (GB); generated if omitted.',
    zh: '参会者的入会地点，如 London (GB)；省略时自动生成。',
  },
  login_types: {
    en: 'The user’s sign-in methods, as login_type codes (e.g. 100 work email, 101 SSO).',
    zh: '用户的登录方式，以 login_type 代码表示（如 100 工作邮箱，101 SSO）。',
  },
  manager: { en: 'Email address of the user’s manager.', zh: '用户上级经理的邮箱地址。' },
  personal_meeting_url: {
    en: 'Join link of the user’s personal meeting ID (PMI).',
    zh: '用户个人会议号（PMI）的加入链接。',
  },
  phone_numbers: {
    en: 'The user’s phone numbers, each with country, code, number and label.',
    zh: '用户的电话号码，每项包含国家/地区、区号、号码和标签。',
  },
  'phone_numbers.code': { en: 'Country calling code of the number, e.g. +1.', zh: '号码的国际电话区号，如 +1。' },
  'phone_numbers.country': {
    en: 'Country or region ID of the number, e.g. US.',
    zh: '号码所属的国家/地区 ID，如 US。',
  },
  'phone_numbers.number': { en: 'The phone number.', zh: '电话号码。' },
  label: {
    en: 'Kind of number: Mobile, Office, Home or Fax.',
    zh: '号码类型：Mobile（手机）、Office（办公）、Home（住宅）或 Fax（传真）。',
  },
  pronouns: { en: 'The user’s pronouns.', zh: '用户的代词。' },
  pronouns_option: {
    en: 'When to show the pronouns: 1 ask each time the user joins, 2 always, 3 never.',
    zh: '何时显示代词：1 每次入会时询问，2 始终显示，3 不显示。',
  },
  vanity_url: {
    en: 'Link of the user’s personal meeting room, made from vanity_name.',
    zh: '用户个人会议室的链接，由 vanity_name 生成。',
  },
  'Accounts:vanity_url': {
    en: 'The account’s vanity URL (its custom web address).',
    zh: '账户的个性化 URL（自定义网址）。',
  },
  cluster: {
    en: 'Zoom data cluster the user is on (local here).',
    zh: '用户所在的 Zoom 数据集群（此服务器为 local）。',
  },

  // Users: the email address
  'Users:email': {
    en: 'The user’s email address; to change it, the new address (up to 128 characters); to check one, the address.',
    zh: '用户的邮箱地址；更改邮箱时为新地址（最多 128 个字符）；检查邮箱时为要检查的地址。',
  },
  'Users:users.email': {
    en: 'The user’s email address; in a bulk update, give it instead of id.',
    zh: '用户的邮箱地址；批量更新时可代替 id 提供。',
  },
  'Users:user_info.email': {
    en: 'Email address of the new user, up to 128 characters.',
    zh: '新用户的邮箱地址，最多 128 个字符。',
  },
  'Users:assistants.email': {
    en: 'The assistant’s email address (give id or email).',
    zh: '助理的邮箱地址（提供 id 或 email 之一）。',
  },
  'Users:schedulers.email': userEmail,
  'Meetings:email': {
    en: 'The registrant’s email address, up to 128 characters.',
    zh: '注册者的邮箱地址，最多 128 个字符。',
  },
  'Meetings:registrants.email': { en: 'The registrant’s email address.', zh: '注册者的邮箱地址。' },
  'Meetings:authentication_exception.email': {
    en: 'Email address of the person allowed to join without authentication.',
    zh: '无需身份验证即可入会的人员的邮箱地址。',
  },
  'Meetings:interpreters.email': { en: 'The interpreter’s email address.', zh: '口译员的邮箱地址。' },
  'Meetings:meeting_invitees.email': { en: 'The invitee’s email address.', zh: '受邀者的邮箱地址。' },
  'Meetings:contacts.email': {
    en: 'Email address of the account user to invite (instead of id).',
    zh: '要邀请的账户用户的邮箱地址（代替 id）。',
  },
  'Accounts:email': {
    en: 'List filter: the owner’s email. Create: the new owner’s email (up to 128). Change owner: an active user of the account.',
    zh: '列表筛选：所有者的邮箱。创建：新所有者的邮箱（最多 128 个字符）。更换所有者：该账户中一个已激活用户的邮箱。',
  },
  'Accounts:sso_bypass_users.email': {
    en: 'Email address of a user allowed to sign in without SSO.',
    zh: '允许不经 SSO 登录的用户的邮箱地址。',
  },
  'Billing:email': {
    en: 'The billing contact’s email address, up to 128 characters.',
    zh: '账单联系人的邮箱地址，最多 128 个字符。',
  },
  'Billing:results.email': { en: 'Email address of the sub account’s owner.', zh: '子账户所有者的邮箱地址。' },
  'members.email': {
    en: 'The member’s email address; when adding, give id or email.',
    zh: '成员的邮箱地址；添加成员时提供 id 或 email 之一。',
  },
  'admins.email': { en: 'The admin’s email address.', zh: '管理员的邮箱地址。' },
  'Simulator:email': { en: 'The participant’s email address.', zh: '参会者的邮箱地址。' },

  // Users: create, get, update, delete, status
  'Users:action': {
    en: 'Create: create (invitation, pending), autoCreate (active, with password), custCreate (no sign-in), ssoCreate. Delete: disassociate (default) or delete. Status: activate or deactivate.',
    zh: '创建：create（发送邀请，待激活）、autoCreate（直接激活，需密码）、custCreate（不能登录）、ssoCreate。删除：disassociate（默认）或 delete。状态：activate 或 deactivate。',
  },
  user_info: {
    en: 'The new user: email, names, type, and optionally password, features and plan.',
    zh: '新用户信息：邮箱、姓名、类型，以及可选的密码、功能和套餐。',
  },
  'Users:password': {
    en: 'The new password; the account’s password rules apply and it must differ from the last five.',
    zh: '新密码；须符合账户的密码规则，且不能与最近 5 次使用的密码相同。',
  },
  'Users:user_info.password': {
    en: 'Password of the new user, up to 32 characters; used (and required) by autoCreate only.',
    zh: '新用户的密码，最多 32 个字符；仅 autoCreate 使用（且必填）。',
  },
  'Meetings:password': {
    en: 'The meeting passcode, up to 10 characters: letters, digits and @ - _ *; the account’s passcode rules apply.',
    zh: '会议密码，最多 10 个字符，可用字母、数字和 @ - _ *；须符合账户的密码规则。',
  },
  'Accounts:password': {
    en: 'Password of the new sub account’s owner, up to 32 characters; the master account’s password rules apply.',
    zh: '新子账户所有者的密码，最多 32 个字符；须符合主账户的密码规则。',
  },
  'custom_header.password': {
    en: 'Password for Basic authentication of webhook requests (custom_header_type 1).',
    zh: 'Webhook 请求 Basic 认证所用的密码（custom_header_type 为 1 时）。',
  },
  'Simulator:meeting.create.password': { en: 'Passcode of the meeting to create.', zh: '要创建的会议的密码。' },
  feature: {
    en: 'The user’s add-on features and licenses (Zoom Phone, large meetings, webinars, Zoom Events…).',
    zh: '用户的附加功能和许可证（Zoom Phone、大型会议、网络研讨会、Zoom Events 等）。',
  },
  'Accounts:feature': {
    en: 'Features of the account: the meeting capacity of its users.',
    zh: '账户功能：账户用户的会议容量。',
  },
  zoom_phone: { en: 'Whether the user has a Zoom Phone license.', zh: '用户是否拥有 Zoom Phone 许可证。' },
  userId: {
    en: 'The user’s ID or email address, or me for the user the access token belongs to.',
    zh: '用户 ID 或邮箱地址；me 表示访问令牌所属的用户。',
  },
  'Groups:userId': { en: 'User ID of the admin to remove from the group.', zh: '要从群组中移除的管理员的用户 ID。' },
  'Simulator:meeting.create.userId': {
    en: 'Host of the meeting to create: user ID, email address or me (the default).',
    zh: '要创建的会议的主持人：用户 ID、邮箱地址或 me（默认）。',
  },
  login_type: {
    en: 'Which sign-in identity to use when one email has several (e.g. 1 Google, 100 work email, 101 SSO); accepted, not used here.',
    zh: '同一邮箱有多种登录身份时使用哪一种（如 1 Google，100 工作邮箱，101 SSO）；可以传入，但此服务器不使用。',
  },
  encrypted_email: {
    en: 'Whether userId is an encrypted email address; accepted, not used here.',
    zh: 'userId 是否为加密的邮箱地址；可以传入，但此服务器不使用。',
  },
  search_by_unique_id: {
    en: 'Whether userId is an employee unique ID; accepted, but users are found by ID or email only.',
    zh: 'userId 是否为员工唯一 ID；可以传入，但此服务器只按用户 ID 或邮箱查找用户。',
  },
  remove_tsp_credentials: {
    en: 'Also remove the user’s TSP (telephony service provider) credentials; accepted, not used here.',
    zh: '同时移除用户的 TSP（电话服务提供商）凭据；可以传入，但此服务器不使用。',
  },
  group_id: {
    en: 'ID of a group to add the user to while they have not yet accepted their invitation; ignored for an active user.',
    zh: '用户尚未接受邀请时，要将其加入的群组 ID；对已激活的用户不起作用。',
  },
  'external_collab_restrict.group_id': {
    en: 'ID of the group the external collaboration restriction applies to.',
    zh: '外部协作限制所适用的群组 ID。',
  },
  vanity_name: {
    en: 'Name for the user’s personal meeting room link (vanity_url); empty removes it.',
    zh: '用户个人会议室链接（vanity_url）中使用的名称；传空值表示移除。',
  },
  about_me: { en: 'Short text about the user for their profile.', zh: '用户个人资料中的自我介绍。' },
  linkedin_url: { en: 'Link to the user’s LinkedIn profile.', zh: '用户 LinkedIn 个人主页的链接。' },
  transfer_email: {
    en: 'Email of a confirmed user of the same account who receives the deleted user’s data.',
    zh: '接收被删除用户数据的同账户已激活用户的邮箱地址。',
  },
  transfer_meeting: {
    en: 'Transfer the user’s upcoming meetings to transfer_email; otherwise they are deleted with the user.',
    zh: '将该用户即将举行的会议转移给 transfer_email；否则会议随用户一并删除。',
  },
  transfer_webinar: {
    en: 'Transfer the user’s webinars to transfer_email; otherwise they are deleted with the user.',
    zh: '将该用户的网络研讨会转移给 transfer_email；否则网络研讨会随用户一并删除。',
  },
  transfer_recording: transferNothing('cloud recordings', '云录制'),
  transfer_whiteboard: transferNothing('whiteboards', '白板'),
  transfer_clipfiles: transferNothing('clips', '剪辑视频（Clips）'),
  transfer_notes: transferNothing('notes', '笔记'),
  transfer_visitors: transferNothing('visitor management records', '访客管理记录'),
  transfer_docs: transferNothing('docs', '文档（Docs）'),
  pic_file: {
    en: 'The picture: a jpg/jpeg or png file of at most 2 MB, as multipart form data.',
    zh: '头像图片：jpg/jpeg 或 png 文件，不超过 2 MB，以 multipart 表单上传。',
  },
  existed_email: {
    en: 'Whether a user of your account signs in with this email and a password (false for SSO or social sign-in).',
    zh: '本账户中是否有用户使用此邮箱和密码登录（SSO 或社交账户登录的用户为 false）。',
  },

  // Users: assistants and schedulers
  assistants: {
    en: 'The user’s assistants, who hold scheduling privilege for them (up to 30 per request).',
    zh: '用户的助理，即拥有代其安排会议的日程安排权限的用户（每次请求最多 30 个）。',
  },
  'Users:assistants.id': {
    en: 'User ID of the assistant (give id or email); assistants must be licensed users of the same account.',
    zh: '助理的用户 ID（提供 id 或 email 之一）；助理须为同一账户中的付费用户。',
  },
  'assistants.can_manage_host_private_event': {
    en: 'Whether the assistant may also manage the user’s private events.',
    zh: '助理是否也可以管理该用户的私人日程。',
  },
  add_at: { en: 'When the users were added, ISO 8601 UTC.', zh: '用户被添加的时间，ISO 8601 UTC。' },
  assistantId: {
    en: 'User ID (or email) of the assistant to remove.',
    zh: '要移除的助理的用户 ID（或邮箱地址）。',
  },
  schedulers: {
    en: 'Users who made this user their assistant, so this user can schedule meetings for them.',
    zh: '将该用户设为助理的用户，即该用户可以代为安排会议的人。',
  },
  'Users:schedulers.id': { en: 'The scheduler’s user ID.', zh: '日程安排人的用户 ID。' },
  schedulerId: {
    en: 'User ID (or email) of the scheduler to remove: one of the users this user schedules for.',
    zh: '要移除的日程安排人的用户 ID（或邮箱地址），即该用户代为安排会议的用户之一。',
  },

  // Users: collaboration devices
  collaboration_devices: {
    en: 'The Zoom Rooms devices the user is signed in to.',
    zh: '用户已登录的 Zoom Rooms 协作设备。',
  },
  'Users:collaboration_devices.id': { en: 'The device’s ID.', zh: '协作设备的 ID。' },
  collaborationDeviceId: { en: 'The collaboration device’s ID.', zh: '协作设备的 ID。' },
  device_name: { en: 'Name of the device.', zh: '设备名称。' },
  room_name: { en: 'Name of the Zoom Room.', zh: 'Zoom Room 的名称。' },
  room_user_id: { en: 'User ID of the Zoom Room.', zh: 'Zoom Room 的用户 ID。' },
  adapter_version: { en: 'Version of the device’s adapter.', zh: '设备适配程序的版本。' },
  sdk_version: { en: 'Version of the device’s SDK.', zh: '设备 SDK 的版本。' },
  device_system: { en: 'Operating system of the device.', zh: '设备的操作系统。' },
  'Users:collaboration_devices.status': {
    en: 'Whether the device is Online or Offline.',
    zh: '设备在线（Online）还是离线（Offline）。',
  },

  // Users: master account moves
  accountId: {
    en: 'The account to act on: me or your own account ID, or the ID of one of your sub accounts.',
    zh: '要操作的账户：me 或调用方自身的账户 ID，或其某个子账户的 ID。',
  },

  // Users: bulk feature update
  feature_type: {
    en: 'Feature to set: user_type, concurrent_meeting, large_meeting, webinar, zoom_events, zoom_whiteboard, plan_united_type, zoom_one_type, zoom_iq_for_sales, zoom_revenue_accelerator or zoom_clips_plus.',
    zh: '要设置的功能：user_type、concurrent_meeting、large_meeting、webinar、zoom_events、zoom_whiteboard、plan_united_type、zoom_one_type、zoom_iq_for_sales、zoom_revenue_accelerator 或 zoom_clips_plus。',
  },
  feature_value: {
    en: 'The value, as a string: 1, 2 or 4 for user_type; Basic, Plus or None for concurrent_meeting; a capacity or true/false for large_meeting, webinar and zoom_events; true/false for switches.',
    zh: '要设置的值（字符串）：user_type 为 1、2 或 4；concurrent_meeting 为 Basic、Plus 或 None；large_meeting、webinar、zoom_events 为容量或 true/false；开关类功能为 true/false。',
  },
  subscription_id: {
    en: 'ID of the plan subscription the license comes from.',
    zh: '许可证所属的套餐订阅 ID。',
  },
  'webhook_logs.subscription_id': {
    en: 'ID of the event subscription the delivery was for.',
    zh: '该次推送所属的事件订阅 ID。',
  },
  license_info_list: {
    en: 'Licenses, each a license type, an option code and the subscription it comes from.',
    zh: '许可证列表，每项包含许可证类型、选项代码及其所属订阅。',
  },
  license_type: {
    en: 'The kind of license: MEETING or ZOOM_WORKPLACE_BUNDLE.',
    zh: '许可证类型：MEETING 或 ZOOM_WORKPLACE_BUNDLE。',
  },
  'feature.license_info_list.license_type': {
    en: 'The licensed add-on, e.g. ZOOM_WHITEBOARD, ZOOM_SCHEDULER or ZOOM_DOCS.',
    zh: '获得许可的附加产品，如 ZOOM_WHITEBOARD、ZOOM_SCHEDULER 或 ZOOM_DOCS。',
  },
  license_option: { en: 'Zoom’s numeric option code of the license.', zh: '许可证的 Zoom 数字选项代码。' },
  success_user_ids: { en: 'IDs of the users updated.', zh: '已成功更新的用户 ID。' },
  fail_details: {
    en: 'Users not updated, grouped by reason (e.g. Users not found, No need to update).',
    zh: '未能更新的用户，按原因分组（如 Users not found、No need to update）。',
  },
  'fail_details.user_ids': {
    en: 'The users that failed for this reason: their IDs, or the email given when not found.',
    zh: '因该原因失败的用户：用户 ID，未找到时为请求中提供的邮箱。',
  },
  'Webhooks:user_ids': {
    en: 'IDs of the users whose events are delivered (user scope only); to unsubscribe, comma-separated, all if omitted.',
    zh: '推送其事件的用户 ID（仅用于 user 范围）；取消订阅时以逗号分隔，省略则取消整个账户。',
  },

  // Users: permissions, tokens, summary
  permissions: {
    en: 'Privileges the user’s role grants, as Resource:Read or Resource:Edit names.',
    zh: '用户角色授予的权限，形如 Resource:Read 或 Resource:Edit。',
  },
  'Users:ttl': {
    en: 'ZAK lifetime in seconds, up to one year (default 7,200, or 90 days for custCreate users); for type zak only.',
    zh: 'ZAK 的有效期（秒），最长一年（默认 7200，custCreate 用户为 90 天）；仅用于 type 为 zak 时。',
  },
  'Meetings:ttl': {
    en: 'How long the links stay valid, in seconds: up to 7,776,000 (90 days), default 7,200; 0 never expires.',
    zh: '链接的有效期（秒）：最多 7776000（90 天），默认 7200；0 表示永不过期。',
  },
  'Users:token': {
    en: 'The requested token or ZAK; null for a token of a user who signs in only with Google or Facebook.',
    zh: '所请求的令牌或 ZAK；仅用 Google 或 Facebook 登录的用户请求 token 时为 null。',
  },
  'Meetings:token': {
    en: 'The closed caption token: the URL a third-party captioning service posts captions to.',
    zh: '字幕令牌：第三方字幕服务提交字幕所用的 URL。',
  },
  licensed_users_count: {
    en: 'Licensed users (type 2), pending invitations not counted.',
    zh: '付费（已授权）用户数（类型 2），不含待接受的邀请。',
  },
  basic_users_count: {
    en: 'Basic users (type 1), pending invitations not counted.',
    zh: '基础版用户数（类型 1），不含待接受的邀请。',
  },
  on_prem_users_count: { en: 'On-premises users (type 3).', zh: '本地部署用户数（类型 3）。' },
  room_users_count: { en: 'Zoom Rooms users (always 0 here).', zh: 'Zoom Rooms 用户数（此服务器始终为 0）。' },
  pending_users_count: {
    en: 'Invited users who have not accepted yet; not part of the total.',
    zh: '已邀请但尚未接受的用户数；不计入总数。',
  },
  join_only_users_count: {
    en: 'Users without a Meetings license (type 4), who can only join.',
    zh: '没有会议许可证、只能入会的用户数（类型 4）。',
  },
  total_users_count: { en: 'All users except pending ones.', zh: '除待激活用户以外的全部用户数。' },

  // Settings: scheduling
  'schedule_meeting.host_video': lk('Start meetings with the host’s video on', '会议开始时开启主持人视频'),
  'settings.host_video': { en: 'Start the meeting with the host’s video on.', zh: '会议开始时开启主持人视频。' },
  'schedule_meeting.join_before_host': lk(
    'Let participants join before the host arrives',
    '允许参会者在主持人之前入会',
  ),
  'settings.join_before_host': {
    en: 'Let participants join before the host (scheduled and recurring meetings only).',
    zh: '允许参会者在主持人之前入会（仅限已安排的会议和周期性会议）。',
  },
  'schedule_meeting.continuous_meeting_chat': section(
    'Continuous meeting chat: a chat channel kept with each meeting',
    '会议持续聊天：为每个会议保留的聊天频道',
  ),
  'settings.continuous_meeting_chat': {
    en: 'The meeting’s continuous chat: a chat channel kept before, during and after it.',
    zh: '会议持续聊天：在会前、会中和会后都保留的聊天频道。',
  },
  auto_add_invited_external_users: {
    en: 'Add invited people from outside the account to the meeting’s chat channel.',
    zh: '将受邀的外部人员加入会议的聊天频道。',
  },
  meeting_authentication: {
    en: 'Whether only authenticated users can join meetings (the authentication view, option=meeting_authentication).',
    zh: '是否仅允许通过身份验证的用户入会（身份验证视图，option=meeting_authentication）。',
  },
  'schedule_meeting.meeting_authentication': {
    en: 'Whether the meeting authentication setting is locked.',
    zh: '是否锁定会议身份验证设置。',
  },
  'settings.meeting_authentication': {
    en: 'Only authenticated users can join the meeting.',
    zh: '仅允许通过身份验证的用户入会。',
  },
  authentication_option: {
    en: 'The authentication option to change (with option=meeting_authentication or recording_authentication).',
    zh: '要更改的身份验证选项（与 option=meeting_authentication 或 recording_authentication 一起使用）。',
  },
  'settings.authentication_option': {
    en: 'ID of the authentication option joiners must pass, one of the host’s authentication_options.',
    zh: '入会者须通过的身份验证选项 ID，取自主持人的 authentication_options。',
  },
  ...inGroups(['Users', 'Accounts', 'Groups'], settingsItems),
  ...inGroups(['Users', 'Groups'], {
    'authentication_option.action': {
      en: 'What to do with the option: update it, or show or hide it for this user or group.',
      zh: '对该选项的操作：update（更新），或 show / hide（对此用户或群组显示或隐藏）。',
    },
  }),
  'Accounts:authentication_option.action': {
    en: 'What to do with the option: add, update or delete.',
    zh: '对该选项的操作：add（添加）、update（更新）或 delete（删除）。',
  },
  ...inGroups(['Accounts', 'Groups'], accountGroupItems),
  'meeting_template.templates.enable': {
    en: 'Whether users may schedule meetings with this template.',
    zh: '用户是否可以使用此模板安排会议。',
  },
  'Accounts:meeting_template.templates.id': { en: 'The meeting template’s ID.', zh: '会议模板的 ID。' },
  'Accounts:meeting_template.templates.name': { en: 'The meeting template’s name.', zh: '会议模板的名称。' },
  'Accounts:send_data_to_third_party_archiving_service.type': {
    en: 'The archiving service: global_relay or smarsh.',
    zh: '第三方归档服务：global_relay 或 smarsh。',
  },
  'Accounts:sso_bypass_users.id': {
    en: 'User ID of a user allowed to sign in without SSO.',
    zh: '允许不经 SSO 登录的用户的 ID。',
  },
  'chat_etiquette_tool.policies.status': etiquettePolicyStatus,
  'speak_language.code': {
    en: 'Code of the spoken language to translate from, e.g. en, ja or zh.',
    zh: '要翻译的说话语言代码，如 en、ja 或 zh。',
  },
  'language_config.code': {
    en: 'Code of the language to translate into (en only).',
    zh: '翻译目标语言的代码（仅 en）。',
  },

  // Settings: in meetings
  in_meeting: section('In-meeting settings', '会中设置'),
  'feature.in_meeting': { en: 'Whether the user may host meetings in India.', zh: '用户是否可以在印度召开会议。' },
  'settings.in_meeting': { en: 'Host the meeting in India.', zh: '在印度召开此会议。' },
  'feature.cn_meeting': { en: 'Whether the user may host meetings in China.', zh: '用户是否可以在中国召开会议。' },
  'settings.cn_meeting': { en: 'Host the meeting in China.', zh: '在中国召开此会议。' },
  'in_meeting.breakout_room': lk(
    'Let hosts split participants into breakout rooms',
    '允许主持人将参会者分配到分组讨论室',
  ),
  'settings.breakout_room': {
    en: 'Breakout rooms pre-assigned for the meeting, and whether pre-assignment is on.',
    zh: '为会议预先分配的分组讨论室，以及是否启用预分配。',
  },
  'in_meeting.feedback': lk(
    'Offer a Feedback to Zoom option at the end of meetings',
    '会议结束时提供“向 Zoom 反馈”选项',
  ),
  'custom_survey.feedback': {
    en: 'Thank-you message shown to participants when they finish the survey.',
    zh: '参会者完成调查后显示的致谢文字。',
  },
  'in_meeting.file_transfer': lk('Let participants send files in the meeting chat', '允许参会者在会议聊天中发送文件'),
  'Information Barriers:file_transfer': {
    en: 'If true, users of the two groups cannot send each other files in meetings.',
    zh: '为 true 时，两个群组的用户不能在会议中相互发送文件。',
  },
  'in_meeting.language_interpretation': section(
    'Language interpretation: whether on, and the languages offered',
    '语言传译：是否启用及可选的语言',
  ),
  'settings.language_interpretation': {
    en: 'Language interpretation for the meeting: whether on, and the interpreters.',
    zh: '会议的语言传译：是否启用及口译员。',
  },
  'language_interpretation.languages': { en: 'Languages offered for interpretation.', zh: '可用于传译的语言。' },
  'interpreters.languages': {
    en: 'The interpreter’s two languages as comma-separated country IDs, e.g. US,CN for English to Chinese.',
    zh: '口译员的两种语言，以逗号分隔的国家/地区 ID 表示，如 US,CN 表示英语译为中文。',
  },
  'in_meeting.sign_language_interpretation': section(
    'Sign language interpretation: whether on, and the sign languages offered',
    '手语传译：是否启用及可选的手语',
  ),
  'settings.sign_language_interpretation': {
    en: 'Sign language interpretation for the meeting: whether on, and the interpreters.',
    zh: '会议的手语传译：是否启用及手语译员。',
  },
  'sign_language_interpretation.languages': {
    en: 'Sign languages offered for interpretation.',
    zh: '可用于传译的手语。',
  },
  is_default: { en: 'Whether this is the default virtual background.', zh: '是否为默认虚拟背景。' },
  size: { en: 'File size in bytes.', zh: '文件大小（字节）。' },
  'in_meeting.waiting_room': lk('Put participants in the waiting room when they join', '参会者入会时先进入等候室'),
  'meeting_security.waiting_room': lk(
    'Put participants in the waiting room when they join',
    '参会者入会时先进入等候室',
  ),
  'settings.waiting_room': {
    en: 'Put participants in the waiting room when they join.',
    zh: '参会者入会时先进入等候室。',
  },
  who_will_receive_summary: {
    en: 'Who gets the AI Companion summary: 1 host only, 2 host, co-hosts and alternative hosts, 3 host and invitees in the organization, 4 all invitees.',
    zh: '谁会收到 AI Companion 会议摘要：1 仅主持人，2 主持人、联席主持人和替代主持人，3 主持人和组织内的受邀者，4 所有受邀者。',
  },
  who_can_ask_questions: {
    en: 'Who can ask AI Companion questions: 1 all participants and invitees, 2 participants once joined, 3 host only, 4 the organization’s participants and invitees, 5 its participants once joined.',
    zh: '谁可以向 AI Companion 提问：1 所有参会者和受邀者，2 参会者（入会后），3 仅主持人，4 组织内的参会者和受邀者，5 组织内的参会者（入会后）。',
  },
  enable: { en: 'Whether this feature is on.', zh: '是否启用此功能。' },

  // Settings: notifications, recording, telephony, security
  email_notification: section('Email notification settings', '邮件通知设置'),
  'settings.email_notification': {
    en: 'Email alternative hosts and users with scheduling privilege about the meeting.',
    zh: '向替代主持人和拥有日程安排权限的用户发送有关会议的邮件通知。',
  },
  recording: section('Recording settings', '录制设置'),
  'Simulator:recording': {
    en: 'State of the instance’s recording: recording, paused or stopped.',
    zh: '会议实例的录制状态：recording（录制中）、paused（已暂停）或 stopped（已停止）。',
  },
  'Information Barriers:recording': {
    en: 'If true, users of the two groups cannot record meetings they are in together.',
    zh: '为 true 时，两个群组的用户不能录制双方共同参加的会议。',
  },
  'recording.auto_recording': lk(
    'Record meetings automatically: local, cloud or none',
    '自动录制会议：local（本地）、cloud（云端）或 none（不录制）',
  ),
  'settings.auto_recording': {
    en: 'Record the meeting automatically: local, cloud or none.',
    zh: '自动录制会议：local（本地）、cloud（云端）或 none（不录制）。',
  },
  'recording_storage_location.value': {
    en: 'Country or region code where the user’s cloud recordings are stored (one of allowed_values).',
    zh: '用户云录制的存储国家/地区代码（取自 allowed_values）。',
  },
  audio_conference_info: {
    en: 'Third-party audio conference details shown in invitations, up to 2,048 characters.',
    zh: '在邀请中显示的第三方音频会议信息，最多 2048 个字符。',
  },
  'numbers.code': { en: 'Country calling code of the number, e.g. 1 or 86.', zh: '号码的国际电话区号，如 1 或 86。' },
  'numbers.number': { en: 'The phone number, up to 30 characters.', zh: '电话号码，最多 30 个字符。' },
  country_name: { en: 'Name of the number’s country or region.', zh: '号码所属国家/地区的名称。' },
  'global_dial_in_numbers.number': {
    en: 'The dial-in number, e.g. +1 2332357613.',
    zh: '拨入号码，如 +1 2332357613。',
  },
  'meeting_security.encryption_type': lk(
    'Encryption for meetings: enhanced_encryption (keys kept in the cloud) or e2ee (end-to-end; some features unavailable)',
    '会议加密方式：enhanced_encryption（增强加密，密钥保存在云端）或 e2ee（端到端加密，部分功能不可用）',
  ),
  'settings.encryption_type': {
    en: 'Encryption: enhanced_encryption (keys kept in the cloud) or e2ee (end-to-end; cloud recording and phone dial-in unavailable).',
    zh: '加密方式：enhanced_encryption（增强加密，密钥保存在云端）或 e2ee（端到端加密，不能使用云录制和电话拨入）。',
  },

  // Meetings: the generic names
  'Meetings:id': {
    en: 'The meeting ID (meeting number); for a saved template, a registrant or a poll, that object’s ID.',
    zh: '会议号；对保存的模板、注册者或投票，则为该对象的 ID。',
  },
  'Meetings:meetings.id': { en: 'The meeting ID (meeting number).', zh: '会议号。' },
  'Meetings:templates.id': { en: 'The template’s ID.', zh: '模板 ID。' },
  'Meetings:registrants.id': { en: 'The registrant’s ID.', zh: '注册者 ID。' },
  'Meetings:polls.id': { en: 'The poll’s ID.', zh: '投票 ID。' },
  'Meetings:participants.id': participantUserId,
  'Meetings:contacts.id': {
    en: 'User ID of the account user to invite (or give email).',
    zh: '要邀请的账户用户的 ID（或提供 email）。',
  },
  'Meetings:name': { en: 'Name of the template to save, 1–64 characters.', zh: '要保存的模板名称，1–64 个字符。' },
  'Meetings:authentication_exception.name': {
    en: 'Name of the person allowed to join without authentication.',
    zh: '无需身份验证即可入会的人员姓名。',
  },
  'Meetings:channels.name': { en: 'Name of the video management channel.', zh: '视频管理频道的名称。' },
  'Meetings:rooms.name': { en: 'Name of the breakout room.', zh: '分组讨论室的名称。' },
  'Meetings:attendees.name': {
    en: 'Name shown for this attendee in the meeting, up to 64 characters.',
    zh: '该观众在会议中显示的名称，最多 64 个字符。',
  },
  'Meetings:templates.name': { en: 'The template’s name.', zh: '模板名称。' },
  'Meetings:questions.name': { en: 'The question’s text, up to 255 characters.', zh: '问题内容，最多 255 个字符。' },
  'Meetings:participants.name': { en: 'The participant’s display name.', zh: '参会者的显示名称。' },
  'Meetings:type': {
    en: 'Meeting type: 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time (also 4 PMI, 10 screen share only). List filter: scheduled (default), live, upcoming, upcoming_meetings, previous_meetings. Token: closed_caption_token.',
    zh: '会议类型：1 即时会议，2 已安排的会议，3 无固定时间的周期性会议，8 固定时间的周期性会议（另有 4 PMI 会议，10 仅共享屏幕）。列表筛选：scheduled（默认）、live、upcoming、upcoming_meetings、previous_meetings。令牌：closed_caption_token。',
  },
  'Meetings:meetings.type': {
    en: 'Meeting type: 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time.',
    zh: '会议类型：1 即时会议，2 已安排的会议，3 无固定时间的周期性会议，8 固定时间的周期性会议。',
  },
  'Meetings:recurrence.type': {
    en: 'How the meeting repeats: 1 daily, 2 weekly, 3 monthly.',
    zh: '重复方式：1 每天，2 每周，3 每月。',
  },
  'Meetings:global_dial_in_numbers.type': {
    en: 'Kind of number: toll or tollfree.',
    zh: '号码类型：toll（收费）或 tollfree（免费）。',
  },
  'Meetings:templates.type': {
    en: 'Template kind: 1 meeting template, 2 admin meeting template.',
    zh: '模板类型：1 会议模板，2 管理员会议模板。',
  },
  'Meetings:custom_questions.type': {
    en: 'Answer format: short (free text), single (one choice) or multiple (several choices).',
    zh: '作答方式：short（自由文本）、single（单选）或 multiple（多选）。',
  },
  'Meetings:questions.type': {
    en: 'Question type: single, multiple, matching, rank_order, short_answer, long_answer, fill_in_the_blank or rating_scale.',
    zh: '题型：single（单选）、multiple（多选）、matching（匹配）、rank_order（排序）、short_answer（简答）、long_answer（长答）、fill_in_the_blank（填空）或 rating_scale（评分）。',
  },
  'Meetings:status': {
    en: 'Meeting: waiting or started. Registrant: approved, pending or denied (list filter default approved). Poll: notstart, started, ended, sharing (results) or deactivated.',
    zh: '会议：waiting（未开始）或 started（进行中）。注册者：approved、pending 或 denied（列表筛选默认 approved）。投票：notstart、started、ended、sharing（共享结果）或 deactivated。',
  },
  'Meetings:occurrences.status': {
    en: 'available, or deleted once this occurrence has been deleted.',
    zh: 'available（可用），该会议场次被删除后为 deleted。',
  },
  'Meetings:registrants.status': {
    en: 'The registrant’s status: approved, pending (awaiting approval) or denied.',
    zh: '注册者状态：approved（已批准）、pending（待批准）或 denied（已拒绝）。',
  },
  'Meetings:polls.status': {
    en: 'The poll’s status: notstart, started, ended, sharing (results shown) or deactivated.',
    zh: '投票状态：notstart（未开始）、started（进行中）、ended（已结束）、sharing（正在共享结果）或 deactivated（已停用）。',
  },
  'Meetings:participants.status': {
    en: 'Where the participant was: in_meeting or in_waiting_room.',
    zh: '参会者所在位置：in_meeting（会中）或 in_waiting_room（等候室）。',
  },
  'Meetings:action': {
    en: 'Meeting: end, or recover a deleted meeting. Registrants: approve, cancel or deny. Live stream: start, stop, or mode (change the layout only).',
    zh: '会议：end（结束），或 recover（恢复已删除的会议）。注册者：approve、cancel 或 deny。直播：start、stop 或 mode（仅更改布局）。',
  },
  'Meetings:country': {
    en: 'The registrant’s country or region, as a two-letter code.',
    zh: '注册者所在国家/地区，两个字母的代码。',
  },
  'Meetings:global_dial_in_numbers.country': {
    en: 'Country or region code of the dial-in number, e.g. BR.',
    zh: '拨入号码所属国家/地区的代码，如 BR。',
  },
  'custom_keys.key': { en: 'The custom key, up to 64 characters.', zh: '自定义键，最多 64 个字符。' },
  'custom_keys.value': { en: 'Value of the custom key, up to 256 characters.', zh: '自定义键的值，最多 256 个字符。' },
  'additional_headers.key': { en: 'Name of the SIP header.', zh: 'SIP 头的名称。' },
  'additional_headers.value': { en: 'Value of the SIP header.', zh: 'SIP 头的值。' },
  'tracking_fields.value': { en: 'The tracking field’s value for this meeting.', zh: '该会议在此跟踪字段上的取值。' },
  'custom_questions.value': { en: 'The registrant’s answer to the question.', zh: '注册者对该问题的回答。' },
  field: { en: 'The tracking field’s name (its label).', zh: '跟踪字段的名称（标签）。' },

  // Accounts
  'Accounts:id': {
    en: 'The sub account’s ID; for an uploaded virtual background file, the file’s ID.',
    zh: '子账户 ID；对上传的虚拟背景文件则为文件 ID。',
  },
  'Accounts:accounts.id': { en: 'The sub account’s ID.', zh: '子账户 ID。' },
  'Accounts:name': { en: 'File name of the uploaded virtual background.', zh: '上传的虚拟背景的文件名。' },
  'Accounts:type': regOrFileType,
  'Accounts:country': { en: 'Country or region of the sub account’s address.', zh: '子账户地址所在的国家/地区。' },
  'domains.status': { en: 'Verification status of the domain, e.g. verified.', zh: '域名的验证状态，如 verified。' },

  // Billing
  'Billing:id': { en: 'ID of the invoice, or of the invoice report.', zh: '发票 ID，或发票报告 ID。' },
  'Billing:invoices.id': { en: 'The invoice’s ID.', zh: '发票 ID。' },
  'Billing:invoice_reports.id': {
    en: 'The report’s ID (its creation time in milliseconds).',
    zh: '报告 ID（即其创建时间的毫秒数）。',
  },
  'Billing:type': {
    en: 'Plan code: a base plan’s such as monthly or business_yearly, or an add-on’s (the add-on to change or cancel).',
    zh: '套餐代码：基础套餐如 monthly 或 business_yearly，或附加套餐的代码（要更改或取消的附加套餐）。',
  },
  'Billing:status': {
    en: 'The invoice’s status (Posted), or the report’s: Completed, or Available when its details are read.',
    zh: '发票状态（Posted），或报告状态：Completed，读取报告详情时为 Available。',
  },
  'Billing:invoices.status': {
    en: 'The invoice’s status; invoices here are Posted.',
    zh: '发票状态；此服务器上的发票均为 Posted。',
  },
  'Billing:invoice_reports.status': {
    en: 'The report’s status: Completed, as reports are built at once.',
    zh: '报告状态：报告会立即生成，因此为 Completed。',
  },
  ...inGroups(['Billing'], {
    'plan_base.status': planStatus,
    'plan_zoom_rooms.status': planStatus,
    'plan_room_connector.status': planStatus,
    'plan_large_meeting.status': planStatus,
    'plan_webinar.status': planStatus,
    'plan_zoom_events.status': planStatus,
    'plan_audio.status': planStatus,
  }),
  'Billing:action': { en: 'Must be cancel.', zh: '必须为 cancel。' },
  'Billing:country': {
    en: 'The billing contact’s country, as a two-letter code (e.g. US).',
    zh: '账单联系人所在国家/地区，两个字母的代码（如 US）。',
  },

  // Groups, roles, IM groups
  'Groups:id': {
    en: 'The group’s ID; for an uploaded virtual background file, the file’s ID.',
    zh: '群组 ID；对上传的虚拟背景文件则为文件 ID。',
  },
  'Groups:groups.id': { en: 'The group’s ID.', zh: '群组 ID。' },
  'Groups:members.id': memberId,
  'Groups:admins.id': {
    en: 'User ID of the admin to add (or give email).',
    zh: '要添加的管理员的用户 ID（或提供 email）。',
  },
  'Groups:name': {
    en: 'The group’s name, up to 128 characters; for an uploaded virtual background, the file name.',
    zh: '群组名称，最多 128 个字符；对上传的虚拟背景则为文件名。',
  },
  'Groups:groups.name': { en: 'The group’s name.', zh: '群组名称。' },
  'Groups:admins.name': { en: 'The admin’s name.', zh: '管理员的姓名。' },
  'Groups:type': regOrFileType,
  'Groups:members.type': memberType,
  'Groups:action': {
    en: 'move: move the member to the group in target_group_id; set_primary: make that group the member’s primary group.',
    zh: 'move：将成员移到 target_group_id 指定的群组；set_primary：将该群组设为成员的主群组。',
  },
  'Roles:id': { en: 'The role’s ID.', zh: '角色 ID。' },
  'Roles:members.id': memberId,
  'Roles:name': { en: 'The role’s name.', zh: '角色名称。' },
  'Roles:type': {
    en: 'Kind of role: common (an ordinary role) or iq (a Zoom Revenue Accelerator role).',
    zh: '角色种类：common（普通角色）或 iq（Zoom Revenue Accelerator 角色）。',
  },
  'Roles:members.type': memberType,
  'IM Groups:id': { en: 'The IM group’s ID.', zh: 'IM 群组 ID。' },
  'IM Groups:members.id': memberId,
  'IM Groups:name': { en: 'The IM group’s name, up to 128 characters.', zh: 'IM 群组名称，最多 128 个字符。' },
  'IM Groups:type': {
    en: 'Visibility: normal (members see each other; others can search them), shared (everyone in the account sees it), restricted (only members see it).',
    zh: '可见性：normal（成员互相可见，其他人可搜索成员）、shared（账户内所有人可见）、restricted（仅成员可见）。',
  },
  'IM Groups:members.type': memberType,

  // Information barriers, tracking fields, webhooks
  'Information Barriers:id': {
    en: 'The policy’s ID; the server assigns it, so a value sent in a request is ignored.',
    zh: '策略 ID；由服务器分配，请求中提供的值会被忽略。',
  },
  'Information Barriers:status': {
    en: 'Whether the policy is on: 1 enabled, 0 disabled.',
    zh: '策略是否启用：1 已启用，0 已停用。',
  },
  'Information Barriers:type': {
    en: 'Chat rule: 0 block, two-way chat; 1 block, only the first group can chat with the second; 2 no block, that one-way chat; 3 no block, two-way chat.',
    zh: '聊天规则：0 有阻止，双向聊天；1 有阻止，仅第一个群组可与第二个群组聊天；2 无阻止，同样仅单向聊天；3 无阻止，双向聊天。',
  },
  'Tracking Field:id': { en: 'The tracking field’s ID.', zh: '跟踪字段 ID。' },
  'event_subscriptions.status': {
    en: 'active, or disabled after six failed URL validations in a row (updating the URL re-enables it).',
    zh: 'active（正常），或连续 6 次 URL 验证失败后为 disabled（更新 URL 后重新启用）。',
  },
  'webhook_logs.status': {
    en: 'HTTP status the endpoint answered, or a negative code when the request failed before any answer.',
    zh: '端点返回的 HTTP 状态码；请求在收到响应前失败时为负数代码。',
  },
  'Webhooks:type': {
    en: 'Which deliveries to list: 1 all, 2 successful, 3 failed.',
    zh: '要列出的推送记录：1 全部，2 成功，3 失败。',
  },

  // Simulator
  'Simulator:id': {
    en: 'The meeting ID (meeting number); for a participant session, the participant’s user ID in the account (empty for guests); for a webinar tracking source, the source’s ID; for a Q&A question, its ID.',
    zh: '会议号；对参会者会话，则为参会者在账户中的用户 ID（访客为空）；对网络研讨会跟踪来源，则为来源 ID；对问答问题，则为问题 ID。',
  },
  'Simulator:participants.id': participantUserId,
  'Simulator:meeting.id': { en: 'Meeting ID of an existing meeting to play.', zh: '要模拟的已有会议的会议号。' },
  'Simulator:name': {
    en: 'The participant’s display name, up to 200 characters; when joining, defaults to the account user’s name, else to the phone number of a caller or the name of a room system. For a data snapshot, its name: up to 40 letters, digits, `-` or `_`.',
    zh: '参会者的显示名称，最多 200 个字符；加入时默认为对应账户用户的名称，否则为电话参会者的电话号码或会议室设备的名称。对于数据快照，则为快照名称：最多 40 个字母、数字、`-` 或 `_`。',
  },
  'Simulator:status': {
    en: 'The meeting’s status: waiting or started; after a recording action, the recording’s state: recording, paused or stopped; for a Q&A question, open or answered; for a participant’s session, in_meeting or in_waiting_room.',
    zh: '会议状态：waiting 或 started；执行录制操作后为录制状态：recording、paused 或 stopped；对问答问题为 open 或 answered；对参会者的入会记录为 in_meeting 或 in_waiting_room。',
  },
  'Simulator:action': {
    en: 'Screen share: start or stop. Recording: start, stop, pause or resume.',
    zh: '屏幕共享：start 或 stop。录制：start、stop、pause 或 resume。',
  },
  'Simulator:meeting.create.type': {
    en: 'Type of the meeting to create: 1 instant, 2 scheduled, 3 recurring without fixed time, 8 recurring with fixed time.',
    zh: '要创建的会议类型：1 即时会议，2 已安排的会议，3 无固定时间的周期性会议，8 固定时间的周期性会议。',
  },
}
