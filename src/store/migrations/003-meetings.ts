import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Tables of meetings. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const withSeq = (name: string) => {
    const t = db.schema.createTable(name)
    return dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  }

  await withSeq('meetings')
    .addColumn('id', 'bigint', (c) => c.notNull().unique())
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('host_id', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_time', ms)
    .addColumn('end_time', ms)
    .addColumn('expires_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('deleted_at', ms)
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meetings_account_host_seq')
    .on('meetings')
    .columns(['account_id', 'host_id', 'seq'])
    .execute()
  await db.schema.createIndex('meetings_account_status').on('meetings').columns(['account_id', 'status']).execute()

  await withSeq('meeting_templates')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meeting_templates_user_seq')
    .on('meeting_templates')
    .columns(['account_id', 'user_id', 'seq'])
    .execute()
}
