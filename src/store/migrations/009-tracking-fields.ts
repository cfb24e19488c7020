import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Tables of tracking fields. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  let t = db.schema.createTable('tracking_fields')
  t =
    dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  await t
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('field_key', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('visible', 'integer', (c) => c.notNull())
    .addColumn('recommended_values', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('tracking_fields_account_id')
    .on('tracking_fields')
    .columns(['account_id', 'id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('tracking_fields_account_key')
    .on('tracking_fields')
    .columns(['account_id', 'field_key'])
    .unique()
    .execute()
}
