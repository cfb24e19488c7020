import type { OperationDocs } from './index.js'

export const usersDocs: OperationDocs = {
  // Users
  users: {
    en: 'Lists the account’s users of one status (active unless asked; inactive or pending otherwise), optionally of one role, page by page with `next_page_token` or the older `page_number`. `include_fields` adds custom attributes or host keys. The master account form lists a sub account’s users. Answers 400/300 for an invalid or expired page token.',
    zh: '分页列出账户中某一状态的用户（默认为活跃，也可为停用或待确认），可按角色筛选，使用 `next_page_token` 或旧的 `page_number` 翻页。`include_fields` 可附加自定义属性或主持人密钥。主账户形式列出子账户的用户。分页令牌无效或过期时返回 400/300。',
  },
  userCreate: {
    en: 'Adds a user to the account and answers 201 with its ID, names, email and type. `create` invites the user, who stays pending until confirmed; `autoCreate` (with a password), `custCreate` and `ssoCreate` make an active user at once. Emits `user.created`. Answers 409/1005 when the email is taken, 400/200 for a licensed user on a free account, 400/300 for a missing or weak password, 429/429 past the plan’s daily invitations.',
    zh: '向账户添加用户，返回 201 以及用户 ID、姓名、邮箱和类型。`create` 发出邀请，用户确认前处于待确认状态；`autoCreate`（需提供密码）、`custCreate` 和 `ssoCreate` 直接创建活跃用户。触发 `user.created` 事件。邮箱已被使用时返回 409/1005；免费账户创建授权用户时返回 400/200；密码缺失或不符合规则时返回 400/300；超出套餐每日邀请数时返回 429/429。',
  },
  user: {
    en: 'Returns a user by ID, email or `me`: profile, type, role, status, personal meeting ID, sign-in types and the groups and IM groups the user belongs to. Answers 404/1001 when the account has no such user, and 400/200 when a user-level token asks for anyone but its own user.',
    zh: '按 ID、邮箱或 `me` 返回用户：个人资料、类型、角色、状态、个人会议号（PMI）、登录方式，以及所属群组和 IM 群组。账户中没有该用户时返回 404/1001；用户级令牌查询自身以外的用户时返回 400/200。',
  },
  userUpdate: {
    en: 'Changes only the profile fields sent; a display name nobody chose follows new first and last names. Emits `user.updated` with old and new values of what changed. Answers 400/300 when `type`, `plan_united_type` and `zoom_one_type` are combined, or for an unusable or taken personal meeting ID; 400/200 for a licensed type on a free account; 400/4100 when the personal link name is taken.',
    zh: '只修改请求中给出的个人资料字段；未自定义的显示名随新的名和姓变化。触发 `user.updated` 事件，附带变化字段的新旧值。同时修改 `type`、`plan_united_type` 和 `zoom_one_type` 中的多项，或个人会议号（PMI）不可用或已被占用时返回 400/300；免费账户设为授权用户时返回 400/200；个人链接名已被占用时返回 400/4100。',
  },
  userDelete: {
    en: 'Removes the user from the account for good; `action` is `disassociate` (default) or `delete`. Their meetings go to the `transfer_email` user with `transfer_meeting`, or are deleted; group seats are released. Emits `user.disassociated` or `user.deleted`. Answers 400/200 for the account owner, 400/1117 to disassociate an admin, 404/1001 when the transfer user is not a confirmed user of the account.',
    zh: '将用户永久移出账户；`action` 为 `disassociate`（默认）或 `delete`。带 `transfer_meeting` 时其会议转给 `transfer_email` 指定的用户，否则删除；其群组成员身份一并移除。触发 `user.disassociated` 或 `user.deleted` 事件。删除账户所有者时返回 400/200；解除管理员关联时返回 400/1117；转移对象不是本账户已确认的用户时返回 404/1001。',
  },
  userStatus: {
    en: 'Deactivates a member or activates a deactivated one, emitting `user.deactivated` or `user.activated`; a user already in that status is left as is. Needs an account-level token (400/200 otherwise). Answers 400/200 for the account owner and admins, and 400/300 for a pending user.',
    zh: '停用成员或重新启用已停用的成员，并触发 `user.deactivated` 或 `user.activated` 事件；已处于目标状态的用户保持不变。需要账户级令牌（否则返回 400/200）。账户所有者和管理员返回 400/200；待确认用户返回 400/300。',
  },
  userEmailUpdate: {
    en: 'Changes a user’s sign-in email, at most three times in any 24 hours, and emits `user.updated` with the old and new address. Only an account-level token may do it (400/200 otherwise). Answers 409/1005 when any Zoom user already holds the address, and 400/300 once the day’s changes are used up.',
    zh: '修改用户的登录邮箱，任意 24 小时内最多三次，并触发 `user.updated` 事件，附带新旧邮箱。仅限账户级令牌（否则返回 400/200）。该邮箱已被任一 Zoom 用户使用时返回 409/1005；当日修改次数用完时返回 400/300。',
  },
  userPassword: {
    en: 'Sets a new password for a user who signs in with email and password, checked against the account’s password policy; emits `user.updated`. Answers 400/1123 for other sign-in types; 400/1117 for the owner’s password unless the owner calls, or an admin’s unless that admin or the owner calls; 400/1124–1136 for a rule broken; 400/1129 for one of the last five passwords; 400/300 for the current one or past six changes a day.',
    zh: '为使用邮箱和密码登录的用户设置新密码，按账户的密码策略校验，并触发 `user.updated` 事件。其他登录方式返回 400/1123；修改账户所有者的密码（除非本人调用）或管理员的密码（除非本人或所有者调用）返回 400/1117；违反规则返回 400/1124–1136；与最近五个密码之一相同返回 400/1129；与当前密码相同或一天内修改超过六次返回 400/300。',
  },
  userPermission: {
    en: 'Returns the privileges of the user’s role as `Resource:Read` and `Resource:Edit` names: every privilege for the owner, all but billing and sub-account changes for an admin, hosting and joining meetings for a member. Answers 404/1001 for an unknown user.',
    zh: '以 `Resource:Read` 和 `Resource:Edit` 的形式返回用户角色的权限：账户所有者拥有全部权限，管理员拥有除账单和子账户变更以外的权限，成员只能主持和参加会议。用户不存在时返回 404/1001。',
  },
  userToken: {
    en: 'Issues a signed token for the user: `zak` (valid two hours, 90 days for custCreate users, or `ttl` seconds) to start meetings, or the deprecated `token` (14 days), which is null for users signing in only with Google or Facebook. Revoking the user’s SSO token invalidates those issued before. Answers 404/1001 for an unknown user.',
    zh: '为用户签发令牌：用于开始会议的 `zak`（两小时内有效，custCreate 用户为 90 天，或按 `ttl` 秒数），或已弃用的 `token`（14 天），仅使用 Google 或 Facebook 登录的用户该值为 null。撤销用户的 SSO 令牌后，之前签发的令牌失效。用户不存在时返回 404/1001。',
  },
  userSSOTokenDelete: {
    en: 'Signs the user out of all devices: every token and ZAK issued to the user until now stops working. Emits `user.updated`. Answers 204; 404/1001 for an unknown user; 400/200 when a user-level token names anyone but its own user.',
    zh: '让用户在所有设备上退出登录：此前为该用户签发的所有令牌和 ZAK 均失效。触发 `user.updated` 事件。返回 204；用户不存在时返回 404/1001；用户级令牌指定自身以外的用户时返回 400/200。',
  },
  userSummary: {
    en: 'Counts the account’s users by license type: licensed, basic, on-premises, room and join-only users, with the total. Pending invitations are counted apart and left out of the total.',
    zh: '按许可证类型统计账户的用户数：授权用户、基础用户、本地部署用户、会议室用户和仅入会用户，以及总数。待确认的邀请单独计数，不计入总数。',
  },
  userEmail: {
    en: 'Tells whether an email belongs to a user of the caller’s account who signs in with email and password. An address held in another account, or by a user signing in through SSO or a social login, answers false. Answers 400/300 when `email` is missing.',
    zh: '检查某邮箱是否属于调用方账户中使用邮箱和密码登录的用户。其他账户的邮箱，或通过 SSO、社交账户登录的用户的邮箱，结果均为 false。未提供 `email` 时返回 400/300。',
  },

  // Assistants, schedulers, devices, account, features
  userAssistants: {
    en: 'Lists the user’s assistants: the users granted scheduling privilege, who may schedule meetings for the user, each with whether they may manage private events. Answers 404/1001 for an unknown user.',
    zh: '列出用户的助理，即获得日程安排权限、可为该用户安排会议的用户，并注明每位助理能否管理私人活动。用户不存在时返回 404/1001。',
  },
  userAssistantCreate: {
    en: 'Grants scheduling privilege to the listed users, by ID or email, all or none, and answers 201 with their IDs and the time. Both the user and each assistant must be licensed, and assistants active users of the same account. Every refusal is 400/200: a free account, an unlicensed user, an unknown or inactive assistant, the user themselves, or an existing assistant.',
    zh: '按 ID 或邮箱授予所列用户日程安排权限，全部成功或全部不授予，返回 201 以及这些用户的 ID 和授予时间。该用户和每位助理都须为授权用户，助理须为同一账户中的活跃用户。所有拒绝均为 400/200：免费账户、未授权用户、助理不存在或未激活、指定自己，或已是助理。',
  },
  userAssistantsDelete: {
    en: 'Removes all of the user’s assistants; none of them may schedule for the user any longer. Answers 204, also when there were none; 404/1001 for an unknown user.',
    zh: '移除用户的全部助理，他们不再能为该用户安排会议。返回 204（没有助理时也是如此）；用户不存在时返回 404/1001。',
  },
  userAssistantDelete: {
    en: 'Removes one assistant, named by ID or email, so they can no longer schedule for the user. Answers 204; 404/1001 when the user is unknown or that user is not one of their assistants.',
    zh: '移除一位助理（按 ID 或邮箱指定），其不再能为该用户安排会议。返回 204；用户不存在或对方不是其助理时返回 404/1001。',
  },
  userSchedulers: {
    en: 'Lists the user’s schedulers: the users who made this user their assistant, with their ID, email and personal meeting ID. Answers 404/1001 for an unknown user.',
    zh: '列出用户的日程安排人，即将该用户设为助理的用户，附带其 ID、邮箱和个人会议号（PMI）。用户不存在时返回 404/1001。',
  },
  userSchedulersDelete: {
    en: 'Makes the user stop being anyone’s assistant, removing all their schedulers. Answers 204, also when there were none; 404/1001 for an unknown user.',
    zh: '使该用户不再担任任何人的助理，移除其全部日程安排人。返回 204（没有时也是如此）；用户不存在时返回 404/1001。',
  },
  userSchedulerDelete: {
    en: 'Makes the user stop being one scheduler’s assistant; the scheduler is named by ID or email. Answers 204; 404/1001 when the user is unknown or not that scheduler’s assistant.',
    zh: '使该用户不再担任某位日程安排人的助理（按 ID 或邮箱指定日程安排人）。返回 204；用户不存在或不是其助理时返回 404/1001。',
  },
  listCollaborationDevices: {
    en: 'Lists the Zoom Rooms devices the user is signed in to, all in one answer: name, room, versions, system and online status. Answers 404/1001 for an unknown user.',
    zh: '一次列出用户已登录的 Zoom Rooms 设备：名称、会议室、版本、系统和在线状态。用户不存在时返回 404/1001。',
  },
  getCollaborationDevice: {
    en: 'Returns one collaboration device of the user: name, room, versions, system and online status. Answers 404/1238 when the user has no such device, and 404/1001 for an unknown user.',
    zh: '返回用户的一台协作设备：名称、会议室、版本、系统和在线状态。用户没有该设备时返回 404/1238；用户不存在时返回 404/1001。',
  },
  switchUserAccount: {
    en: 'Master accounts only: moves a user of the account in the path to `account_id`, the master itself or another of its active sub accounts; the user leaves their groups. Answers 204; 400/200 when the caller is not a master account or the user is the owner or an admin; 400/2001 for a target outside the family; 409/1005 when the user is already there.',
    zh: '仅限主账户：将路径中账户的用户移到 `account_id` 指定的账户，即主账户本身或其另一个活跃子账户；用户随之离开所在群组。返回 204；调用方不是主账户，或该用户为账户所有者或管理员时返回 400/200；目标账户不属于该主账户时返回 400/2001；用户已在目标账户时返回 409/1005。',
  },
  bulkUpdateFeature: {
    en: 'Sets one feature (user type, Zoom United or Zoom One plan, large meeting, webinar, Zoom Events, concurrent meeting and others) to one value for many users, by ID or email. Answers 200 with the IDs updated and the failures grouped by reason: not found, unpaid account, not a licensed user, conflicting plan, nothing to change. An unusable value is 400/300 for the whole request.',
    zh: '按 ID 或邮箱为多位用户将同一功能（用户类型、Zoom United 或 Zoom One 套餐、大型会议、网络研讨会、Zoom Events、并发会议等）设为同一值。返回 200，列出已更新的 ID，失败按原因分组：用户不存在、账户未付费、非授权用户、套餐冲突、无需更新。值不可用时整个请求返回 400/300。',
  },

  // Settings, picture, virtual backgrounds
  userSettings: {
    en: 'Returns the settings in effect for the user: account, group and license values with the user’s own changes, locked settings as their lock decides. `option` returns the meeting or recording authentication profiles or `meeting_security` instead; `custom_query_fields` keeps only the named fields. Answers 400/1120 for a pending user whose invitation has lapsed, 404/1001 for an unknown user.',
    zh: '返回用户当前生效的设置：由账户、群组和许可证的值与用户自己的修改合成，锁定的设置取锁定值。`option` 改为返回会议或录制的身份验证配置，或 `meeting_security`；`custom_query_fields` 只保留指定字段。邀请已失效的待确认用户返回 400/1120；用户不存在时返回 404/1001。',
  },
  userSettingsUpdate: {
    en: 'Changes only the settings sent, or with `option` the authentication profiles or meeting security; a locked setting is stored but its locked value still applies. Answers 204; 400/1108, 1122, 1206 or 1207 when an unlicensed user is given large meetings, webinars, Zoom Events or concurrent meetings; 400/1204 or 1205 for webinars together with Zoom Events; 400/1120 for a lapsed invitation.',
    zh: '只修改请求中给出的设置；带 `option` 时修改身份验证配置或会议安全设置。锁定的设置会保存，但仍以锁定值为准。返回 204；为未授权用户开启大型会议、网络研讨会、Zoom Events 或并发会议时返回 400/1108、1122、1206 或 1207；同时开启网络研讨会和 Zoom Events 时返回 400/1204 或 1205；邀请已失效时返回 400/1120。',
  },
  userPicture: {
    en: 'Sets the user’s profile picture from the multipart field `pic_file`: a JPG or PNG image of at most 2 MB. Answers 201 without a body; 400/120 for an empty file, a file over 2 MB or another format; 404/1001 for an unknown user.',
    zh: '用 multipart 字段 `pic_file` 设置用户头像：不超过 2 MB 的 JPG 或 PNG 图片。返回 201，无响应体；文件为空、超过 2 MB 或格式不符时返回 400/120；用户不存在时返回 404/1001。',
  },
  userPictureDelete: {
    en: 'Removes the user’s profile picture. Answers 204, also when the user had none; 404/1001 for an unknown user.',
    zh: '删除用户头像。返回 204（没有头像时也是如此）；用户不存在时返回 404/1001。',
  },
  uploadVBuser: {
    en: 'Adds a virtual background file for the user from the multipart field `file`: a JPG, GIF or PNG image, or a video from 360p to 1080p when the user’s settings allow videos; at most 15 MB and 10 files per user. Answers 201 with the file’s ID, name, type and size; 400/120 for a missing, oversized or unsupported file or past 10 files.',
    zh: '用 multipart 字段 `file` 为用户添加虚拟背景文件：JPG、GIF 或 PNG 图片；用户设置允许视频时也可为 360p 至 1080p 的视频。单个文件最大 15 MB，每位用户最多 10 个。返回 201 以及文件 ID、名称、类型和大小；文件缺失、过大、格式不支持或超过 10 个时返回 400/120。',
  },
  delUserVB: {
    en: 'Deletes the user’s virtual background files named in `file_ids`, comma separated. Answers 204; 400/300 when the list is empty or names a file that is not the user’s; 404/1001 for an unknown user.',
    zh: '删除 `file_ids`（逗号分隔）所列的用户虚拟背景文件。返回 204；列表为空或包含不属于该用户的文件时返回 400/300；用户不存在时返回 404/1001。',
  },
}
