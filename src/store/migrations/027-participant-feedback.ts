import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * Answers to the end-of-meeting survey: one row per answer, read by the satisfaction and client feedback
 * dashboards over a window of days, and per instance.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await tableWithSeq(db, dialect, 'participant_feedback')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('participant_uuid', 'text', (c) => c.notNull())
    .addColumn('session_user_id', 'text', (c) => c.notNull())
    .addColumn('account_user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('satisfied', 'integer', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('participant_feedback_account_time')
    .on('participant_feedback')
    .columns(['account_id', 'answered_at'])
    .execute()
  await db.schema
    .createIndex('participant_feedback_instance')
    .on('participant_feedback')
    .columns(['account_id', 'instance_uuid', 'participant_uuid'])
    .unique()
    .execute()
}
