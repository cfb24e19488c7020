import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { PAGING, pageTotals, paginate, type PageQuery } from '../paging.js'
import type { Services } from '../../services.js'
import type { AccountRow } from '../../store/accounts.repo.js'
import { BillingRepo, type InvoiceReportRow, type InvoiceRow } from '../../store/billing.repo.js'
import { SubAccountsRepo } from '../../store/sub-accounts.repo.js'
import { parseJson, type Json } from '../../util/json.js'
import { must } from '../../util/must.js'
import { accountData, isoDate } from './account-store.js'
import { BillingService, invoiceDoc } from './billing.js'
import { daysBetween } from './plan-catalog.js'
import { textPdf, type PdfLine } from './pdf.js'
import { requireMaster } from './sub-accounts.js'
import type { GenerateReportBody, InvoicesQuery, RenewalsQuery } from '../../schemas/billing/schemas.js'

const DAY_MS = 86_400_000

function summary(row: InvoiceRow): Json {
  const d = invoiceDoc(row)
  return {
    id: row.id,
    invoice_number: d.invoice_number,
    invoice_date: d.invoice_date,
    due_date: d.due_date,
    target_date: d.target_date,
    balance: d.balance,
    total_amount: d.total_amount,
    tax_amount: d.tax_amount,
    status: d.status,
  }
}

/** GET /accounts/{accountId}/billing/invoices: invoices dated within `from`…`to` (at most a year; the last year by default). */
export async function listInvoices(
  svc: Services,
  accountId: string,
  query: Static<typeof InvoicesQuery>,
): Promise<Json> {
  const today = isoDate(svc.clock.now())
  const to =
    query.to ?? (query.from ? isoDate(Math.min(Date.parse(query.from) + 365 * DAY_MS, Date.parse(today))) : today)
  const from = query.from ?? isoDate(Date.parse(to) - 365 * DAY_MS)
  if (from > to) throw errors.badRequest('Invalid parameter: from')
  if (daysBetween(from, to) > 366)
    throw errors.badRequest('The date range defined by the from and to parameters should not exceed one year.')
  await svc.use(BillingService).settle(accountId)
  const page = await paginate(
    svc.pages,
    new BillingRepo(svc.db.kysely).invoiceQuery(accountId, from, to),
    query,
    `invoices|${accountId}|${from}|${to}`,
  )
  return {
    currency: 'USD',
    invoices: page.items.map(summary),
    ...pageTotals(page),
  }
}

export async function invoiceDetail(svc: Services, accountId: string, invoiceId: string): Promise<Json> {
  await svc.use(BillingService).settle(accountId)
  const row = await new BillingRepo(svc.db.kysely).invoice(accountId, invoiceId)
  if (!row) throw errors.invoiceNotFound(invoiceId)
  const d = invoiceDoc(row)
  return { ...summary(row), currency: d.currency, invoice_items: d.items }
}

const fmt = (n: number) => n.toFixed(2)

/** The invoice as a PDF: who is billed, the lines and the totals. */
export async function invoicePdf(svc: Services, row: InvoiceRow): Promise<Buffer> {
  const account = await svc.accounts.require(row.account_id)
  const d = invoiceDoc(row)
  const contact = await svc.use(BillingService).contact(account.id)
  const data = accountData(account)
  const lines: PdfLine[] = [
    { text: `Invoice ${d.invoice_number}`, size: 16, bold: true },
    { text: '' },
    { text: `Invoice date: ${d.invoice_date}    Due date: ${d.due_date}    Target date: ${d.target_date}` },
    { text: `Account: ${account.name} (${account.id}), account number ${data.account_number ?? ''}` },
    { text: `Bill to: ${[contact.first_name, contact.last_name].filter(Boolean).join(' ')} <${contact.email}>` },
    {
      text: `${[contact.address, contact.apt, contact.city, contact.state, contact.zip, contact.country].filter(Boolean).join(', ')}`,
    },
    { text: '' },
    {
      text: 'Charge                                              Period                     Qty        Amount',
      bold: true,
    },
  ]
  for (const item of d.items) {
    lines.push({
      text: `${item.charge_name.padEnd(50).slice(0, 50)}  ${item.start_date} - ${item.end_date}  ${String(item.quantity).padStart(5)}  ${fmt(item.total_amount).padStart(12)} ${d.currency}`,
    })
  }
  lines.push({ text: '' })
  lines.push({ text: `Tax: ${fmt(d.tax_amount)} ${d.currency}` })
  lines.push({ text: `Total: ${fmt(d.total_amount)} ${d.currency}`, bold: true })
  lines.push({ text: `Balance due: ${fmt(d.balance)} ${d.currency}    Status: ${d.status}` })
  return textPdf(lines, `Invoice ${d.invoice_number}`)
}

