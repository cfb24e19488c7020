import type { OperationDocs } from './index.js'

export const h323DevicesDocs: OperationDocs = {
  deviceCreate: {
    en: 'Registers an H.323 or SIP room system with the account, so its Room Connector can call the device into meetings or take its calls, and answers 201 with the device and its new id. The address must suit the protocol: an IP address or host name (with an optional port) for H.323, also a SIP URI or user@host for SIP. A simulated participant can then join from it (`device_id` on the simulator’s join). Answers 400/200 "No permission." when the account may not use room devices (the `h323_sip_devices` feature of the account settings; on for Business plans and up); 404/2020 when another device of the account has the name (ignoring case); 400/300 for a missing or invalid member or address. No event.',
    zh: '在账户中登记一台 H.323 或 SIP 会议室设备，使账户的会议室连接器可以呼叫该设备入会或接听其来电，返回 201 和该设备及其新 ID。地址须与协议相符：H.323 为 IP 地址或主机名（可带端口），SIP 还可以是 SIP URI 或 user@host。之后模拟参会者即可从该设备入会（模拟器加入操作的 `device_id`）。账户不能使用会议室设备时（账户设置中的 `h323_sip_devices` 功能，商业版及以上套餐默认开启）返回 400/200 "No permission."；账户中已有同名设备（不区分大小写）时返回 404/2020；成员缺失或无效、地址无效时返回 400/300。不触发事件。',
  },
  deviceList: {
    en: 'Lists the account’s H.323/SIP devices, oldest first, in pages of up to 300 (`next_page_token`; the older `page_number` still works), with the total count. Answers 400/200 "No permission." when the account may not use room devices; 400/300 for a page size above 300 or an invalid or expired page token.',
    zh: '列出账户的 H.323/SIP 设备，按创建时间从早到晚排列，每页最多 300 条（`next_page_token`；旧的 `page_number` 仍可使用），并返回总数。账户不能使用会议室设备时返回 400/200 "No permission."；每页记录数超过 300 或分页令牌无效、过期时返回 400/300。',
  },
  deviceUpdate: {
    en: 'Changes the members of a device the body names (Zoom’s reference sends all four; any subset is taken) and answers 204. The address is checked against the protocol the device ends up with. Sessions that already joined from the device keep the address they had. Answers 404/300 "H.323 Device does not exist" for an id the account does not have; 404/2020 when another device has the new name; 400/300 for an invalid member or address; 400/200 "No permission." when the account may not use room devices.',
    zh: '修改请求中给出的设备成员（Zoom 参考文档要求四个成员全部提供；此处可只提供部分），返回 204。地址按修改后的协议检查。已从该设备入会的会话保留原地址。账户中没有该 ID 的设备时返回 404/300 "H.323 Device does not exist"；新名称已被其他设备使用时返回 404/2020；成员或地址无效时返回 400/300；账户不能使用会议室设备时返回 400/200 "No permission."。',
  },
  deviceDelete: {
    en: 'Removes a device from the account and answers 204; its name is free again, and sessions that joined from it keep their record. Answers 404/300 "H.323 Device does not exist" for an id the account does not have, and 400/200 "No permission." when the account may not use room devices (checked before the device is looked up).',
    zh: '从账户中删除设备，返回 204；其名称可再次使用，已从该设备入会的会话记录保留。账户中没有该 ID 的设备时返回 404/300 "H.323 Device does not exist"；账户不能使用会议室设备时返回 400/200 "No permission."（在查找设备之前检查）。',
  },
  userPACs: {
    en: 'Returns the user’s personal audio conference (PAC) account, for meetings held by phone only: a 10-digit conference ID, a listen-only and a participant passcode of 6 digits, and Zoom’s toll dial-in numbers for the user’s phone country and the United States; no dedicated numbers. The account is derived from the user, so it is the same on every read. Answers 400/2024 "User does not have PAC enabled." when the account’s `personal_audio_conference` feature is off (checked before the user is looked up; on for Business plans and up) or the user has no paid licence; 404/1001 for an unknown user.',
    zh: '返回用户的个人音频会议（PAC）账户，用于仅通过电话召开的会议：10 位会议 ID、6 位数字的仅收听密码和参会者密码，以及用户电话所属国家/地区和美国的 Zoom 收费拨入号码；不含专用号码。该账户由用户推导得出，每次读取都相同。账户的 `personal_audio_conference` 功能关闭时（在查找用户之前检查；商业版及以上套餐默认开启）或用户没有付费许可证时返回 400/2024 "User does not have PAC enabled."；用户不存在时返回 404/1001。',
  },
}
