import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/** SIP phones: a user's SIP phone registration with up to three registrar servers. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'sip_phones')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_email', 'text', (c) => c.notNull())
    .addColumn('user_key', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  // One phone per address in an account; concurrent creates are settled by this index.
  await db.schema
    .createIndex('sip_phones_account_email')
    .on('sip_phones')
    .columns(['account_id', 'user_email'])
    .unique()
    .execute()
  await db.schema.createIndex('sip_phones_account_seq').on('sip_phones').columns(['account_id', 'seq']).execute()
}
