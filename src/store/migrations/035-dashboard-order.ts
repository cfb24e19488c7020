import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * The dashboard lists page by start time, then seq. With both in the index right after the equality columns, a
 * page is read in order from the index and the database stops after it instead of sorting the month's keys.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createIndex('meeting_instances_dashboard_order')
    .on('meeting_instances')
    .columns(['account_id', 'kind', 'status', 'start_time', 'seq', 'participants_count', 'host_id'])
    .execute()
  await db.schema.dropIndex('meeting_instances_dashboard').execute()
}
