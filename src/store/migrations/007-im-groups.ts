import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

const seqCol = (t: any, dialect: Dialect) =>
  dialect === 'postgres'
    ? t.addColumn('seq', 'serial', (c: any) => c.primaryKey())
    : t.addColumn('seq', 'integer', (c: any) => c.primaryKey().autoIncrement())

/** Tables of IM groups. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await seqCol(db.schema.createTable('im_groups'), dialect)
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('type', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('im_groups_account_seq').on('im_groups').columns(['account_id', 'seq']).execute()
  await db.schema
    .createIndex('im_groups_account_name')
    .on('im_groups')
    .columns(['account_id', 'name'])
    .unique()
    .execute()

  await seqCol(db.schema.createTable('im_group_members'), dialect)
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('group_id', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'bigint', (c: any) => c.notNull())
    .execute()
  await db.schema
    .createIndex('im_group_members_pair')
    .on('im_group_members')
    .columns(['group_id', 'user_id'])
    .unique()
    .execute()
  await db.schema
    .createIndex('im_group_members_group_seq')
    .on('im_group_members')
    .columns(['account_id', 'group_id', 'seq'])
    .execute()
  await db.schema
    .createIndex('im_group_members_user')
    .on('im_group_members')
    .columns(['account_id', 'user_id'])
    .execute()
}
