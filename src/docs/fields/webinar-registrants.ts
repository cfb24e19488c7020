import type { FieldDocs } from './index.js'

// Webinar registrants, registration questions and tracking sources. Most registrant fields read as they do for
// meetings (plain keys in meetings.ts); the 'Webinars:' keys here replace wording that names a user or a meeting,
// or a webinar-wide key that would otherwise describe a registrant's field as a webinar's.

export const webinarRegistrantsFields: FieldDocs = {
  // Registrants
  'Webinars:email': {
    en: 'The registrant’s email address, up to 128 characters; a webinar has one registration per address (any letter case).',
    zh: '注册者的邮箱地址，最多 128 个字符；同一地址（不区分大小写）在一个网络研讨会中只有一项注册。',
  },
  'Webinars:registrants.email': { en: 'The registrant’s email address.', zh: '注册者的邮箱地址。' },
  'Webinars:registrants.id': { en: 'The registrant’s ID.', zh: '注册者 ID。' },
  'Webinars:first_name': {
    en: 'The registrant’s first name, up to 64 characters.',
    zh: '注册者的名字，最多 64 个字符。',
  },
  'Webinars:last_name': {
    en: 'The registrant’s last name, up to 64 characters.',
    zh: '注册者的姓氏，最多 64 个字符。',
  },
  'Webinars:job_title': { en: 'The registrant’s job title.', zh: '注册者的职位。' },
  'Webinars:country': {
    en: 'The registrant’s country or region, as a two-letter code.',
    zh: '注册者所在国家/地区，两个字母的代码。',
  },
  'Webinars:registrants.status': {
    en: 'The registrant’s status: approved, pending (awaiting approval) or denied (also after a cancelled approval).',
    zh: '注册者状态：approved（已批准）、pending（待批准）或 denied（已拒绝，取消批准后也是此状态）。',
  },
  'Webinars:language': {
    en: 'Language of the registrant’s confirmation emails, e.g. en-US, zh-CN or jp-JP.',
    zh: '注册者确认邮件的语言，如 en-US、zh-CN 或 jp-JP。',
  },
  'Webinars:occurrence_ids': {
    en: 'Comma-separated occurrence IDs to register for, when the recurring webinar lets registrants choose occurrences.',
    zh: '要注册的会议场次 ID，以逗号分隔；用于允许注册者选择场次的周期性网络研讨会。',
  },
  'Webinars:auto_approve': {
    en: 'Approve these registrants at once, even when the webinar needs manual approval (approval_type 1).',
    zh: '立即批准这些注册者，即使网络研讨会要求手动批准（approval_type 1）。',
  },
  'Webinars:source_id': {
    en: 'ID of the tracking source the registrant came through (from Get webinar tracking sources); the source counts the visit and the registration.',
    zh: '注册者通过的跟踪来源 ID（取自 Get webinar tracking sources）；该来源会计入这次访问和注册。',
  },
  'Webinars:tracking_source_id': {
    en: 'Only registrants who came through this tracking source.',
    zh: '只列出通过该跟踪来源注册的注册者。',
  },
  'Webinars:custom_questions.type': {
    en: 'Answer format: short (free text), single_radio or single_dropdown (one choice, shown as buttons or a list) or multiple (several choices).',
    zh: '作答方式：short（自由文本）、single_radio 或 single_dropdown（单选，以按钮或下拉列表显示）或 multiple（多选）。',
  },

  // Tracking sources
  'Webinars:tracking_sources': {
    en: 'The webinar’s registration tracking sources, oldest first.',
    zh: '网络研讨会的注册跟踪来源，按创建先后排列。',
  },
  'Webinars:tracking_sources.id': {
    en: 'The tracking source’s ID, as registrations give it in `source_id`.',
    zh: '跟踪来源 ID，注册时在 `source_id` 中给出。',
  },
  source_name: {
    en: 'Name of the place where the registration link was shared, such as a newsletter or a social network.',
    zh: '分享注册链接的渠道名称，如新闻邮件或社交网络。',
  },
  tracking_url: {
    en: 'The registration link to share through this source: the webinar’s registration URL carrying the source’s ID.',
    zh: '通过该来源分享的注册链接：带有来源 ID 的网络研讨会注册链接。',
  },
  visitor_count: {
    en: 'Visits to the registration page through this source; every registration made through it counts as one.',
    zh: '通过该来源访问注册页面的次数；每次通过该来源的注册都计为一次访问。',
  },
  registration_count: {
    en: 'Registrants who came through this source, whatever their status.',
    zh: '通过该来源注册的注册者人数（不论状态）。',
  },
}
