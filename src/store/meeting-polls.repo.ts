import type { Insertable, Kysely, Selectable } from 'kysely'
import type { MeetingLiveStreamTable, MeetingPollTable, MeetingSurveyTable } from './tables/meeting-polls.js'
import type { Database } from './tables.js'

export type MeetingPollRow = Selectable<MeetingPollTable>
export type MeetingSurveyRow = Selectable<MeetingSurveyTable>
export type MeetingLiveStreamRow = Selectable<MeetingLiveStreamTable>

/** A meeting's polls, survey and live stream. Every query names the account and the meeting. */
export class MeetingPollsRepo {
  constructor(readonly db: Kysely<Database>) {}

  // ---------------------------------------------------------------- polls

  /** The meeting's polls in creation order; `anonymous` keeps only the polls with (true) or without (false) it. */
  polls(
    accountId: string,
    meetingId: number,
    anonymous?: boolean,
    db: Kysely<Database> = this.db,
  ): Promise<MeetingPollRow[]> {
    let q = db
      .selectFrom('meeting_polls')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
    if (anonymous !== undefined) q = q.where('anonymous', '=', anonymous ? 1 : 0)
    return q.orderBy('seq').execute()
  }

  poll(accountId: string, meetingId: number, id: string): Promise<MeetingPollRow | undefined> {
    return this.db
      .selectFrom('meeting_polls')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async countPolls(accountId: string, meetingId: number, db: Kysely<Database> = this.db): Promise<number> {
    const row = await db
      .selectFrom('meeting_polls')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  async insertPolls(rows: Insertable<MeetingPollTable>[], db: Kysely<Database> = this.db): Promise<void> {
    if (rows.length) await db.insertInto('meeting_polls').values(rows).execute()
  }

  async updatePoll(
    accountId: string,
    meetingId: number,
    id: string,
    patch: Partial<Pick<MeetingPollRow, 'anonymous' | 'status' | 'updated_at' | 'data'>>,
  ): Promise<boolean> {
    const res = await this.db
      .updateTable('meeting_polls')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numUpdatedRows) > 0
  }

  async deletePoll(accountId: string, meetingId: number, id: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('meeting_polls')
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }

  /** Holds the meeting's row until the transaction ends (PostgreSQL), so two creates cannot both pass the poll limit. */
  async lockMeeting(accountId: string, meetingId: number, db: Kysely<Database>): Promise<void> {
    await db
      .selectFrom('meetings')
      .select('seq')
      .where('account_id', '=', accountId)
      .where('id', '=', meetingId)
      .forUpdate()
      .execute()
  }

  // ---------------------------------------------------------------- survey and live stream (one row per meeting)

  survey(accountId: string, meetingId: number): Promise<MeetingSurveyRow | undefined> {
    return this.db
      .selectFrom('meeting_surveys')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
  }

  async saveSurvey(row: MeetingSurveyRow): Promise<void> {
    await this.db
      .insertInto('meeting_surveys')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('meeting_id')
          .doUpdateSet({ updated_at: row.updated_at, data: row.data })
          .where('meeting_surveys.account_id', '=', row.account_id),
      )
      .execute()
  }

  async deleteSurvey(accountId: string, meetingId: number): Promise<void> {
    await this.db
      .deleteFrom('meeting_surveys')
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .execute()
  }

  liveStream(
    accountId: string,
    meetingId: number,
    db: Kysely<Database> = this.db,
  ): Promise<MeetingLiveStreamRow | undefined> {
    return db
      .selectFrom('meeting_live_streams')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
  }

  async saveLiveStream(row: MeetingLiveStreamRow, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .insertInto('meeting_live_streams')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('meeting_id')
          .doUpdateSet({ updated_at: row.updated_at, data: row.data })
          .where('meeting_live_streams.account_id', '=', row.account_id),
      )
      .execute()
  }
}
