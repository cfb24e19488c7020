import type { Insertable, Kysely, Selectable } from 'kysely'
import type { WebinarPanelistTable } from './tables/webinar-panelists.js'
import type { Database } from './tables.js'

export type PanelistRow = Selectable<WebinarPanelistTable>

/** A webinar's panelists; every query names the account and the webinar. */
export class WebinarPanelistsRepo {
  constructor(readonly db: Kysely<Database>) {}

  /** In the order they were first added. */
  list(accountId: string, webinarId: number, db: Kysely<Database> = this.db): Promise<PanelistRow[]> {
    return db
      .selectFrom('webinar_panelists')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('webinar_id', '=', webinarId)
      .orderBy('seq')
      .execute()
  }

  /** A panelist by id, or by email (any case). */
  find(accountId: string, webinarId: number, idOrEmail: string): Promise<PanelistRow | undefined> {
    return this.db
      .selectFrom('webinar_panelists')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('webinar_id', '=', webinarId)
      .where((eb) => eb.or([eb('id', '=', idOrEmail), eb('email', '=', idOrEmail.toLowerCase())]))
      .executeTakeFirst()
  }

  async insert(row: Insertable<WebinarPanelistTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('webinar_panelists').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    patch: Pick<PanelistRow, 'updated_at' | 'data'>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('webinar_panelists')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, webinarId: number, id: string): Promise<void> {
    await this.db
      .deleteFrom('webinar_panelists')
      .where('account_id', '=', accountId)
      .where('webinar_id', '=', webinarId)
      .where('id', '=', id)
      .execute()
  }

  async removeAll(accountId: string, webinarId: number): Promise<void> {
    await this.db
      .deleteFrom('webinar_panelists')
      .where('account_id', '=', accountId)
      .where('webinar_id', '=', webinarId)
      .execute()
  }
}
