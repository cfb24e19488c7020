import type { OperationDocs } from './index.js'

export const billingDocs: OperationDocs = {
  // Billing contact
  GetBillingInformation: {
    en: 'Returns the billing contact of a sub account, or with `me` of the caller’s own account; fields never set show the owner’s name, email and phone. Answers 400/2100 for a sub account that pays for itself, and 404/2001 for an ID that is neither the caller’s account nor one of its sub accounts.',
    zh: '返回子账户的账单联系人；使用 `me` 时返回调用方自己账户的账单联系人。未设置的字段显示账户所有者的姓名、邮箱和电话。自行付费的子账户返回 400/2100；ID 既不是调用方账户也不是其子账户时返回 404/2001。',
  },
  UpdateBillingInformation: {
    en: 'Changes only the billing contact fields sent. A sub account must have a paid plan first (400/200) and be paid for by the master (400/2100). Answers 204; 400/2100 for an unknown country or a state that does not fit it; 404/2001 for an ID that is neither the caller’s account nor one of its sub accounts.',
    zh: '只修改请求中给出的账单联系人字段。子账户须先订阅付费套餐（否则返回 400/200），且由主账户付费（否则返回 400/2100）。返回 204；国家无效或州与国家不符时返回 400/2100；ID 既不是调用方账户也不是其子账户时返回 404/2001。',
  },

  // Plans
  GetAccountPlanInformation: {
    en: 'Returns the account’s base plan and add-on plans with their hosts, status and next invoice dates; a paid account not subscribed through the API shows the base plan its tier implies. Renewal invoices that are due are issued first. Answers 400/2100 for a sub account that pays for itself, 404/2001 for an ID outside the caller’s family.',
    zh: '返回账户的基础套餐和附加套餐及其主持人数、状态和下次开票日期；未通过 API 订阅的付费账户显示其等级对应的基础套餐。读取前先开出到期的续订发票。自行付费的子账户返回 400/2100；ID 不属于调用方及其子账户时返回 404/2001。',
  },
  accountPlanCreate: {
    en: 'Subscribes a Free sub account to a base plan and optional add-ons, with an optional billing contact, and answers 201 with its plans. The account’s plan, and with it rate limits and paid features, changes at once; the owner becomes a licensed user (`user.updated`) and the first period is invoiced. Answers 400/200 for the caller’s own account, 400/2100 when a base plan exists, 400/300 for an unknown plan or host count.',
    zh: '为免费子账户订阅基础套餐及可选的附加套餐，可同时设置账单联系人，返回 201 和账户的套餐。账户套餐随即变化，速率限制和付费功能也随之变化；账户所有者成为授权用户（`user.updated`），并开出第一个周期的发票。对调用方自己的账户返回 400/200；已有基础套餐时返回 400/2100；套餐或主持人数无效时返回 400/300。',
  },
  UpdateABasePlan: {
    en: 'Changes a sub account’s base plan: another plan type starts a new period, invoiced at once; more hosts (`hosts` or `increasing_hosts`) are charged for the rest of the period. Answers 204; 400/200 for the caller’s own account or a sub account without a base plan; 400/2100 when fewer hosts than its licensed and pending users are asked; 400/300 for an unknown type or host count.',
    zh: '修改子账户的基础套餐：改为其他套餐类型时开始新周期并立即开票；增加主持人（`hosts` 或 `increasing_hosts`）时按本周期剩余时间计费。返回 204；对调用方自己的账户或没有基础套餐的子账户返回 400/200；主持人数少于授权用户和待确认用户之和时返回 400/2100；类型或主持人数无效时返回 400/300。',
  },
  CancelABasePlan: {
    en: 'Cancels a sub account’s base plan once no add-on is left; the account becomes Free and its licensed users become Basic users, each change emitting `user.updated`. Answers 200 without a body; 400/200 for the caller’s own account, a Free sub account, or one with active add-ons; 400/2100 for a sub account that pays for itself.',
    zh: '在没有附加套餐后取消子账户的基础套餐；账户变为免费账户，其授权用户变为基础用户，每次变化触发 `user.updated` 事件。返回 200，无响应体；对调用方自己的账户、免费子账户或仍有附加套餐的子账户返回 400/200；自行付费的子账户返回 400/2100。',
  },
  accountPlanAddonCreate: {
    en: 'Adds an add-on plan (Zoom Rooms, Room Connector, large meeting, webinar, Zoom Events, audio or cloud recording storage) to a paid sub account, invoicing its first period, and answers 201 with the account’s plans. Answers 400/2100 on a Free sub account or when the add-on, or one of the same single-plan family, is already subscribed; 400/300 for an unknown type or a missing host count.',
    zh: '为付费子账户添加附加套餐（Zoom Rooms、会议室连接器、大型会议、网络研讨会、Zoom Events、音频或云录制存储），开出第一个周期的发票，返回 201 和账户的套餐。免费子账户，或已订阅该附加套餐或同一单一套餐系列中的套餐时返回 400/2100；类型无效或缺少主持人数时返回 400/300。',
  },
  accountPlanAddonUpdate: {
    en: 'Changes an add-on plan of a paid sub account: its host count, with more hosts charged for the rest of the period, or another plan of a single-plan family such as Zoom Rooms or recording storage, which starts a new period. Answers 204; 400/2100 on a Free sub account; 400/200 when the add-on is not subscribed; 400/300 for an unknown type or a missing host count.',
    zh: '修改付费子账户的附加套餐：修改主持人数（增加的部分按本周期剩余时间计费），或在 Zoom Rooms、录制存储等单一套餐系列中换成另一套餐（开始新周期）。返回 204；免费子账户返回 400/2100；未订阅该附加套餐时返回 400/200；类型无效或缺少主持人数时返回 400/300。',
  },
  CancelAdditionalPlans: {
    en: 'Cancels one add-on plan of a sub account, named by `type`, with an optional reason: it stops renewing and nothing is refunded. Answers 200 without a body; 400/200 for the caller’s own account, a sub account on a Free plan, or an add-on that is not subscribed; 400/2100 for a sub account that pays for itself.',
    zh: '取消子账户的一个附加套餐（由 `type` 指定），可附原因：该套餐不再续订，不予退款。返回 200，无响应体；对调用方自己的账户、免费子账户或未订阅的附加套餐返回 400/200；自行付费的子账户返回 400/2100。',
  },
  GetPlanUsage: {
    en: 'Returns each plan with its hosts and how many of its licenses the account’s users hold: licensed and pending users for the base plan, users with the feature for large meeting, webinar and Zoom Events add-ons, and the cloud recording storage included and bought. A Free account shows no plans. Answers 404/2001 for an ID outside the caller’s family.',
    zh: '返回每个套餐的主持人数及账户用户占用的许可证数：基础套餐统计授权用户和待确认用户，大型会议、网络研讨会和 Zoom Events 附加套餐统计拥有该功能的用户，并列出包含和购买的云录制存储。免费账户不显示套餐。ID 不属于调用方及其子账户时返回 404/2001。',
  },

  // Invoices
  ListBillingInvoices: {
    en: 'Lists a paid account’s invoices dated between `from` and `to`, the last year by default, page by page, with amounts, balance and status; renewal invoices that are due are issued first. Answers 400/300 when `from` is after `to` or the range exceeds a year; 400/200 on a Free account; 400/2001 for an ID outside the caller’s family.',
    zh: '分页列出付费账户在 `from` 至 `to` 之间（默认最近一年）的发票，包括金额、余额和状态；列出前先开出到期的续订发票。`from` 晚于 `to` 或范围超过一年时返回 400/300；免费账户返回 400/200；ID 不属于调用方及其子账户时返回 400/2001。',
  },
  GetInvoiceDetails: {
    en: 'Returns one invoice of the account with its lines: plan, period, quantity, amounts and tax. Answers 400/2001 when the account has no such invoice or the ID is neither the caller’s account nor one of its sub accounts.',
    zh: '返回账户的一张发票及其明细：套餐、周期、数量、金额和税额。账户没有该发票，或 ID 既不是调用方账户也不是其子账户时返回 400/2001。',
  },
  downloadInvoicePDF: {
    en: 'Downloads an invoice of the caller or of one of its sub accounts as a PDF file. Each invoice can be downloaded once every 30 minutes and an account may download 100 a day; beyond that the answer is 429/429 with `Retry-After`. Answers 400/2001 for an unknown invoice.',
    zh: '以 PDF 文件下载调用方或其子账户的发票。每张发票每 30 分钟可下载一次，每个账户每天最多下载 100 次；超出时返回 429/429 并附带 `Retry-After`。发票不存在时返回 400/2001。',
  },
  downloadInvoicePDFFile: {
    en: 'Zoom’s newer path for downloading an invoice of the caller or of one of its sub accounts as a PDF; same file and limits as the older download: once per invoice every 30 minutes and 100 a day, then 429/429 with `Retry-After`. Answers 400/2001 for an unknown invoice.',
    zh: 'Zoom 较新的发票下载路径，以 PDF 下载调用方或其子账户的发票；文件和限制与旧路径相同：每张发票每 30 分钟一次、每天 100 次，超出时返回 429/429 并附带 `Retry-After`。发票不存在时返回 400/2001。',
  },
  generateSubInvoiceReport: {
    en: 'Builds a report of the named sub accounts’ invoices over at most a month and answers 201 with it, already completed. Master accounts only (400/200); one request every 3 minutes and 100 a day (429/429). Answers 400/2100 when no sub account is named or the range exceeds a month; 400/10102 when an account is not one of the caller’s sub accounts.',
    zh: '为所列子账户生成最长一个月的发票报表，返回 201 和已完成的报表。仅限主账户（否则返回 400/200）；每 3 分钟一次、每天最多 100 次（否则返回 429/429）。未指定子账户或范围超过一个月时返回 400/2100；某账户不是调用方的子账户时返回 400/10102。',
  },
  listSubInvoiceReport: {
    en: 'Lists the invoice reports the master account has generated, page by page, each with its period, number of accounts, remaining days and status. Master accounts only (400/200). Answers 400/300 for an invalid or expired page token.',
    zh: '分页列出主账户生成的发票报表，每份报表包括期间、账户数量、剩余天数和状态。仅限主账户（否则返回 400/200）。分页令牌无效或过期时返回 400/300。',
  },
  downloadBillingInvoiceReport: {
    en: 'With `download=true`, returns the report as a CSV file with one line per invoice line of its sub accounts; otherwise, the report’s details. Master accounts only (400/200). Answers 400/2001 when the master has no such report.',
    zh: '`download=true` 时以 CSV 文件返回报表，子账户发票的每条明细一行；否则返回报表详情。仅限主账户（否则返回 400/200）。主账户没有该报表时返回 400/2001。',
  },
  deleteBillingInvoiceReport: {
    en: 'Deletes one of the master account’s invoice reports. Answers 204; 400/2001 when there is no such report; 400/200 when the caller is not a master account.',
    zh: '删除主账户的一份发票报表。返回 204；报表不存在时返回 400/2001；调用方不是主账户时返回 400/200。',
  },
  Getupcomingrenewalaccounts: {
    en: 'Lists the sub accounts with a plan renewing within `interval` days (30, 60 or 90), oldest first, at most 50 a page, with what each renewal will cost; sub accounts paying for themselves are left out. Master accounts only (400/200). Answers 400/2100 for another interval or page size.',
    zh: '列出在 `interval` 天（30、60 或 90）内有套餐续订的子账户，最早创建的在前，每页最多 50 个，并列出每次续订的费用；自行付费的子账户不列出。仅限主账户（否则返回 400/200）。间隔或每页数量不合规定时返回 400/2100。',
  },
}
