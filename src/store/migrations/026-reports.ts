import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Indexes the reports read by. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  // The operation log reads an account's events by the time they happened.
  await db.schema.createIndex('outbox_account_time').on('outbox').columns(['account_id', 'event_ts']).execute()
  // The sign-in report reads an account's token grants by the time they were made.
  await db.schema
    .createIndex('access_tokens_account_created')
    .on('access_tokens')
    .columns(['account_id', 'created_at'])
    .execute()
  // The daily report counts the users an account created each day.
  await db.schema.createIndex('users_account_created').on('users').columns(['account_id', 'created_at']).execute()
  // Upcoming events read an account's meetings by their start.
  await db.schema.createIndex('meetings_account_start').on('meetings').columns(['account_id', 'start_time']).execute()
}