/**
 * GET /api/download/billing/invoices/{invoiceId}: an invoice of the caller or of one of its sub accounts. Zoom
 * allows one download per invoice every 30 minutes and 100 a day per account.
 */
export async function downloadInvoice(
  svc: Services,
  actor: Actor,
  invoiceId: string,
): Promise<{ pdf: Buffer; invoiceId: string }> {
  const subs = await new SubAccountsRepo(svc.db.kysely).all(actor.callerAccountId)
  const row = await new BillingRepo(svc.db.kysely).invoiceAmong(
    [actor.callerAccountId, ...subs.map((s) => s.id)],
    invoiceId,
  )
  if (!row) throw errors.invoiceNotFound(invoiceId)
  svc
    .use(BillingService)
    .throttle(`download|${actor.callerAccountId}|${invoiceId}`, 30 * 60_000, `download|${actor.callerAccountId}`, 100)
  return { pdf: await invoicePdf(svc, row), invoiceId }
}

// Invoice reports of sub accounts.

interface ReportDoc extends Json {
  start_date: string
  end_date: string
  account_ids: string[]
}

function presentReport(svc: Services, row: InvoiceReportRow, status: string): Json {
  const d = parseJson<ReportDoc>(row.data)
  const today = isoDate(svc.clock.now())
  return {
    id: row.id,
    start_date: d.start_date,
    end_date: d.end_date,
    accounts_total_number: d.account_ids.length,
    remaining_days: Math.max(0, daysBetween(today, d.end_date)),
    status,
  }
}

/**
 * POST /accounts/billing/invoice_reports: a report over at most a month of the named sub accounts' invoices. It is
 * built at once (Completed). Zoom allows one request every 3 minutes and 100 a day.
 */
export async function generateReport(
  svc: Services,
  actor: Actor,
  body: Static<typeof GenerateReportBody>,
): Promise<Json> {
  await requireMaster(svc, actor.callerAccountId)
  const ids = [...new Set(body.account_ids ?? [])]
  if (!ids.length) throw errors.invoiceReportNoAccounts()
  const { start_date: start, end_date: end } = body
  if (end < start || addMonth(start) < end) throw errors.invoiceReportSpan()
  const found = await new SubAccountsRepo(svc.db.kysely).ids(actor.callerAccountId, ids)
  if (found.length !== ids.length) throw errors.invoiceReportUnknownAccounts(actor.callerAccountId)
  svc
    .use(BillingService)
    .throttle(`report|${actor.callerAccountId}`, 3 * 60_000, `report-day|${actor.callerAccountId}`, 100)
  for (const id of ids) await svc.use(BillingService).settle(id)
  // Zoom's report ids are the creation time in milliseconds.
  const repo = new BillingRepo(svc.db.kysely)
  let id = svc.clock.now()
  while (await repo.reportIdTaken(String(id))) id++
  const row: InvoiceReportRow = {
    seq: 0,
    id: String(id),
    account_id: actor.callerAccountId,
    created_at: svc.clock.now(),
    data: JSON.stringify({ start_date: start, end_date: end, account_ids: ids } satisfies ReportDoc),
  }
  const { seq: _, ...insert } = row
  await repo.addReport(insert)
  return presentReport(svc, row, 'Completed')
}

function addMonth(date: string): string {
  const d = new Date(date + 'T00:00:00Z')
  d.setUTCMonth(d.getUTCMonth() + 1)
  return d.toISOString().slice(0, 10)
}

export async function listReports(svc: Services, actor: Actor, query: PageQuery): Promise<Json> {
  await requireMaster(svc, actor.callerAccountId)
  const page = await paginate(
    svc.pages,
    new BillingRepo(svc.db.kysely).reportQuery(actor.callerAccountId),
    query,
    `invoice_reports|${actor.callerAccountId}`,
  )
  return {
    next_page_token: page.next_page_token,
    invoice_reports: page.items.map((r) => presentReport(svc, r, 'Completed')),
  }
}

async function report(svc: Services, actor: Actor, id: string): Promise<InvoiceReportRow> {
  await requireMaster(svc, actor.callerAccountId)
  const row = await new BillingRepo(svc.db.kysely).report(actor.callerAccountId, id)
  if (!row) throw errors.invoiceReportNotFound(id)
  return row
}

/** `download=false`: the report's details; otherwise its CSV, one line per invoice line. */
export async function reportInfo(svc: Services, actor: Actor, id: string): Promise<Json> {
  return presentReport(svc, await report(svc, actor, id), 'Available')
}

