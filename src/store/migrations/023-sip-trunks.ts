import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/** SIP Connected Audio: SIP trunks, their numbers and trunk configuration a master account assigns to sub accounts. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'sip_trunks')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sip_server_address', 'text', (c) => c.notNull())
    .addColumn('dnis', 'text', (c) => c.notNull())
    .addColumn('number_prefix', 'text', (c) => c.notNull())
    .addColumn('outbound_caller_id', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  // One row per trunk and account: a repeated assignment updates it, and concurrent provisioning meets here.
  await db.schema.createIndex('sip_trunks_account_id').on('sip_trunks').columns(['account_id', 'id']).unique().execute()

  await tableWithSeq(db, dialect, 'sip_trunk_numbers')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('sip_trunk_numbers_account_number')
    .on('sip_trunk_numbers')
    .columns(['account_id', 'number'])
    .unique()
    .execute()

  await db.schema
    .createTable('sip_trunk_accounts')
    .addColumn('account_id', 'text', (c) => c.primaryKey())
    .addColumn('provisioned_at', ms)
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
}
