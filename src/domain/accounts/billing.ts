import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { ZoomEvent } from '../../events/bus.js'
import type { Actor } from '../actor.js'
import { planTier } from './plan-tier.js'
import type { Services } from '../../services.js'
import type { AccountRow } from '../../store/accounts.repo.js'
import { BillingRepo } from '../../store/billing.repo.js'
import { RecordingsRepo } from '../../store/recordings.repo.js'
import { BYTES_PER_GB, gigabytes } from '../cloud-recording/storage.js'
import type { Database } from '../../store/tables.js'
import { UsersRepo } from '../../store/users.repo.js'
import { digits } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { accountData, isoDate, operatorOf, saveAccount } from './account-store.js'
import { checkContact, pickContact } from './billing-contact.js'
import {
  ADDON_PLANS,
  BASE_PLANS,
  INCLUDED_STORAGE_GB,
  LIST_CATEGORIES,
  addCycle,
  daysBetween,
  money,
  type AddonCategory,
  type AddonPlan,
  type BillingCycle,
} from './plan-catalog.js'
import { isoSeconds } from '../../util/time.js'
import { must } from '../../util/must.js'
import { DailyCounter } from '../../util/daily-counter.js'
import type {
  AddonBody,
  BasePlanUpdateBody,
  BillingContactUpdateBody,
  CancelAddonBody,
  CancelBaseBody,
  SubscribeBody,
} from '../../schemas/billing/schemas.js'

export type BillingContactChange = Static<typeof BillingContactUpdateBody>
export type SubscribeInput = Static<typeof SubscribeBody>
export type BasePlanUpdateInput = Static<typeof BasePlanUpdateBody>
export type AddonInput = Static<typeof AddonBody>
export type CancelBaseInput = Static<typeof CancelBaseBody>
export type CancelAddonInput = Static<typeof CancelAddonBody>

export type PlanStatus = 'active' | 'cancelled'

/** One subscribed plan. Audio plans also keep their country lists and dedicated dial-in numbers. */
export interface PlanEntry extends Json {
  type: string
  hosts?: number
  status: PlanStatus
  service_effective_date: string
  next_invoice_date: string
}

/** `data.plans` of an account row: its base plan and add-ons, as the master subscribed them. */
export interface PlansDoc extends Json {
  base?: PlanEntry
  addons: PlanEntry[]
}

export interface InvoiceLine extends Json {
  charge_name: string
  charge_number: string
  charge_type: string
  start_date: string
  end_date: string
  quantity: number
  total_amount: number
  tax_amount: number
}

/** `data` of an invoice row. */
export interface InvoiceDoc extends Json {
  invoice_number: string
  currency: string
  invoice_date: string
  due_date: string
  target_date: string
  status: string
  balance: number
  total_amount: number
  tax_amount: number
  items: InvoiceLine[]
}

const AUDIO_FIELDS = ['tollfree_countries', 'premium_countries', 'callout_countries', 'ddi_numbers'] as const
const PAYMENT_TERMS_DAYS = 30

export function plansOf(row: AccountRow): PlansDoc {
  const stored = accountData(row).plans as PlansDoc | undefined
  return stored ? { ...stored, addons: stored.addons ?? [] } : { addons: [] }
}

const activeBase = (plans: PlansDoc) => (plans.base?.status === 'active' ? plans.base : undefined)

/** A stored add-on's catalog entry: its type was checked against the catalog when it was subscribed. */
const addonPlanOf = (entry: PlanEntry): AddonPlan => must(ADDON_PLANS[entry.type], `add-on plan ${entry.type}`)

/** A base plan always has a host count: subscribing requires one and the implied plan computes one. */
const baseHostsOf = (entry: PlanEntry): number => must(entry.hosts, `hosts of base plan ${entry.type}`)

/** The seats of an account as the account list shows them: the hosts of its active base plan. */
export function seatsOf(row: AccountRow): number {
  return activeBase(plansOf(row))?.hosts ?? 0
}

/** `account_type` of an account: Zoom's name of its plan tier. */
export function accountType(row: AccountRow): string {
  if (row.plan === 'enterprise') return 'Enterprise'
  const tier = planTier(row.plan)
  return tier === 'free' ? 'Free' : tier === 'pro' ? 'Pro' : 'Business'
}

