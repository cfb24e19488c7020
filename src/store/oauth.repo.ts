import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { OAuthCodeTable, OAuthGrantTable, OAuthRefreshTokenTable } from './tables/oauth.js'
import type { TokenRow } from './tokens.repo.js'

export type OAuthGrantRow = Selectable<OAuthGrantTable>
export type OAuthCodeRow = Selectable<OAuthCodeTable>
export type OAuthRefreshRow = Selectable<OAuthRefreshTokenTable>

export class OAuthRepo {
  constructor(private db: Kysely<Database>) {}

  async insertCode(row: OAuthCodeRow): Promise<void> {
    await this.db.insertInto('oauth_codes').values(row).execute()
  }

  /** Takes a code out: whoever deletes it first is the one who may exchange it, so a code works once. */
  async takeCode(hash: string): Promise<OAuthCodeRow | undefined> {
    const row = await this.db.selectFrom('oauth_codes').selectAll().where('code_hash', '=', hash).executeTakeFirst()
    if (!row) return undefined
    const gone = await this.db.deleteFrom('oauth_codes').where('code_hash', '=', hash).executeTakeFirst()
    return Number(gone.numDeletedRows) === 1 ? row : undefined
  }

  async insertGrant(row: OAuthGrantRow): Promise<void> {
    await this.db.insertInto('oauth_grants').values(row).execute()
  }

  getGrant(id: string): Promise<OAuthGrantRow | undefined> {
    return this.db.selectFrom('oauth_grants').selectAll().where('id', '=', id).executeTakeFirst()
  }

  async revokeGrant(id: string, at: number): Promise<void> {
    await this.revokeOne(id, at)
  }

  /** Ends every live install its user allowed; the ids of the installs ended. */
  async revokeGrantsOfUser(accountId: string, userId: string, at: number): Promise<string[]> {
    const live = await this.db
      .selectFrom('oauth_grants')
      .select('id')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute()
    for (const { id } of live) await this.revokeOne(id, at)
    return live.map((g) => g.id)
  }

  // The grant row is updated first: on PostgreSQL that row lock makes an issue under way (issueWhileLive) finish
  // before the tokens are deleted, or wait and then find the install revoked.
  private async revokeOne(id: string, at: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('oauth_grants').set({ revoked_at: at }).where('id', '=', id).execute()
      await trx.deleteFrom('oauth_refresh_tokens').where('grant_id', '=', id).execute()
      await trx.deleteFrom('access_tokens').where('grant_id', '=', id).execute()
    })
  }

  /**
   * Stores an install's new access and refresh tokens only if the install is still live; false when it was revoked.
   * The no-op update locks the grant row (PostgreSQL) for the transaction, so a revoke cannot slip in between the
   * check and the inserts; SQLite runs one transaction at a time anyway.
   */
  async issueWhileLive(grantId: string, access: TokenRow, refresh: OAuthRefreshRow): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const live = await trx
        .updateTable('oauth_grants')
        .set((eb) => ({ revoked_at: eb.ref('revoked_at') }))
        .where('id', '=', grantId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      if (Number(live.numUpdatedRows) !== 1) return false
      await trx.insertInto('access_tokens').values(access).execute()
      await trx.insertInto('oauth_refresh_tokens').values(refresh).execute()
      return true
    })
  }

  async insertRefresh(row: OAuthRefreshRow): Promise<void> {
    await this.db.insertInto('oauth_refresh_tokens').values(row).execute()
  }

  getRefresh(hash: string): Promise<OAuthRefreshRow | undefined> {
    return this.db.selectFrom('oauth_refresh_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst()
  }

  /** Deletes a refresh token; true for the one caller that deleted it (a refresh token rotates once). */
  async takeRefresh(hash: string): Promise<boolean> {
    const gone = await this.db.deleteFrom('oauth_refresh_tokens').where('token_hash', '=', hash).executeTakeFirst()
    return Number(gone.numDeletedRows) === 1
  }

  /** The grant an access token was issued for, if any. */
  async grantOfAccessToken(hash: string): Promise<string | null | undefined> {
    const row = await this.db
      .selectFrom('access_tokens')
      .select('grant_id')
      .where('token_hash', '=', hash)
      .executeTakeFirst()
    return row?.grant_id
  }

  /** Everything an app handed out, for when it is deleted. */
  async deleteApp(clientId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('oauth_codes').where('client_id', '=', clientId).execute()
      await trx.deleteFrom('oauth_refresh_tokens').where('client_id', '=', clientId).execute()
      await trx.deleteFrom('oauth_grants').where('client_id', '=', clientId).execute()
      await trx.deleteFrom('access_tokens').where('client_id', '=', clientId).execute()
      await trx.deleteFrom('apps').where('client_id', '=', clientId).execute()
    })
  }
}
