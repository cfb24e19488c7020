import type { OperationDocs } from './index.js'

export const trackingFieldsDocs: OperationDocs = {
  trackingfieldList: {
    en: 'Lists every tracking field of the account in one answer, without pagination: label, recommended values, and whether it is required and visible. Tracking fields need a Business, Education, API or higher plan: 400/200 on Free and Pro accounts.',
    zh: '不分页，一次列出账户的全部跟踪字段：标签、推荐值，以及是否必填、是否可见。跟踪字段需要商业版、教育版、API 或更高套餐：免费和专业版账户返回 400/200。',
  },
  trackingfieldCreate: {
    en: 'Defines a tracking field, visible and optional unless asked otherwise, and answers 201 with it. Meetings may then carry it; a required field must be given a value on every meeting create. Answers 400/200 when another field has the same label (ignoring case) or on a Free or Pro account; 400/300 for a blank label.',
    zh: '定义跟踪字段，默认可见且非必填，返回 201 和该字段。之后会议即可使用该字段；必填字段在每次创建会议时都须提供值。已有同名字段（不区分大小写）或为免费、专业版账户时返回 400/200；标签为空时返回 400/300。',
  },
  trackingfieldGet: {
    en: 'Returns one tracking field: label, recommended values, and whether it is required and visible. Answers 404/5110 when the account has no such field, and 400/200 on a Free or Pro account.',
    zh: '返回一个跟踪字段：标签、推荐值，以及是否必填、是否可见。账户中没有该字段时返回 404/5110；免费或专业版账户返回 400/200。',
  },
  trackingfieldUpdate: {
    en: 'Changes only the properties sent: label, recommended values, required or visible. Answers 204; 404/5110 for an unknown field; 400/200 when the new label is another field’s or on a Free or Pro account; 400/300 for a blank label.',
    zh: '只修改请求中给出的属性：标签、推荐值、是否必填或是否可见。返回 204；字段不存在时返回 404/5110；新标签已被其他字段使用或为免费、专业版账户时返回 400/200；标签为空时返回 400/300。',
  },
  trackingfieldDelete: {
    en: 'Deletes a tracking field; meetings that already carry it keep their values. Answers 204; 404/5110 when the account has no such field; 400/200 on a Free or Pro account.',
    zh: '删除跟踪字段；已使用该字段的会议保留原有值。返回 204；账户中没有该字段时返回 404/5110；免费或专业版账户返回 400/200。',
  },
}
