import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * Webinar session branding. The images (virtual backgrounds, the wallpaper) are rows of `files` owned by the
 * webinar; name tags get a table of their own, and one row per webinar names its default name tag and background.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'webinar_name_tags')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('text_color', 'text', (c) => c.notNull())
    .addColumn('accent_color', 'text', (c) => c.notNull())
    .addColumn('background_color', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('webinar_name_tags_meeting_seq')
    .on('webinar_name_tags')
    .columns(['account_id', 'meeting_id', 'seq'])
    .execute()

  await db.schema
    .createTable('webinar_branding')
    .addColumn('meeting_id', 'bigint', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('default_name_tag_id', 'text')
    .addColumn('default_virtual_background_id', 'text')
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
}
