import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { SipTrunkAccountTable, SipTrunkNumberTable, SipTrunkTable } from './tables/sip-trunks.js'

export type SipTrunkRow = Selectable<SipTrunkTable>
export type SipTrunkNumberRow = Selectable<SipTrunkNumberTable>
export type SipTrunkAccountRow = Selectable<SipTrunkAccountTable>

/** What assigning a trunk again may change on an account's row. */
type TrunkChanges = Pick<SipTrunkRow, 'name' | 'sip_server_address' | 'dnis' | 'number_prefix' | 'outbound_caller_id'>

/** SIP trunks, trunk numbers and trunk configuration of accounts. Every query names the account. */
export class SipTrunksRepo {
  constructor(readonly db: Kysely<Database>) {}

  // ---------------------------------------------------------------- account row (pool marker, configuration)

  account(accountId: string): Promise<SipTrunkAccountRow | undefined> {
    return this.db.selectFrom('sip_trunk_accounts').selectAll().where('account_id', '=', accountId).executeTakeFirst()
  }

  /**
   * Marks the account's pool provisioned; true only for the one caller that did so. A concurrent caller on
   * PostgreSQL waits for that transaction and then finds the mark set.
   */
  async markProvisioned(accountId: string, now: number): Promise<boolean> {
    const row = await this.db
      .insertInto('sip_trunk_accounts')
      .values({ account_id: accountId, provisioned_at: now, settings: '{}', updated_at: now })
      .onConflict((oc) =>
        oc
          .column('account_id')
          .doUpdateSet({ provisioned_at: now, updated_at: now })
          .where('sip_trunk_accounts.provisioned_at', 'is', null),
      )
      .returning('account_id')
      .executeTakeFirst()
    return row !== undefined
  }

  async saveSettings(accountId: string, settings: string, now: number): Promise<void> {
    await this.db
      .insertInto('sip_trunk_accounts')
      .values({ account_id: accountId, provisioned_at: null, settings, updated_at: now })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ settings, updated_at: now }))
      .execute()
  }

  // ---------------------------------------------------------------- trunks

  trunks(accountId: string): Promise<SipTrunkRow[]> {
    return this.db.selectFrom('sip_trunks').selectAll().where('account_id', '=', accountId).orderBy('seq').execute()
  }

  trunksByIds(accountId: string, ids: readonly string[]): Promise<SipTrunkRow[]> {
    if (!ids.length) return Promise.resolve([])
    return this.db
      .selectFrom('sip_trunks')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', 'in', [...ids])
      .execute()
  }

  /** Provisioned trunks: rows already there are left as they are. */
  async addTrunks(rows: Insertable<SipTrunkTable>[]): Promise<void> {
    if (!rows.length) return
    await this.db
      .insertInto('sip_trunks')
      .values(rows)
      .onConflict((oc) => oc.columns(['account_id', 'id']).doNothing())
      .execute()
  }

  /** An assigned trunk: a trunk the account already has takes the new values. */
  async assignTrunk(row: Insertable<SipTrunkTable>, changes: TrunkChanges): Promise<void> {
    await this.db
      .insertInto('sip_trunks')
      .values(row)
      .onConflict((oc) => oc.columns(['account_id', 'id']).doUpdateSet(changes))
      .execute()
  }

  /** Whether a row was there to remove. */
  async removeTrunk(accountId: string, id: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('sip_trunks')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }

  // ---------------------------------------------------------------- numbers

  numbers(accountId: string): Promise<SipTrunkNumberRow[]> {
    return this.db
      .selectFrom('sip_trunk_numbers')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('seq')
      .execute()
  }

  /** Numbers already on the account are left as they are. */
  async addNumbers(rows: Insertable<SipTrunkNumberTable>[]): Promise<void> {
    if (!rows.length) return
    await this.db
      .insertInto('sip_trunk_numbers')
      .values(rows)
      .onConflict((oc) => oc.columns(['account_id', 'number']).doNothing())
      .execute()
  }

  async removeNumbers(accountId: string): Promise<void> {
    await this.db.deleteFrom('sip_trunk_numbers').where('account_id', '=', accountId).execute()
  }
}
