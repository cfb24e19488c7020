import type { FieldDocs } from './index.js'

// Sub accounts of a master account: the list and details, the options a master shares with a sub account, and
// the account's managed and trusted domains.

export const accountFields: FieldDocs = {
  accounts: { en: 'The master account’s sub accounts on this page.', zh: '本页中主账户的子账户。' },
  account_name: { en: 'The account’s name, up to 64 characters.', zh: '账户名称，最多 64 个字符。' },
  owner_email: { en: 'Email address of the account’s owner.', zh: '账户所有者的邮箱地址。' },
  owner_id: { en: 'User ID of the account’s owner.', zh: '账户所有者的用户 ID。' },
  account_type: {
    en: 'The account’s plan tier: Free, Pro, Business or Enterprise.',
    zh: '账户的套餐级别：Free、Pro、Business 或 Enterprise。',
  },
  seats: {
    en: 'Licensed seats of the account: the hosts of its active base plan (0 without one).',
    zh: '账户的许可席位数，即其有效基础套餐的主持人数（无基础套餐时为 0）。',
  },
  subscription_start_time: {
    en: 'When the active base plan’s service started, ISO 8601 UTC; empty without a paid plan.',
    zh: '有效基础套餐的服务开始时间，ISO 8601 UTC 格式；无付费套餐时为空。',
  },
  subscription_end_time: {
    en: 'When the current base plan period ends (its next invoice date), ISO 8601 UTC.',
    zh: '当前基础套餐周期的结束时间（即下次开票日期），ISO 8601 UTC 格式。',
  },
  reseller: {
    en: 'Whether the account is a reseller account (always false here).',
    zh: '是否为经销商账户（此处始终为 false）。',
  },
  bulk_license: {
    en: 'Whether the account’s licenses come from a bulk license (always false here).',
    zh: '账户的许可证是否来自批量许可（此处始终为 false）。',
  },
  company_name: {
    en: 'The sub account’s company name, up to 128 characters.',
    zh: '子账户的公司名称，最多 128 个字符。',
  },
  options: {
    en: 'Options of the object: for a sub account, what its master shares with it; for registration, the form options.',
    zh: '对象的选项：子账户为主账户与其共享的内容；注册设置中为注册选项。',
  },
  'Accounts:options': {
    en: 'Sub account options (connectors, who pays, renewal); in webinar registration settings, the registration options.',
    zh: '子账户选项（连接器、付款方、续订）；在网络研讨会注册设置中为注册选项。',
  },
  'Groups:options': {
    en: 'Webinar registration options: host notification, closing, multiple devices, social share buttons.',
    zh: '网络研讨会注册选项：通知主持人、关闭注册、多设备加入、社交分享按钮。',
  },
  share_rc: {
    en: 'Let the sub account use the master’s Virtual Room Connectors (default false).',
    zh: '允许子账户使用主账户的虚拟会议室连接器（默认 false）。',
  },
  room_connector_list: {
    en: 'IP addresses of the Virtual Room Connectors shared with the sub account; empty shares them all.',
    zh: '与子账户共享的虚拟会议室连接器的 IP 地址；为空则全部共享。',
  },
  room_connectors: {
    en: 'The shared Virtual Room Connectors as one comma-separated string (older form of room_connector_list).',
    zh: '共享的虚拟会议室连接器，以逗号分隔的字符串表示（room_connector_list 的旧形式）。',
  },
  share_mc: {
    en: 'Let the sub account use the master’s Meeting Connectors (default false).',
    zh: '允许子账户使用主账户的会议连接器（默认 false）。',
  },
  meeting_connector_list: {
    en: 'IP addresses of the Meeting Connectors shared with the sub account; empty shares them all.',
    zh: '与子账户共享的会议连接器的 IP 地址；为空则全部共享。',
  },
  meeting_connectors: {
    en: 'The shared Meeting Connectors as one comma-separated string (older form of meeting_connector_list).',
    zh: '共享的会议连接器，以逗号分隔的字符串表示（meeting_connector_list 的旧形式）。',
  },
  pay_mode: {
    en: 'Who pays for the sub account: master (the master account, default) or sub (the sub account itself).',
    zh: '子账户的付款方：master（主账户，默认）或 sub（子账户自己）。',
  },
  billing_auto_renew: {
    en: 'Whether the sub account’s plans renew automatically.',
    zh: '子账户的套餐是否自动续订。',
  },
  resource_share_mc: {
    en: 'Share the master’s Meeting Connector resources with the sub account.',
    zh: '与子账户共享主账户的会议连接器资源。',
  },
  resource_share_mh: {
    en: 'Share the master’s Meeting Hybrid resources with the sub account.',
    zh: '与子账户共享主账户的混合会议（Meeting Hybrid）资源。',
  },
  resource_meeting_connector_list: {
    en: 'Addresses of the Meeting Connector resources shared with the sub account.',
    zh: '与子账户共享的会议连接器资源的地址。',
  },
  resource_meeting_hybrid_list: {
    en: 'Addresses of the Meeting Hybrid resources shared with the sub account.',
    zh: '与子账户共享的混合会议（Meeting Hybrid）资源的地址。',
  },
  transfer_code: {
    en: 'Code for moving an existing account under the master; account transfers are refused (error 11101).',
    zh: '将现有账户转移到主账户下的转移码；账户转移会被拒绝（错误 11101）。',
  },
  domain: { en: 'The domain name.', zh: '域名。' },
  trusted_domains: {
    en: 'The account’s trusted domains.',
    zh: '账户的受信任域名。',
  },
}
