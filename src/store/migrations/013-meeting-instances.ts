import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/** Held meeting instances, their participant sessions and per-minute QoS samples. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const withSeq = (name: string) => {
    const t = db.schema.createTable(name)
    return dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  }

  await withSeq('meeting_instances')
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('host_id', 'text', (c) => c.notNull())
    .addColumn('type', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('start_time', ms, (c) => c.notNull())
    .addColumn('end_time', ms)
    .addColumn('duration', 'integer')
    .addColumn('total_minutes', 'integer')
    .addColumn('participants_count', 'integer')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meeting_instances_meeting')
    .on('meeting_instances')
    .columns(['account_id', 'meeting_id', 'seq'])
    .execute()
  await db.schema
    .createIndex('meeting_instances_host_start')
    .on('meeting_instances')
    .columns(['account_id', 'host_id', 'start_time'])
    .execute()
  await db.schema
    .createIndex('meeting_instances_start')
    .on('meeting_instances')
    .columns(['account_id', 'start_time'])
    .execute()

  await withSeq('meeting_participants')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'bigint', (c) => c.notNull())
    .addColumn('participant_uuid', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('account_user_id', 'text')
    .addColumn('registrant_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('join_time', ms, (c) => c.notNull())
    .addColumn('leave_time', ms)
    .addColumn('leave_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('ip_address', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('network_type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('meeting_participants_instance')
    .on('meeting_participants')
    .columns(['account_id', 'instance_uuid', 'seq'])
    .execute()
  await db.schema
    .createIndex('meeting_participants_person')
    .on('meeting_participants')
    .columns(['account_id', 'instance_uuid', 'participant_uuid'])
    .execute()

  await withSeq('participant_qos')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('instance_uuid', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('ts', ms, (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('participant_qos_session')
    .on('participant_qos')
    .columns(['account_id', 'instance_uuid', 'participant_id', 'ts'])
    .execute()
}
