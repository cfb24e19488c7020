import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { WebinarTrackingSourceTable } from './tables/tracking-sources.js'

export type TrackingSourceRow = Selectable<WebinarTrackingSourceTable>

/** A source with the number of registrants who came through it. */
export type TrackingSourceCount = TrackingSourceRow & { registration_count: number }

/** Tracking sources of webinars. Every query names the account. */
export class TrackingSourcesRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(
    accountId: string,
    webinarId: number,
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<TrackingSourceRow | undefined> {
    return db
      .selectFrom('webinar_tracking_sources')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('webinar_id', '=', webinarId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** The webinar's sources, oldest first, each with its registrants counted whatever their status. */
  async listWithCounts(accountId: string, webinarId: number): Promise<TrackingSourceCount[]> {
    const rows = await this.db
      .selectFrom('webinar_tracking_sources as s')
      .leftJoin('meeting_registrants as r', (j) =>
        j.onRef('r.source_id', '=', 's.id').onRef('r.account_id', '=', 's.account_id'),
      )
      .select([
        's.seq',
        's.id',
        's.account_id',
        's.webinar_id',
        's.source_name',
        's.visitor_count',
        's.created_at',
        (eb) => eb.fn.count<number | string>('r.id').as('registration_count'),
      ])
      .where('s.account_id', '=', accountId)
      .where('s.webinar_id', '=', webinarId)
      .groupBy(['s.seq', 's.id', 's.account_id', 's.webinar_id', 's.source_name', 's.visitor_count', 's.created_at'])
      .orderBy('s.seq')
      .execute()
    return rows.map((r) => ({ ...r, registration_count: Number(r.registration_count) }))
  }

  async insert(row: Omit<TrackingSourceRow, 'seq'>): Promise<void> {
    await this.db.insertInto('webinar_tracking_sources').values(row).execute()
  }

  /** One more visit of the registration page through the source's link. */
  async countVisit(accountId: string, id: string, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .updateTable('webinar_tracking_sources')
      .set((eb) => ({ visitor_count: eb('visitor_count', '+', 1) }))
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }
}
