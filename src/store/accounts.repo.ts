import type { Kysely, Selectable } from 'kysely'
import type { AccountTable, Database } from './tables.js'

export type AccountRow = Selectable<AccountTable>

export class AccountsRepo {
  constructor(private db: Kysely<Database>) {}

  get(id: string, db: Kysely<Database> = this.db): Promise<AccountRow | undefined> {
    return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst()
  }

  /** The oldest master account (one with no master of its own). */
  firstMaster(): Promise<AccountRow | undefined> {
    return this.db
      .selectFrom('accounts')
      .selectAll()
      .where('master_account_id', 'is', null)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst()
  }

  async insert(row: Omit<AccountRow, 'seq'>): Promise<void> {
    await this.db.insertInto('accounts').values(row).execute()
  }

  async update(id: string, patch: Partial<Omit<AccountRow, 'seq' | 'id'>>): Promise<void> {
    await this.db.updateTable('accounts').set(patch).where('id', '=', id).execute()
  }

  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('accounts').where('id', '=', id).execute()
  }
}
