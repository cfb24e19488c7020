import { sql, type Insertable, type Kysely, type Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { SimFaultHitTable, SimFaultTable, SimRequestTable } from './tables/sim-tools.js'

export type SimRequestRow = Selectable<SimRequestTable>
export type SimFaultRow = Selectable<SimFaultTable>

export interface JournalFilter {
  path?: string
  method?: string
  status?: number
  accountId?: string
  limit: number
}

/** The request journal and the fault rules; both shared by every server process on the database. */
export class SimToolsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores one request and drops all but the newest `keep`. */
  async journal(row: Insertable<SimRequestTable>, keep: number): Promise<void> {
    const { seq } = await this.db.insertInto('sim_requests').values(row).returning('seq').executeTakeFirstOrThrow()
    await this.db
      .deleteFrom('sim_requests')
      .where('seq', '<=', seq - keep)
      .execute()
  }

  /** Newest first. */
  async requests(f: JournalFilter): Promise<SimRequestRow[]> {
    let q = this.db.selectFrom('sim_requests').selectAll()
    // SQLite's LIKE has no escape character unless named; PostgreSQL's is the same backslash.
    if (f.path !== undefined) q = q.where(sql<boolean>`path LIKE ${f.path} ESCAPE '\\'`)
    if (f.method !== undefined) q = q.where('method', '=', f.method)
    if (f.status !== undefined) q = q.where('status', '=', f.status)
    if (f.accountId !== undefined) q = q.where('account_id', '=', f.accountId)
    return q.orderBy('seq', 'desc').limit(f.limit).execute()
  }

  /** Every account's requests when `accountId` is not given. */
  async clearRequests(accountId?: string): Promise<void> {
    let q = this.db.deleteFrom('sim_requests')
    if (accountId !== undefined) q = q.where('account_id', '=', accountId)
    await q.execute()
  }

  async addFault(row: SimFaultRow): Promise<void> {
    await this.db.insertInto('sim_faults').values(row).execute()
  }

  /** Every account's rules when `accountId` is not given; oldest first. */
  async faults(accountId?: string): Promise<SimFaultRow[]> {
    let q = this.db.selectFrom('sim_faults').selectAll()
    if (accountId !== undefined) q = q.where('account_id', '=', accountId)
    return q.orderBy('created_at').orderBy('id').execute()
  }

  async deleteFault(accountId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('sim_faults')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(r.numDeletedRows) > 0
  }

  async clearFaults(accountId: string): Promise<void> {
    await this.db.deleteFrom('sim_faults').where('account_id', '=', accountId).execute()
  }

  /**
   * Takes one use of a rule: true when it still had one (or has no limit). A single conditional UPDATE, so two
   * processes never both take the last use.
   */
  async take(id: string, db: Kysely<Database> = this.db): Promise<boolean> {
    const r = await db
      .updateTable('sim_faults')
      .set((eb) => ({ remaining: eb('remaining', '-', 1) }))
      .where('id', '=', id)
      .where((eb) => eb.or([eb('remaining', 'is', null), eb('remaining', '>', 0)]))
      .executeTakeFirst()
    return Number(r.numUpdatedRows) > 0
  }

  /** Records that a fault acted on a delivery: false when one already had (each delivery is faulted once). */
  async hit(row: Selectable<SimFaultHitTable>): Promise<boolean> {
    const r = await this.db
      .insertInto('sim_fault_hits')
      .values(row)
      .onConflict((oc) => oc.column('delivery_id').doNothing())
      .returning('delivery_id')
      .executeTakeFirst()
    return r !== undefined
  }

  async wasHit(deliveryId: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('sim_fault_hits')
      .select('delivery_id')
      .where('delivery_id', '=', deliveryId)
      .executeTakeFirst()
    return r !== undefined
  }

  async deliverySeq(deliveryId: string): Promise<number | undefined> {
    const r = await this.db
      .selectFrom('webhook_deliveries')
      .select('outbox_seq')
      .where('id', '=', deliveryId)
      .executeTakeFirst()
    return r === undefined ? undefined : Number(r.outbox_seq)
  }

  /** Makes the deliveries of a subscription held back by `kind`, for events before `beforeSeq`, due at `now`. */
  async release(kind: string, subscriptionId: string, beforeSeq: number, now: number): Promise<number> {
    const held = this.db
      .selectFrom('sim_fault_hits')
      .select('delivery_id')
      .where('kind', '=', kind)
      .where('subscription_id', '=', subscriptionId)
      .where('outbox_seq', '<', beforeSeq)
    const r = await this.db
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: now })
      .where('id', 'in', held)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '>', now)
      .executeTakeFirst()
    return Number(r.numUpdatedRows)
  }
}
