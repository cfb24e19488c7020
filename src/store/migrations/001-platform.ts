import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../db.js'

// Columns are portable between SQLite and PostgreSQL: text, integer/bigint, JSON kept as text.
function seq(dialect: Dialect) {
  return dialect === 'postgres' ? ('serial' as const) : ('integer' as const)
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const seqCol = (t: any) =>
    dialect === 'postgres'
      ? t.addColumn('seq', seq(dialect), (c: any) => c.primaryKey())
      : t.addColumn('seq', seq(dialect), (c: any) => c.primaryKey().autoIncrement())

  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await seqCol(db.schema.createTable('accounts'))
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('master_account_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('plan', 'text', (c: any) => c.notNull())
    .addColumn('status', 'text', (c: any) => c.notNull())
    .addColumn('created_at', ms, (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('accounts_master').on('accounts').columns(['master_account_id', 'seq']).execute()

  await seqCol(db.schema.createTable('apps'))
    .addColumn('client_id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('name', 'text', (c: any) => c.notNull())
    .addColumn('client_secret', 'text', (c: any) => c.notNull())
    .addColumn('scopes', 'text', (c: any) => c.notNull())
    .addColumn('status', 'text', (c: any) => c.notNull())
    .addColumn('webhook_secret_token', 'text', (c: any) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', ms, (c: any) => c.notNull())
    .execute()

  await db.schema
    .createTable('access_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('expires_at', ms, (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('access_tokens_expiry').on('access_tokens').column('expires_at').execute()

  await seqCol(db.schema.createTable('users'))
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('email', 'text', (c: any) => c.notNull().unique())
    .addColumn('status', 'text', (c: any) => c.notNull())
    .addColumn('type', 'integer', (c: any) => c.notNull())
    .addColumn('role_id', 'text', (c: any) => c.notNull())
    .addColumn('created_at', ms, (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .addColumn('settings', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('users_account_seq').on('users').columns(['account_id', 'seq']).execute()
  await db.schema.createIndex('users_account_status_seq').on('users').columns(['account_id', 'status', 'seq']).execute()

  await db.schema
    .createTable('user_links')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('other_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('user_links_pk', ['user_id', 'kind', 'other_id'])
    .execute()
  await db.schema.createIndex('user_links_other').on('user_links').columns(['other_id', 'kind']).execute()

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('files_owner').on('files').columns(['owner_id', 'kind']).execute()

  await seqCol(db.schema.createTable('collaboration_devices'))
    .addColumn('id', 'text', (c: any) => c.notNull().unique())
    .addColumn('account_id', 'text', (c: any) => c.notNull())
    .addColumn('user_id', 'text', (c: any) => c.notNull())
    .addColumn('created_at', ms, (c: any) => c.notNull())
    .addColumn('data', 'text', (c: any) => c.notNull())
    .execute()
  await db.schema.createIndex('devices_user').on('collaboration_devices').columns(['user_id', 'seq']).execute()
  void sql
}
