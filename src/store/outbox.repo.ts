import type { Kysely } from 'kysely'
import { CompiledInsert } from './compiled-insert.js'
import type { Database } from './tables.js'

export interface OutboxRow {
  id: string
  account_id: string
  event: string
  event_ts: number
  body: string
  created_at: number
}

/** The event outbox: one row per state change, which webhook fan-out reads in sequence order. */
export class OutboxRepo {
  // Every change writes one: the busiest insert of all.
  private readonly insertEvent = new CompiledInsert(
    'outbox',
    ['id', 'account_id', 'event', 'event_ts', 'body', 'created_at'],
    (q) => q,
  )

  constructor(private readonly db: Kysely<Database>) {}

  /** Appends an event; on `db` when given, so it is stored in the same transaction as the change. */
  async insert(row: OutboxRow, db: Kysely<Database> = this.db): Promise<void> {
    await this.insertEvent.execute(db, row)
  }
}
