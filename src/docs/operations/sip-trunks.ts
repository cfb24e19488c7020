import type { OperationDocs } from './index.js'

// A master account's SIP trunks and SIP trunk numbers are set up by Zoom, not through the API; this server gives
// every master account the same pool the first time an operation needs it (see the paragraphs below).
export const sipTrunksDocs: OperationDocs = {
  // Trunks
  assignSIPTrunks: {
    en: 'Assigns SIP trunks of the master account’s pool to a sub account (or to the master itself, `me`), each with the sub account’s DNIS and an optional caller ID, and answers 201 with the trunks as assigned. A trunk assigned again takes the new DNIS and caller ID. Every master account starts with a pool of two trunks (DNIS prefix 18888) provisioned on first use. All trunks are assigned or none. Answers 400/2100 when the account addressed has no SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account that is neither the caller nor one of its sub accounts; 400/400 for a trunk the master account does not have; 400/300 for a trunk listed twice or a DNIS that is not the master trunk’s first five digits followed by more digits, at most 8 in all.',
    zh: '将主账户中继池中的 SIP 中继分配给子账户（或使用 `me` 分配给主账户自身），每个中继带有子账户的 DNIS 和可选的主叫号码，返回 201 和分配后的中继。再次分配同一中继时采用新的 DNIS 和主叫号码。每个主账户在首次使用时获得一个包含两个中继（DNIS 前缀 18888）的中继池。全部分配成功或全部不分配。所指账户没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户既不是调用方也不是其子账户时返回 404/2001；主账户没有该中继时返回 400/400；中继重复给出，或 DNIS 不是主账户中继 DNIS 的前五位加上更多数字、总长超过 8 位时返回 400/300。',
  },
  listSIPTrunks: {
    en: 'Lists, in one answer, the SIP trunks of the master account (`me`: its pool, provisioned on first use) or of one of its sub accounts (the trunks assigned to it). A sub account with the plan may list its own trunks with `me`. Answers 400/2100 when that account has no SIP Connected Audio plan; 404/2001 for an account out of the caller’s reach.',
    zh: '一次列出主账户（`me`：其中继池，首次使用时生成）或其某个子账户（分配给它的中继）的全部 SIP 中继。拥有该套餐的子账户可使用 `me` 列出自己的中继。该账户没有 SIP Connected Audio 套餐时返回 400/2100；账户不在调用方管理范围内时返回 404/2001。',
  },
  deleteASIPTrunk: {
    en: 'Removes one SIP trunk from a sub account, or from the master account’s own pool with `me` (a pool trunk removed stays removed and can no longer be assigned; sub accounts keep theirs), and answers 204. Answers 404/404 when the account does not have that trunk; 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '从子账户中删除一个 SIP 中继，或使用 `me` 从主账户自己的中继池中删除（删除的中继不会再出现，也不能再分配；子账户已有的中继保留），返回 204。账户没有该中继时返回 404/404；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },

  // Numbers
  assignNumbers: {
    en: 'Assigns SIP trunk numbers of the master account (those List SIP trunk numbers shows it; three are provisioned on first use) to a sub account and answers 201 without a body. A number the sub account already has stays as it is. Answers 400/400 when one of the numbers is not the master account’s (none is assigned); 400/300 for an empty list or a malformed number; 400/2100 when the account addressed has no SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '将主账户的 SIP 中继号码（即“列出 SIP 中继号码”所显示的号码；首次使用时生成三个）分配给子账户，返回 201，无响应体。子账户已有的号码保持不变。其中某个号码不属于主账户时返回 400/400（不分配任何号码）；列表为空或号码格式错误时返回 400/300；所指账户没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  deleteAllNumbers: {
    en: 'Removes every SIP trunk number of a sub account and answers 204, also when it had none; on the master account itself (`me`) it empties the master’s own list for good. Answers 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '删除子账户的全部 SIP 中继号码，返回 204（没有号码时也返回 204）；对主账户自身（`me`）则永久清空主账户自己的号码列表。没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  listSIPTrunkNumbers: {
    en: 'Lists, in one answer, the SIP trunk numbers of the caller’s own account with their countries: for a master account its own numbers (provisioned on first use), for a sub account those its master assigned to it. Answers 400/2100 when the account has no SIP Connected Audio plan.',
    zh: '一次列出调用方自身账户的全部 SIP 中继号码及其国家/地区：主账户为其自有号码（首次使用时生成），子账户为主账户分配给它的号码。账户没有 SIP Connected Audio 套餐时返回 400/2100。',
  },

  // Configuration
  assignSIPTrunkConfiguration: {
    en: 'Sets the SIP trunk configuration of a sub account (or of the master itself, `me`): whether the master’s SIP Connected Audio configuration applies, which of Zoom’s numbers and call-out countries its users see, and whether it takes every setting of the master. Only the fields sent change; answers 204. Answers 400/300 for a value outside those listed; 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '设置子账户（或使用 `me` 设置主账户自身）的 SIP 中继配置：是否应用主账户的 SIP Connected Audio 配置、用户可见哪些 Zoom 提供的号码和呼出国家/地区，以及是否沿用主账户的全部设置。只修改请求中给出的字段，返回 204。值不在列出的范围内时返回 400/300；没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
  getSIPTrunkConfiguration: {
    en: 'Returns the SIP trunk configuration of a sub account (or of the master itself, `me`) with every field of Assign SIP trunk configuration; fields never set read their defaults (Zoom’s numbers and call-out countries shown, everything else off). Zoom publishes no reference for this operation: this server serves it as the read side of Assign SIP trunk configuration. Answers 400/2100 without the SIP Connected Audio plan; 400/200 when the caller is not a master account; 404/2001 for an account out of the caller’s reach.',
    zh: '返回子账户（或使用 `me` 返回主账户自身）的 SIP 中继配置，包含“分配 SIP 中继配置”的全部字段；从未设置的字段显示默认值（显示 Zoom 提供的号码和呼出国家/地区，其余均为关闭）。Zoom 没有公开此操作的参考文档：此服务器将其作为“分配 SIP 中继配置”的读取操作提供。没有 SIP Connected Audio 套餐时返回 400/2100；调用方不是主账户时返回 400/200；账户不在调用方管理范围内时返回 404/2001。',
  },
}
