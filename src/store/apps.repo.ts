import type { Kysely, Selectable } from 'kysely'
import type { AppTable, Database } from './tables.js'

export type AppRow = Selectable<AppTable>

export class AppsRepo {
  constructor(private db: Kysely<Database>) {}

  get(clientId: string): Promise<AppRow | undefined> {
    return this.db.selectFrom('apps').selectAll().where('client_id', '=', clientId).executeTakeFirst()
  }

  listByAccount(accountId: string): Promise<AppRow[]> {
    return this.db.selectFrom('apps').selectAll().where('account_id', '=', accountId).orderBy('seq').execute()
  }

  async insert(row: Omit<AppRow, 'seq'>): Promise<void> {
    await this.db.insertInto('apps').values(row).execute()
  }

  async setStatus(clientId: string, status: string): Promise<void> {
    await this.db.updateTable('apps').set({ status }).where('client_id', '=', clientId).execute()
  }

  async update(clientId: string, set: { name?: string; scopes?: string; redirect_uris?: string }): Promise<void> {
    await this.db.updateTable('apps').set(set).where('client_id', '=', clientId).execute()
  }

  async setScopes(clientId: string, scopes: string): Promise<void> {
    await this.db.updateTable('apps').set({ scopes }).where('client_id', '=', clientId).execute()
  }
}
