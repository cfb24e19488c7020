import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

const seqCol = (t: any, dialect: Dialect) =>
  dialect === 'postgres'
    ? t.addColumn('seq', 'serial', (c: any) => c.primaryKey())
    : t.addColumn('seq', 'integer', (c: any) => c.primaryKey().autoIncrement())

/** Tables of groups. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await seqCol(db.schema.createTable('user_groups'), dialect)
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .addColumn('settings', 'text', (c: any) => c.notNull())
    .addColumn('lock_settings', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('user_groups_account_seq').on('user_groups').columns(['account_id', 'seq']).execute()
  await db.schema
    .createIndex('user_groups_account_name')
    .on('user_groups')
    .columns(['account_id', 'name'])
    .unique()
    .execute()

  await seqCol(db.schema.createTable('user_group_members'), dialect)
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('group_id', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'text', (c: any) => c.notNull())
    .addColumn('is_primary', 'integer', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('user_group_members_pair')
    .on('user_group_members')
    .columns(['group_id', 'user_id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('user_group_members_group_seq')
    .on('user_group_members')
    .columns(['account_id', 'group_id', 'seq'])
    .execute()
  await db.schema
    .createIndex('user_group_members_user')
    .on('user_group_members')
    .columns(['account_id', 'user_id'])
    .execute()

  await seqCol(db.schema.createTable('user_group_admins'), dialect)
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('group_id', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('user_group_admins_pair')
    .on('user_group_admins')
    .columns(['group_id', 'user_id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('user_group_admins_group_seq')
    .on('user_group_admins')
    .columns(['account_id', 'group_id', 'seq'])
    .execute()
}
