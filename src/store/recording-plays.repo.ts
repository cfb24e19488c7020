import { sql, type Insertable, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { RecordingPlayTable } from './tables/recordings.js'

export type RecordingPlayRow = Selectable<RecordingPlayTable>

/** The rows of one meeting's plays or downloads, in a window [from, to) of server time. */
export interface PlaysFilter {
  accountId: string
  meetingId: number
  from: number
  to: number
}

/** Plays and downloads of served recording files, for the recording analytics. */
export class RecordingPlaysRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<RecordingPlayTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('recording_plays').values(row).execute()
  }

  /** Views and downloads per UTC day (days counted from the epoch) within the window. */
  async dailyCounts(f: PlaysFilter): Promise<{ day: number; action: string; n: number }[]> {
    // Integer division by the day's length buckets by UTC day in both SQLite and PostgreSQL.
    const day = sql<number | string>`${sql.ref('at')} / ${sql.lit(86_400_000)}`
    const rows = await this.db
      .selectFrom('recording_plays')
      .select((eb) => [day.as('day'), 'action', eb.fn.countAll<number | string>().as('n')])
      .where('account_id', '=', f.accountId)
      .where('meeting_id', '=', f.meetingId)
      .where('at', '>=', f.from)
      .where('at', '<', f.to)
      .groupBy([day, 'action'])
      .execute()
    return rows.map((r) => ({ day: Number(r.day), action: r.action, n: Number(r.n) }))
  }

  /** For `paginate()`: one meeting's plays (or downloads) within the window. */
  detailsQuery(
    f: PlaysFilter,
    action: string,
  ): SelectQueryBuilder<
    Database,
    'recording_plays',
    Pick<RecordingPlayRow, 'seq' | 'at' | 'name' | 'email' | 'duration'>
  > {
    return this.db
      .selectFrom('recording_plays')
      .select(['seq', 'at', 'name', 'email', 'duration'])
      .where('account_id', '=', f.accountId)
      .where('meeting_id', '=', f.meetingId)
      .where('action', '=', action)
      .where('at', '>=', f.from)
      .where('at', '<', f.to)
  }
}
