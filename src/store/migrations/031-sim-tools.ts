import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  // The request journal: the newest requests, trimmed by sequence number after each insert.
  await tableWithSeq(db, dialect, 'sim_requests')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('account_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute()

  // Injected faults of one account: on its API calls (`target` api) or on its webhook deliveries (webhook).
  await db.schema
    .createTable('sim_faults')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('operation_id', 'text')
    .addColumn('method', 'text')
    .addColumn('path', 'text')
    .addColumn('event', 'text')
    .addColumn('status', 'integer')
    .addColumn('code', 'integer')
    .addColumn('message', 'text')
    .addColumn('retry_after', 'integer')
    .addColumn('delay_ms', 'integer')
    .addColumn('remaining', 'integer')
    .addColumn('starts_at', 'bigint')
    .addColumn('ends_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sim_faults_account').on('sim_faults').columns(['account_id', 'created_at']).execute()

  // Deliveries a webhook fault has already acted on: each is faulted once, and a held-back one is found again to
  // be released when a later event of its subscription has been sent.
  await db.schema
    .createTable('sim_fault_hits')
    .addColumn('delivery_id', 'text', (c) => c.primaryKey())
    .addColumn('fault_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('outbox_seq', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('sim_fault_hits_subscription')
    .on('sim_fault_hits')
    .columns(['subscription_id', 'outbox_seq'])
    .execute()

  // The snapshots saved beside the live tables: `id` prefixes the copies' table names, `tables` lists the copied
  // tables (JSON). Made here rather than on first use: processes starting together on one PostgreSQL database
  // would race to create it. A database where it was made on first use keeps it.
  await db.schema
    .createTable('zsnap_index')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'bigint', (c) => c.notNull())
    .addColumn('tables', 'text', (c) => c.notNull())
    .addColumn('rows', 'bigint', (c) => c.notNull())
    .execute()
}
