import type { OperationDocs } from './index.js'

export const tspDocs: OperationDocs = {
  tsp: {
    en: 'Returns the account’s telephony service provider (TSP) information: the TSP switch `tsp_enabled`, the third-party audio option, provider, bridge zone, the account’s dial-in numbers and the restrictions on users. An account that never changed it shows TSP off, the US bridge and no numbers. Answers 400/200 on a Free account.',
    zh: '返回账户的电话服务提供商（TSP）信息：TSP 总开关 `tsp_enabled`、第三方音频选项、服务提供商、电话桥区域、账户的拨入号码以及对用户的限制。从未修改过的账户显示 TSP 关闭、美国电话桥且没有号码。免费账户返回 400/200。',
  },
  tspUpdate: {
    en: 'Changes only the members sent and answers 204. Turning `tsp_enabled` on opens the user TSP operations; turning it off makes them answer 400/2024 while users keep their TSP accounts. Answers 400/300 for a bridge other than US_TSP_TB or EU_TSP_TB, and 400/200 on a Free account.',
    zh: '只修改请求中给出的字段，返回 204。开启 `tsp_enabled` 后即可使用用户 TSP 操作；关闭后这些操作返回 400/2024，用户的 TSP 账户仍会保留。电话桥不是 US_TSP_TB 或 EU_TSP_TB 时返回 400/300；免费账户返回 400/200。',
  },
  userTSPs: {
    en: 'Lists the user’s TSP accounts, two at most, in the order of their ids. Answers 400/2024 while the account has TSP off (checked before the user is looked up), 404/1001 for an unknown user, 404/1120 for a user whose invitation lapsed, 400/200 when a user-level token asks for someone else.',
    zh: '列出用户的 TSP 账户（最多两个），按编号排序。账户未开启 TSP 时返回 400/2024（在查找用户之前检查）；用户不存在时返回 404/1001；用户邀请已失效时返回 404/1120；用户级令牌查询他人时返回 400/200。',
  },
  userTSPCreate: {
    en: 'Adds a TSP account to the user in the first free slot ("1", then "2") and answers 201 with it; without a bridge it takes the account’s. Emits `user.tsp_created` with the user and the new credentials. Answers 400/300 for a third account, for a conference code or leader PIN that is not 1–16 digits, and when the provider is AT&T and no media link number is given; 400/2024 while the account has TSP off; 404/1001 for an unknown user.',
    zh: '在第一个空闲编号（先 "1" 后 "2"）为用户添加 TSP 账户，返回 201 和该账户；未指定电话桥时使用账户的设置。触发 `user.tsp_created` 事件，附带用户和新凭据。添加第三个账户、会议代码或主持人 PIN 不是 1 至 16 位数字、服务提供商为 AT&T 却未提供媒体链接号码时返回 400/300；账户未开启 TSP 时返回 400/2024；用户不存在时返回 404/1001。',
  },
  userTSP: {
    en: 'Returns one of the user’s TSP accounts. Answers 400/300 for an id other than 1 or 2 and for a slot the user has not filled; 400/2024 while the account has TSP off; 404/1001 for an unknown user.',
    zh: '返回用户的一个 TSP 账户。编号不是 1 或 2、或用户该编号下没有账户时返回 400/300；账户未开启 TSP 时返回 400/2024；用户不存在时返回 404/1001。',
  },
  userTSPUpdate: {
    en: 'Sets the TSP account’s conference code and leader PIN (both required, as in Zoom’s reference); the bridge and the dial-in numbers change only when sent, a new list replacing the old. Answers 204 and emits `user.tsp_updated` with the new credentials and the old ones in `old_object`. Answers 400/300 for an unknown id or empty slot, invalid digits or a missing media link number for AT&T; 400/2024 while the account has TSP off; 404/1001 for an unknown user.',
    zh: '设置 TSP 账户的会议代码和主持人 PIN（与 Zoom 参考文档一致，两者均为必填）；电话桥和拨入号码仅在提供时修改，新列表会替换原列表。返回 204，并触发 `user.tsp_updated` 事件，附带新凭据，原凭据在 `old_object` 中。编号无效或该编号下没有账户、数字格式不正确、AT&T 缺少媒体链接号码时返回 400/300；账户未开启 TSP 时返回 400/2024；用户不存在时返回 404/1001。',
  },
  userTSPDelete: {
    en: 'Deletes one of the user’s TSP accounts and emits `user.tsp_deleted` with the credentials it held. A user keeps at least one: deleting the only one is 400/300. Answers 400/300 for an unknown id or empty slot, 400/2024 while the account has TSP off, 404/1001 for an unknown user.',
    zh: '删除用户的一个 TSP 账户，并触发 `user.tsp_deleted` 事件，附带该账户的凭据。用户至少须保留一个：删除唯一的账户返回 400/300。编号无效或该编号下没有账户时返回 400/300；账户未开启 TSP 时返回 400/2024；用户不存在时返回 404/1001。',
  },
  tspUrlUpdate: {
    en: 'Sets the user’s global dial-in page, which the user’s meeting invitations then give as where to find a local number; an empty `audio_url` removes it, none leaves it as it is. Answers 204; 400/2024 while the account has TSP off; 400/2000 while its third-party audio option (`enable`), which stands for Zoom’s special TSP privilege, is off; 400/300 for a URL that is not http or https; 404/1001 for an unknown user.',
    zh: '设置用户的全局拨入页面，之后该用户的会议邀请会将其列为查找本地号码的地址；`audio_url` 为空字符串时删除，未提供时保持不变。返回 204；账户未开启 TSP 时返回 400/2024；账户的第三方音频选项（`enable`，代表 Zoom 的特殊 TSP 权限）关闭时返回 400/2000；URL 不是 http 或 https 时返回 400/300；用户不存在时返回 404/1001。',
  },
}
