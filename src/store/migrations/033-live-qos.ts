import { sql, type Kysely } from 'kysely'
import type { Dialect } from '../db.js'
import { tableWithSeq } from './kit.js'

/**
 * QoS minutes are written while a session runs, by any of several server processes, and again (the rest) when it
 * closes: one sample per session and minute, so a second write of a minute is refused by the index. The issues a
 * session has raised as alerts get rows of their own, claimed by whichever writer first sees them.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  // Should a minute have been stored twice, the first copy stays: the values of both are the same.
  await sql`DELETE FROM participant_qos WHERE seq NOT IN (
      SELECT min(seq) FROM participant_qos GROUP BY account_id, instance_uuid, participant_id, ts
    )`.execute(db)
  await db.schema.dropIndex('participant_qos_session').execute()
  await db.schema
    .createIndex('participant_qos_minute')
    .on('participant_qos')
    .columns(['account_id', 'instance_uuid', 'participant_id', 'ts'])
    .unique()
    .execute()
  // The writer looks every second for instances in progress, across accounts.
  await db.schema.createIndex('meeting_instances_status').on('meeting_instances').column('status').execute()
  await tableWithSeq(db, dialect, 'participant_alerts')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('issue', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('participant_alerts_issue')
    .on('participant_alerts')
    .columns(['account_id', 'participant_id', 'issue'])
    .unique()
    .execute()
}
