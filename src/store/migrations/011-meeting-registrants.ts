import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Meeting registrants, the occurrences they chose, and registration questions. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const t = db.schema.createTable('meeting_registrants')
  await (
    dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('all_occurrences', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meeting_registrants_email')
    .on('meeting_registrants')
    .columns(['account_id', 'meeting_id', 'email'])
    .unique()
    .execute()
  await db.schema
    .createIndex('meeting_registrants_status_seq')
    .on('meeting_registrants')
    .columns(['account_id', 'meeting_id', 'status', 'seq'])
    .execute()

  await db.schema
    .createTable('meeting_registrant_occurrences')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('registrant_id', 'text', (c) => c.notNull())
    .addColumn('occurrence_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_registrant_occurrences_pk', ['registrant_id', 'occurrence_id'])
    .execute()
  await db.schema
    .createIndex('meeting_registrant_occurrences_occ')
    .on('meeting_registrant_occurrences')
    .columns(['account_id', 'meeting_id', 'occurrence_id'])
    .execute()

  await db.schema
    .createTable('meeting_registration_questions')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_registration_questions_pk', ['account_id', 'meeting_id'])
    .execute()
}
