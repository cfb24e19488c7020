import type { FieldDocs } from './index.js'

export const tspFields: FieldDocs = {
  // The account's TSP information
  'TSP:tsp_enabled': {
    en: 'The account’s TSP switch. While it is off, every operation on users’ TSP accounts is refused with 400/2024, and meeting invitations list no TSP numbers.',
    zh: '账户的 TSP 总开关。关闭时，对用户 TSP 账户的所有操作都返回 400/2024，会议邀请中也不列出 TSP 号码。',
  },
  'TSP:enable': {
    en: 'Offer third-party audio conferencing to the account’s users: with it on, invitations of hosts with a TSP account list its dial-in numbers and conference code, and users may be given a global dial-in URL.',
    zh: '是否向账户用户提供第三方音频会议：开启后，拥有 TSP 账户的主持人的会议邀请会列出其拨入号码和会议代码，并可为用户设置全局拨入 URL。',
  },
  'TSP:tsp_provider': {
    en: 'Name of the telephony service provider. For AT&T, every TSP account must list a media link number.',
    zh: '电话服务提供商的名称。为 AT&T 时，每个 TSP 账户都必须包含媒体链接号码。',
  },
  'TSP:tsp_bridge': {
    en: 'Telephony bridge zone: US_TSP_TB (United States) or EU_TSP_TB (Europe). A user’s TSP account added without one takes the account’s.',
    zh: '电话桥区域：US_TSP_TB（美国）或 EU_TSP_TB（欧洲）。添加用户 TSP 账户时未指定则使用账户的设置。',
  },
  'TSP:dial_in_number_unrestricted': {
    en: 'Whether users may add TSP dial-in numbers that are not among the account’s.',
    zh: '是否允许用户添加账户拨入号码之外的 TSP 拨入号码。',
  },
  'TSP:modify_credential_forbidden': {
    en: 'Whether users are kept from changing their own TSP credentials.',
    zh: '是否禁止用户修改自己的 TSP 凭据。',
  },
  'TSP:master_account_setting_extended': {
    en: 'On a master account, extend its TSP settings to its sub accounts; on a sub account, take them from the master account.',
    zh: '在主账户上表示将其 TSP 设置扩展到子账户；在子账户上表示沿用主账户的 TSP 设置。',
  },

  // A user's TSP account
  'TSP:id': {
    en: 'The TSP account’s number for its user: "1" or "2", the first free one when it was added.',
    zh: 'TSP 账户在该用户下的编号："1" 或 "2"，添加时取第一个空闲编号。',
  },
  'TSP:tspId': {
    en: 'The TSP account’s number for its user: 1 or 2.',
    zh: 'TSP 账户在该用户下的编号：1 或 2。',
  },
  'TSP:tsp_accounts': {
    en: 'The user’s TSP accounts (two at most), in the order of their ids.',
    zh: '用户的 TSP 账户（最多两个），按编号排序。',
  },
  'TSP:conference_code': {
    en: 'Conference code participants enter after dialling in: digits only, 1 to 16 of them. Meeting invitations show it.',
    zh: '参会者拨入后输入的会议代码：仅限数字，1 至 16 位。会议邀请中会显示。',
  },
  'TSP:leader_pin': {
    en: 'The host’s leader PIN for starting the audio conference: digits only, 1 to 16 of them. Never shown in invitations.',
    zh: '主持人开始音频会议所用的主持人 PIN：仅限数字，1 至 16 位。不会出现在邀请中。',
  },
  'TSP:dial_in_numbers': {
    en: 'Dial-in numbers: in the account’s TSP information, those the provider set up for the account (none unless Zoom configures them); in a user’s TSP account, the numbers of that account. Sending them on an update replaces the whole list.',
    zh: '拨入号码：在账户 TSP 信息中为服务提供商为账户配置的号码（除非由 Zoom 配置，否则为空）；在用户 TSP 账户中为该账户的号码。更新时提供该字段会替换整个列表。',
  },
  'TSP:dial_in_numbers.code': {
    en: 'Country calling code of the number, up to 6 characters (e.g. 1).',
    zh: '号码的国家/地区区号，最多 6 个字符（如 1）。',
  },
  'TSP:dial_in_numbers.country_label': {
    en: 'Country label, up to 10 characters, shown instead of the code in invitations.',
    zh: '国家/地区标签，最多 10 个字符，在邀请中代替区号显示。',
  },
  'TSP:dial_in_numbers.number': {
    en: 'The dial-in number, 1 to 16 characters (e.g. +1 1000200200).',
    zh: '拨入号码，1 至 16 个字符（如 +1 1000200200）。',
  },
  'TSP:dial_in_numbers.type': {
    en: 'Number type: toll, tollfree or media_link. A media link number is the one Zoom dials to reach the provider’s bridge in place of a paid bridge number; invitations leave it out. A number sent without a type is a toll number.',
    zh: '号码类型：toll（收费）、tollfree（免费）或 media_link（媒体链接）。媒体链接号码是 Zoom 接入服务提供商电话桥所拨打的号码，用来代替付费桥接号码，邀请中不列出。未指定类型的号码按收费号码处理。',
  },
  'TSP:audio_url': {
    en: 'The user’s global dial-in page: an http or https URL of at most 512 characters, listed in the user’s meeting invitations as where to find a local number. An empty string removes it.',
    zh: '用户的全局拨入页面：http 或 https URL，最多 512 个字符，会作为查找本地号码的地址列在该用户的会议邀请中。传入空字符串则删除。',
  },
}
