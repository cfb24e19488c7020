import type { OperationDocs } from './index.js'

export const accountsDocs: OperationDocs = {
  // Sub accounts
  accounts: {
    en: 'Lists the caller’s sub accounts, oldest first, page by page, optionally only the one whose owner has `email`: name, owner, type, seats, subscription dates and account number. Master accounts only: any other account answers 400/200. Answers 400/300 for an invalid or expired page token.',
    zh: '分页列出调用方的子账户，最早创建的在前；可用 `email` 只查所有者为该邮箱的子账户。返回名称、所有者、类型、席位、订阅日期和账户编号。仅限主账户，其他账户返回 400/200。分页令牌无效或过期时返回 400/300。',
  },
  accountCreate: {
    en: 'Creates a Free sub account under the calling master account, with its owner, who can sign in at once without a confirmation email; answers 201 with the account ID, owner and creation time. Emits `account.created`. Answers 400/200 for a caller that is not a master account, 409/1005 when the owner’s email is taken, 400/1111 or 400/300 for a weak password, 400/11101 for a transfer code.',
    zh: '在调用方主账户下创建免费子账户及其所有者，所有者无需确认邮件即可登录；返回 201 以及账户 ID、所有者和创建时间。触发 `account.created` 事件。调用方不是主账户时返回 400/200；所有者邮箱已被使用时返回 409/1005；密码过于简单时返回 400/1111 或 400/300；提供转移代码时返回 400/11101。',
  },
  GetSubAccountDetails: {
    en: 'Returns one of the caller’s sub accounts, or with `me` the caller’s own account: name, number, type, owner, options shared by the master, seats, subscription dates and vanity URL. Answers 404/2001 when the ID is neither the caller’s account nor one of its sub accounts.',
    zh: '返回调用方的某个子账户；使用 `me` 时返回调用方自己的账户：名称、编号、类型、所有者、主账户共享的选项、席位、订阅日期和专属域名。ID 既不是调用方账户也不是其子账户时返回 404/2001。',
  },
  DisassociateASubAccount: {
    en: 'Detaches a sub account from the master: it goes on as a standalone account the master can no longer reach. Only Free sub accounts can leave. Emits `account.disassociated`. Answers 204; 404/2000 for a paid sub account; 404/2001 for `me` or an ID that is not one of the caller’s sub accounts.',
    zh: '解除子账户与主账户的关联：该账户作为独立账户继续存在，主账户无法再访问。只有免费子账户可以解除关联。触发 `account.disassociated` 事件。返回 204；付费子账户返回 404/2000；`me` 或不属于调用方的子账户 ID 返回 404/2001。',
  },
  accountOptionsUpdate: {
    en: 'Changes what the master shares with a sub account (room connectors, meeting connectors and hybrid resources) and who pays, the master or the sub account; only the options sent change. Answers 204; 404/2001 for `me` or an ID that is not one of the caller’s sub accounts.',
    zh: '修改主账户与子账户共享的内容（会议室连接器、会议连接器和混合资源）以及由谁付费（主账户或子账户）；只修改请求中给出的选项。返回 204；`me` 或不属于调用方的子账户 ID 返回 404/2001。',
  },
  updateAccountOwner: {
    en: 'Makes an active user of the account, named by email, its owner; the former owner stays on as an admin. Each role change emits `user.updated`. Naming the current owner changes nothing. Answers 204; 404/1001 when the account has no active user with that email; 404/2001 for an ID that is not the caller’s account or one of its sub accounts.',
    zh: '将账户中某位活跃用户（按邮箱指定）设为账户所有者，原所有者改为管理员。每次角色变化触发 `user.updated` 事件。指定当前所有者时不做更改。返回 204；账户中没有使用该邮箱的活跃用户时返回 404/1001；ID 不是调用方账户或其子账户时返回 404/2001。',
  },

  // Settings
  accountSettings: {
    en: 'Returns the account’s settings: Zoom’s defaults, what the plan decides and the account’s own changes, with its virtual background files. `option` returns the meeting or recording authentication profiles, `security` or `meeting_security` instead; `custom_query_fields` keeps only the named fields. Paid accounts only (400/200).',
    zh: '返回账户设置：由 Zoom 默认值、套餐决定的值和账户自己的修改组成，并附带虚拟背景文件。`option` 改为返回会议或录制的身份验证配置、`security` 或 `meeting_security`；`custom_query_fields` 只保留指定字段。仅限付费账户（否则返回 400/200）。',
  },
  accountSettingsUpdate: {
    en: 'Changes only the settings sent, or with `option` the authentication profiles or meeting security. Groups and users that have not changed a setting themselves follow the account. Emits `account.settings_updated` with the values replaced. Answers 204; 400/300 for badly formed domain lists; 400/200 on a free account.',
    zh: '只修改请求中给出的设置；带 `option` 时修改身份验证配置或会议安全设置。未自行修改该设置的群组和用户随账户变化。触发 `account.settings_updated` 事件，附带被替换的值。返回 204；域名列表格式错误时返回 400/300；免费账户返回 400/200。',
  },
  getAccountLockSettings: {
    en: 'Returns which settings the account locks for its groups and users; nothing is locked by default. `option=meeting_security` returns that section alone; `custom_query_fields` keeps only the named fields. Paid accounts only (400/200).',
    zh: '返回账户为其群组和用户锁定的设置；默认不锁定任何设置。`option=meeting_security` 只返回该部分；`custom_query_fields` 只保留指定字段。仅限付费账户（否则返回 400/200）。',
  },
  updateAccountLockSettings: {
    en: 'Locks or unlocks the settings sent; a locked setting takes the account’s value for every group and user, whatever they changed. Emits `account.lock_settings_updated` with the previous values. Answers 204; 400/200 on a free account.',
    zh: '锁定或解锁请求中给出的设置；锁定后，所有群组和用户都采用账户的值，不论其是否修改过。触发 `account.lock_settings_updated` 事件，附带原来的值。返回 204；免费账户返回 400/200。',
  },
  getAccountsWebinarRegistrationSettings: {
    en: 'Returns what new webinars’ registration starts with: notification and sharing options, the standard questions asked or required, the approval type and custom questions. An account that changed nothing gets Zoom’s defaults. Paid accounts only (400/200).',
    zh: '返回新网络研讨会注册的初始设置：通知和分享选项、询问或必填的标准问题、审批类型和自定义问题。未做修改的账户返回 Zoom 默认值。仅限付费账户（否则返回 400/200）。',
  },
  updateAccountsWebinarRegistrationSettings: {
    en: 'Changes the webinar registration defaults: options merge, `questions` change the standard fields named (a required field is also asked), and `custom_questions` replace the custom ones. Answers 204; 400/300 for a custom question without a title or a choice question without answers; 400/200 on a free account.',
    zh: '修改网络研讨会注册的默认设置：选项合并，`questions` 修改所列标准字段（必填字段同时会被询问），`custom_questions` 替换全部自定义问题。返回 204；自定义问题缺少标题或选择题缺少选项时返回 400/300；免费账户返回 400/200。',
  },
  uploadVB: {
    en: 'Adds a virtual background offered to all the account’s users, from the multipart field `file`: a JPG, GIF or PNG image, or a 360p to 1080p video unless videos are disallowed; at most 15 MB and 10 files per account. Answers 201 with the file’s ID, name, size and type; 400/200 when virtual backgrounds are off; 400/120 for a missing, oversized or unsupported file.',
    zh: '用 multipart 字段 `file` 添加供账户所有用户使用的虚拟背景：JPG、GIF 或 PNG 图片，未禁止视频时也可为 360p 至 1080p 的视频。单个文件最大 15 MB，每个账户最多 10 个。返回 201 以及文件 ID、名称、大小和类型；虚拟背景未开启时返回 400/200；文件缺失、过大或格式不支持时返回 400/120。',
  },
  delVB: {
    en: 'Deletes the account’s virtual background files named in `file_ids`, comma separated. Answers 204; 400/300 when the list is empty or names a file that is not the account’s.',
    zh: '删除 `file_ids`（逗号分隔）所列的账户虚拟背景文件。返回 204；列表为空或包含不属于该账户的文件时返回 400/300。',
  },
  accountManagedDomain: {
    en: 'Lists the account’s managed domains, with their verification status and the total. Domains are set up and verified in the web portal; the API only reads them. Paid accounts only (400/200).',
    zh: '列出账户的托管域名及其验证状态和总数。域名在 Web 门户中设置和验证，API 只能读取。仅限付费账户（否则返回 400/200）。',
  },
  accountTrustedDomain: {
    en: 'Lists the account’s trusted domains, which are set up in the web portal; the API only reads them. Paid accounts only (400/200).',
    zh: '列出账户的受信任域名，这些域名在 Web 门户中设置，API 只能读取。仅限付费账户（否则返回 400/200）。',
  },
}
