import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from 'kysely'
import type { Database } from './tables.js'
import type { RecordingRegistrantTable } from './tables/recordings.js'

export type RecordingRegistrantRow = Selectable<RecordingRegistrantTable>

/** People registered to view a meeting's on-demand recordings, by account and meeting number. */
export class RecordingRegistrantsRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(
    accountId: string,
    meetingId: number,
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<RecordingRegistrantRow | undefined> {
    return this.ofMeeting(accountId, meetingId, db).where('id', '=', id).executeTakeFirst()
  }

  /** The registration of an email address (the column holds it lower-cased). */
  byEmail(
    accountId: string,
    meetingId: number,
    email: string,
    db: Kysely<Database> = this.db,
  ): Promise<RecordingRegistrantRow | undefined> {
    return this.ofMeeting(accountId, meetingId, db).where('email', '=', email.toLowerCase()).executeTakeFirst()
  }

  /** Registrants of one status, for paging. */
  listQuery(
    accountId: string,
    meetingId: number,
    status: string,
  ): SelectQueryBuilder<Database, 'recording_registrants', RecordingRegistrantRow> {
    return this.ofMeeting(accountId, meetingId, this.db).where('status', '=', status)
  }

  private ofMeeting(accountId: string, meetingId: number, db: Kysely<Database>) {
    return db
      .selectFrom('recording_registrants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
  }

  async insert(row: Insertable<RecordingRegistrantTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('recording_registrants').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    fields: Updateable<RecordingRegistrantTable>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('recording_registrants')
      .set(fields)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }
}
