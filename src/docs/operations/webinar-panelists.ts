import type { OperationDocs } from './index.js'

export const webinarPanelistsDocs: OperationDocs = {
  webinarPanelistCreate: {
    en: 'Adds 1–30 panelists at once and answers 201 with the webinar ID and the time of the change. An email that is already a panelist (in any letter case) updates that panelist’s name and name tag instead of adding another. Panelists belong to the whole webinar, so every occurrence of a recurring one has them. A webinar has at most as many panelists as its host’s meeting capacity (`feature.meeting_capacity`); a request that would pass it answers 400/3000 and adds none. No event is emitted. Answers 404/3001 for an unknown webinar and 400/200 when the host holds no webinar licence.',
    zh: '一次添加 1–30 位嘉宾，返回 201 以及网络研讨会 ID 和更改时间。已是嘉宾的电子邮件地址（不区分大小写）会更新该嘉宾的姓名和名牌，而不会再添加一位。嘉宾属于整个网络研讨会，周期性网络研讨会的每个场次都有这些嘉宾。网络研讨会的嘉宾人数不能超过其主持人的会议容量（`feature.meeting_capacity`）；超出时返回 400/3000，本次请求中的嘉宾都不会添加。不触发事件。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarPanelists: {
    en: 'Lists every panelist of the webinar, in the order they were first added, with `total_records`. Each carries a personal join link on the webinar’s /w/ path: a signed `tk` token naming the panelist, and the `pwd` parameter when the webinar has a passcode. Answers 404/3001 for an unknown webinar and 400/200 when the host holds no webinar licence.',
    zh: '列出网络研讨会的全部嘉宾，按首次添加的顺序排列，并返回 `total_records`。每位嘉宾附带个人入会链接，使用网络研讨会的 /w/ 路径：带有指明该嘉宾的签名 `tk` 令牌，网络研讨会设有密码时还带 `pwd` 参数。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarPanelistsDelete: {
    en: 'Removes every panelist of the webinar and answers 204, also when it had none; their join links stop naming a panelist of the webinar. Answers 404/3001 for an unknown webinar and 400/200 when the host holds no webinar licence.',
    zh: '移除网络研讨会的全部嘉宾，返回 204，没有嘉宾时也是如此；这些嘉宾的入会链接不再对应该网络研讨会的嘉宾。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarPanelistDelete: {
    en: 'Removes one panelist, named by the ID List panelists shows or by email address, and answers 204. Answers 404/1001 when the webinar has no such panelist, 404/3001 for an unknown webinar and 400/200 when the host holds no webinar licence.',
    zh: '移除一位嘉宾（按 List panelists 返回的 ID 或电子邮件地址指定），返回 204。该网络研讨会没有此嘉宾时返回 404/1001；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  pastWebinars: {
    en: 'Lists the ended instances (UUID and start time) of a webinar ID, or of the webinar an instance UUID belongs to, oldest first; instances over a year old and one still in progress are left out, and a webinar never held gives an empty list. A meeting’s ID or instance is not a webinar. Answers 404/3001 when the webinar is unknown or out of the token’s reach and 400/200 when the host holds no webinar licence.',
    zh: '列出某网络研讨会 ID（或某网络研讨会实例 UUID 所属网络研讨会）已结束的网络研讨会实例（UUID 和开始时间），最早的在前；超过一年的实例和仍在进行中的实例不列出，从未举行过的网络研讨会返回空列表。会议号或会议实例不被视为网络研讨会。网络研讨会不存在或令牌无权访问时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  getWebinarAbsentees: {
    en: 'Lists, page by page, the approved registrants of an ended webinar instance who never joined it: no session of the instance carries their registrant ID or their email address. The instance is named by its UUID (double-encode one holding `/`) or, for a webinar ID, is its latest ended one; people who registered after it ended are not counted. For a recurring webinar, only registrants of the occurrence held count: the one given as `occurrence_id`, else the occurrence scheduled nearest the instance’s start. Answers 404/3001 until the instance has ended, 400/3000 when the webinar does not require registration, 400/300 for an occurrence that is not the webinar’s, 400/12702 for an instance over a year old and 400/200 when the host holds no webinar licence.',
    zh: '分页列出已结束的网络研讨会实例中从未入会的已批准注册者：该实例中没有任何一次入会带有其注册者 ID 或电子邮件地址。实例按 UUID 指定（含 `/` 的 UUID 需两次编码）；给出网络研讨会 ID 时为其最近一次结束的实例；在实例结束后才注册的人不计入。对周期性网络研讨会，只计入所举行场次的注册者：`occurrence_id` 指定的场次，未指定时为计划开始时间最接近该实例开始时间的场次。实例尚未结束时返回 404/3001；网络研讨会不要求注册时返回 400/3000；场次不属于该网络研讨会时返回 400/300；实例开始已超过一年时返回 400/12702；主持人没有网络研讨会许可证时返回 400/200。',
  },
}
