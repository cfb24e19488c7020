import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from 'kysely'
import type { Database } from './tables.js'
import type { MeetingArchiveTable } from './tables/recordings.js'

export type MeetingArchiveRow = Selectable<MeetingArchiveTable>

/** Compliance archives of held instances (their files are rows of recording_files with source 'archive'). */
export class MeetingArchivesRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<MeetingArchiveTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_archives').values(row).execute()
  }

  archive(accountId: string, uuid: string, db: Kysely<Database> = this.db): Promise<MeetingArchiveRow | undefined> {
    return db
      .selectFrom('meeting_archives')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('uuid', '=', uuid)
      .executeTakeFirst()
  }

  /** Archives still processing whose completion time has come, of one account or all, soonest first. */
  due(now: number, limit: number, accountId?: string): Promise<MeetingArchiveRow[]> {
    let q = this.db
      .selectFrom('meeting_archives')
      .selectAll()
      .where('status', '=', 'processing')
      .where('complete_time', '<=', now)
    if (accountId) q = q.where('account_id', '=', accountId)
    return q.orderBy('complete_time').limit(limit).execute()
  }

  /** Moves an archive out of `processing`: true only for the one caller (of all processes) that made the move. */
  async claim(uuid: string, set: Updateable<MeetingArchiveTable>, db: Kysely<Database>): Promise<boolean> {
    const res = await db
      .updateTable('meeting_archives')
      .set(set)
      .where('uuid', '=', uuid)
      .where('status', '=', 'processing')
      .executeTakeFirst()
    return Number(res.numUpdatedRows) === 1
  }

  /** The account's archives whose meeting started (or whose archiving completed) in [from, to). */
  listQuery(
    accountId: string,
    filter: { from: number; to: number; by: 'start_time' | 'complete_time' },
  ): SelectQueryBuilder<Database, 'meeting_archives', MeetingArchiveRow> {
    let q = this.db
      .selectFrom('meeting_archives')
      .selectAll()
      .where('account_id', '=', accountId)
      .where(filter.by, '>=', filter.from)
      .where(filter.by, '<', filter.to)
    // Archives still processing have no completion yet, whatever time they expect to finish.
    if (filter.by === 'complete_time') q = q.where('status', '=', 'completed')
    return q
  }
}
