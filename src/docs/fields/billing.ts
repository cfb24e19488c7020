import type { FieldDocs, Text } from './index.js'

// Billing (master accounts and their sub accounts): billing contact, plans and their usage, invoices, invoice
// reports and upcoming renewals. Amounts are in the invoice's currency (USD here); dates are yyyy-mm-dd.

const audioOnly = (en: string, zh: string): Text => ({
  en: `${en}; used by the audio conferencing plan only.`,
  zh: `${zh}；仅用于音频会议套餐。`,
})

export const billingFields: FieldDocs = {
  // Billing contact
  contact: {
    en: 'Billing contact to store with the subscription: name, email, phone and address.',
    zh: '随订阅保存的账单联系人：姓名、邮箱、电话和地址。',
  },
  apt: {
    en: 'Apartment or suite of the billing contact’s address, up to 64 characters.',
    zh: '账单联系人地址中的公寓或套房号，最多 64 个字符。',
  },
  employee_count: {
    en: 'Employee-count range of the organization (not recorded by this server).',
    zh: '组织的员工人数范围（此服务器不记录）。',
  },

  // Plans
  plan_base: {
    en: 'The base plan: its type (plan code) and hosts, with status and dates in responses.',
    zh: '基础套餐：类型（套餐代码）和主持人数；响应中还包括状态和日期。',
  },
  plan_zoom_rooms: { en: 'The Zoom Rooms add-on plan.', zh: 'Zoom Rooms 附加套餐。' },
  plan_room_connector: {
    en: 'The H.323/SIP Room Connector add-on plan (a list in plan usage).',
    zh: 'H.323/SIP 会议室连接器附加套餐（在套餐使用情况中为列表）。',
  },
  plan_large_meeting: {
    en: 'Large Meeting add-on plans, one per meeting capacity.',
    zh: '大型会议附加套餐，每种会议容量一个。',
  },
  plan_webinar: {
    en: 'Webinar add-on plans, one per attendee capacity.',
    zh: '网络研讨会附加套餐，每种观众容量一个。',
  },
  plan_zoom_events: { en: 'Zoom Events add-on plans.', zh: 'Zoom Events 附加套餐。' },
  plan_recording: {
    en: 'Cloud recording storage plan code; in plan usage, storage included, bought and used.',
    zh: '云录制存储套餐代码；在套餐使用情况中为包含、购买和已用的存储空间。',
  },
  plan_audio: {
    en: 'Audio conferencing add-on plan: toll-free, premium and call-out countries and DDI numbers.',
    zh: '音频会议附加套餐：免费电话、高级和呼出国家/地区以及专用拨入号码。',
  },
  hosts: {
    en: 'Hosts (licenses) the plan covers; large meeting, webinar and event add-ons can’t exceed base hosts.',
    zh: '套餐包含的主持人（许可证）数；大型会议、网络研讨会和活动附加套餐不能超过基础套餐的主持人数。',
  },
  increasing_hosts: {
    en: 'Hosts to add to the base plan’s current count (instead of hosts); charged pro rata for the current period.',
    zh: '在基础套餐现有主持人数上增加的数量（代替 hosts）；按当前周期剩余时间折算收费。',
  },
  tollfree_countries: audioOnly(
    'Comma-separated codes of the countries with toll-free dial-in numbers',
    '提供免费拨入号码的国家/地区代码，以逗号分隔',
  ),
  premium_countries: audioOnly(
    'Comma-separated codes of the countries with premium dial-in numbers',
    '提供高级拨入号码的国家/地区代码，以逗号分隔',
  ),
  callout_countries: audioOnly(
    'Comma-separated codes of the countries participants can be called out to',
    '可向参会者发起电话呼出的国家/地区代码，以逗号分隔',
  ),
  ddi_numbers: audioOnly('Number of dedicated dial-in (DDI) numbers', '专用拨入号码（DDI）的数量'),
  service_effective_date: {
    en: 'Date the plan’s service began, yyyy-mm-dd.',
    zh: '套餐服务开始的日期，yyyy-mm-dd 格式。',
  },
  next_invoice_date: {
    en: 'Date the plan next renews and is invoiced, yyyy-mm-dd.',
    zh: '套餐下次续订并开具发票的日期，yyyy-mm-dd 格式。',
  },
  comment: {
    en: 'Free-text comment on the cancellation, up to 1,024 characters.',
    zh: '关于取消的备注，最多 1024 个字符。',
  },

  // Plan usage
  usage: {
    en: 'Licenses in use: licensed active users for the base plan, users holding the feature for add-ons.',
    zh: '已使用的许可证数：基础套餐为已激活的付费用户数，附加套餐为拥有该功能的用户数。',
  },
  pending: {
    en: 'Licenses held by users not yet activated (always 0 for add-ons).',
    zh: '尚未激活的用户占用的许可证数（附加套餐始终为 0）。',
  },
  free_storage: {
    en: 'Cloud recording storage included with the base plan, e.g. "5 GB".',
    zh: '基础套餐包含的云录制存储空间，如 "5 GB"。',
  },
  free_storage_usage: {
    en: 'Included storage in use (always "0 GB" here).',
    zh: '已使用的包含存储空间（此处始终为 "0 GB"）。',
  },
  plan_storage: {
    en: 'Storage the recording plan adds, e.g. "100 GB"; "0 GB" without one.',
    zh: '录制存储套餐额外提供的存储空间，如 "100 GB"；没有该套餐时为 "0 GB"。',
  },
  plan_storage_usage: {
    en: 'Purchased storage in use (always "0 GB" here).',
    zh: '已使用的购买存储空间（此处始终为 "0 GB"）。',
  },
  plan_storage_exceed: {
    en: 'Storage used beyond the plan’s limit (always "0" here).',
    zh: '超出套餐上限的存储用量（此处始终为 "0"）。',
  },
  max_exceed_date: {
    en: 'Date storage went over the plan’s limit, yyyy-mm-dd; empty when it has not (always here).',
    zh: '存储用量超出套餐上限的日期，yyyy-mm-dd 格式；未超出时为空（此处始终为空）。',
  },

  // Invoices
  invoices: {
    en: 'The account’s invoices dated in the requested range, on this page.',
    zh: '本页中账户在所请求日期范围内的发票。',
  },
  invoiceId: { en: 'The invoice’s ID (id in the invoice list).', zh: '发票 ID（发票列表中的 id）。' },
  currency: { en: 'Currency of the amounts, ISO 4217 (USD here).', zh: '金额的币种，ISO 4217 代码（此处为 USD）。' },
  invoice_number: {
    en: 'The number printed on the invoice (INV and eight digits).',
    zh: '发票上印制的编号（INV 加八位数字）。',
  },
  invoice_date: { en: 'Date the invoice was issued, yyyy-mm-dd.', zh: '发票开具日期，yyyy-mm-dd 格式。' },
  due_date: {
    en: 'Date payment is due, yyyy-mm-dd: 30 days after the invoice date.',
    zh: '付款截止日期，yyyy-mm-dd 格式：发票日期后 30 天。',
  },
  target_date: {
    en: 'Billing run date the invoice was made for, yyyy-mm-dd (the invoice date here).',
    zh: '发票所属的账单结算日期，yyyy-mm-dd 格式（此处与发票日期相同）。',
  },
  balance: { en: 'Amount of the invoice still unpaid.', zh: '发票尚未支付的金额。' },
  total_amount: { en: 'Total amount billed on the invoice.', zh: '发票的总金额。' },
  'invoice_items.total_amount': { en: 'Amount charged for this line.', zh: '该明细行的收费金额。' },
  tax_amount: { en: 'Tax billed (always 0 here).', zh: '税额（此处始终为 0）。' },
  invoice_items: { en: 'The invoice’s lines, one per plan charge.', zh: '发票明细行，每项套餐费用一行。' },
  charge_name: {
    en: 'What the line charges for: the plan’s name, marked “(prorated)” for part of a period.',
    zh: '该行的收费项目：套餐名称；按部分周期折算的费用标注“(prorated)”。',
  },
  charge_number: {
    en: 'Reference number of the charge (C- and eight digits).',
    zh: '费用的参考编号（C- 加八位数字）。',
  },
  charge_type: {
    en: 'Recurring (a full plan period) or One-Time (a prorated charge for added hosts).',
    zh: 'Recurring（完整套餐周期）或 One-Time（增加主持人时按比例折算的费用）。',
  },
  partner_sku: {
    en: 'Partner SKU of the charge (not set by this server).',
    zh: '费用的合作伙伴 SKU（此服务器不设置）。',
  },
  purchase_order_number: {
    en: 'Purchase order number of the charge (not set by this server).',
    zh: '费用的采购订单号（此服务器不设置）。',
  },
  quantity: { en: 'Licenses (hosts) charged or renewing.', zh: '收费或续订的许可证（主持人）数。' },
  start_date: { en: 'Start date, yyyy-mm-dd.', zh: '开始日期，yyyy-mm-dd 格式。' },
  end_date: { en: 'End date, yyyy-mm-dd.', zh: '结束日期，yyyy-mm-dd 格式。' },
  'Billing:invoice_items.start_date': {
    en: 'First day of the period the line covers, yyyy-mm-dd.',
    zh: '该明细行所涵盖周期的第一天，yyyy-mm-dd 格式。',
  },
  'Billing:invoice_items.end_date': {
    en: 'Day the period the line covers ends, yyyy-mm-dd.',
    zh: '该明细行所涵盖周期的结束日期，yyyy-mm-dd 格式。',
  },

  // Invoice reports
  'Billing:start_date': {
    en: 'First invoice date the report covers, yyyy-mm-dd; at most a month before end_date.',
    zh: '报告涵盖的最早发票日期，yyyy-mm-dd 格式；与 end_date 相隔不超过一个月。',
  },
  'Billing:end_date': {
    en: 'Last invoice date the report covers, yyyy-mm-dd.',
    zh: '报告涵盖的最晚发票日期，yyyy-mm-dd 格式。',
  },
  account_ids: {
    en: 'IDs of the sub accounts whose invoices the report covers, up to 1,000.',
    zh: '报告所涵盖发票的子账户 ID，最多 1000 个。',
  },
  accounts_total_number: { en: 'Number of sub accounts the report covers.', zh: '报告涵盖的子账户数量。' },
  remaining_days: {
    en: 'Days from today until the report’s end date (0 once it has passed).',
    zh: '从今天到报告结束日期的天数（已过时为 0）。',
  },
  invoice_reports: {
    en: 'The master account’s invoice reports on this page.',
    zh: '本页中主账户的发票报告。',
  },
  invoiceReportId: { en: 'The invoice report’s ID.', zh: '发票报告 ID。' },
  download: {
    en: 'true: download the report as CSV, one row per invoice line; false: its details as JSON.',
    zh: 'true：以 CSV 格式下载报告，每个发票明细行一行；false：以 JSON 返回报告详情。',
  },

  // Upcoming renewals
  interval: {
    en: 'Look ahead this many days for renewals: 30 (default), 60 or 90.',
    zh: '查询未来多少天内的续订：30（默认）、60 或 90。',
  },
  results: {
    en: 'Sub accounts paid by the master with a plan renewing within the interval.',
    zh: '由主账户付费、且有套餐在该时间段内续订的子账户。',
  },
  total_renewal_amount: {
    en: 'What the account’s renewing plans will cost in total.',
    zh: '该账户即将续订的套餐总费用。',
  },
  next_renewal_date: {
    en: 'Earliest renewal date among those plans, yyyy-mm-dd.',
    zh: '这些套餐中最早的续订日期，yyyy-mm-dd 格式。',
  },
  auto_renew: {
    en: 'Whether the sub account’s plans renew automatically.',
    zh: '子账户的套餐是否自动续订。',
  },
  renewable_subscriptions: { en: 'The plans renewing within the interval.', zh: '在该时间段内续订的套餐。' },
  plan_name: { en: 'The plan’s name.', zh: '套餐名称。' },
  billing_cycle: {
    en: 'How often the plan renews: Monthly, Annual, Two years or Three years.',
    zh: '套餐的续订周期：Monthly（每月）、Annual（每年）、Two years（两年）或 Three years（三年）。',
  },
  next_invoice_amount: {
    en: 'Amount the next renewal of the plan will charge.',
    zh: '套餐下次续订将收取的金额。',
  },
}
