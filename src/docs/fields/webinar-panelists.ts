import type { FieldDocs } from './index.js'

// Webinar panelists. Keys are group-qualified: `panelists.name` and the name tag fields mean the panelist's own
// values here, not a branding item's.

export const webinarPanelistsFields: FieldDocs = {
  'Webinars:panelistId': {
    en: 'The panelist: the ID List panelists shows, or the panelist’s email address (any letter case).',
    zh: '嘉宾：List panelists 返回的嘉宾 ID，或嘉宾的电子邮件地址（不区分大小写）。',
  },
  'Webinars:panelists': {
    en: 'The panelists: in a request, 1–30 people to add (an email already a panelist updates that panelist); in a response, every panelist of the webinar, in the order they were first added.',
    zh: '嘉宾：在请求中为要添加的 1–30 人（已是嘉宾的电子邮件地址会更新该嘉宾）；在响应中为该网络研讨会的全部嘉宾，按首次添加的顺序排列。',
  },
  'Webinars:panelists.id': {
    en: 'The panelist’s ID, used to remove the panelist.',
    zh: '嘉宾的 ID，用于移除该嘉宾。',
  },
  'Webinars:panelists.name': {
    en: 'The panelist’s full name.',
    zh: '嘉宾的全名。',
  },
  'Webinars:panelists.email': {
    en: 'The panelist’s email address, as it was given; a webinar has each address (any letter case) as a panelist once.',
    zh: '嘉宾的电子邮件地址，保持提交时的写法；同一地址（不区分大小写）在一个网络研讨会中只能作为一位嘉宾。',
  },
  'Webinars:panelists.virtual_background_id': {
    en: 'The ID of the webinar’s branding virtual background the panelist uses; empty when none was chosen.',
    zh: '嘉宾使用的网络研讨会品牌虚拟背景的 ID；未选择时为空。',
  },
  'Webinars:panelists.name_tag_id': {
    en: 'The ID of the webinar’s name tag the panelist shows; empty when none was chosen.',
    zh: '嘉宾所用的网络研讨会名牌的 ID；未选择时为空。',
  },
  'Webinars:panelists.name_tag_name': {
    en: 'The name shown on the panelist’s name tag; empty when none was given.',
    zh: '嘉宾名牌上显示的姓名；未提供时为空。',
  },
  'Webinars:panelists.name_tag_pronouns': {
    en: 'The pronouns shown on the panelist’s name tag; empty when none were given.',
    zh: '嘉宾名牌上显示的人称代词；未提供时为空。',
  },
  'Webinars:panelists.name_tag_description': {
    en: 'The description on the panelist’s name tag, such as a job title; empty when none was given.',
    zh: '嘉宾名牌上的说明文字，如职位；未提供时为空。',
  },
  'Webinars:updated_at': {
    en: 'When the panelists were added or updated, ISO 8601 UTC.',
    zh: '嘉宾被添加或更新的时间，ISO 8601 UTC 格式。',
  },
}
