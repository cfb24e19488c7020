import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { planTier } from '../domain/accounts/plan-tier.js'
import { createSubAccount } from '../domain/accounts/sub-accounts.js'
import { accountActor, type Actor } from '../domain/actor.js'
import { allScopes } from '../domain/auth/scopes.js'
import { MeetingService, type Meeting } from '../domain/meetings/meeting.service.js'
import { updateUserSettings } from '../domain/users/settings.js'
import type { User } from '../domain/users/user.service.js'
import { WebinarService } from '../domain/webinars/webinar.service.js'
import { errors } from '../errors/catalog.js'
import { ZoomError, type FieldError } from '../errors/zoom-error.js'
import { toFieldErrors } from '../http/errors.js'
import {
  FixturesBody,
  type FixtureAccountItem,
  type FixturePastItem,
  type Fixtures,
  type FixturesResult,
  type FixtureUserItem,
} from '../schemas/simulator/fixtures.js'
import { UserSettingsUpdateBody } from '../schemas/users/schemas-settings.js'
import { CreateWebinarBody } from '../schemas/webinars/schemas.js'
import type { SeedResult } from '../seed.js'
import type { Services } from '../services.js'
import { SEED_SNAPSHOT } from '../store/snapshots.repo.js'
import { takeSnapshot } from './reset.js'
import { ScenarioPlay } from './runner.js'
import { planScenario, type Scenario } from './scenario.js'

type Kind = 'meeting' | 'webinar'

interface Scheduled {
  meeting: Meeting
  created: boolean
}

/** A service error raised while creating one item, named by that item's field so a long file can be fixed. */
async function at<T>(field: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof ZoomError && !err.errors)
      throw new ZoomError(err.status, err.code, err.message, [{ field, message: err.message }], err.headers)
    throw err
  }
}

/** Every reference checked before anything is written, so a mistyped ref leaves the database untouched. */
function checkReferences(doc: Fixtures): void {
  const problems: FieldError[] = []
  const declared = (
    list: Array<{ ref?: string }> | undefined,
    section: string,
    refOf = (x: { ref?: string }) => x.ref,
  ) => {
    const seen = new Set<string>()
    for (const [n, item] of (list ?? []).entries()) {
      const ref = refOf(item)
      if (ref === undefined) continue
      if (seen.has(ref)) problems.push({ field: `${section}.${n}.ref`, message: `Duplicate ref: ${ref}.` })
      seen.add(ref)
    }
    return seen
  }
  const accounts = declared(doc.accounts, 'accounts')
  declared(doc.users, 'users', (u) => u.ref ?? (u as FixtureUserItem).email.toLowerCase())
  const meetings = declared(doc.meetings, 'meetings')
  const webinars = declared(doc.webinars, 'webinars')
  for (const [n, w] of (doc.webinars ?? []).entries()) {
    const body: Record<string, unknown> = { ...w }
    delete body.ref
    delete body.user
    if (validator('webinar', CreateWebinarBody)(body)) w.settings = body.settings as typeof w.settings
    else
      for (const e of toFieldErrors(validator('webinar', CreateWebinarBody).errors ?? []))
        problems.push({ field: `webinars.${n}.${e.field}`, message: e.message })
  }
  for (const [n, u] of (doc.users ?? []).entries())
    if (u.account !== undefined && !accounts.has(u.account))
      problems.push({ field: `users.${n}.account`, message: `No account has the ref ${u.account}.` })
  for (const [n, p] of (doc.past ?? []).entries()) {
    const field = `past.${n}`
    if ((p.meeting === undefined) === (p.webinar === undefined)) {
      problems.push({ field: `${field}.meeting`, message: 'Invalid field. Expected either meeting or webinar.' })
      continue
    }
    if (p.meeting !== undefined && !meetings.has(p.meeting))
      problems.push({ field: `${field}.meeting`, message: `No meeting has the ref ${p.meeting}.` })
    if (p.webinar !== undefined && !webinars.has(p.webinar))
      problems.push({ field: `${field}.webinar`, message: `No webinar has the ref ${p.webinar}.` })
    try {
      planScenario(scenarioOf(p, 1))
    } catch (err) {
      if (!(err instanceof ZoomError)) throw err
      for (const e of err.errors ?? [{ field: '', message: err.message }])
        problems.push({ field: `${field}.scenario${e.field ? `.${e.field}` : ''}`, message: e.message })
    }
  }
  if (problems.length) throw errors.validation(problems)
}

function scenarioOf(p: FixturePastItem, id: number): Scenario {
  return { ...p.scenario, ...(p.webinar !== undefined ? { webinar: { id } } : { meeting: { id } }), mode: 'past' }
}

/**
 * Creates a fixtures document's world through the same services as the API: sub accounts of the caller's
 * (master) account, users, meetings and webinars, then plays the past meetings with the scenario runner.
 *
 * A second load of the same document creates nothing twice: an account whose owner email exists, a user whose
 * email exists in its account, and a meeting or webinar whose host already has a scheduled one of the same topic
 * are taken as they are (`created: false`), and past plays of meetings not created by this load are skipped.
 */
