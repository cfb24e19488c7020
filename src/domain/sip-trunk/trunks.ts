import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { FieldError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import { SipTrunksRepo, type SipTrunkNumberRow, type SipTrunkRow } from '../../store/sip-trunks.repo.js'
import type { Actor } from '../actor.js'
import { requireSipTrunkAccount, requireSipTrunkPlan } from './plan.js'
import { provisionIfMaster, provisionPool } from './pool.js'
import type {
  AssignNumbersBody,
  AssignTrunksBody,
  TrunkConfigBody,
  TrunkConfigResponse,
} from '../../schemas/sip-connected-audio/trunks.js'

export type AssignTrunksInput = Static<typeof AssignTrunksBody>
export type AssignNumbersInput = Static<typeof AssignNumbersBody>
export type TrunkConfigInput = Static<typeof TrunkConfigBody>
type TrunkConfig = Required<Static<typeof TrunkConfigResponse>>

/** A sub account's DNIS begins with this many digits of the master trunk's DNIS. */
const DNIS_PREFIX = 5

/** What an account's trunk configuration reads before anything was set: Zoom's numbers and countries shown. */
const DEFAULT_CONFIG: TrunkConfig = {
  enable: false,
  show_callout_internal_number: false,
  show_zoom_provided_callout_countries: true,
  show_zoom_provided_numbers: 0,
  enable_all_settings_from_master_account: false,
}

export function presentTrunk(row: SipTrunkRow) {
  return {
    id: row.id,
    name: row.name,
    sip_server_address: row.sip_server_address,
    dnis: row.dnis,
    number_prefix: row.number_prefix,
    ...(row.outbound_caller_id ? { outbound_caller_id: row.outbound_caller_id } : {}),
  }
}

const presentNumber = (row: SipTrunkNumberRow) => ({ number: row.number, country: row.country })

/** The plus sign Zoom's numbers carry, added where the caller left it out. */
const e164 = (number: string) => (number.startsWith('+') ? number : `+${number}`)

/**
 * SIP trunks and trunk numbers a master account gives its sub accounts from its own pool (see pool.ts), and the
 * SIP trunk configuration it sets on them. A sub account's trunk keeps the pool trunk's id, name, server and
 * number prefix, with the DNIS and caller ID of the assignment.
 */
export class SipTrunks {
  readonly repo: SipTrunksRepo

  constructor(private svc: Services) {
    this.repo = new SipTrunksRepo(svc.db.kysely)
  }

  // ---------------------------------------------------------------- trunks

  /** The addressed account's trunks, in one list; a sub account with the plan may list its own. */
  async listTrunks(actor: Actor) {
    await requireSipTrunkPlan(this.svc, actor.accountId)
    await provisionIfMaster(this.svc, actor.accountId)
    const rows = await this.repo.trunks(actor.accountId)
    return { total_records: rows.length, sip_trunks: rows.map(presentTrunk) }
  }

  /**
   * Assigns pool trunks to the addressed account: all of them, or none when one is not the master's (400/400) or
   * its DNIS does not begin with the pool trunk's prefix (400/300). A trunk assigned again takes the new values.
   */
  async assignTrunks(actor: Actor, input: AssignTrunksInput) {
    await requireSipTrunkAccount(this.svc, actor)
    const masterId = actor.callerAccountId
    await provisionPool(this.svc, masterId)
    const wanted = input.sip_trunks
    const found = await this.repo.trunksByIds(
      masterId,
      wanted.map((t) => t.id),
    )
    const pool = new Map(found.map((r) => [r.id, r]))
    const problems: FieldError[] = []
    const now = this.svc.clock.now()
    const rows = wanted.map((t, index): Omit<SipTrunkRow, 'seq'> => {
      const source = pool.get(t.id)
      if (!source) throw errors.sipTrunkNotOnMaster(t.id)
      if (wanted.findIndex((other) => other.id === t.id) !== index)
        problems.push({ field: `sip_trunks.${index}.id`, message: 'This trunk is listed twice.' })
      const prefix = source.dnis.slice(0, DNIS_PREFIX)
      if (!t.dnis.startsWith(prefix) || t.dnis.length <= prefix.length)
        problems.push({
          field: `sip_trunks.${index}.dnis`,
          message: `Invalid field. The DNIS must be ${prefix} (the first digits of the master account's DNIS) followed by more digits.`,
        })
      return {
        account_id: actor.accountId,
        id: source.id,
        name: source.name,
        sip_server_address: source.sip_server_address,
        dnis: t.dnis,
        number_prefix: source.number_prefix,
        outbound_caller_id: t.outbound_caller_id ?? null,
        created_at: now,
      }
    })
    if (problems.length) throw errors.validation(problems)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      const repo = new SipTrunksRepo(trx)
      for (const row of rows) {
        const { name, sip_server_address, dnis, number_prefix, outbound_caller_id } = row
        await repo.assignTrunk(row, { name, sip_server_address, dnis, number_prefix, outbound_caller_id })
      }
    })
    // The answer leaves out the caller ID (its schema has no such field), as Zoom's does.
    return { sip_trunks: rows.map((r) => presentTrunk({ ...r, seq: 0 })) }
  }

  async deleteTrunk(actor: Actor, trunkId: string): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    await provisionIfMaster(this.svc, actor.accountId)
    if (!(await this.repo.removeTrunk(actor.accountId, trunkId))) throw errors.sipTrunkNotFound(trunkId)
  }

  // ---------------------------------------------------------------- numbers

  /** The caller's own SIP trunk numbers: a master's pool, or what its master assigned to a sub account. */
  async listNumbers(actor: Actor) {
    await requireSipTrunkPlan(this.svc, actor.accountId)
    await provisionIfMaster(this.svc, actor.accountId)
    const rows = await this.repo.numbers(actor.accountId)
    return { total_records: rows.length, phone_numbers: rows.map(presentNumber) }
  }

  /** Adds numbers of the master's pool to the addressed account; one that is not the master's refuses them all. */
  async assignNumbers(actor: Actor, input: AssignNumbersInput): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    const masterId = actor.callerAccountId
    await provisionPool(this.svc, masterId)
    const pool = new Map((await this.repo.numbers(masterId)).map((r) => [r.number, r]))
    const now = this.svc.clock.now()
    const rows = [...new Set(input.phone_numbers.map(e164))].map((number) => {
      const source = pool.get(number)
      if (!source) throw errors.sipNumberNotOnMaster()
      return { account_id: actor.accountId, number, country: source.country, created_at: now }
    })
    await this.repo.addNumbers(rows)
  }

  async deleteNumbers(actor: Actor): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    await provisionIfMaster(this.svc, actor.accountId)
    await this.repo.removeNumbers(actor.accountId)
  }

  // ---------------------------------------------------------------- configuration

  private async config(accountId: string): Promise<TrunkConfig> {
    const row = await this.repo.account(accountId)
    return { ...DEFAULT_CONFIG, ...(row ? (JSON.parse(row.settings) as Partial<TrunkConfig>) : {}) }
  }

  async getConfig(actor: Actor): Promise<TrunkConfig> {
    await requireSipTrunkAccount(this.svc, actor)
    return this.config(actor.accountId)
  }

  /** Changes the fields given; the others keep their values. */
  async setConfig(actor: Actor, input: TrunkConfigInput): Promise<void> {
    await requireSipTrunkAccount(this.svc, actor)
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined))
    const next = { ...(await this.config(actor.accountId)), ...given }
    await this.repo.saveSettings(actor.accountId, JSON.stringify(next), this.svc.clock.now())
  }
}
