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

  /**
   * For `keysetPage()`: the account's events named in `events` that happened in [from, to) and name the user who
   * made the change (a non-empty `operator` in the payload), which is what an operation log lists.
   */
  operatorEventsQuery(accountId: string, from: number, to: number, events: readonly string[]) {
    return this.db
      .selectFrom('outbox')
      .select(['seq', 'event', 'event_ts', 'body'])
      .where('account_id', '=', accountId)
      .where('event_ts', '>=', from)
      .where('event_ts', '<', to)
      .where('event', 'in', events.length ? [...events] : [''])
      .where('body', 'like', '%"operator":"%')
      .where('body', 'not like', '%"operator":""%')
  }
}