export class FixtureLoad {
  private readonly out: Required<FixturesResult> = { accounts: {}, users: {}, meetings: {}, webinars: {}, past: [] }
  private readonly users = new Map<string, User>()
  private readonly scheduled = { meeting: new Map<string, Scheduled>(), webinar: new Map<string, Scheduled>() }

  constructor(
    private readonly svc: Services,
    private readonly caller: Actor,
  ) {}

  /** Whether the load wrote anything. */
  get changed(): boolean {
    const made = (r: Record<string, { created?: boolean }>) => Object.values(r).some((x) => x.created)
    const { accounts, users, meetings, webinars, past } = this.out
    return made(accounts) || made(users) || made(meetings) || made(webinars) || past.some((p) => p.played)
  }

  async run(doc: Fixtures): Promise<FixturesResult> {
    checkReferences(doc)
    for (const [n, a] of (doc.accounts ?? []).entries()) await at(`accounts.${n}`, () => this.account(a))
    for (const [n, u] of (doc.users ?? []).entries()) await this.user(u, `users.${n}`)
    for (const [n, item] of (doc.meetings ?? []).entries()) {
      const { ref, user, ...body } = item
      await this.schedule('meeting', { ref, user, topic: body.topic }, `meetings.${n}`, (actor, host) =>
        this.svc.use(MeetingService).create(actor, host, body),
      )
    }
    for (const [n, item] of (doc.webinars ?? []).entries()) {
      const { ref, user, default_passcode, ...body } = item
      await this.schedule('webinar', { ref, user, topic: body.topic }, `webinars.${n}`, (actor, host) =>
        this.svc.use(WebinarService).create(actor, host, { ...body, default_password: default_passcode }),
      )
    }
    for (const [n, p] of (doc.past ?? []).entries()) await at(`past.${n}`, () => this.play(p))
    return this.out
  }

  private actorFor(accountId: string): Actor {
    return { ...this.caller, accountId, viaMaster: accountId !== this.caller.accountId, accountWide: true }
  }

  private async account(a: FixtureAccountItem): Promise<void> {
    const email = a.owner_email.toLowerCase()
    let id = await this.svc.users.repo.accountOfEmail(email)
    const created = id === undefined
    if (id === undefined) {
      const made = await createSubAccount(this.svc, this.caller, {
        email,
        first_name: a.owner_first_name ?? 'Account',
        last_name: a.owner_last_name ?? 'Owner',
        // Nobody signs in with it; the owner exists for the API's sake.
        password: a.owner_password ?? `Fx${randomBytes(9).toString('base64url')}7q`,
        ...(a.name !== undefined ? { account_name: a.name } : {}),
      })
      id = String(made.id)
      if (a.plan && a.plan !== 'free') {
        await this.svc.accounts.update(id, { plan: a.plan })
        this.svc.accounts.forget(id)
      }
    }
    const row = await this.svc.accounts.get(id)
    if (!row) throw errors.accountNotFound(id)
    const owner = row.owner_id ? await this.svc.users.byId(id, row.owner_id) : undefined
    if (owner) this.users.set(`account:${a.ref}`, owner)
    this.out.accounts[a.ref] = { id, created, owner_id: owner?.id, owner_email: owner?.email, plan: row.plan }
  }

  private async user(u: FixtureUserItem, field: string): Promise<void> {
    const ref = u.ref ?? u.email.toLowerCase()
    const accountId = u.account !== undefined ? (this.out.accounts[u.account]?.id ?? '') : this.caller.accountId
    let user = await this.svc.users.byEmail(accountId, u.email)
    const created = !user
    if (!user) {
      const account = await this.svc.accounts.getCached(accountId)
      if (u.type === 2 && account && planTier(account.plan) === 'free')
        throw errors.validation([{ field: `${field}.type`, message: 'A licensed user needs a paid account.' }])
      const { email, first_name, last_name, display_name, password } = u
      user = await at(`${field}.email`, () =>
        this.svc.users.create(accountId, {
          action: 'custCreate',
          email,
          type: u.type ?? 1,
          first_name,
          last_name,
          display_name,
          password,
        }),
      )
      const made = user
      if (u.settings)
        await at(`${field}.settings`, () =>
          updateUserSettings(this.svc, made, u.settings ?? {}, undefined, UserSettingsUpdateBody),
        )
    }
    this.users.set(ref, user)
    this.out.users[ref] = { id: user.id, created, email: user.email, account_id: user.account_id }
  }

  private async host(value: string, field: string): Promise<User> {
    const known = this.users.get(value) ?? this.users.get(`account:${value}`)
    if (known) return known
    const found = await this.svc.users.find(this.caller, value)
    if (!found) throw errors.validation([{ field, message: `No user has the ref, email or id ${value}.` }])
    return found
  }

