import type { FieldDocs } from './index.js'

// Both families of SIP phone operations: the current nested shape (`server`, `server_2`, `server_3`) and the
// deprecated flat one (`register_server2`…). Keys are group-qualified: these names mean other things elsewhere.
const register = {
  en: 'Address of the server that accepts the phone’s REGISTER requests: an IP address or host name, with the port when it is not 5060 over UDP.',
  zh: '接受该电话 REGISTER 请求的服务器地址：IP 地址或主机名；使用 UDP 且端口不是 5060 时须带上端口。',
}
const proxy = {
  en: 'Address of the proxy server for SIP requests, with the port when it is not 5060 over UDP; empty, or the same as the register server, when no proxy is used.',
  zh: 'SIP 请求所经代理服务器的地址；使用 UDP 且端口不是 5060 时须带上端口。不使用代理时留空，或与注册服务器相同。',
}
const transport = {
  en: 'Transport protocol of the SIP provider: UDP, TCP, TLS or AUTO; UDP when not given.',
  zh: 'SIP 服务商使用的传输协议：UDP、TCP、TLS 或 AUTO；未给出时为 UDP。',
}
const backup = (n: 2 | 3) => ({
  en: `Backup server ${n}, tried when the ones before it fail. Configured while it has a register server; an empty register and proxy server removes it.`,
  zh: `备用服务器 ${n}，在其前面的服务器不可用时使用。有注册服务器时才算已配置；注册服务器和代理服务器都为空时将其移除。`,
})
const numbered = (text: { en: string; zh: string }, n: 2 | 3) => ({
  en: `${text.en.replace(/\.$/, '')} (backup server ${n}).`,
  zh: `${text.zh.replace(/。$/, '')}（备用服务器 ${n}）。`,
})

export const sipPhonesFields: FieldDocs = {
  'SIP Phone:phoneId': {
    en: 'ID of the SIP phone, as List SIP phones gives it (`phone_id`, or `id` in the deprecated list); both families of paths accept it.',
    zh: 'SIP 电话的 ID，取自“列出 SIP 电话”的结果（`phone_id`，旧列表中为 `id`）；两组路径都接受该 ID。',
  },
  'SIP Phone:phone_id': { en: 'ID of the SIP phone, assigned by the server.', zh: 'SIP 电话的 ID，由服务器分配。' },
  'SIP Phone:id': {
    en: 'ID of the SIP phone, assigned by the server (the current shape calls it `phone_id`).',
    zh: 'SIP 电话的 ID，由服务器分配（新的结构中称为 `phone_id`）。',
  },
  'SIP Phone:phones': { en: 'The SIP phones of this page.', zh: '本页的 SIP 电话。' },
  'SIP Phone:search_key': {
    en: 'Lists only the phones of one user: a user’s email address (with or without a platform suffix such as .mac) or a SIP user name, compared without regard to case.',
    zh: '只列出某个用户的电话：用户的邮箱地址（可带或不带 .mac 等平台后缀）或 SIP 用户名，不区分大小写。',
  },
  'SIP Phone:user_email': {
    en: 'Email address of the account’s user the phone belongs to, up to 64 characters; cannot change once set. A platform suffix (.win, .mac, .android, .ipad, .iphone, .linux, .pc, .mobile, .pad), as in user@example.com.mac, gives the same user a phone per platform. One phone per address.',
    zh: '电话所属账户用户的邮箱地址，最多 64 个字符；设定后不可更改。加上平台后缀（.win、.mac、.android、.ipad、.iphone、.linux、.pc、.mobile、.pad），如 user@example.com.mac，可为同一用户的每个平台各设一部电话。每个地址只能有一部电话。',
  },
  'SIP Phone:user_name': {
    en: 'The user’s name in the SIP account, usually the phone number or extension; up to 64 characters.',
    zh: '用户在 SIP 账户中的名称，通常是电话号码或分机号；最多 64 个字符。',
  },
  'SIP Phone:authorization_name': {
    en: 'Name the phone authenticates with to the SIP server; up to 64 characters.',
    zh: '电话向 SIP 服务器进行身份验证时使用的名称；最多 64 个字符。',
  },
  'SIP Phone:password': {
    en: 'Password of the user in the SIP account.',
    zh: '用户在 SIP 账户中的密码。',
  },
  'SIP Phone:domain': {
    en: 'Name or IP address of the provider’s SIP domain, up to 64 characters.',
    zh: 'SIP 服务商的 SIP 域名或 IP 地址，最多 64 个字符。',
  },
  'SIP Phone:voice_mail': {
    en: 'Number to dial to check voicemail, up to 255 characters; required by the deprecated enable operation.',
    zh: '收听语音邮件时拨打的号码，最多 255 个字符；旧的启用操作要求必填。',
  },
  'SIP Phone:display_number': {
    en: 'The phone number shown for the user; only the current shape carries it.',
    zh: '为该用户显示的电话号码；只有新的结构包含此字段。',
  },
  'SIP Phone:registration_expire_time': {
    en: 'Minutes after which the client’s SIP registration expires and the client registers again: 1 to 127, 60 when not given.',
    zh: '客户端的 SIP 注册在多少分钟后过期并重新注册：1 到 127，未给出时为 60。',
  },
  'SIP Phone:server': {
    en: 'The server the phone registers to; its register server is required.',
    zh: '电话注册到的服务器；其注册服务器为必填。',
  },
  'SIP Phone:server_2': backup(2),
  'SIP Phone:server_3': backup(3),
  'SIP Phone:register_server': register,
  'SIP Phone:proxy_server': proxy,
  'SIP Phone:transport_protocol': transport,
  'SIP Phone:register_server2': numbered(register, 2),
  'SIP Phone:proxy_server2': numbered(proxy, 2),
  'SIP Phone:transport_protocol2': numbered(transport, 2),
  'SIP Phone:register_server3': numbered(register, 3),
  'SIP Phone:proxy_server3': numbered(proxy, 3),
  'SIP Phone:transport_protocol3': numbered(transport, 3),
}
