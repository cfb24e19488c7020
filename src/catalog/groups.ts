// The operation groups' names in Chinese, for the reference's sidebar and headings. Groups appear in this order.
export const GROUP_NAMES_ZH: Record<string, string> = {
  Users: '用户',
  Accounts: '账户',
  Billing: '账单',
  Groups: '群组',
  Roles: '角色',
  'IM Groups': 'IM 群组',
  'Information Barriers': '信息屏障',
  'Tracking Field': '跟踪字段',
  Meetings: '会议',
  Webinars: '网络研讨会',
  'Cloud Recording': '云录制',
  Archiving: '归档',
  Reports: '报告',
  Dashboards: '仪表板',
  'H323 Devices': 'H.323 设备',
  'SIP Phone': 'SIP 电话',
  TSP: 'TSP 电话服务',
  'SIP Connected Audio': 'SIP 连接音频',
  PAC: '个人音频会议（PAC）',
  Webhooks: 'Webhook',
  Simulator: '模拟器',
}

/** A group's name in the page's language. */
export const groupName = (group: string, lang: 'en' | 'zh'): string =>
  lang === 'zh' ? (GROUP_NAMES_ZH[group] ?? group) : group
