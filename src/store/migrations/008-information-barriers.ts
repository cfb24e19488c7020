import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Tables of information barriers. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  let t = db.schema.createTable('information_barrier_policies')
  t =
    dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  await t
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('policy_name', 'text', (c) => c.notNull())
    .addColumn('assigned_group_id', 'text', (c) => c.notNull())
    .addColumn('to_group_id', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('ib_policies_account_id')
    .on('information_barrier_policies')
    .columns(['account_id', 'id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('ib_policies_account_seq')
    .on('information_barrier_policies')
    .columns(['account_id', 'seq'])
    .execute()
}
