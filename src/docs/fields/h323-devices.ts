import type { FieldDocs } from './index.js'

// H.323/SIP room devices, personal audio conference (PAC) accounts, and the simulator's telephone and room-system
// joins.

const dialInCountry = {
  en: 'Two-letter code of the country or region the dial-in number belongs to, e.g. US.',
  zh: '拨入号码所属国家/地区的两字母代码，如 US。',
}

export const h323DevicesFields: FieldDocs = {
  'H323 Devices:deviceId': {
    en: 'ID of the H.323/SIP device, as the create operation or the device list returned it.',
    zh: 'H.323/SIP 设备的 ID，即创建操作或设备列表返回的 ID。',
  },
  'H323 Devices:id': {
    en: 'ID of the device: 16 letters and digits assigned when it was created.',
    zh: '设备 ID：创建时分配的 16 位字母和数字。',
  },
  'H323 Devices:devices': {
    en: 'The account’s H.323/SIP devices on this page, oldest first.',
    zh: '本页中账户的 H.323/SIP 设备，按创建时间从早到晚排列。',
  },
  'H323 Devices:name': {
    en: 'Display name of the device, 1–64 characters (surrounding spaces are dropped); unique in the account regardless of case.',
    zh: '设备的显示名称，1–64 个字符（首尾空格会被去掉）；在账户内唯一，不区分大小写。',
  },
  'H323 Devices:protocol': {
    en: 'How the Room Connector talks to the device: H.323 or SIP.',
    zh: '会议室连接器与设备通信所用的协议：H.323 或 SIP。',
  },
  'H323 Devices:ip': {
    en: 'Where the device is reached. H.323: an IPv4 or IPv6 address or a host name, optionally with a port (10.0.0.5:1720, [2001:db8::5]:1720). SIP: the same, a SIP URI (sip:room@example.com) or user@host. At most 255 characters.',
    zh: '设备的地址。H.323：IPv4 或 IPv6 地址或主机名，可带端口（10.0.0.5:1720、[2001:db8::5]:1720）。SIP：同上，或 SIP URI（sip:room@example.com）或 user@host。最多 255 个字符。',
  },
  'H323 Devices:encryption': {
    en: 'Encryption of the calls with the device: auto (negotiated), yes (always) or no (never).',
    zh: '与设备通话的加密方式：auto（协商决定）、yes（始终加密）或 no（不加密）。',
  },

  'PAC:pac_accounts': {
    en: 'The user’s personal audio conference accounts: one per PAC user.',
    zh: '用户的个人音频会议（PAC）账户：每个 PAC 用户一个。',
  },
  'PAC:conference_id': {
    en: 'Conference ID callers key in after dialling in: 10 digits, the same on every read for the user.',
    zh: '参会者拨入后输入的会议 ID：10 位数字，同一用户每次读取都相同。',
  },
  'PAC:listen_only_password': {
    en: 'Passcode for callers who may only listen: 6 digits.',
    zh: '仅可收听的参会者使用的密码：6 位数字。',
  },
  'PAC:participant_password': {
    en: 'Passcode for callers who take part (speak and listen): 6 digits, never the listen-only one.',
    zh: '可发言和收听的参会者使用的密码：6 位数字，与仅收听密码不同。',
  },
  'PAC:global_dial_in_numbers': {
    en: 'Zoom’s dial-in numbers for the conference: those of the user’s phone country first, then the United States’.',
    zh: '会议的 Zoom 拨入号码：先列出用户电话所属国家/地区的号码，再列出美国的号码。',
  },
  'PAC:dedicated_dial_in_number': {
    en: 'Dial-in numbers bought for the account alone; empty until the account has some.',
    zh: '账户单独购买的专用拨入号码；账户没有时为空。',
  },
  'PAC:country': dialInCountry,
  'PAC:country_name': {
    en: 'Name of the dial-in number’s country or region.',
    zh: '拨入号码所属国家/地区的名称。',
  },
  'PAC:number': {
    en: 'The dial-in number with its country calling code, e.g. +1 6465588656.',
    zh: '带国家/地区区号的拨入号码，如 +1 6465588656。',
  },
  'PAC:type': {
    en: 'Kind of dial-in number: toll (the caller pays for the call) or tollfree.',
    zh: '拨入号码的类型：toll（由呼叫方支付话费）或 tollfree（免费）。',
  },

  'Simulator:phone': {
    en: 'The participant’s audio comes over a telephone line: the device is then Phone unless given, and the name, when none is given, the phone number. A rejoin without phone or device_id comes back over the participant’s last line.',
    zh: '参会者通过电话线路接入音频：此时设备默认为 Phone（除非另行指定）；未提供名称时，名称为电话号码。重新入会时若未提供 phone 或 device_id，则沿用该参会者上次的线路。',
  },
  'Simulator:phone.type': {
    en: 'How the call reaches the meeting: toll (dial-in at a toll number), toll_free (dial-in at a toll-free number), call_out (the meeting calls the phone) or sip (SIP Connected Audio). The meeting’s audio must be both or telephony.',
    zh: '通话接入会议的方式：toll（拨打收费号码入会）、toll_free（拨打免费号码入会）、call_out（会议呼叫该电话）或 sip（SIP Connected Audio）。会议的音频类型须为 both 或 telephony。',
  },
  'Simulator:phone.number': {
    en: 'The caller’s phone number (for call_out, the number called): digits, spaces, parentheses and dashes, optionally after +. Made up (a 555 number of the country) when omitted.',
    zh: '呼叫方的电话号码（call_out 时为被呼叫的号码）：数字、空格、括号和连字符，可以 + 开头。省略时自动生成该国家/地区的 555 号码。',
  },
  'Simulator:phone.country': {
    en: 'Two-letter code of the line’s country; by default the country of the number’s calling code, else US. A toll caller dials one of that country’s Zoom numbers (the United States’ where it has none).',
    zh: '线路所属国家/地区的两字母代码；默认为号码区号对应的国家/地区，无法判断时为 US。toll 方式的呼叫方拨打该国家/地区的 Zoom 号码（没有时拨打美国的号码）。',
  },
  'Simulator:device_id': {
    en: 'A registered H.323/SIP device (Create a H.323/SIP device) joins: the participant’s device is H.323/SIP, its name the device’s unless given, its IP address the device’s when that is one. The account needs the H.323/SIP device feature (400/200); an unknown device is 404/300. Not together with phone.',
    zh: '由已登记的 H.323/SIP 设备（创建 H.323/SIP 设备）入会：参会者的设备为 H.323/SIP；未提供名称时使用设备名称；设备地址为 IP 地址时作为参会者的 IP 地址。账户须开启 H.323/SIP 设备功能（否则返回 400/200）；设备不存在时返回 404/300。不能与 phone 同时使用。',
  },
  'Simulator:audio': {
    en: 'The session’s audio leg when it is not computer audio: a telephone line or a room system. It starts and ends with the session.',
    zh: '会话的音频线路（非电脑音频时）：电话线路或会议室设备。其开始和结束时间与会话相同。',
  },
  'Simulator:audio.type': {
    en: 'Kind of leg: toll, toll_free, call_out, sip (SIP Connected Audio) or room_system (an H.323/SIP device).',
    zh: '线路类型：toll、toll_free、call_out、sip（SIP Connected Audio）或 room_system（H.323/SIP 设备）。',
  },
  'Simulator:audio.phone_number': {
    en: 'The caller’s phone number (for call_out, the number called); for a room system, the device’s address.',
    zh: '呼叫方的电话号码（call_out 时为被呼叫的号码）；会议室设备则为设备地址。',
  },
  'Simulator:audio.country': {
    en: 'Two-letter code of the phone line’s country; absent for a room system.',
    zh: '电话线路所属国家/地区的两字母代码；会议室设备不返回。',
  },
  'Simulator:audio.call_in_number': {
    en: 'The meeting’s dial-in number the toll caller dialled; absent for other legs.',
    zh: 'toll 方式呼叫方所拨打的会议拨入号码；其他线路不返回。',
  },
  'Simulator:audio.device_id': {
    en: 'ID of the H.323/SIP device, for a room system.',
    zh: '会议室设备对应的 H.323/SIP 设备 ID。',
  },
  'Simulator:audio.protocol': {
    en: 'Protocol of the room system: H.323 or SIP.',
    zh: '会议室设备的协议：H.323 或 SIP。',
  },
}
