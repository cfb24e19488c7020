import type { Clock } from '../../clock.js'
import type { Kysely } from 'kysely'
import type { AccountRow, AccountsRepo } from '../../store/accounts.repo.js'
import type { Database } from '../../store/tables.js'
import { errors } from '../../errors/catalog.js'
import { zoomId } from '../../util/ids.js'
import { must } from '../../util/must.js'
import { parseJson, type Json } from '../../util/json.js'

const CACHE_MS = 5_000

export interface AccountData extends Json {
  account_number?: number
  vanity_url?: string
  options?: Json
}

export class AccountService {
  private cache = new Map<string, { row: AccountRow; at: number }>()
  private numbers = new WeakMap<AccountRow, number | undefined>()

  constructor(
    private repo: AccountsRepo,
    private clock: Clock,
  ) {}

  /** Account rows change rarely and are read on every request: kept for a few seconds per process. */
  async getCached(id: string, db?: Kysely<Database>): Promise<AccountRow | undefined> {
    const hit = this.cache.get(id)
    const now = this.clock.now()
    if (hit && now - hit.at < CACHE_MS) return hit.row
    // Inside a transaction the read goes through it: on SQLite the one connection is the transaction's.
    const row = await this.repo.get(id, db)
    if (row) this.cache.set(id, { row, at: now })
    else this.cache.delete(id)
    return row
  }

  get(id: string): Promise<AccountRow | undefined> {
    return this.repo.get(id)
  }

  /**
   * The account a request acts on. Authentication found it, but it may have been deleted since: that is
   * Zoom's unknown-account error, not a crash.
   */
  async require(id: string): Promise<AccountRow> {
    const row = await this.repo.get(id)
    if (!row) throw errors.accountNotFound(id)
    return row
  }

  /** As `require`, from the short-lived cache. */
  async requireCached(id: string): Promise<AccountRow> {
    const row = await this.getCached(id)
    if (!row) throw errors.accountNotFound(id)
    return row
  }

  data(row: AccountRow): AccountData {
    return parseJson<AccountData>(row.data)
  }

  /** Read on every user response; parsed once per cached row rather than per request. */
  accountNumber(row: AccountRow): number | undefined {
    let n = this.numbers.get(row)
    if (n === undefined && !this.numbers.has(row)) {
      n = this.data(row).account_number
      this.numbers.set(row, n)
    }
    return n
  }

  async create(input: {
    id?: string
    name: string
    plan: string
    masterAccountId?: string | null
    data?: AccountData
  }): Promise<AccountRow> {
    const row: Omit<AccountRow, 'seq'> = {
      id: input.id ?? zoomId(),
      master_account_id: input.masterAccountId ?? null,
      owner_id: null,
      name: input.name,
      plan: input.plan,
      status: 'active',
      created_at: this.clock.now(),
      data: JSON.stringify({
        account_number: Math.floor(10_000_000 + Math.random() * 89_999_999),
        ...(input.data ?? {}),
      }),
    }
    await this.repo.insert(row)
    return must(await this.repo.get(row.id), 'the account just inserted')
  }

  async update(id: string, patch: Partial<Omit<AccountRow, 'seq' | 'id'>>): Promise<void> {
    await this.repo.update(id, patch)
    this.cache.delete(id)
  }

  /** Drops the cached row after a change written elsewhere (in a transaction together with its event). */
  forget(id: string): void {
    this.cache.delete(id)
  }

  /** Drops every cached row (the database was put back as a snapshot held it). */
  forgetState(): void {
    this.cache.clear()
  }
}
