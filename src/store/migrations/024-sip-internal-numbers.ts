import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/** SIP Connected Audio: internal numbers and internal call-out countries of an account. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await tableWithSeq(db, dialect, 'sip_internal_numbers')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('display_number', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('visible', 'integer', (c) => c.notNull())
    .addColumn('allow_join', 'integer', (c) => c.notNull())
    .addColumn('allow_for_external_meetings', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  // A number is listed once per account; two requests adding it together meet here.
  await db.schema
    .createIndex('sip_internal_numbers_account_number')
    .on('sip_internal_numbers')
    .columns(['account_id', 'number'])
    .unique()
    .execute()
  await db.schema
    .createIndex('sip_internal_numbers_account_seq')
    .on('sip_internal_numbers')
    .columns(['account_id', 'seq'])
    .execute()

  await tableWithSeq(db, dialect, 'sip_callout_countries')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('country_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('sip_callout_countries_account_country')
    .on('sip_callout_countries')
    .columns(['account_id', 'country_id'])
    .unique()
    .execute()
}
