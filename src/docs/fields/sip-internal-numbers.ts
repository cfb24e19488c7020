import type { FieldDocs } from './index.js'

// SIP Connected Audio: internal numbers and internal call-out countries. The properties of an internal number
// appear at the top of the update body and under `internal_numbers` elsewhere; one group key covers both.
export const sipInternalNumbersFields: FieldDocs = {
  'SIP Connected Audio:numberId': {
    en: 'ID of the internal number, as Add internal numbers or List internal numbers gave it.',
    zh: '内部号码的 ID，取自“添加内部号码”或“列出内部号码”的返回结果。',
  },
  'SIP Connected Audio:internal_numbers': {
    en: 'Internal numbers: phone numbers the organization owns (not Zoom’s); a request adds 1–30.',
    zh: '内部号码：组织自有（而非 Zoom 提供）的电话号码；每次请求添加 1–30 个。',
  },
  'SIP Connected Audio:internal_numbers.id': {
    en: 'ID of the internal number, assigned by the server.',
    zh: '内部号码的 ID，由服务器分配。',
  },
  'SIP Connected Audio:number': {
    en: 'The phone number in E.164 form: a plus sign and up to 15 digits, e.g. +442034810001. Unique within the account.',
    zh: 'E.164 格式的电话号码：加号后跟最多 15 位数字，例如 +442034810001。在账户内唯一。',
  },
  'SIP Connected Audio:display_number': {
    en: 'The number as shown to users, e.g. +44 20 3481 0001.',
    zh: '向用户显示的号码形式，例如 +44 20 3481 0001。',
  },
  'SIP Connected Audio:country': {
    en: 'Two-letter ISO 3166 code of the number’s country, e.g. GB; returned in capitals.',
    zh: '号码所属国家/地区的 ISO 3166 两字母代码，例如 GB；返回时为大写。',
  },
  'SIP Connected Audio:type': {
    en: 'Kind of number: 0 toll, 1 toll-free.',
    zh: '号码类型：0 为收费号码，1 为免费号码。',
  },
  'SIP Connected Audio:labels': {
    en: 'A short description of the number.',
    zh: '号码的简短说明。',
  },
  'SIP Connected Audio:languages': {
    en: 'Language the number is shown in: en-GB, en-US or de-DE.',
    zh: '显示号码所用的语言：en-GB、en-US 或 de-DE。',
  },
  'SIP Connected Audio:visible': {
    en: 'Whether users see the number in the Zoom client and web portal (default true). A visible number can always be used to join.',
    zh: '用户是否能在 Zoom 客户端和网页门户中看到该号码（默认 true）。可见的号码始终可用于入会。',
  },
  'SIP Connected Audio:allow_join': {
    en: 'Whether the number can be dialled to join a meeting (default true); always true while the number is visible.',
    zh: '是否可拨打该号码加入会议（默认 true）；号码可见时始终为 true。',
  },
  'SIP Connected Audio:allow_for_external_meetings': {
    en: 'Whether the number can be used to join meetings of other organizations (default false).',
    zh: '是否可使用该号码加入其他组织的会议（默认 false）。',
  },
  'SIP Connected Audio:countryId': {
    en: 'Two-letter ISO 3166 code of the call-out country to remove, in either case.',
    zh: '要移除的呼出国家/地区的 ISO 3166 两字母代码，大小写均可。',
  },
  'SIP Connected Audio:callout_countries': {
    en: 'Countries the account’s meetings may call out to over the SIP trunk.',
    zh: '账户的会议可通过 SIP 中继呼出的国家/地区。',
  },
  'SIP Connected Audio:callout_countries.id': {
    en: 'Two-letter ISO 3166 code of the country, e.g. DE; accepted in either case, returned in capitals.',
    zh: '国家/地区的 ISO 3166 两字母代码，例如 DE；大小写均可，返回时为大写。',
  },
  'SIP Connected Audio:callout_countries.code': {
    en: 'The country calling code, without the plus sign, e.g. 49.',
    zh: '国家/地区的电话区号，不含加号，例如 49。',
  },
  'SIP Connected Audio:callout_countries.name': {
    en: 'English name of the country.',
    zh: '国家/地区的英文名称。',
  },
}
