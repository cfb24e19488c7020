import type { Services } from '../../services.js'
import { errors } from '../../errors/catalog.js'
import { AudioLegsRepo } from '../../store/h323-devices.repo.js'
import { OutboxRepo } from '../../store/outbox.repo.js'
import { TokensRepo } from '../../store/tokens.repo.js'
import { BillingRepo } from '../../store/billing.repo.js'
import { invoiceDoc, plansOf } from '../accounts/billing.js'
import { hasAccountFeature } from '../accounts/features.js'
import { ADDON_PLANS } from '../accounts/plan-catalog.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { dateWindow, type WindowRules } from '../date-window.js'
import { keysetPage, pageSizeOf, paginate } from '../paging.js'

/** Admin reports cover at most a month, starting within the last six. */
const ADMIN_REPORT_WINDOW: WindowRules = {
  maxMonths: 1,
  recentMonths: 6,
  tooOld: () => errors.recordingOutOfWindow(),
}

/** The `category_type` filter values other than `all`. */
type Category =
  | 'user'
  | 'user_settings'
  | 'account'
  | 'billing'
  | 'im'
  | 'recording'
  | 'phone_contacts'
  | 'webinar'
  | 'sub_account'
  | 'role'
  | 'zoom_rooms'

export type CategoryFilter = 'all' | Category

/**
 * The events that record an administrative change, with the log category and action each becomes. Meeting
 * scheduling and in-meeting events are not administration, so they stay out of the log.
 */
const LOGGED: Record<string, { category: string; action: string; filter?: Category }> = {
  'user.created': { category: 'User', action: 'Add', filter: 'user' },
  'user.updated': { category: 'User', action: 'Update', filter: 'user' },
  'user.deleted': { category: 'User', action: 'Delete', filter: 'user' },
  'user.disassociated': { category: 'User', action: 'Disassociate', filter: 'user' },
  'user.activated': { category: 'User', action: 'Activate', filter: 'user' },
  'user.deactivated': { category: 'User', action: 'Deactivate', filter: 'user' },
  'user.tsp_created': { category: 'User', action: 'Add', filter: 'user' },
  'user.tsp_updated': { category: 'User', action: 'Update', filter: 'user' },
  'user.tsp_deleted': { category: 'User', action: 'Delete', filter: 'user' },
  'account.settings_updated': { category: 'Account', action: 'Update', filter: 'account' },
  'account.lock_settings_updated': { category: 'Account', action: 'Update', filter: 'account' },
  'account.created': { category: 'Sub Account', action: 'Add', filter: 'sub_account' },
  'account.disassociated': { category: 'Sub Account', action: 'Disassociate', filter: 'sub_account' },
  'recording.trashed': { category: 'Recording', action: 'Delete', filter: 'recording' },
  'recording.deleted': { category: 'Recording', action: 'Delete', filter: 'recording' },
  'recording.recovered': { category: 'Recording', action: 'Recover', filter: 'recording' },
  'recording.renamed': { category: 'Recording', action: 'Update', filter: 'recording' },
  'recording.registration_approved': { category: 'Recording', action: 'Approve', filter: 'recording' },
  'recording.registration_denied': { category: 'Recording', action: 'Deny', filter: 'recording' },
  'webinar.created': { category: 'Webinar', action: 'Add', filter: 'webinar' },
  'webinar.updated': { category: 'Webinar', action: 'Update', filter: 'webinar' },
  'webinar.deleted': { category: 'Webinar', action: 'Delete', filter: 'webinar' },
  'webinar.recovered': { category: 'Webinar', action: 'Recover', filter: 'webinar' },
  // Zoom's filter has no value for these: they show under `all` only.
  'group.created': { category: 'Group', action: 'Add' },
  'group.updated': { category: 'Group', action: 'Update' },
  'group.deleted': { category: 'Group', action: 'Delete' },
  'group.member_added': { category: 'Group', action: 'Add' },
  'group.member_deleted': { category: 'Group', action: 'Delete' },
  'group.admin_added': { category: 'Group', action: 'Add' },
  'group.admin_deleted': { category: 'Group', action: 'Delete' },
  'group.settings_updated': { category: 'Group', action: 'Update' },
  'group.lock_settings_updated': { category: 'Group', action: 'Update' },
  'information_barriers.policy_created': { category: 'Information Barriers', action: 'Add' },
  'information_barriers.policy_updated': { category: 'Information Barriers', action: 'Update' },
  'information_barriers.policy_deleted': { category: 'Information Barriers', action: 'Delete' },
}

interface StoredEvent {
  payload?: { operator?: unknown; operation?: unknown; object?: Record<string, unknown> }
}

