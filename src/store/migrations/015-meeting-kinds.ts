import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * Meetings and webinars share one table (and their registrants, polls, instances share theirs through the
 * parent's id): `kind` tells them apart. Rows written before webinars existed are meetings.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  for (const table of ['meetings', 'meeting_templates']) {
    await db.schema
      .alterTable(table)
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('meeting'))
      .execute()
  }
  await db.schema
    .alterTable('meeting_instances')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('meeting'))
    .execute()
  // A webinar participant's role (host, co-host, panelist, attendee); null where none was recorded.
  await db.schema.alterTable('meeting_participants').addColumn('role', 'text').execute()
  await db.schema.createIndex('meetings_host_kind').on('meetings').columns(['account_id', 'host_id', 'kind']).execute()
}
