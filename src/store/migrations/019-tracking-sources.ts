import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/** Webinar registration tracking sources and which registrant came through which. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'webinar_tracking_sources')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('webinar_id', 'bigint', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('visitor_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('webinar_tracking_sources_webinar')
    .on('webinar_tracking_sources')
    .columns(['account_id', 'webinar_id', 'seq'])
    .execute()

  // The source a registrant came through; null for registrations made without one (and for every meeting's).
  await db.schema.alterTable('meeting_registrants').addColumn('source_id', 'text').execute()
  await db.schema
    .createIndex('meeting_registrants_source')
    .on('meeting_registrants')
    .columns(['account_id', 'source_id'])
    .execute()
}
