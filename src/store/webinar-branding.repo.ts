import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database, FileTable } from './tables.js'
import type { WebinarBrandingTable, WebinarNameTagTable } from './tables/webinar-branding.js'

export type WebinarNameTagRow = Selectable<WebinarNameTagTable>
export type WebinarBrandingRow = Selectable<WebinarBrandingTable>
/** A branding image as listed: everything but its bytes. */
export type BrandingFileRow = Omit<Selectable<FileTable>, 'bytes'>

/** What a name tag update may change. */
export type NameTagPatch = Partial<
  Pick<WebinarNameTagRow, 'name' | 'text_color' | 'accent_color' | 'background_color' | 'updated_at'>
>

/**
 * A webinar's name tags, default choices and branding images. Every query names the account and the webinar;
 * a webinar's images are the `files` rows whose owner is its number. Writers that check a limit pass their
 * transaction as `db`.
 */
export class WebinarBrandingRepo {
  constructor(readonly db: Kysely<Database>) {}

  // ---------------------------------------------------------------- defaults (one row per webinar)

  branding(accountId: string, webinarId: number, db: Kysely<Database> = this.db) {
    return db
      .selectFrom('webinar_branding')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', webinarId)
      .executeTakeFirst()
  }

  async saveBranding(row: WebinarBrandingRow, db: Kysely<Database> = this.db): Promise<void> {
    const { meeting_id: _, account_id: owner, ...changes } = row
    await db
      .insertInto('webinar_branding')
      .values(row)
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet(changes).where('webinar_branding.account_id', '=', owner))
      .execute()
  }

  // ---------------------------------------------------------------- name tags

  nameTags(accountId: string, webinarId: number, db: Kysely<Database> = this.db): Promise<WebinarNameTagRow[]> {
    return db
      .selectFrom('webinar_name_tags')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', webinarId)
      .orderBy('seq')
      .execute()
  }

  async insertNameTag(row: Insertable<WebinarNameTagTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('webinar_name_tags').values(row).execute()
  }

  async updateNameTag(
    accountId: string,
    webinarId: number,
    id: string,
    patch: NameTagPatch,
    db: Kysely<Database> = this.db,
  ): Promise<boolean> {
    const res = await db
      .updateTable('webinar_name_tags')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', webinarId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numUpdatedRows) > 0
  }

  async deleteNameTags(accountId: string, webinarId: number, ids: string[], db: Kysely<Database> = this.db) {
    const res = await db
      .deleteFrom('webinar_name_tags')
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', webinarId)
      .where('id', 'in', ids)
      .executeTakeFirst()
    return Number(res.numDeletedRows)
  }

  // ---------------------------------------------------------------- images (rows of `files` owned by the webinar)

  files(
    accountId: string,
    webinarId: number,
    kind: string,
    db: Kysely<Database> = this.db,
  ): Promise<BrandingFileRow[]> {
    return db
      .selectFrom('files')
      .select(['id', 'account_id', 'owner_id', 'kind', 'name', 'content_type', 'size', 'created_at'])
      .where('account_id', '=', accountId)
      .where('owner_id', '=', String(webinarId))
      .where('kind', '=', kind)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  }

  async addFile(row: Selectable<FileTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('files').values(row).execute()
  }

  /** Removes the webinar's files of `kind` among `ids` (all of them without `ids`); returns how many went. */
  async removeFiles(
    accountId: string,
    webinarId: number,
    kind: string,
    ids?: string[],
    db: Kysely<Database> = this.db,
  ): Promise<number> {
    let q = db
      .deleteFrom('files')
      .where('account_id', '=', accountId)
      .where('owner_id', '=', String(webinarId))
      .where('kind', '=', kind)
    if (ids) q = q.where('id', 'in', ids)
    return Number((await q.executeTakeFirst()).numDeletedRows)
  }

  /** Holds the webinar's row until the transaction ends (PostgreSQL), so two writers cannot both pass a limit. */
  async lockWebinar(accountId: string, webinarId: number, db: Kysely<Database>): Promise<void> {
    await db
      .selectFrom('meetings')
      .select('seq')
      .where('account_id', '=', accountId)
      .where('id', '=', webinarId)
      .forUpdate()
      .execute()
  }
}
