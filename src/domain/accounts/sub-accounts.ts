import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { ZoomEvent } from '../../events/bus.js'
import type { Actor } from '../actor.js'
import { numberedPage, paginate } from '../paging.js'
import { planTier } from './plan-tier.js'
import type { Services } from '../../services.js'
import { AccountsRepo, type AccountRow } from '../../store/accounts.repo.js'
import { SubAccountsRepo } from '../../store/sub-accounts.repo.js'
import { UsersRepo } from '../../store/users.repo.js'
import type { Json } from '../../util/json.js'
import { passwordRules } from '../users/credentials.js'
import { checkPassword, hasSequence } from '../users/password.js'
import { builtInRoleName } from '../roles/role.service.js'
import { accountData, operatorOf, saveAccount } from './account-store.js'
import { accountType, plansOf, seatsOf } from './billing.js'
import { isoSeconds } from '../../util/time.js'
import type { AccountOptionsBody, CreateAccountBody, ListAccountsQuery } from '../../schemas/accounts/schemas.js'

/**
 * A master account: a paid account at the top of its family, not marked `master: false` (accounts left behind by
 * a disassociation are). The seeded account is one.
 */
export function isMasterAccount(row: AccountRow): boolean {
  return !row.master_account_id && accountData(row).master !== false && planTier(row.plan) !== 'free'
}

/** Master-only operations refuse other accounts as Zoom refuses accounts without the master option. */
export async function requireMaster(svc: Services, accountId: string): Promise<AccountRow> {
  const row = await svc.accounts.getCached(accountId)
  if (!row || !isMasterAccount(row)) throw errors.noPermission()
  return row
}

// Options shared by a master with a sub account. Zoom's older documents used comma-separated strings for the
// connector lists (room_connectors, meeting_connectors); both forms are read and shown.
export interface AccountOptions extends Json {
  share_rc: boolean
  room_connector_list: string[]
  share_mc: boolean
  meeting_connector_list: string[]
  pay_mode: 'master' | 'sub'
  billing_auto_renew: boolean
  resource_share_mc: boolean
  resource_share_mh: boolean
  resource_meeting_connector_list: string[]
  resource_meeting_hybrid_list: string[]
}

const DEFAULT_OPTIONS: AccountOptions = {
  share_rc: false,
  room_connector_list: [],
  share_mc: false,
  meeting_connector_list: [],
  pay_mode: 'master',
  billing_auto_renew: false,
  resource_share_mc: false,
  resource_share_mh: false,
  resource_meeting_connector_list: [],
  resource_meeting_hybrid_list: [],
}

const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

export function optionsOf(row: AccountRow): AccountOptions {
  return { ...DEFAULT_OPTIONS, ...((accountData(row).options as Json | undefined) ?? {}) } as AccountOptions
}

function mergeOptions(current: AccountOptions, change: Json): AccountOptions {
  const next: Json = { ...current }
  for (const key of Object.keys(DEFAULT_OPTIONS)) if (change[key] !== undefined) next[key] = change[key]
  if (typeof change.room_connectors === 'string' && change.room_connector_list === undefined)
    next.room_connector_list = splitList(change.room_connectors)
  if (typeof change.meeting_connectors === 'string' && change.meeting_connector_list === undefined)
    next.meeting_connector_list = splitList(change.meeting_connectors)
  return next as AccountOptions
}

function presentOptions(o: AccountOptions): Json {
  return {
    ...o,
    room_connectors: o.room_connector_list.join(','),
    meeting_connectors: o.meeting_connector_list.join(','),
  }
}