const csvCell = (v: unknown) => {
  const s = v === undefined || v === null ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export async function reportCsv(svc: Services, actor: Actor, id: string): Promise<string> {
  const row = await report(svc, actor, id)
  const d = parseJson<ReportDoc>(row.data)
  const accounts = new Map<string, AccountRow>()
  for (const accountId of d.account_ids) {
    const a = await svc.accounts.get(accountId)
    if (a) accounts.set(accountId, a)
  }
  const invoices = await new BillingRepo(svc.db.kysely).invoicesOf([...accounts.keys()], d.start_date, d.end_date)
  const header = [
    'Account ID',
    'Account Number',
    'Account Name',
    'Invoice ID',
    'Invoice Number',
    'Invoice Date',
    'Charge Name',
    'Charge Type',
    'Start Date',
    'End Date',
    'Quantity',
    'Amount',
    'Tax Amount',
    'Currency',
  ]
  const out = [header.join(',')]
  for (const inv of invoices) {
    // The invoices were read for these accounts only.
    const a = must(accounts.get(inv.account_id), `account ${inv.account_id} of invoice ${inv.id}`)
    const doc = invoiceDoc(inv)
    for (const item of doc.items) {
      out.push(
        [
          a.id,
          accountData(a).account_number,
          a.name,
          inv.id,
          doc.invoice_number,
          doc.invoice_date,
          item.charge_name,
          item.charge_type,
          item.start_date,
          item.end_date,
          item.quantity,
          fmt(item.total_amount),
          fmt(item.tax_amount),
          doc.currency,
        ]
          .map(csvCell)
          .join(','),
      )
    }
  }
  return out.join('\r\n') + '\r\n'
}

export async function deleteReport(svc: Services, actor: Actor, id: string): Promise<void> {
  await report(svc, actor, id)
  await new BillingRepo(svc.db.kysely).removeReport(actor.callerAccountId, id)
}

// Upcoming renewals.

/**
 * The renewal windows a query may ask, in days (`interval`, the first unless asked), and its page size unless
 * asked and the largest it takes: a larger one, or another window, is refused with 2100.
 */
export const RENEWALS: { interval: number; intervals: readonly number[]; size: number; max: number } = {
  interval: 30,
  intervals: [30, 60, 90],
  size: PAGING.size,
  max: 50,
}

/**
 * GET /accounts/billing/renewals: the sub accounts with a plan renewing within `interval` days (30, 60 or 90),
 * in the order they were created, `page_size` (at most 50) at a time.
 */
export async function upcomingRenewals(
  svc: Services,
  actor: Actor,
  query: Static<typeof RenewalsQuery>,
): Promise<Json> {
  const interval = query.interval ?? RENEWALS.interval
  const pageSize = query.page_size ?? RENEWALS.size
  if (!RENEWALS.intervals.includes(interval) || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > RENEWALS.max)
    throw errors.renewalsParameter()
  await requireMaster(svc, actor.callerAccountId)
  const billing = svc.use(BillingService)
  const subs = await new SubAccountsRepo(svc.db.kysely).all(actor.callerAccountId)
  const results: Array<{ seq: number; item: Json }> = []
  for (const sub of subs) {
    if (((accountData(sub).options as Json | undefined) ?? {}).pay_mode === 'sub') continue
    await billing.settle(sub.id)
    const row = await svc.accounts.get(sub.id)
    // Deleted since it was listed: nothing of it renews.
    if (!row) continue
    const due = billing.renewals(row, interval)
    if (!due) continue
    const owner = row.owner_id ? await svc.users.byId(row.id, row.owner_id) : undefined
    const options = (accountData(row).options as Json | undefined) ?? {}
    results.push({
      seq: Number(row.seq),
      item: {
        account_id: row.id,
        account_number: String(accountData(row).account_number ?? ''),
        account_name: row.name,
        email: owner?.email ?? '',
        total_renewal_amount: due.total,
        next_renewal_date: due.date,
        auto_renew: options.billing_auto_renew !== false,
        renewable_subscriptions: due.subscriptions,
      },
    })
  }
  // Keyset over the sub accounts' sequence numbers, as every other list.
  const list = `renewals|${actor.callerAccountId}|${interval}`
  const after = query.next_page_token ? svc.pages.decode(list, query.next_page_token) : 0
  const rest = results.filter((r) => r.seq > after)
  const page = rest.slice(0, pageSize)
  const last = page.at(-1)
  return {
    interval,
    page_size: pageSize,
    total_records: results.length,
    next_page_token: rest.length > pageSize && last ? svc.pages.encode(list, last.seq) : '',
    results: page.map((r) => r.item),
  }
}
