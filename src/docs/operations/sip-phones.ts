import type { OperationDocs } from './index.js'

// Two families over the same phones: Zoom's current /sip_phones/phones paths (nested servers) and the deprecated
// /sip_phones paths (flat numbered servers). Every operation needs the account's SIP Phone Integration.
export const sipPhonesDocs: OperationDocs = {
  ListSIPPhonePhones: {
    en: 'Lists the account’s SIP phones, oldest first, each with its credentials and its servers nested in `server`, `server_2` and `server_3` (backup servers appear only when configured). Pages by `next_page_token`, without totals; `search_key` narrows the list to one user’s phones. Sends no event. Answers 400/200 while the account’s SIP Phone Integration is off, and 400/300 for an invalid or expired page token.',
    zh: '按创建先后列出账户的 SIP 电话，每部电话包含其凭据，以及嵌套在 `server`、`server_2`、`server_3` 中的服务器（备用服务器仅在已配置时出现）。通过 `next_page_token` 分页，不返回总数；`search_key` 可只列出某个用户的电话。不发送事件。账户未开通 SIP 电话集成时返回 400/200；分页令牌无效或过期时返回 400/300。',
  },
  EnableSIPPhonePhones: {
    en: 'Enables a SIP phone for a user of the account, so that the user’s Zoom client registers as a softphone to the organization’s PBX, and answers 201 with the phone and its new `phone_id`. The expiry defaults to 60 minutes and a server’s transport to UDP. Sends no event. Answers 400/200 while the account’s SIP Phone Integration is off; 404/1001 when no user of the account has the address (a platform suffix such as .mac is allowed); 400/300 when the address already has a phone, and for a missing or invalid field.',
    zh: '为账户中的用户启用 SIP 电话，使其 Zoom 客户端作为软电话注册到组织的 PBX，返回 201 以及该电话和新的 `phone_id`。注册过期时间默认为 60 分钟，服务器的传输协议默认为 UDP。不发送事件。账户未开通 SIP 电话集成时返回 400/200；账户中没有该地址的用户时返回 404/1001（可带 .mac 等平台后缀）；该地址已有电话，或字段缺失、无效时返回 400/300。',
  },
  UpdateSIPPhonePhones: {
    en: 'Changes only what the request names: credentials, domain, voicemail, display number, expiry, or members of a server object. An empty register and proxy server removes a backup server; the phone’s user cannot change. Answers 204 and sends no event. Answers 400/200 while the account’s SIP Phone Integration is off; 400/300 for an unknown phone and for an invalid field.',
    zh: '只修改请求中给出的内容：凭据、域名、语音邮件号码、显示号码、过期时间，或某个服务器对象中的成员。注册服务器和代理服务器都为空时移除该备用服务器；电话所属用户不可更改。返回 204，不发送事件。账户未开通 SIP 电话集成时返回 400/200；电话不存在或字段无效时返回 400/300。',
  },
  deleteSIPPhonePhones: {
    en: 'Removes a user’s SIP phone; the address may then be given a phone again. Answers 204 and sends no event. Answers 400/200 while the account’s SIP Phone Integration is off, and 400/300 when the account has no such phone.',
    zh: '删除用户的 SIP 电话，之后该地址可再次启用电话。返回 204，不发送事件。账户未开通 SIP 电话集成时返回 400/200；账户中没有该电话时返回 400/300。',
  },
  listSipPhones: {
    en: 'The deprecated form of List SIP phones: the same phones in the older flat shape, the id under `id` and the backup servers as `register_server2`, `proxy_server2`, `transport_protocol2` (and 3). Pages by `next_page_token` or `page_number`, with `total_records` and `page_count`. Sends no event. Answers 400/200 while the account’s SIP Phone Integration is off, and 400/300 for an invalid or expired page token.',
    zh: '“列出 SIP 电话”的旧形式：以旧的扁平结构列出相同的电话，ID 位于 `id`，备用服务器为 `register_server2`、`proxy_server2`、`transport_protocol2`（以及 3）。可通过 `next_page_token` 或 `page_number` 分页，并返回 `total_records` 和 `page_count`。不发送事件。账户未开通 SIP 电话集成时返回 400/200；分页令牌无效或过期时返回 400/300。',
  },
  createSIPPhone: {
    en: 'The deprecated form of Enable SIP phone, taking the flat shape: the register server, proxy server and voicemail number are required. Answers 201 without a body; the phone then appears in both lists. Sends no event. Answers 400/200 while the account’s SIP Phone Integration is off; 404/1001 when no user of the account has the address; 400/300 when the address already has a phone, and for a missing or invalid field.',
    zh: '“启用 SIP 电话”的旧形式，使用扁平结构：注册服务器、代理服务器和语音邮件号码为必填。返回 201，无响应体；之后该电话出现在两个列表中。不发送事件。账户未开通 SIP 电话集成时返回 400/200；账户中没有该地址的用户时返回 404/1001；该地址已有电话，或字段缺失、无效时返回 400/300。',
  },
  updateSIPPhone: {
    en: 'The deprecated form of Update SIP phone, taking the flat shape; it changes only the fields given and leaves the display number alone. An empty register and proxy server removes backup server 2 or 3. Answers 204 and sends no event. Answers 400/200 while the account’s SIP Phone Integration is off; 400/300 for an unknown phone and for an invalid field.',
    zh: '“更新 SIP 电话”的旧形式，使用扁平结构；只修改给出的字段，不改变显示号码。注册服务器和代理服务器都为空时移除备用服务器 2 或 3。返回 204，不发送事件。账户未开通 SIP 电话集成时返回 400/200；电话不存在或字段无效时返回 400/300。',
  },
  deleteSIPPhone: {
    en: 'The deprecated form of Delete SIP phone; it removes the same phones. Answers 204 and sends no event. Answers 400/200 while the account’s SIP Phone Integration is off, and 400/300 when the account has no such phone.',
    zh: '“删除 SIP 电话”的旧形式，删除的是相同的电话。返回 204，不发送事件。账户未开通 SIP 电话集成时返回 400/200；账户中没有该电话时返回 400/300。',
  },
}
