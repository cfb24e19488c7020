import type { FieldDocs } from './index.js'

// SIP Connected Audio: SIP trunks a master account gives its sub accounts from its own pool, the SIP trunk numbers
// it assigns them, and the SIP trunk configuration it sets on them. A trunk's properties are described once under
// `sip_trunks`, for the assign body and both answers.
export const sipTrunksFields: FieldDocs = {
  trunkId: {
    en: 'ID of a SIP trunk the account has, as List SIP trunks shows it.',
    zh: '账户所拥有的 SIP 中继的 ID，取自“列出 SIP 中继”的返回结果。',
  },
  sip_trunks: {
    en: 'SIP trunks: in a request, at least one trunk of the master account’s pool to assign; in an answer, the account’s trunks.',
    zh: 'SIP 中继：在请求中为要分配的主账户中继（至少一个）；在响应中为账户的中继。',
  },
  'sip_trunks.id': {
    en: 'ID of the SIP trunk. To assign one, give the ID of a trunk the master account lists for itself (List SIP trunks with `me`); the sub account’s trunk keeps that ID.',
    zh: 'SIP 中继的 ID。分配时给出主账户自身列出的中继的 ID（使用 `me` 调用“列出 SIP 中继”）；子账户的中继沿用该 ID。',
  },
  'sip_trunks.name': {
    en: 'Name of the SIP trunk, as the master account’s pool names it.',
    zh: 'SIP 中继的名称，与主账户中继池中的名称相同。',
  },
  'sip_trunks.sip_server_address': {
    en: 'IP address or domain name of the SIP server the trunk connects to.',
    zh: '该中继所连接的 SIP 服务器的 IP 地址或域名。',
  },
  'sip_trunks.dnis': {
    en: 'DNIS (dialled number identification) that identifies the account on the trunk. A sub account’s DNIS is the first five digits of the master trunk’s DNIS followed by more digits, at most 8 digits in all (e.g. 18888101 for a master DNIS of 1888812345).',
    zh: '在中继上标识该账户的 DNIS（被叫号码识别码）。子账户的 DNIS 由主账户中继 DNIS 的前五位数字加上更多数字组成，总长最多 8 位（例如主账户 DNIS 为 1888812345 时可为 18888101）。',
  },
  'sip_trunks.number_prefix': {
    en: 'Prefix of the phone numbers routed over this trunk; "0" routes every call over it.',
    zh: '经由此中继路由的电话号码前缀；为 "0" 时所有呼叫都经由此中继。',
  },
  'sip_trunks.outbound_caller_id': {
    en: 'Caller ID shown for calls placed over the trunk, up to 32 characters; left out when none was assigned.',
    zh: '经由该中继发起的呼叫所显示的主叫号码，最多 32 个字符；未分配时不返回。',
  },
  'SIP Connected Audio:phone_numbers': {
    en: 'SIP trunk numbers: in a request, at least one number of the master account to assign, in E.164 form (the plus sign may be left out); in an answer, the account’s numbers.',
    zh: 'SIP 中继号码：在请求中为要分配的主账户号码（至少一个），使用 E.164 格式（可省略加号）；在响应中为账户的号码。',
  },
  'SIP Connected Audio:phone_numbers.number': {
    en: 'The phone number in E.164 form, e.g. +18888120001.',
    zh: 'E.164 格式的电话号码，例如 +18888120001。',
  },
  'SIP Connected Audio:phone_numbers.country': {
    en: 'Two-letter ISO 3166 code of the number’s country, e.g. US.',
    zh: '号码所属国家/地区的 ISO 3166 两字母代码，例如 US。',
  },
  'SIP Connected Audio:enable': {
    en: 'true applies the master account’s SIP Connected Audio configuration to the account; false removes it. Default false.',
    zh: 'true 表示对该账户应用主账户的 SIP Connected Audio 配置；false 表示移除该配置。默认为 false。',
  },
  show_callout_internal_number: {
    en: 'Whether the call-out numbers of Zoom’s carrier partners appear among the account’s call-out numbers in the web portal and the Zoom client. Default false.',
    zh: 'Zoom 运营商合作伙伴提供的呼出号码是否显示在网页门户和 Zoom 客户端的账户呼出号码中。默认为 false。',
  },
  show_zoom_provided_callout_countries: {
    en: 'Whether Zoom’s own list of call-out countries is offered to the account’s users; false hides it. Default true.',
    zh: '是否向账户用户提供 Zoom 自己的呼出国家/地区列表；false 表示隐藏。默认为 true。',
  },
  show_zoom_provided_numbers: {
    en: 'Zoom’s dial-in and call-out numbers on the account: 0 shown (default), 1 shown in the web portal but used only when a user picks them, 2 removed so that only internal numbers are used.',
    zh: '账户上 Zoom 提供的拨入号码和呼出号码：0 表示显示（默认），1 表示在网页门户中显示但仅在用户选择时使用，2 表示移除，只使用内部号码。',
  },
  enable_all_settings_from_master_account: {
    en: 'Whether the account takes every SIP Connected Audio setting of its master account. Default false.',
    zh: '该账户是否沿用主账户的全部 SIP Connected Audio 设置。默认为 false。',
  },
}
