import type { Insertable, Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { H323DeviceTable, SessionAudioLegTable } from './tables/h323-devices.js'

export type H323DeviceRow = Selectable<H323DeviceTable>
export type AudioLegRow = Selectable<SessionAudioLegTable>

type DevicePatch = Partial<Pick<H323DeviceRow, 'name' | 'name_key' | 'protocol' | 'ip' | 'encryption' | 'updated_at'>>

/** Room devices of an account. Every query names the account. */
export class H323DevicesRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<H323DeviceRow | undefined> {
    return this.db
      .selectFrom('h323_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byNameKey(accountId: string, nameKey: string): Promise<H323DeviceRow | undefined> {
    return this.db
      .selectFrom('h323_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('name_key', '=', nameKey)
      .executeTakeFirst()
  }

  /** The account's devices, unordered and unlimited: the pager adds both. */
  listQuery(accountId: string): SelectQueryBuilder<Database, 'h323_devices', H323DeviceRow> {
    return this.db.selectFrom('h323_devices').selectAll().where('account_id', '=', accountId)
  }

  async insert(row: Insertable<H323DeviceTable>): Promise<void> {
    await this.db.insertInto('h323_devices').values(row).execute()
  }

  async update(accountId: string, id: string, patch: DevicePatch): Promise<void> {
    await this.db
      .updateTable('h323_devices')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db.deleteFrom('h323_devices').where('account_id', '=', accountId).where('id', '=', id).execute()
  }
}

/** Audio legs of participant sessions; every query names the account. */
export class AudioLegsRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<SessionAudioLegTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('session_audio_legs').values(row).execute()
  }

  bySession(accountId: string, sessionId: string): Promise<AudioLegRow | undefined> {
    return this.db
      .selectFrom('session_audio_legs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst()
  }

  /** The legs of one instance, in the order their sessions joined. */
  ofInstance(accountId: string, instanceUuid: string): Promise<AudioLegRow[]> {
    return this.db
      .selectFrom('session_audio_legs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }

  /** The latest leg of a participant in an instance (a rejoin over the same line takes it again). */
  latestOf(accountId: string, instanceUuid: string, participantUuid: string): Promise<AudioLegRow | undefined> {
    return this.db
      .selectFrom('session_audio_legs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .where('participant_uuid', '=', participantUuid)
      .orderBy('seq', 'desc')
      .executeTakeFirst()
  }

  /**
   * The account's legs whose sessions joined in [from, to), each with its session's leave time (null while the
   * participant is still in), oldest first: what a telephone usage report lists.
   */
  between(accountId: string, from: number, to: number) {
    return this.db
      .selectFrom('session_audio_legs as l')
      .innerJoin('meeting_participants as p', (j) =>
        j.onRef('p.id', '=', 'l.session_id').onRef('p.account_id', '=', 'l.account_id'),
      )
      .selectAll('l')
      .select(['p.join_time', 'p.leave_time', 'p.name'])
      .where('l.account_id', '=', accountId)
      .where('l.created_at', '>=', from)
      .where('l.created_at', '<', to)
      .orderBy('l.seq')
      .execute()
  }
}
