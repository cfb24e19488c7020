import type { OperationDocs } from './index.js'

export const webinarRegistrantsDocs: OperationDocs = {
  webinarRegistrants: {
    en: 'Lists a webinar’s registrants of one status (approved unless asked), page by page, optionally only those of one occurrence or those who came through one tracking source (`tracking_source_id`); each carries a personal /w/ join link. Answers 404/3001 for an unknown webinar, 400/200 when its host has no webinar licence, 404/404 when registration is off, 400/3000 for an invalid occurrence.',
    zh: '分页列出网络研讨会中某一状态的注册者（默认为已批准），可只列出某一会议场次的注册者，或通过某一跟踪来源（`tracking_source_id`）注册的注册者；每位注册者附带个人 /w/ 入会链接。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200；未开启注册时返回 404/404；会议场次无效时返回 400/3000。',
  },
  webinarRegistrantCreate: {
    en: 'Registers one person and answers 201 with the registrant ID, a personal /w/ join link with its `tk` token, the topic, start time and, for a recurring webinar, the occurrences registered for. Approval type 0 approves at once, 1 leaves the registration pending; an email already registered gets its registration back. `source_id` names the tracking source the person came through: it counts a visit and a registration, and the events carry it as `tracking_source`. Emits `webinar.registration_created`. Answers 400/3000 when the webinar takes no registrations or, with `settings.registrants_restrict_number` set, when that many registrants are already approved; 400/3027 for the host’s email; 400/3038 once registration has closed; 400/300 for an unknown `source_id` or invalid `occurrence_ids`; 400/200 without a webinar licence.',
    zh: '为一人注册，返回 201 以及注册者 ID、带 `tk` 令牌的个人 /w/ 入会链接、主题、开始时间；周期性网络研讨会还返回所注册的会议场次。审批类型 0 立即批准，1 则注册待审批；已注册的邮箱返回其原有注册。`source_id` 指明此人通过的跟踪来源：该来源计入一次访问和一次注册，事件中以 `tracking_source` 注明。触发 `webinar.registration_created` 事件。网络研讨会未开启注册，或设置了 `settings.registrants_restrict_number` 且已批准的注册者已达该人数时返回 400/3000；使用主持人邮箱时返回 400/3027；注册已截止时返回 400/3038；`source_id` 不存在或 `occurrence_ids` 无效时返回 400/300；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarRegistrantGet: {
    en: 'Returns one registrant whatever their status: answers, custom questions, confirmation email language, status, registration time and personal join link. With `occurrence_id`, the registrant must be registered for that occurrence. Answers 404/3000 for an unknown registrant (or one not registered for the occurrence), 400/3000 for an invalid occurrence, 404/404 when registration is off, 404/3001 for an unknown webinar.',
    zh: '返回一位注册者（不论状态）：回答、自定义问题、确认邮件语言、状态、注册时间和个人入会链接。带 `occurrence_id` 时，该注册者须已注册该会议场次。注册者不存在（或未注册该会议场次）时返回 404/3000；会议场次无效时返回 400/3000；未开启注册时返回 404/404；网络研讨会不存在时返回 404/3001。',
  },
  deleteWebinarRegistrant: {
    en: 'Deletes a registration, or with `occurrence_id` only that occurrence of it; removing its last occurrence deletes the whole registration, and the registrant no longer counts for their tracking source. Answers 204; 404/3000 for an unknown registrant or one not registered for the occurrence; 400/3000 for an invalid occurrence; 404/404 when registration is off; 400/200 without a webinar licence.',
    zh: '删除一项注册；带 `occurrence_id` 时只删除其中该会议场次，删除最后一个会议场次即删除整项注册，该注册者也不再计入其跟踪来源。返回 204；注册者不存在或未注册该会议场次时返回 404/3000；会议场次无效时返回 400/3000；未开启注册时返回 404/404；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarRegistrantStatus: {
    en: 'Approves, denies or cancels registrations named by ID or email: approve takes pending or denied ones, deny pending or approved ones, cancel approved ones, which then list as denied. Each change emits `webinar.registration_approved`, `_denied` or `_cancelled` (with `tracking_source` when the registrant came through one); registrants already in that state are left as they are. Answers 204; 400/3035 when approving would exceed `settings.registrants_restrict_number` (then nobody is approved); 404/3000 for an unknown registrant; 429/429 past 10 changes per registrant per day.',
    zh: '按 ID 或邮箱批准、拒绝或取消注册：批准适用于待审批或已拒绝的注册，拒绝适用于待审批或已批准的注册，取消适用于已批准的注册（取消后列为已拒绝）。每次状态变化触发 `webinar.registration_approved`、`_denied` 或 `_cancelled` 事件（注册者通过跟踪来源注册时附带 `tracking_source`）；已处于目标状态的注册者保持不变。返回 204；批准后将超过 `settings.registrants_restrict_number` 时返回 400/3035（此时不批准任何人）；注册者不存在时返回 404/3000；每位注册者每天变更超过 10 次时返回 429/429。',
  },
  addBatchWebinarRegistrants: {
    en: 'Registers 1 to 30 people to a scheduled webinar (type 5) in one request, all or none, and answers 200 with each registrant’s ID, email and personal join link. Registrations are approved or pending by the approval type, or approved with `auto_approve`; each emits `webinar.registration_created`, and no confirmation email is sent. Answers 400/300 for other webinar types or an empty or too long list, 400/3027 when the host is among them, 400/3000 past `settings.registrants_restrict_number`, 404/404 when registration is off.',
    zh: '一次请求为预定网络研讨会（类型 5）注册 1 至 30 人，全部成功或全部不注册，返回 200 以及每位注册者的 ID、邮箱和个人入会链接。注册按审批类型设为已批准或待审批，带 `auto_approve` 时直接批准；每项注册触发 `webinar.registration_created` 事件，不发送确认邮件。其他类型的网络研讨会或名单为空、超过 30 人时返回 400/300；其中包含主持人时返回 400/3027；超过 `settings.registrants_restrict_number` 时返回 400/3000；未开启注册时返回 404/404。',
  },
  webinarRegistrantsQuestionsGet: {
    en: 'Returns the webinar’s registration form: the standard fields it shows and which are required, and its custom questions with their type and answer choices. A webinar without a configured form shows neither. Needs registration on (404/404) and a host with a webinar licence (400/200).',
    zh: '返回网络研讨会的注册表单：显示的标准字段及其是否必填，以及自定义问题的类型和选项。未配置表单的网络研讨会两者皆为空。要求已开启注册（否则返回 404/404），且主持人拥有网络研讨会许可证（否则返回 400/200）。',
  },
  webinarRegistrantQuestionUpdate: {
    en: 'Replaces the registration form’s standard fields, its custom questions, or both; a list left out stays as it is. Custom questions are short, single_radio, single_dropdown or multiple; a one-choice answer must be one of the choices. Later registrations must answer what is required. Answers 204; 400/300 for an unknown field name, a question without a title, or a choice question without answers; 404/404 when registration is off.',
    zh: '替换注册表单的标准字段、自定义问题或两者；未给出的列表保持不变。自定义问题的类型为 short、single_radio、single_dropdown 或 multiple；单选题的回答须为给定选项之一。之后的注册须回答必填项。返回 204；字段名无效、问题缺少标题或选择题缺少选项时返回 400/300；未开启注册时返回 404/404。',
  },
  getTrackingSources: {
    en: 'Lists the webinar’s registration tracking sources, oldest first: each one’s ID, name, tracking URL, visits and the registrants who came through it (`source_id` on Add a webinar registrant). Zoom’s API creates no sources; on this server the simulator does. Answers 400/3000 when the webinar takes no registrations, 400/200 when its host has no webinar licence, 404/3001 for an unknown webinar.',
    zh: '列出网络研讨会的注册跟踪来源（按创建先后排列）：每个来源的 ID、名称、跟踪链接、访问次数，以及通过它注册的注册者人数（即 Add a webinar registrant 中的 `source_id`）。Zoom 的 API 不能创建跟踪来源；在本服务器上由模拟器创建。网络研讨会未开启注册时返回 400/3000；主持人没有网络研讨会许可证时返回 400/200；网络研讨会不存在时返回 404/3001。',
  },
}
