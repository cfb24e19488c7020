import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { TspAccountInfoTable, UserTspAccountTable } from './tables/tsp.js'
import type { UniqueIndex } from './unique.js'

export type TspAccountInfoRow = Selectable<TspAccountInfoTable>
export type UserTspAccountRow = Selectable<UserTspAccountTable>

/** The columns of an account's TSP information a PATCH may set. */
export type TspInfoPatch = Partial<Omit<TspAccountInfoRow, 'account_id' | 'updated_at'>>

/** What an update of a user's TSP account may change. */
export type UserTspPatch = Partial<
  Pick<UserTspAccountRow, 'conference_code' | 'leader_pin' | 'tsp_bridge' | 'dial_in_numbers' | 'updated_at'>
>

/** A user's TSP account slots: the database refuses a second row for the same slot. */
export const USER_TSP_SLOT: UniqueIndex = {
  name: 'user_tsp_accounts_slot',
  table: 'user_tsp_accounts',
  columns: ['account_id', 'user_id', 'tsp_id'],
}

/** TSP information of accounts, users' TSP accounts and global dial-in URLs. Every query names the account. */
export class TspRepo {
  constructor(readonly db: Kysely<Database>) {}

  info(accountId: string): Promise<TspAccountInfoRow | undefined> {
    return this.db.selectFrom('tsp_account_info').selectAll().where('account_id', '=', accountId).executeTakeFirst()
  }

  /**
   * Writes the columns of `patch` only: the first write stores `initial` with the patch on top, later ones leave
   * every column the patch does not name as it is, so two PATCHes naming different fields both take effect.
   */
  async saveInfo(initial: TspAccountInfoRow, patch: TspInfoPatch & { updated_at: number }): Promise<void> {
    await this.db
      .insertInto('tsp_account_info')
      .values({ ...initial, ...patch })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(patch))
      .execute()
  }

  userAccounts(accountId: string, userId: string): Promise<UserTspAccountRow[]> {
    return this.db
      .selectFrom('user_tsp_accounts')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .orderBy('tsp_id')
      .execute()
  }

  userAccount(accountId: string, userId: string, tspId: string): Promise<UserTspAccountRow | undefined> {
    return this.db
      .selectFrom('user_tsp_accounts')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('tsp_id', '=', tspId)
      .executeTakeFirst()
  }

  async insertUserAccount(row: UserTspAccountRow): Promise<void> {
    await this.db.insertInto('user_tsp_accounts').values(row).execute()
  }

  async updateUserAccount(accountId: string, userId: string, tspId: string, patch: UserTspPatch): Promise<void> {
    await this.db
      .updateTable('user_tsp_accounts')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('tsp_id', '=', tspId)
      .execute()
  }

  async removeUserAccount(accountId: string, userId: string, tspId: string): Promise<void> {
    await this.db
      .deleteFrom('user_tsp_accounts')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('tsp_id', '=', tspId)
      .execute()
  }

  /** The TSP accounts and dial-in URL of a user who leaves the account, in the transaction that removes them. */
  async removeUser(accountId: string, userId: string, db: Kysely<Database> = this.db): Promise<void> {
    for (const table of ['user_tsp_accounts', 'user_tsp_settings'] as const)
      await db.deleteFrom(table).where('account_id', '=', accountId).where('user_id', '=', userId).execute()
  }

  /** Holds the user's row until the transaction ends (PostgreSQL), so two writers cannot both pass a limit. */
  async lockUser(accountId: string, userId: string): Promise<void> {
    await this.db
      .selectFrom('users')
      .select('seq')
      .where('account_id', '=', accountId)
      .where('id', '=', userId)
      .forUpdate()
      .execute()
  }

  async audioUrl(accountId: string, userId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('user_tsp_settings')
      .select('audio_url')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return row?.audio_url
  }

  async saveAudioUrl(accountId: string, userId: string, audioUrl: string, now: number): Promise<void> {
    await this.db
      .insertInto('user_tsp_settings')
      .values({ user_id: userId, account_id: accountId, audio_url: audioUrl, updated_at: now })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet({ audio_url: audioUrl, updated_at: now })
          .where('user_tsp_settings.account_id', '=', accountId),
      )
      .execute()
  }
}