/** Licensed users by status: what the base plan's usage counts. */
async function licensedUsers(svc: Services, accountId: string): Promise<{ active: number; pending: number }> {
  const rows = await svc.users.repo.countByStatusAndType(accountId)
  const count = (status: string) => rows.filter((r) => r.type === 2 && r.status === status).reduce((n, r) => n + r.n, 0)
  return { active: count('active'), pending: count('pending') }
}

/** Users holding a feature (large meetings, webinars, events): what those add-ons' usage counts. */
async function usersWithFeature(svc: Services, accountId: string): Promise<Record<string, number>> {
  const docs = await svc.users.repo.activeData(accountId)
  const out: Record<string, number> = { large_meeting: 0, webinar: 0, zoom_events: 0 }
  for (const data of docs) {
    const feature = (parseJson<Json>(data).feature as Json | undefined) ?? {}
    for (const [k, n] of Object.entries(out)) if (feature[k] === true) out[k] = n + 1
  }
  return out
}

function newInvoice(date: string, lines: InvoiceLine[]): { id: string; doc: InvoiceDoc } {
  const total = money(lines.reduce((n, l) => n + l.total_amount, 0))
  const dueMs = Date.parse(date + 'T00:00:00Z') + PAYMENT_TERMS_DAYS * 86_400_000
  return {
    id: randomBytes(16).toString('hex'),
    doc: {
      invoice_number: `INV${digits(8)}`,
      currency: 'USD',
      invoice_date: date,
      due_date: isoDate(dueMs),
      target_date: date,
      status: 'Posted',
      balance: total,
      total_amount: total,
      tax_amount: 0,
      items: lines,
    },
  }
}

function line(name: string, type: string, start: string, end: string, quantity: number, amount: number): InvoiceLine {
  return {
    charge_name: name,
    charge_number: `C-${digits(8)}`,
    charge_type: type,
    start_date: start,
    end_date: end,
    quantity,
    total_amount: money(amount),
    tax_amount: 0,
  }
}

function planName(type: string): string {
  return BASE_PLANS[type]?.name ?? ADDON_PLANS[type]?.name ?? type
}

function cycleOf(type: string): BillingCycle {
  return BASE_PLANS[type]?.cycle ?? ADDON_PLANS[type]?.cycle ?? 'Monthly'
}

function priceOf(entry: PlanEntry): number {
  const unit = BASE_PLANS[entry.type]?.price ?? ADDON_PLANS[entry.type]?.price ?? 0
  return unit * (entry.hosts ?? 1)
}

/** A full period of a plan starting `from`. */
function periodLine(entry: PlanEntry, from: string): InvoiceLine {
  const to = addCycle(from, cycleOf(entry.type))
  return line(planName(entry.type), 'Recurring', from, to, entry.hosts ?? 1, priceOf(entry))
}

/** The rest of the current period for `extraHosts` more hosts. */
function prorationLine(entry: PlanEntry, extraHosts: number, today: string): InvoiceLine | undefined {
  const periodStart = previousCycleStart(entry)
  const total = daysBetween(periodStart, entry.next_invoice_date)
  const left = daysBetween(today, entry.next_invoice_date)
  if (extraHosts <= 0 || left <= 0 || total <= 0) return undefined
  const unit = BASE_PLANS[entry.type]?.price ?? ADDON_PLANS[entry.type]?.price ?? 0
  return line(
    `${planName(entry.type)} (prorated)`,
    'One-Time',
    today,
    entry.next_invoice_date,
    extraHosts,
    (unit * extraHosts * left) / total,
  )
}

function previousCycleStart(entry: PlanEntry): string {
  // The period that ends at next_invoice_date began one cycle earlier (never before the service started).
  const cycle = cycleOf(entry.type)
  let start = entry.service_effective_date
  while (addCycle(start, cycle) < entry.next_invoice_date) start = addCycle(start, cycle)
  return start
}

/**
 * Zoom's additional-plan body carries `type` and `hosts`, both required. Audio and storage plans count no hosts,
 * so only the other families insist on it; an update without it must not pass as a no-op.
 */
function requireAddonHosts(plan: AddonPlan, body: Json): void {
  if (plan.category === 'plan_audio' || plan.category === 'plan_recording' || body.hosts !== undefined) return
  throw errors.validation([{ field: 'hosts', message: 'This field is required.' }])
}

