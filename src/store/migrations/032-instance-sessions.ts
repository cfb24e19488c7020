import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * Join sessions per held instance, kept on the instance as its other totals are, so the usage reports add up a
 * month of meetings from the instance rows alone instead of counting every session again.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('meeting_instances').addColumn('sessions_count', 'integer').execute()
  await sql`UPDATE meeting_instances SET sessions_count = (
      SELECT count(*) FROM meeting_participants p
      WHERE p.account_id = meeting_instances.account_id AND p.instance_uuid = meeting_instances.uuid
    ) WHERE status = 'ended'`.execute(db)
  // The usage reports add up an account's held instances of a window per host from this index alone.
  await db.schema
    .createIndex('meeting_instances_account_held')
    .on('meeting_instances')
    .columns(['account_id', 'status', 'start_time', 'host_id', 'sessions_count', 'total_minutes'])
    .execute()
  // The dashboard lists count and page an account's live or held instances of one kind in a window, filtered by
  // how many took part and by host, from this index.
  await db.schema
    .createIndex('meeting_instances_dashboard')
    .on('meeting_instances')
    .columns(['account_id', 'kind', 'status', 'start_time', 'participants_count', 'host_id'])
    .execute()
}
