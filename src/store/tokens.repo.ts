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

  /** A token, unless it belongs to an OAuth install that was revoked or whose user is gone or not active. */
  getUsable(hash: string): Promise<TokenRow | undefined> {
    return this.db
      .selectFrom('access_tokens as t')
      .leftJoin('oauth_grants as g', 'g.id', 't.grant_id')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'g.user_id').onRef('u.account_id', '=', 'g.account_id'))
      .selectAll('t')
      .where('t.token_hash', '=', hash)
      .where((eb) =>
        eb.or([eb('t.grant_id', 'is', null), eb.and([eb('g.revoked_at', 'is', null), eb('u.status', '=', 'active')])]),
      )
      .executeTakeFirst()
  }

  /** The account's token grants made in [from, to), newest first, `limit` of them after the first `offset`. */
  grantsBetween(accountId: string, from: number, to: number, offset: number, limit: number) {
    return this.db
      .selectFrom('access_tokens as t')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 't.user_id').onRef('u.account_id', '=', 't.account_id'))
      .select(['t.created_at', 't.client_id', 'u.email'])
      .where('t.account_id', '=', accountId)
      .where('t.created_at', '>=', from)
      .where('t.created_at', '<', to)
      .orderBy('t.created_at', 'desc')
      .orderBy('t.token_hash')
      .offset(offset)
      .limit(limit)
      .execute()
  }

  async deleteExpired(before: number): Promise<void> {
    await this.db.deleteFrom('access_tokens').where('expires_at', '<', before).execute()
  }

  async deleteByClient(clientId: string): Promise<void> {
    await this.db.deleteFrom('access_tokens').where('client_id', '=', clientId).execute()
  }
}