/** Zoom's plan object as GET /plans shows it. */
function presentPlan(entry: PlanEntry): Json {
  const out: Json = { type: entry.type }
  if (entry.hosts !== undefined) out.hosts = entry.hosts
  for (const f of AUDIO_FIELDS) if (entry[f] !== undefined) out[f] = entry[f]
  out.status = entry.status
  out.service_effective_date = entry.service_effective_date
  out.next_invoice_date = entry.next_invoice_date
  return out
}

/**
 * Billing of master accounts' sub accounts: plans, billing contacts and invoices. Renewal invoices are issued
 * when a plan's next invoice date has come (checked whenever the account's billing is read).
 */
export class BillingService {
  private last = new Map<string, number>()
  private daily: DailyCounter

  constructor(private svc: Services) {
    this.daily = new DailyCounter(svc.clock, 0)
  }

  private today(): string {
    return isoDate(this.svc.clock.now())
  }

  /**
   * Zoom's own limits of a few billing calls (per invoice or per account, besides the rate-limit label):
   * one call per window for `key`, and `dailyMax` per UTC day for `dailyKey`.
   */
  /** The database was put back as a snapshot held it: the throttles start over. */
  forgetState(): void {
    this.last.clear()
  }

  throttle(key: string, windowMs: number, dailyKey: string, dailyMax: number): void {
    const now = this.svc.clock.now()
    const day = Math.floor(now / 86_400_000)
    const last = this.last.get(key)
    if (last !== undefined && now - last < windowMs) {
      throw errors.rateLimitedOperation({ 'Retry-After': String(Math.ceil((last + windowMs - now) / 1000)) })
    }
    if (!this.daily.take(dailyKey, dailyMax)) {
      throw errors.rateLimitedDaily({
        'X-RateLimit-Type': 'Daily-limit',
        'X-RateLimit-Limit': String(dailyMax),
        'X-RateLimit-Remaining': '0',
        'Retry-After': isoSeconds((day + 1) * 86_400_000),
      })
    }
    this.last.set(key, now)
  }

  async account(accountId: string): Promise<AccountRow> {
    const row = await this.svc.accounts.get(accountId)
    if (!row) throw errors.accountNotFound(accountId, 404)
    return row
  }

  /** Sub accounts that pay for themselves are out of their master's billing reach. */
  requireMasterPays(actor: Actor, row: AccountRow): void {
    if (!actor.viaMaster) return
    const options = (accountData(row).options as Json | undefined) ?? {}
    if (options.pay_mode === 'sub') throw errors.selfPayMode()
  }

  /** Plan writes act on a sub account; a master does not buy its own plans through this API. */
  async writableSub(actor: Actor): Promise<AccountRow> {
    if (!actor.viaMaster) throw errors.noPermission()
    const row = await this.account(actor.accountId)
    this.requireMasterPays(actor, row)
    return row
  }

  // Billing contact.

  async contact(accountId: string): Promise<Json> {
    const row = await this.account(accountId)
    const stored = (accountData(row).billing_contact as Json | undefined) ?? {}
    const owner = row.owner_id ? await this.svc.users.byId(row.id, row.owner_id) : undefined
    return {
      first_name: owner?.doc.first_name ?? '',
      last_name: owner?.doc.last_name ?? '',
      email: owner?.email ?? '',
      phone_number: owner?.doc.phone_number ?? '',
      address: '',
      apt: '',
      city: '',
      state: '',
      zip: '',
      country: '',
      ...stored,
    }
  }

  async updateContact(actor: Actor, change: BillingContactChange): Promise<void> {
    const row = await this.account(actor.accountId)
    this.requireMasterPays(actor, row)
    if (actor.viaMaster && !activeBase(plansOf(row))) throw errors.subscribePlanFirst()
    const data = accountData(row)
    const current = (data.billing_contact as Json | undefined) ?? {}
    checkContact(change, current)
    await saveAccount(this.svc, row.id, { data: { ...data, billing_contact: { ...current, ...pickContact(change) } } })
  }

  // Plans.

  /** The plans GET /plans shows; a paid account without billed plans shows the base plan its tier implies. */
  async plans(accountId: string): Promise<Json> {
    await this.settle(accountId)
    const row = await this.account(accountId)
    const plans = plansOf(row)
    const base = plans.base ?? (await this.impliedBase(row))
    const out: Json = {}
    if (base) out.plan_base = presentPlan(base)
    for (const addon of plans.addons) {
      const category = addonPlanOf(addon).category
      if (category === 'plan_recording') {
        if (addon.status === 'active') out.plan_recording = addon.type
        continue
      }
      if (LIST_CATEGORIES.includes(category)) ((out[category] ??= []) as Json[]).push(presentPlan(addon))
      else out[category] = presentPlan(addon)
    }
    return out
  }

