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
  /** The legs of several instances at once. */
  ofInstances(accountId: string, instanceUuids: string[]): Promise<AudioLegRow[]> {
    if (!instanceUuids.length) return Promise.resolve([])
    return this.db
      .selectFrom('session_audio_legs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', 'in', instanceUuids)
      .orderBy('seq')
      .execute()
  }

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

  /**
   * The account's room system legs (H.323/SIP through the Room Connector) that were connected at some moment of
   * [from, to): joined before `to` (and at most `lookBack` ms before `from`, which bounds the time index's scan)
   * and not gone by `from`. Each comes with its session's leave time, null while still connected.
   */
  roomSystemsDuring(accountId: string, from: number, to: number, lookBack: number) {
    return this.db
      .selectFrom('session_audio_legs as l')
      .innerJoin('meeting_participants as p', (j) =>
        j.onRef('p.id', '=', 'l.session_id').onRef('p.account_id', '=', 'l.account_id'),
      )
      .select(['l.created_at', 'p.leave_time'])
      .where('l.account_id', '=', accountId)
      .where('l.created_at', '>=', from - lookBack)
      .where('l.created_at', '<', to)
      .where('l.type', '=', 'room_system')
      .where((eb) => eb.or([eb('p.leave_time', 'is', null), eb('p.leave_time', '>', from)]))
      .execute()
  }

  /**
   * For `paginate()`: the account's phone legs of the given `types` with their session's and instance's times,
   * where the time named by `by` falls in [from, to). The legs are found by join time, which precedes every other
   * of these times by at most `lookBack` ms, so the account's time index bounds the scan.
   */
  telephoneQuery(
    accountId: string,
    types: readonly string[],
    by: 'start_time' | 'end_time' | 'meeting_start_time' | 'meeting_end_time',
    from: number,
    to: number,
    lookBack: number,
  ) {
    const column = {
      start_time: 'l.created_at',
      end_time: 'p.leave_time',
      meeting_start_time: 'i.start_time',
      meeting_end_time: 'i.end_time',
    } as const
    // Wrapped so that the page order's bare `seq` names the leg's.
    return this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('session_audio_legs as l')
          .innerJoin('meeting_participants as p', (j) =>
            j.onRef('p.id', '=', 'l.session_id').onRef('p.account_id', '=', 'l.account_id'),
          )
          .innerJoin('meeting_instances as i', (j) =>
            j.onRef('i.uuid', '=', 'l.instance_uuid').onRef('i.account_id', '=', 'l.account_id'),
          )
          .select([
            'l.seq',
            'l.type',
            'l.phone_number',
            'l.country',
            'l.call_in_number',
            'l.meeting_id',
            'l.instance_uuid',
            'p.join_time',
            'p.leave_time',
            'i.host_id',
            'i.kind',
          ])
          .where('l.account_id', '=', accountId)
          .where('l.type', 'in', [...types])
          // A call still going on has no end or length yet: it is reported once it ends.
          .where('p.leave_time', 'is not', null)
          .where('l.created_at', '>=', from - lookBack)
          .where('l.created_at', '<', to)
          .where(column[by], '>=', from)
          .where(column[by], '<', to)
          .as('legs'),
      )
      .selectAll()
  }
}
