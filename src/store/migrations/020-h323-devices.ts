import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * H.323/SIP room devices of an account, and the audio legs of simulated participant sessions (a phone line or a
 * room system). Personal audio conference accounts are derived from the user, so they need no table.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'h323_devices')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('protocol', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('encryption', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
  // Display names are unique in an account; concurrent creates and renames are settled by this index.
  await db.schema
    .createIndex('h323_devices_account_name')
    .on('h323_devices')
    .columns(['account_id', 'name_key'])
    .unique()
    .execute()
  await db.schema.createIndex('h323_devices_account_seq').on('h323_devices').columns(['account_id', 'seq']).execute()

  await tableWithSeq(db, dialect, 'session_audio_legs')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().unique())
    .addColumn('participant_uuid', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('phone_number', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('call_in_number', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('protocol', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('session_audio_legs_instance')
    .on('session_audio_legs')
    .columns(['account_id', 'instance_uuid', 'seq'])
    .execute()
  // Telephone usage is read by time range across an account's meetings.
  await db.schema
    .createIndex('session_audio_legs_account_time')
    .on('session_audio_legs')
    .columns(['account_id', 'created_at'])
    .execute()
}