  /** Accounts made paid outside the billing API (the seeded master) hold a yearly base plan of their tier. */
  private async impliedBase(row: AccountRow): Promise<PlanEntry | undefined> {
    const tier = row.plan === 'enterprise' ? 'enterprise' : planTier(row.plan)
    if (tier === 'free') return undefined
    const type = tier === 'pro' ? 'yearly' : tier === 'business' ? 'business_yearly' : 'zoe_yearly'
    const users = await licensedUsers(this.svc, row.id)
    const range = must(BASE_PLANS[type], `base plan ${type}`).hosts
    const start = isoDate(Number(row.created_at))
    let next = addCycle(start, 'Annual')
    while (next <= this.today()) next = addCycle(next, 'Annual')
    return {
      type,
      hosts: Math.min(range.max, Math.max(range.min, users.active + users.pending)),
      status: 'active',
      service_effective_date: start,
      next_invoice_date: next,
    }
  }

  /** POST /plans: a Free sub account subscribes to a base plan and, optionally, add-ons; one invoice for all. */
  async subscribe(actor: Actor, body: SubscribeInput): Promise<Json> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    if (activeBase(plans) || planTier(row.plan) !== 'free') throw errors.basePlanExists()
    const baseIn = body.plan_base
    const base = this.checkBase(baseIn.type, baseIn.hosts, 'plan_base')
    const today = this.today()
    const entries: PlanEntry[] = []
    const addAddon = (category: AddonCategory, value: Json) => {
      const type = value.type as string
      const plan = ADDON_PLANS[type]
      if (plan?.category !== category) throw errors.badRequest(`Invalid parameter: ${category}.type`)
      entries.push(this.addonEntry(type, plan, value, baseIn.hosts, today))
    }
    for (const category of ['plan_zoom_rooms', 'plan_room_connector', 'plan_audio'] as const)
      if (body[category]) addAddon(category, body[category] as Json)
    for (const category of LIST_CATEGORIES)
      for (const v of (body[category] as Json[] | undefined) ?? []) addAddon(category, v)
    if (typeof body.plan_recording === 'string') addAddon('plan_recording', { type: body.plan_recording })
    const seen = new Set<string>()
    for (const e of entries) {
      if (seen.has(e.type)) throw errors.addonExists(e.type)
      seen.add(e.type)
    }
    const contact = body.contact ?? {}
    checkContact(contact)
    const baseEntry: PlanEntry = {
      type: baseIn.type,
      hosts: baseIn.hosts,
      status: 'active',
      service_effective_date: today,
      next_invoice_date: addCycle(today, base.cycle),
    }
    const invoice = newInvoice(today, [periodLine(baseEntry, today), ...entries.map((e) => periodLine(e, today))])
    const data = accountData(row)
    const events = await this.ownerLicensed(actor, row)
    await saveAccount(
      this.svc,
      row.id,
      {
        plan: base.tier,
        data: {
          ...data,
          plans: { base: baseEntry, addons: entries },
          billing_contact: { ...((data.billing_contact as Json) ?? {}), ...pickContact(contact) },
        },
      },
      events.list,
      async (trx) => {
        await this.insertInvoice(trx, row.id, invoice)
        await events.apply(trx)
      },
    )
    return this.plans(row.id)
  }

  private checkBase(type: string, hosts: number, field: string) {
    const base = BASE_PLANS[type]
    if (!base) throw errors.badRequest(`Invalid parameter: ${field}.type`)
    if (!Number.isInteger(hosts) || hosts < base.hosts.min || hosts > base.hosts.max)
      throw errors.badRequest(`Invalid parameter: ${field}.hosts`)
    return base
  }

  private addonEntry(type: string, plan: AddonPlan, value: Json, baseHosts: number, today: string): PlanEntry {
    const entry: PlanEntry = {
      type,
      status: 'active',
      service_effective_date: today,
      next_invoice_date: addCycle(today, plan.cycle),
    }
    if (plan.category === 'plan_audio') {
      for (const f of AUDIO_FIELDS) if (value[f] !== undefined) entry[f] = value[f]
    } else if (plan.category !== 'plan_recording') {
      const hosts = value.hosts
      // Large meeting, webinar and event licenses go to licensed hosts: no more of them than base hosts.
      const max = LIST_CATEGORIES.includes(plan.category) ? baseHosts : 9999
      if (typeof hosts !== 'number' || !Number.isInteger(hosts) || hosts < 1 || hosts > max)
        throw errors.badRequest(`Invalid parameter: ${plan.category}.hosts`)
      entry.hosts = hosts
    }
    return entry
  }

  /** The sub account's owner takes one of the licenses its first plan buys. */
  private async ownerLicensed(
    actor: Actor,
    row: AccountRow,
  ): Promise<{ list: ZoomEvent[]; apply: (trx: Kysely<Database>) => Promise<void> }> {
    const owner = row.owner_id ? await this.svc.users.byId(row.id, row.owner_id) : undefined
    if (!owner || owner.type === 2) return { list: [], apply: async () => {} }
    const op = await operatorOf(this.svc, actor.callerAccountId, actor.userId)
    return {
      list: [
        {
          event: 'user.updated',
          accountId: row.id,
          payload: { ...op, time_stamp: this.svc.clock.now(), old_object: { id: owner.id, type: owner.type } },
          object: { id: owner.id, type: 2 },
        },
      ],
      apply: async (trx) => new UsersRepo(trx).update(row.id, owner.id, { type: 2 }),
    }
  }

  private async insertInvoice(
    trx: Kysely<Database>,
    accountId: string,
    invoice: { id: string; doc: InvoiceDoc },
  ): Promise<void> {
    await new BillingRepo(trx).addInvoice({
      id: invoice.id,
      account_id: accountId,
      invoice_date: invoice.doc.invoice_date,
      created_at: this.svc.clock.now(),
      data: JSON.stringify(invoice.doc),
    })
  }

  /** PUT /plans/base: another base plan type or host count; more hosts are charged for the rest of the period. */
  async updateBase(actor: Actor, body: BasePlanUpdateInput): Promise<void> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    const current = activeBase(plans)
    if (!current) throw errors.subscribePlanFirst()
    const more = body.increasing_hosts ?? 0
    if (!((body.hosts ?? 0) > 0) && !(more > 0)) throw errors.badRequest('Invalid parameter: hosts')
    const hosts = body.hosts ?? baseHostsOf(current) + more
    const base = this.checkBase(body.type, hosts, 'plan_base')
    const users = await licensedUsers(this.svc, row.id)
    if (users.active + users.pending > hosts) throw errors.tooManyPaidUsers(users.active + users.pending)
    const today = this.today()
    let next: PlanEntry
    let lines: InvoiceLine[] = []
    if (body.type !== current.type) {
      // A new plan type starts a new period today.
      next = { ...current, type: body.type, hosts, next_invoice_date: addCycle(today, base.cycle) }
      lines = [periodLine(next, today)]
    } else {
      next = { ...current, hosts }
      const extra = prorationLine(current, hosts - baseHostsOf(current), today)
      if (extra) lines = [extra]
    }
    const data = accountData(row)
    const invoice = lines.length ? newInvoice(today, lines) : undefined
    await saveAccount(
      this.svc,
      row.id,
      { plan: base.tier, data: { ...data, plans: { ...plans, base: next } } },
      [],
      async (trx) => {
        if (invoice) await this.insertInvoice(trx, row.id, invoice)
      },
    )
  }

  /** POST /plans/addons. */
  async addAddon(actor: Actor, body: AddonInput): Promise<Json> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    const base = activeBase(plans)
    if (!base) throw errors.addonOnFreePlan()
    const type = body.type
    const plan = ADDON_PLANS[type]
    if (!plan) throw errors.badRequest('Invalid parameter: type')
    requireAddonHosts(plan, body)
    const active = plans.addons.filter((a) => a.status === 'active')
    const clash = active.find(
      (a) => a.type === type || (!LIST_CATEGORIES.includes(plan.category) && addonPlanOf(a).category === plan.category),
    )
    if (clash) throw errors.addonExists(clash.type)
    const today = this.today()
    const entry = this.addonEntry(type, plan, body, baseHostsOf(base), today)
    const invoice = newInvoice(today, [periodLine(entry, today)])
    const data = accountData(row)
    const addons = [...plans.addons.filter((a) => a.type !== type), entry]
    await saveAccount(this.svc, row.id, { data: { ...data, plans: { ...plans, addons } } }, [], (trx) =>
      this.insertInvoice(trx, row.id, invoice),
    )
    return this.plans(row.id)
  }

  /** PUT /plans/addons: the host count of an add-on, or another plan of a single-plan family (Rooms, recording…). */
  async updateAddon(actor: Actor, body: AddonInput): Promise<void> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    const base = activeBase(plans)
    if (!base) throw errors.addonOnFreePlan()
    const type = body.type
    const plan = ADDON_PLANS[type]
    if (!plan) throw errors.badRequest('Invalid parameter: type')
    requireAddonHosts(plan, body)
    const active = plans.addons.filter((a) => a.status === 'active')
    const current =
      active.find((a) => a.type === type) ??
      (LIST_CATEGORIES.includes(plan.category)
        ? undefined
        : active.find((a) => addonPlanOf(a).category === plan.category))
    if (!current) throw errors.planNotSubscribed(type)
    const today = this.today()
    const updated = this.addonEntry(type, plan, { ...current, ...body }, baseHostsOf(base), today)
    let next: PlanEntry
    let lines: InvoiceLine[] = []
    if (current.type !== type) {
      next = updated
      lines = [periodLine(next, today)]
    } else {
      next = {
        ...current,
        ...updated,
        service_effective_date: current.service_effective_date,
        next_invoice_date: current.next_invoice_date,
      }
      const extra = prorationLine(current, (next.hosts ?? 0) - (current.hosts ?? 0), today)
      if (extra) lines = [extra]
    }
    const invoice = lines.length ? newInvoice(today, lines) : undefined
    const data = accountData(row)
    const addons = plans.addons.map((a) => (a === current ? next : a))
    await saveAccount(this.svc, row.id, { data: { ...data, plans: { ...plans, addons } } }, [], async (trx) => {
      if (invoice) await this.insertInvoice(trx, row.id, invoice)
    })
  }

  /** PATCH /plans/addons/status: cancels one add-on (no refund; it stops renewing). */
  async cancelAddon(actor: Actor, body: CancelAddonInput): Promise<void> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    if (!activeBase(plans)) throw errors.cancelAddonOnFreePlan()
    const type = body.type
    const current = plans.addons.find((a) => a.type === type && a.status === 'active')
    if (!current) throw errors.planNotSubscribed(type)
    const cancelled: PlanEntry = {
      ...current,
      status: 'cancelled',
      cancellation: { date: this.today(), reason: body.reason ?? null, comment: body.comment ?? '' },
    }
    const data = accountData(row)
    await saveAccount(this.svc, row.id, {
      data: { ...data, plans: { ...plans, addons: plans.addons.map((a) => (a === current ? cancelled : a)) } },
    })
  }

  /**
   * PATCH /plans/base/status: cancels the base plan once no add-on is left. The account is Free from then on,
   * so its licensed users become Basic users.
   */
  async cancelBase(actor: Actor, body: CancelBaseInput): Promise<void> {
    const row = await this.writableSub(actor)
    const plans = plansOf(row)
    const base = activeBase(plans)
    if (!base) throw errors.cancelBaseOnFreePlan()
    if (plans.addons.some((a) => a.status === 'active')) throw errors.cancelAddonsFirst()
    const licensed = await this.svc.users.repo.idsOfType(row.id, 2)
    const op = await operatorOf(this.svc, actor.callerAccountId, actor.userId)
    const events: ZoomEvent[] = licensed.map((id) => ({
      event: 'user.updated',
      accountId: row.id,
      payload: { ...op, time_stamp: this.svc.clock.now(), old_object: { id, type: 2 } },
      object: { id, type: 1 },
    }))
    const data = accountData(row)
    const cancelled: PlanEntry = {
      ...base,
      status: 'cancelled',
      cancellation: { date: this.today(), reason: body.reason ?? null, comment: body.comment ?? '' },
    }
    await saveAccount(
      this.svc,
      row.id,
      { plan: 'free', data: { ...data, plans: { ...plans, base: cancelled } } },
      events,
      async (trx) => {
        const users = new UsersRepo(trx)
        for (const id of licensed) await users.update(row.id, id, { type: 1 })
      },
    )
  }

  /** GET /plans/usage: the plans with how many of their licenses the account's users hold. */
  async usage(accountId: string): Promise<Json> {
    await this.settle(accountId)
    const row = await this.account(accountId)
    const plans = plansOf(row)
    const base = activeBase(plans) ?? (await this.impliedBase(row))
    const out: Json = {}
    if (!base) return out
    const users = await licensedUsers(this.svc, row.id)
    out.plan_base = { type: base.type, hosts: base.hosts, usage: users.active, pending: users.pending }
    const features = await usersWithFeature(this.svc, row.id)
    const tier = BASE_PLANS[base.type]?.tier ?? 'business'
    let storage: PlanEntry | undefined
    for (const addon of plans.addons.filter((a) => a.status === 'active')) {
      const category = addonPlanOf(addon).category
      const used =
        category === 'plan_large_meeting'
          ? features.large_meeting
          : category === 'plan_webinar'
            ? features.webinar
            : category === 'plan_zoom_events'
              ? features.zoom_events
              : 0
      const item: Json = { type: addon.type, hosts: addon.hosts ?? 0, usage: used }
      if (LIST_CATEGORIES.includes(category)) ((out[category] ??= []) as Json[]).push({ ...item, pending: 0 })
      else if (category === 'plan_room_connector') ((out[category] ??= []) as Json[]).push(item)
      else if (category === 'plan_recording') storage = addon
      else if (category === 'plan_zoom_rooms') out[category] = item
    }
    const gb = (n: number) => `${n} GB`
    // Recordings fill the storage the plan includes first, then the storage plan's.
    const used = await new RecordingsRepo(this.svc.db.kysely).storageUsed(row.id)
    const free = INCLUDED_STORAGE_GB[tier] * BYTES_PER_GB
    out.plan_recording = {
      type: storage?.type ?? '',
      free_storage: gb(INCLUDED_STORAGE_GB[tier]),
      free_storage_usage: gigabytes(Math.min(used, free)),
      plan_storage: gb(storage ? (addonPlanOf(storage).storage_gb ?? 0) : 0),
      plan_storage_usage: gigabytes(Math.max(0, used - free)),
      plan_storage_exceed: '0',
      max_exceed_date: '',
    }
    return out
  }

  /** Issues the renewal invoices that are due: one invoice per renewal date, its lines the plans renewing then. */
  async settle(accountId: string): Promise<void> {
    const row = await this.svc.accounts.get(accountId)
    if (!row) return
    const plans = plansOf(row)
    const today = this.today()
    const entries = [plans.base, ...plans.addons].filter((e): e is PlanEntry => !!e && e.status === 'active')
    if (!entries.some((e) => e.next_invoice_date <= today)) return
    const byDate = new Map<string, InvoiceLine[]>()
    for (const e of entries) {
      while (e.next_invoice_date <= today) {
        const lines = byDate.get(e.next_invoice_date) ?? []
        lines.push(periodLine(e, e.next_invoice_date))
        byDate.set(e.next_invoice_date, lines)
        e.next_invoice_date = addCycle(e.next_invoice_date, cycleOf(e.type))
      }
    }
    const invoices = [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, lines]) => newInvoice(date, lines))
    await saveAccount(this.svc, row.id, { data: { ...accountData(row), plans } }, [], async (trx) => {
      for (const invoice of invoices) await this.insertInvoice(trx, row.id, invoice)
    })
  }

  /** The plans that renew within `days` days, with what each renewal will cost. */
  renewals(row: AccountRow, days: number): { date: string; total: number; subscriptions: Json[] } | undefined {
    const plans = plansOf(row)
    const today = this.today()
    const until = isoDate(Date.parse(today + 'T00:00:00Z') + days * 86_400_000)
    const due = [plans.base, ...plans.addons].filter(
      (e): e is PlanEntry => !!e && e.status === 'active' && e.next_invoice_date <= until,
    )
    const [first] = due.map((e) => e.next_invoice_date).sort()
    if (first === undefined) return undefined
    const subscriptions = due.map((e) => ({
      plan_name: planName(e.type),
      quantity: e.hosts ?? 1,
      billing_cycle: cycleOf(e.type),
      service_effective_date: e.service_effective_date,
      next_invoice_date: e.next_invoice_date,
      next_invoice_amount: money(priceOf(e)),
    }))
    return {
      date: first,
      total: money(subscriptions.reduce((n, s) => n + s.next_invoice_amount, 0)),
      subscriptions,
    }
  }
}

export function invoiceDoc(row: { data: string }): InvoiceDoc {
  return parseJson<InvoiceDoc>(row.data)
}
