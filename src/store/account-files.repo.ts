import type { Kysely, Selectable } from 'kysely'
import type { Database, FileTable } from './tables.js'

export type AccountFileRow = Selectable<FileTable>

/** An account's own files (its virtual backgrounds) in the shared `files` table: the owner is the account. */
export const ACCOUNT_VB_KIND = 'account_virtual_background'

export class AccountFilesRepo {
  constructor(private db: Kysely<Database>) {}

  list(accountId: string, kind: string): Promise<Array<Omit<AccountFileRow, 'bytes'>>> {
    return this.db
      .selectFrom('files')
      .select(['id', 'account_id', 'owner_id', 'kind', 'name', 'content_type', 'size', 'created_at'])
      .where('account_id', '=', accountId)
      .where('owner_id', '=', accountId)
      .where('kind', '=', kind)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  }

  async add(row: AccountFileRow): Promise<void> {
    await this.db.insertInto('files').values(row).execute()
  }

  async remove(accountId: string, kind: string, ids: string[]): Promise<number> {
    const res = await this.db
      .deleteFrom('files')
      .where('account_id', '=', accountId)
      .where('owner_id', '=', accountId)
      .where('kind', '=', kind)
      .where('id', 'in', ids)
      .executeTakeFirst()
    return Number(res.numDeletedRows)
  }
}
