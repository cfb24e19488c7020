import type { FieldDocs } from './index.js'

export const reportsAdminFields: FieldDocs = {
  'Reports:category_type': {
    en: 'Only changes of this category: user, account (account settings), recording, webinar or sub_account list what the account’s administrators changed through the API; user_settings, billing, im, phone_contacts, role and zoom_rooms are accepted but have nothing recorded under them. all (the default) lists every category, group and information barrier changes included.',
    zh: '只列出该类别的变更：user、account（账户设置）、recording、webinar 或 sub_account 列出账户管理员通过 API 所做的变更；user_settings、billing、im、phone_contacts、role 和 zoom_rooms 可以使用，但其下没有记录。all（默认）列出所有类别，包括群组和信息屏障的变更。',
  },
  'Reports:operation_logs': {
    en: 'The administrative changes made in the window, newest first: one entry per change that named the user who made it.',
    zh: '时间范围内的管理变更，最新的在前：每项记录了操作人的变更一条。',
  },
  'Reports:operation_logs.time': {
    en: 'When the change was made (UTC, yyyy-MM-ddTHH:mm:ssZ).',
    zh: '变更的时间（UTC，yyyy-MM-ddTHH:mm:ssZ）。',
  },
  'Reports:operation_logs.operator': {
    en: 'Email address of the user who made the change: the user the app acts for.',
    zh: '进行变更的用户的电子邮件地址，即应用所代表的用户。',
  },
  'Reports:operation_logs.category_type': {
    en: 'What was changed: User, Account, Sub Account, Recording, Webinar, Group or Information Barriers.',
    zh: '变更的对象：User（用户）、Account（账户）、Sub Account（子账户）、Recording（录制）、Webinar（网络研讨会）、Group（群组）或 Information Barriers（信息屏障）。',
  },
  'Reports:operation_logs.action': {
    en: 'What was done: Add, Update, Delete, Recover, Activate, Deactivate, Disassociate, Approve or Deny.',
    zh: '所做的操作：Add（添加）、Update（更新）、Delete（删除）、Recover（恢复）、Activate（激活）、Deactivate（停用）、Disassociate（解除关联）、Approve（批准）或 Deny（拒绝）。',
  },
  'Reports:operation_logs.operation_detail': {
    en: 'The action and category followed by what the change was about (an email, a name, a topic or an ID) and, where the change had a named kind, that kind in parentheses.',
    zh: '操作和类别，后接变更所涉及的对象（电子邮件地址、名称、主题或 ID）；变更有具体类型时，在括号中注明该类型。',
  },
  'Reports:activity_logs': {
    en: 'The sign-ins in the window, newest first: every access token granted in the account counts as a sign-in of the user its app acts for.',
    zh: '时间范围内的登录记录，最新的在前：账户中每次授予访问令牌都记为该应用所代表用户的一次登录。',
  },
  'Reports:activity_logs.email': {
    en: 'Email address of the user who signed in.',
    zh: '登录用户的电子邮件地址。',
  },
  'Reports:activity_logs.time': {
    en: 'When the sign-in happened (UTC, yyyy-MM-ddTHH:mm:ssZ).',
    zh: '登录的时间（UTC，yyyy-MM-ddTHH:mm:ssZ）。',
  },
  'Reports:activity_logs.type': {
    en: 'Sign in or Sign out; the token grants listed here are always Sign in.',
    zh: 'Sign in（登录）或 Sign out（登出）；这里列出的令牌授予始终为 Sign in。',
  },
  'Reports:activity_logs.ip_address': {
    en: 'IP address the sign-in came from; empty, as a token grant does not keep it.',
    zh: '登录来源的 IP 地址；由于授予令牌时不保存该地址，此项为空。',
  },
  'Reports:activity_logs.client_type': {
    en: 'The kind of client that signed in: API for an app’s token grant.',
    zh: '登录所用客户端的类型：应用授予令牌时为 API。',
  },
  'Reports:activity_logs.version': {
    en: 'Version of the Zoom client that signed in; empty for a token grant.',
    zh: '登录所用 Zoom 客户端的版本；授予令牌时为空。',
  },
  'Reports:query_date_type': {
    en: 'Which time must fall within from–to: start_time (the default) or end_time of the call, meeting_start_time or meeting_end_time of the meeting it was part of. With the meeting times the answer has no page_count or total_records.',
    zh: '哪个时间须落在 from 至 to 之间：通话的 start_time（默认）或 end_time，或通话所属会议的 meeting_start_time 或 meeting_end_time。按会议时间查询时，响应中没有 page_count 和 total_records。',
  },
  'Reports:telephony_usage': {
    en: 'One entry per finished call that carried a participant’s audio; a caller who hangs up and calls back has two. Calls still going on are listed once they end.',
    zh: '每个承载参会者音频且已结束的通话一条；挂断后再次拨入的来电者有两条。正在进行的通话在结束后列出。',
  },
  'Reports:telephony_usage.meeting_id': {
    en: 'The meeting or webinar number the call was part of.',
    zh: '通话所属的会议或网络研讨会号。',
  },
  'Reports:telephony_usage.uuid': {
    en: 'UUID of the meeting or webinar instance the call was part of.',
    zh: '通话所属的会议或网络研讨会实例的 UUID。',
  },
  'Reports:telephony_usage.meeting_type': {
    en: 'Meeting or Webinar.',
    zh: 'Meeting（会议）或 Webinar（网络研讨会）。',
  },
  'Reports:telephony_usage.host_id': {
    en: 'User ID of the host of the meeting or webinar.',
    zh: '会议或网络研讨会主持人的用户 ID。',
  },
  'Reports:telephony_usage.host_email': {
    en: 'Email address of the host.',
    zh: '主持人的电子邮件地址。',
  },
  'Reports:telephony_usage.host_name': {
    en: 'First and last name of the host.',
    zh: '主持人的名字和姓氏。',
  },
  'Reports:telephony_usage.dept': {
    en: 'Department of the host, as the host’s profile gives it.',
    zh: '主持人的部门，与其个人资料中的相同。',
  },
  'Reports:telephony_usage.type': {
    en: 'Kind of call: toll-free or call-out (report type 1), US toll-number or global toll-number by the caller’s country (type 2), call-in for SIP Connected Audio (type 3).',
    zh: '通话类型：toll-free（免费电话）或 call-out（外呼）（报告类型 1），按来电者所在国家为 US toll-number 或 global toll-number（类型 2），SIP 连接音频为 call-in（类型 3）。',
  },
  'Reports:telephony_usage.phone_number': {
    en: 'The caller’s number; for a call-out, the number that was called.',
    zh: '来电者的号码；外呼时为被呼叫的号码。',
  },
  'Reports:telephony_usage.call_in_number': {
    en: 'The meeting’s dial-in number the caller dialled (toll calls); empty otherwise.',
    zh: '来电者所拨打的会议拨入号码（收费电话）；其他情况为空。',
  },
  'Reports:telephony_usage.signaled_number': {
    en: 'The number signalled to Zoom: the dial-in number dialled, or the caller’s (called) number when there is none.',
    zh: '向 Zoom 传递的号码：所拨打的拨入号码；没有时为来电者（被呼叫方）的号码。',
  },
  'Reports:telephony_usage.country_name': {
    en: 'Two-letter code of the country of the phone line.',
    zh: '电话线路所在国家的两字母代码。',
  },
  'Reports:telephony_usage.start_time': {
    en: 'When the call joined the meeting (UTC).',
    zh: '通话加入会议的时间（UTC）。',
  },
  'Reports:telephony_usage.end_time': {
    en: 'When the call left the meeting (UTC).',
    zh: '通话离开会议的时间（UTC）。',
  },
  'Reports:telephony_usage.duration': {
    en: 'Length of the call in minutes, every started minute counted.',
    zh: '通话时长（分钟），不足一分钟按一分钟计。',
  },
  'Reports:billing_id': {
    en: 'ID of a billing report, as the billing reports list gives it (`billing_reports.id`).',
    zh: '账单报告的 ID，取自账单报告列表（`billing_reports.id`）。',
  },
  'Reports:currency': {
    en: 'Currency of the amounts.',
    zh: '金额所用的币种。',
  },
  'Reports:billing_reports': {
    en: 'One billing report per invoice of the account, newest first.',
    zh: '账户的每张发票对应一份账单报告，最新的在前。',
  },
  'Reports:billing_reports.id': {
    en: 'ID of the billing report (the invoice’s ID): pass it as `billing_id` to get its charges.',
    zh: '账单报告的 ID（即发票的 ID）：将其作为 `billing_id` 传入可获取其费用明细。',
  },
  'Reports:billing_reports.type': {
    en: '0 for a detailed billing report (the only kind kept); 1 would be a custom one.',
    zh: '0 表示详细账单报告（仅保留此类）；1 表示自定义账单报告。',
  },
  'Reports:billing_reports.start_date': {
    en: 'First day of the billing period: the earliest start of the invoice’s charges.',
    zh: '计费周期的第一天：发票中各项费用最早的开始日期。',
  },
  'Reports:billing_reports.end_date': {
    en: 'Last day of the billing period: the latest end of the invoice’s charges.',
    zh: '计费周期的最后一天：发票中各项费用最晚的结束日期。',
  },
  'Reports:billing_reports.total_amount': {
    en: 'Amount billed for the period, as a decimal string.',
    zh: '该周期的计费金额，为十进制字符串。',
  },
  'Reports:billing_reports.tax_amount': {
    en: 'Tax billed for the period, as a decimal string.',
    zh: '该周期的税额，为十进制字符串。',
  },
  'Reports:invoices': {
    en: 'The charges of the billing report, one per invoice line.',
    zh: '账单报告的费用明细，每个发票行一条。',
  },
  'Reports:invoices.invoice_number': {
    en: 'Number of the invoice the charge is on.',
    zh: '该费用所在发票的编号。',
  },
  'Reports:invoices.invoice_charge_name': {
    en: 'What was charged: the plan’s name.',
    zh: '收费项目：套餐名称。',
  },
  'Reports:invoices.quantity': {
    en: 'Licences (hosts) charged for.',
    zh: '计费的许可证（主持人）数量。',
  },
  'Reports:invoices.start_date': {
    en: 'First day the charge covers.',
    zh: '该费用涵盖的第一天。',
  },
  'Reports:invoices.end_date': {
    en: 'Last day the charge covers.',
    zh: '该费用涵盖的最后一天。',
  },
  'Reports:invoices.total_amount': {
    en: 'Amount of the charge, as a decimal string.',
    zh: '该费用的金额，为十进制字符串。',
  },
  'Reports:invoices.tax_amount': {
    en: 'Tax on the charge, as a decimal string.',
    zh: '该费用的税额，为十进制字符串。',
  },
}