const SPECIAL = /[<>{}\\^`|~"]/

export type CreateSubAccountInput = Static<typeof CreateAccountBody>
export type SubAccountOptionsChange = Static<typeof AccountOptionsBody>

/**
 * POST /accounts: a Free sub account of the caller with its owner, who can sign in at once (no confirmation
 * email). The owner's password follows the master account's password rules.
 */
export async function createSubAccount(svc: Services, actor: Actor, input: CreateSubAccountInput): Promise<Json> {
  const master = await requireMaster(svc, actor.callerAccountId)
  if (input.transfer_code) throw errors.accountTransferDisabled()
  for (const field of ['first_name', 'last_name', 'account_name', 'company_name'] as const) {
    const v = input[field]
    if (typeof v === 'string' && SPECIAL.test(v)) throw errors.specialCharacters(field)
  }
  const email = input.email.toLowerCase()
  if (await svc.users.repo.emailTaken(email)) throw errors.emailAlreadyUsed(email)
  if (/^(.)\1*$/.test(input.password)) throw errors.subAccountPassword('repeated')
  if (hasSequence(input.password)) throw errors.subAccountPassword('consecutive')
  checkPassword(input.password, {
    rules: await passwordRules(svc, master.id),
    invalidAs: 'Invalid parameter: password',
  })

  const profile: Json = {}
  for (const k of [
    'company_name',
    'phone_country',
    'phone_number',
    'address',
    'city',
    'state',
    'zip',
    'country',
  ] as const)
    if (input[k] !== undefined) profile[k] = input[k]
  const name = input.account_name ?? `${input.first_name} ${input.last_name}`.trim()
  const account = await svc.accounts.create({
    name,
    plan: 'free',
    masterAccountId: master.id,
    data: { options: mergeOptions(DEFAULT_OPTIONS, input.options ?? {}), profile },
  })
  let owner
  try {
    owner = await svc.users.create(account.id, {
      action: 'custCreate',
      email,
      type: 1,
      first_name: input.first_name,
      last_name: input.last_name,
      password: input.password,
      roleId: '0',
    })
  } catch (err) {
    // Another request took the email meanwhile: no account without an owner is left behind.
    await new AccountsRepo(svc.db.kysely).remove(account.id)
    svc.accounts.forget(account.id)
    // Also when the race put the email into the new account itself (userExists has the same code).
    if ((err as { code?: number }).code === 1005) throw errors.emailAlreadyUsed(email)
    throw err
  }
  if (input.phone_number || input.phone_country) {
    await svc.users.saveDoc(owner, {
      ...owner.doc,
      phone_number: input.phone_number ?? '',
      phone_country: input.phone_country ?? '',
    })
  }
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId)
  await saveAccount(svc, account.id, { owner_id: owner.id }, [
    {
      event: 'account.created',
      accountId: master.id,
      payload: op,
      object: { id: account.id, owner_id: owner.id, email },
    },
  ])
  return { id: account.id, owner_id: owner.id, owner_email: email, created_at: isoSeconds(Number(account.created_at)) }
}

async function ownerEmail(svc: Services, row: AccountRow): Promise<string> {
  const owner = row.owner_id ? await svc.users.byId(row.id, row.owner_id) : undefined
  return owner?.email ?? ''
}

function subscription(row: AccountRow): { start: string; end?: string } {
  const base = plansOf(row).base
  if (!base || base.status !== 'active') return { start: '' }
  return { start: `${base.service_effective_date}T00:00:00Z`, end: `${base.next_invoice_date}T00:00:00Z` }
}

/** GET /accounts: the caller's sub accounts, oldest first. */
export async function listSubAccounts(
  svc: Services,
  actor: Actor,
  query: Static<typeof ListAccountsQuery>,
): Promise<Json> {
  await requireMaster(svc, actor.callerAccountId)
  const page = await paginate(
    svc.pages,
    new SubAccountsRepo(svc.db.kysely).listQuery(actor.callerAccountId, { ownerEmail: query.email }),
    query,
    `sub_accounts|${actor.callerAccountId}|${query.email ?? ''}`,
  )
  const accounts: Json[] = []
  for (const row of page.items) {
    const sub = subscription(row)
    accounts.push({
      id: row.id,
      account_name: row.name,
      owner_email: await ownerEmail(svc, row),
      account_type: accountType(row),
      seats: seatsOf(row),
      subscription_start_time: sub.start,
      subscription_end_time: sub.end ?? '',
      created_at: isoSeconds(Number(row.created_at)),
      account_number: accountData(row).account_number,
      reseller: false,
      bulk_license: false,
    })
  }
  return {
    ...numberedPage(page),
    accounts,
  }
}

/** GET /accounts/{accountId}: a sub account, or with `me` the caller's own account. */
export async function subAccountDetails(svc: Services, accountId: string): Promise<Json> {
  const row = await svc.accounts.require(accountId)
  const data = accountData(row)
  const sub = subscription(row)
  return {
    id: row.id,
    account_name: row.name,
    account_number: data.account_number,
    account_type: accountType(row),
    owner_id: row.owner_id ?? '',
    owner_email: await ownerEmail(svc, row),
    created_at: isoSeconds(Number(row.created_at)),
    options: presentOptions(optionsOf(row)),
    seats: seatsOf(row),
    subscription_start_time: sub.start,
    ...(sub.end ? { subscription_end_time: sub.end } : {}),
    // Empty for an account that has not been given its own subdomain.
    vanity_url: data.vanity_url ?? '',
    reseller: false,
  }
}

/** The sub account an operation acts on; the caller's own account (`me`) is not one of its sub accounts. */
function subOnly(actor: Actor, rawId: string): void {
  if (!actor.viaMaster) throw errors.accountNotFound(rawId, 404)
}

/** DELETE /accounts/{accountId}: the sub account stays, on its own, no longer reachable by the master. */
export async function disassociateSubAccount(svc: Services, actor: Actor, rawId: string): Promise<void> {
  subOnly(actor, rawId)
  const row = await svc.accounts.require(actor.accountId)
  if (planTier(row.plan) !== 'free') throw errors.paidAccountNotDisassociable()
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId)
  const event: ZoomEvent = {
    event: 'account.disassociated',
    accountId: actor.callerAccountId,
    payload: op,
    object: { id: row.id, owner_id: row.owner_id ?? '', owner_email: await ownerEmail(svc, row) },
  }
  await saveAccount(svc, row.id, { master_account_id: null, data: { ...accountData(row), master: false } }, [event])
}

/** PATCH /accounts/{accountId}/options. */
export async function updateSubAccountOptions(
  svc: Services,
  actor: Actor,
  rawId: string,
  change: SubAccountOptionsChange,
): Promise<void> {
  subOnly(actor, rawId)
  const row = await svc.accounts.require(actor.accountId)
  await saveAccount(svc, row.id, { data: { ...accountData(row), options: mergeOptions(optionsOf(row), change) } })
}

/**
 * PUT /accounts/{accountId}/owner: an active user of the account becomes its owner; the former owner stays on as
 * an admin. Both role changes are announced as user.updated.
 */
export async function changeAccountOwner(svc: Services, actor: Actor, email: string): Promise<void> {
  const row = await svc.accounts.require(actor.accountId)
  const next = await svc.users.byEmail(row.id, email)
  if (!next || next.status !== 'active') throw errors.userNotInAccount(email)
  if (next.id === row.owner_id) return
  const previous = row.owner_id ? await svc.users.byId(row.id, row.owner_id) : undefined
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId)
  const ts = svc.clock.now()
  const roleEvent = (id: string, from: string, to: string): ZoomEvent => ({
    event: 'user.updated',
    accountId: row.id,
    payload: { ...op, time_stamp: ts, old_object: { id, role: builtInRoleName(from) ?? 'Member' } },
    object: { id, role: builtInRoleName(to) ?? 'Member' },
  })
  const events = [roleEvent(next.id, next.role_id, '0')]
  if (previous) events.push(roleEvent(previous.id, previous.role_id, '1'))
  await saveAccount(svc, row.id, { owner_id: next.id }, events, async (trx) => {
    const users = new UsersRepo(trx)
    await users.update(row.id, next.id, { role_id: '0' })
    if (previous) await users.update(row.id, previous.id, { role_id: '1' })
  })
}

/** Managed and trusted domains are set up in the web portal (with domain verification); the API reads them. */
export function managedDomains(row: AccountRow): Json {
  const domains = ((accountData(row).managed_domains as Json[] | undefined) ?? []).map((d) => ({
    domain: d.domain,
    status: d.status,
  }))
  return { total_records: domains.length, domains }
}

export function trustedDomains(row: AccountRow): Json {
  return { trusted_domains: (accountData(row).trusted_domains as string[] | undefined) ?? [] }
}
