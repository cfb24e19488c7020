import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Tables of roles. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  let t = db.schema.createTable('roles')
  t =
    dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  await t
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('privileges', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  // Built-in role ids ("0", "1", "2") repeat in every account.
  await db.schema.createIndex('roles_account_id').on('roles').columns(['account_id', 'id']).unique().execute()
  await db.schema.createIndex('roles_account_name').on('roles').columns(['account_id', 'name']).unique().execute()
}
