import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * Team Chat activity the simulator records for the chat dashboard, and an index that lets the client versions
 * dashboard reach an account's recent join sessions without reading all of them.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'chat_activity')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('sent_at', ms, (c) => c.notNull())
    .execute()
  // The dashboard reads an account's activity over a range of days.
  await db.schema
    .createIndex('chat_activity_account_time')
    .on('chat_activity')
    .columns(['account_id', 'sent_at'])
    .execute()
  await db.schema
    .createIndex('meeting_participants_account_join')
    .on('meeting_participants')
    .columns(['account_id', 'join_time'])
    .execute()
}