/** What the change was about, in the words a reader of the log recognises: an email, a name, a topic or an id. */
function subjectOf(object: Record<string, unknown> | undefined): string {
  if (!object) return ''
  for (const key of ['email', 'name', 'topic', 'id'])
    if (typeof object[key] === 'string' || typeof object[key] === 'number') return String(object[key])
  return ''
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

export interface OperationLogQuery {
  from?: string
  to?: string
  category_type?: CategoryFilter
  page_size?: number
  next_page_token?: string
}

/** GET /report/operationlogs: the administrative changes made in the account, newest first. */
export async function operationLogs(svc: Services, accountId: string, query: OperationLogQuery) {
  await requirePaidAccount(svc, accountId)
  const w = dateWindow(svc.clock.now(), query, ADMIN_REPORT_WINDOW)
  const filter = query.category_type ?? 'all'
  const events = Object.keys(LOGGED).filter((name) => filter === 'all' || LOGGED[name]?.filter === filter)
  const base = new OutboxRepo(svc.db.kysely).operatorEventsQuery(accountId, w.start, w.end, events)
  const list = `operationlogs:${accountId}:${w.from}:${w.to}:${filter}`
  const page = await keysetPage(svc.pages, base, query, list, { order: 'desc' })
  return {
    from: w.from,
    to: w.to,
    page_size: page.page_size,
    next_page_token: page.next_page_token,
    operation_logs: page.items.map((row) => {
      const kind = LOGGED[row.event] ?? { category: '', action: '' }
      const { payload } = JSON.parse(row.body) as StoredEvent
      const subject = subjectOf(payload?.object)
      const operation = typeof payload?.operation === 'string' ? ` (${payload.operation})` : ''
      return {
        time: iso(Number(row.event_ts)),
        operator: typeof payload?.operator === 'string' ? payload.operator : '',
        category_type: kind.category,
        action: kind.action,
        operation_detail: `${kind.action} ${kind.category}${subject ? ` - ${subject}` : ''}${operation}`,
      }
    }),
  }
}

export interface ActivityQuery {
  from?: string
  to?: string
  page_size?: number
  next_page_token?: string
}

/**
 * GET /report/activities: every access token granted in the account is a sign-in of the user the app acts for,
 * newest first. The grant does not record the caller's address or client version, so those are empty.
 */
export async function signInActivities(svc: Services, accountId: string, query: ActivityQuery) {
  await requirePaidAccount(svc, accountId)
  const w = dateWindow(svc.clock.now(), query, ADMIN_REPORT_WINDOW)
  const size = pageSizeOf(query)
  const list = `activities:${accountId}:${w.from}:${w.to}`
  // Grants carry no sequence number, so the signed token holds how many rows came before the page.
  const offset = query.next_page_token ? svc.pages.decode(list, query.next_page_token) : 0
  const rows = await new TokensRepo(svc.db.kysely).grantsBetween(accountId, w.start, w.end, offset, size + 1)
  const more = rows.length > size
  return {
    from: `${w.from}T00:00:00Z`,
    to: `${w.to}T00:00:00Z`,
    page_size: size,
    next_page_token: more ? svc.pages.encode(list, offset + size) : '',
    activity_logs: rows.slice(0, size).map((r) => ({
      email: r.email ?? '',
      time: iso(Number(r.created_at)),
      type: 'Sign in' as const,
      ip_address: '',
      client_type: 'API',
      version: '',
    })),
  }
}

/** The legs each telephone report `type` lists, and the call type a row shows for each kind of leg. */
const TELEPHONE_LEGS = { '1': ['toll_free', 'call_out'], '2': ['toll'], '3': ['sip'] } as const

type CallType = 'toll-free' | 'call-out' | 'call-in' | 'US toll-number' | 'global toll-number'

function callType(leg: { type: string; country: string }): CallType {
  if (leg.type === 'toll_free') return 'toll-free'
  if (leg.type === 'call_out') return 'call-out'
  if (leg.type === 'toll') return leg.country === 'US' ? 'US toll-number' : 'global toll-number'
  return 'call-in'
}

/** Zoom caps a meeting at 30 hours: no call ends, nor does its meeting, later than that after the call began. */
const LONGEST_CALL_MS = 30 * 3600 * 1000

export interface TelephoneQuery {
  type?: '1' | '2' | '3'
  query_date_type?: 'start_time' | 'end_time' | 'meeting_start_time' | 'meeting_end_time'
  from?: string
  to?: string
  page_size?: number
  page_number?: number
  next_page_token?: string
}

/** The account holds an active audio conferencing add-on (toll-free, premium or call-out). */
async function hasAudioPlan(svc: Services, accountId: string): Promise<boolean> {
  const row = await svc.accounts.getCached(accountId)
  if (!row) return false
  return plansOf(row).addons.some((a) => a.status === 'active' && ADDON_PLANS[a.type]?.category === 'plan_audio')
}

/** GET /report/telephone: the phone calls that carried participants' audio, one row per call leg. */
export async function telephoneReport(svc: Services, accountId: string, query: TelephoneQuery) {
  await requirePaidAccount(svc, accountId)
  const type = query.type ?? '1'
  if (type === '1' && !(await hasAudioPlan(svc, accountId))) throw errors.tollFreePlanMissing()
  const by = query.query_date_type ?? 'start_time'
  const w = dateWindow(svc.clock.now(), query, ADMIN_REPORT_WINDOW)
  const repo = new AudioLegsRepo(svc.db.kysely)
  const base = repo.telephoneQuery(accountId, TELEPHONE_LEGS[type], by, w.start, w.end, LONGEST_CALL_MS)
  const list = `telephone:${accountId}:${type}:${by}:${w.from}:${w.to}`
  // Zoom counts the records only when the report is read by call times.
  const counted = by === 'start_time' || by === 'end_time'
  const page = counted
    ? await paginate(svc.pages, base, query, list)
    : { ...(await keysetPage(svc.pages, base, query, list)), total_records: undefined }
  const hosts = new Map<string, Awaited<ReturnType<Services['users']['byId']>>>()
  for (const id of new Set(page.items.map((r) => r.host_id))) hosts.set(id, await svc.users.byId(accountId, id))
  return {
    from: w.from,
    to: w.to,
    page_size: page.page_size,
    next_page_token: page.next_page_token,
    ...(page.total_records === undefined ? {} : { page_count: page.page_count, total_records: page.total_records }),
    telephony_usage: page.items.map((r) => {
      const host = hosts.get(r.host_id)
      const start = Number(r.join_time)
      const end = Number(r.leave_time)
      return {
        meeting_id: Number(r.meeting_id),
        uuid: r.instance_uuid,
        meeting_type: r.kind === 'webinar' ? 'Webinar' : 'Meeting',
        host_id: r.host_id,
        host_email: host?.email ?? '',
        host_name: [host?.doc.first_name, host?.doc.last_name].filter(Boolean).join(' '),
        dept: host?.doc.dept ?? '',
        type: callType(r),
        phone_number: r.phone_number,
        call_in_number: r.call_in_number,
        signaled_number: r.call_in_number || r.phone_number,
        country_name: r.country,
        start_time: iso(start),
        end_time: iso(end),
        // Calls are counted in started minutes, as they are billed.
        duration: Math.ceil((end - start) / 60_000),
      }
    }),
  }
}

/** Department billing reports answer only while the account's `department_billing` feature is on. */
async function requireDepartmentBilling(svc: Services, accountId: string): Promise<void> {
  await requirePaidAccount(svc, accountId)
  if (!(await hasAccountFeature(svc, accountId, 'department_billing'))) throw errors.noPermission()
}

const amount = (n: number) => n.toFixed(2)

/** GET /report/billing: one billing report per invoice of the account, newest first, spanning its charges. */
export async function billingReports(svc: Services, accountId: string) {
  await requireDepartmentBilling(svc, accountId)
  const rows = await new BillingRepo(svc.db.kysely).invoicesOf([accountId], '0000-01-01', '9999-12-31')
  const docs = rows.reverse().map((r) => ({ id: r.id, doc: invoiceDoc(r) }))
  return {
    currency: docs[0]?.doc.currency ?? 'USD',
    billing_reports: docs.map(({ id, doc }) => {
      const starts = doc.items.map((l) => l.start_date).sort()
      const ends = doc.items.map((l) => l.end_date).sort()
      return {
        id,
        type: 0 as const,
        start_date: starts[0] ?? doc.invoice_date,
        end_date: ends.at(-1) ?? doc.invoice_date,
        total_amount: amount(doc.total_amount),
        tax_amount: amount(doc.tax_amount),
      }
    }),
  }
}

/** GET /report/billing/invoices: the charges of one billing report; 404/5010 for an id the account lacks. */
export async function billingReportInvoices(svc: Services, accountId: string, billingId: string) {
  await requireDepartmentBilling(svc, accountId)
  const row = billingId ? await new BillingRepo(svc.db.kysely).invoice(accountId, billingId) : undefined
  if (!row) throw errors.reportNotFound()
  const doc = invoiceDoc(row)
  return {
    currency: doc.currency,
    invoices: doc.items.map((l) => ({
      invoice_number: doc.invoice_number,
      invoice_charge_name: l.charge_name,
      quantity: l.quantity,
      start_date: l.start_date,
      end_date: l.end_date,
      total_amount: amount(l.total_amount),
      tax_amount: amount(l.tax_amount),
    })),
  }
}
