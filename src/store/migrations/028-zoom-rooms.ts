import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * Zoom Rooms registered on an account through the simulator (Zoom's API only reads them), their devices, the
 * issues they raise, and the meeting instances each room took part in.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  await tableWithSeq(db, dialect, 'zoom_rooms')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('location_id', 'text', (c) => c.notNull())
    .addColumn('calendar_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('account_type', 'text', (c) => c.notNull())
    .addColumn('camera', 'text', (c) => c.notNull())
    .addColumn('microphone', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('zoom_rooms_account_seq').on('zoom_rooms').columns(['account_id', 'seq']).execute()

  await tableWithSeq(db, dialect, 'zoom_room_devices')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('device_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('device_system', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('zoom_room_devices_room')
    .on('zoom_room_devices')
    .columns(['account_id', 'room_id', 'seq'])
    .execute()

  await tableWithSeq(db, dialect, 'zoom_room_issues')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('started_at', ms, (c) => c.notNull())
    .addColumn('resolved_at', ms)
    .execute()
  // The issue dashboards read an account's issues by the time they were raised.
  await db.schema
    .createIndex('zoom_room_issues_account_time')
    .on('zoom_room_issues')
    .columns(['account_id', 'started_at'])
    .execute()
  await db.schema
    .createIndex('zoom_room_issues_room')
    .on('zoom_room_issues')
    .columns(['account_id', 'room_id', 'started_at'])
    .execute()

  // One row per meeting instance a room joined; its sessions are the participant's (rejoins share the uuid).
  await tableWithSeq(db, dialect, 'zoom_room_meetings')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('room_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('participant_uuid', 'text', (c) => c.notNull())
    .addColumn('joined_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('zoom_room_meetings_room_instance')
    .on('zoom_room_meetings')
    .columns(['room_id', 'instance_uuid'])
    .unique()
    .execute()
}
