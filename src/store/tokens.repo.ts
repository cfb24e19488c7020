import type { Kysely, Selectable } from 'kysely'
import type { AccessTokenTable, Database } from './tables.js'

export type TokenRow = Selectable<AccessTokenTable>

export class TokensRepo {
  constructor(private db: Kysely<Database>) {}

  async insert(row: TokenRow): Promise<void> {
    await this.db.insertInto('access_tokens').values(row).execute()
  }

  get(hash: string): Promise<TokenRow | undefined> {
    return this.db.selectFrom('access_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst()
  }

  async deleteExpired(before: number): Promise<void> {
    await this.db.deleteFrom('access_tokens').where('expires_at', '<', before).execute()
  }

  async deleteByClient(clientId: string): Promise<void> {
    await this.db.deleteFrom('access_tokens').where('client_id', '=', clientId).execute()
  }
}
