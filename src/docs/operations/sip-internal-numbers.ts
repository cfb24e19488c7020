import type { OperationDocs } from './index.js'

export const sipInternalNumbersDocs: OperationDocs = {
  addInternalNumbers: {
    en: 'Lists 1–30 of the organization’s own phone numbers (not Zoom’s) for the master account (`me`) or one of its sub accounts, and answers 201 with them and their new IDs. A number is visible and can be used to join unless asked otherwise; a visible number can always be used to join. All are added or none. Answers 400/2100 when the account addressed has no SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account that is neither the caller nor one of its sub accounts; 400/300 for a malformed number, an unknown country, or a number given twice or already listed.',
    zh: '为主账户（`me`）或其某个子账户添加 1–30 个组织自有（而非 Zoom 提供）的电话号码，返回 201 和这些号码及其新 ID。除非另行指定，号码默认可见且可用于入会；可见的号码始终可用于入会。全部添加成功或全部不添加。所指账户没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户既不是调用方也不是其子账户时返回 404/2001；号码格式错误、国家/地区无效、号码重复给出或已存在时返回 400/300。',
  },
  listInternalNumbers: {
    en: 'Lists the internal numbers of the master account (`me`) or one of its sub accounts, oldest first, page by page. Answers 400/2100 without the SIP Connected Audio plan on that account; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach; 400/300 for an invalid or expired page token.',
    zh: '分页列出主账户（`me`）或其某个子账户的内部号码，按添加先后排列。该账户没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001；分页令牌无效或过期时返回 400/300。',
  },
  updateAnInternalNumber: {
    en: 'Changes only the properties sent of one internal number and answers 204; showing a number makes it usable to join again. Answers 404/404 when the account does not list the number; 400/300 for a malformed number, an unknown country, or a number the account already lists; 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '只修改内部号码在请求中给出的属性，返回 204；将号码设为可见时，该号码重新可用于入会。账户中没有该号码时返回 404/404；号码格式错误、国家/地区无效或号码已存在时返回 400/300；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  deleteAnInternalNumber: {
    en: 'Removes an internal number from the master account (`me`) or one of its sub accounts and answers 204. Answers 404/404 when the account does not list the number; 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '从主账户（`me`）或其某个子账户中删除内部号码，返回 204。账户中没有该号码时返回 404/404；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  addInternalCalloutCountries: {
    en: 'Adds countries, by two-letter ISO code, that the meetings of the master account (`me`) or one of its sub accounts may call out to over the SIP trunk, and answers 201 with each country of the request once, with its calling code and name. A country already listed stays as it is. Answers 400/300 for a code that names no country (nothing is added); 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '按 ISO 两字母代码添加主账户（`me`）或其某个子账户的会议可通过 SIP 中继呼出的国家/地区，返回 201，请求中的每个国家/地区列出一次，附带电话区号和名称。已存在的国家/地区保持不变。代码不对应任何国家/地区时返回 400/300（不添加任何国家/地区）；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  listInternalCalloutCountries: {
    en: 'Lists every call-out country of the master account (`me`) or one of its sub accounts in one answer, in the order added, with calling codes and names. Answers 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '一次列出主账户（`me`）或其某个子账户的全部呼出国家/地区，按添加先后排列，附带电话区号和名称。没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  deleteInternalCalloutCountry: {
    en: 'Removes a call-out country, given by its two-letter code, from the master account (`me`) or one of its sub accounts and answers 204. Answers 404/404 when the account does not list that country; 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '按两字母代码从主账户（`me`）或其某个子账户中移除呼出国家/地区，返回 204。账户中没有该国家/地区时返回 404/404；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
}
