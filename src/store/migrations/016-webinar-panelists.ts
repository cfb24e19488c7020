import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/** Webinar panelists: the people a webinar's host invites to speak, with their personal join links. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'webinar_panelists')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('webinar_id', 'bigint', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  // Adding an email a second time updates its row rather than adding one.
  await db.schema
    .createIndex('webinar_panelists_email')
    .on('webinar_panelists')
    .columns(['account_id', 'webinar_id', 'email'])
    .unique()
    .execute()
  await db.schema
    .createIndex('webinar_panelists_webinar_seq')
    .on('webinar_panelists')
    .columns(['account_id', 'webinar_id', 'seq'])
    .execute()
}
