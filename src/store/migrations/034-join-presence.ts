import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * The pages of join and start links poll whichever server process their request reaches, so when each was last
 * heard from is kept here, where every process sweeps the silent ones.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('join_presence')
    .addColumn('participant_id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('join_presence_seen').on('join_presence').column('seen_at').execute()
}