  private async schedule(
    kind: Kind,
    item: { ref: string; user: string; topic?: string },
    field: string,
    create: (actor: Actor, host: User) => Promise<Meeting>,
  ): Promise<void> {
    const host = await this.host(item.user, `${field}.user`)
    let meeting = item.topic !== undefined ? await this.existing(kind, host, item.topic) : undefined
    const created = !meeting
    if (!meeting) meeting = await at(field, () => create(this.actorFor(host.account_id), host))
    this.scheduled[kind].set(item.ref, { meeting, created })
    this.out[kind === 'meeting' ? 'meetings' : 'webinars'][item.ref] = {
      id: Number(meeting.id),
      created,
      host_id: meeting.host_id,
      account_id: host.account_id,
    }
  }

  /** The host's scheduled meeting (or webinar) of this topic, the one a previous load created. */
  private async existing(kind: Kind, host: User, topic: string): Promise<Meeting | undefined> {
    const meetings = this.svc.use(MeetingService)
    let next_page_token: string | undefined
    do {
      const page = await meetings.list(host.account_id, host, { page_size: 300, next_page_token }, kind)
      const hit = page.items.find((m) => m.doc.topic === topic)
      if (hit) return hit
      next_page_token = page.next_page_token || undefined
    } while (next_page_token)
    return undefined
  }

  private async play(p: FixturePastItem): Promise<void> {
    const kind: Kind = p.webinar !== undefined ? 'webinar' : 'meeting'
    const ref = p.webinar ?? p.meeting ?? ''
    const target = this.scheduled[kind].get(ref)
    if (!target) throw errors.validation([{ field: kind, message: `No ${kind} has the ref ${ref}.` }])
    const named = kind === 'webinar' ? { webinar: ref } : { meeting: ref }
    if (!target.created) {
      this.out.past.push({ ...named, played: false })
      return
    }
    const sc = scenarioOf(p, Number(target.meeting.id))
    const play = await ScenarioPlay.start(this.svc, this.actorFor(target.meeting.account_id), sc)
    const result = await play.finish()
    this.out.past.push({
      ...named,
      played: true,
      uuid: result.uuid,
      start_time: result.start_time,
      end_time: result.end_time,
      participants_count: result.participants_count,
    })
  }
}

export async function loadFixtures(svc: Services, caller: Actor, doc: Fixtures): Promise<FixturesResult> {
  return new FixtureLoad(svc, caller).run(doc)
}

/**
 * Reads a fixtures file (YAML by its .yaml/.yml extension, JSON otherwise) and checks it as POST /sim/fixtures
 * checks its body; 400/300 with the fields at fault.
 */
export async function readFixtures(file: string): Promise<Fixtures> {
  const text = await readFile(file, 'utf8')
  const ext = extname(file).toLowerCase()
  return checkFixtures(ext === '.yaml' || ext === '.yml' ? parseYaml(text) : JSON.parse(text))
}

type Validator = ReturnType<Ajv.default['compile']>
const validators = new Map<string, Validator>()

/** Checked as request bodies are: unknown members dropped, types not coerced. */
function validator(name: string, schema: object): Validator {
  let validate = validators.get(name)
  if (!validate) {
    const ajv = new Ajv.default({ strict: false, allErrors: true, removeAdditional: 'all' })
    addFormats.default(ajv, ['email', 'uri', 'date', 'date-time'])
    validate = ajv.compile(schema)
    validators.set(name, validate)
  }
  return validate
}

export function checkFixtures(doc: unknown): Fixtures {
  const validate = validator('fixtures', FixturesBody)
  if (!validate(doc)) throw errors.validation(toFieldErrors(validate.errors ?? []))
  return doc as Fixtures
}

/**
 * `start --seed`: the fixtures loaded for the seeded app, after the built-in seed. When they wrote anything, the
 * seed snapshot is taken again, so POST /sim/reset returns to the fixture world; a restart on the same database
 * writes nothing and keeps the snapshot (and the state tests left) as they are.
 */
export async function seedFixtures(svc: Services, seed: SeedResult, doc: Fixtures): Promise<FixturesResult> {
  const load = new FixtureLoad(
    svc,
    accountActor({
      accountId: seed.accountId,
      clientId: seed.clientId,
      userId: (await svc.accounts.get(seed.accountId))?.owner_id ?? null,
      scopes: new Set(allScopes()),
    }),
  )
  const result = await load.run(doc)
  if (load.changed) await takeSnapshot(svc, SEED_SNAPSHOT)
  return result
}

/** A fixtures failure as the command line shows it: the message and, for a refusal, each field at fault. */
export function fixturesFailed(file: string): (err: unknown) => never {
  return (err) => {
    const fields = err instanceof ZoomError ? (err.errors ?? []).map((e) => `\n  ${e.field}: ${e.message}`) : []
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}${fields.join('')}`)
  }
}
