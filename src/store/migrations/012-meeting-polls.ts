import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Meeting polls, surveys and live streams. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const polls = db.schema.createTable('meeting_polls')
  await (
    dialect === 'postgres'
      ? polls.addColumn('seq', 'serial', (c) => c.primaryKey())
      : polls.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meeting_polls_meeting_seq')
    .on('meeting_polls')
    .columns(['account_id', 'meeting_id', 'seq'])
    .execute()

  for (const name of ['meeting_surveys', 'meeting_live_streams']) {
    await db.schema
      .createTable(name)
      .addColumn('meeting_id', 'bigint', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', ms, (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .execute()
  }
}
