import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { SipCalloutCountryTable, SipInternalNumberTable } from './tables/sip-internal-numbers.js'
import type { UniqueIndex } from './unique.js'

export type SipInternalNumberRow = Selectable<SipInternalNumberTable>
export type SipCalloutCountryRow = Selectable<SipCalloutCountryTable>

type NumberPatch = Partial<Omit<SipInternalNumberRow, 'seq' | 'account_id' | 'id' | 'created_at'>>

/** The index that refuses a number an account already lists (see migration 024). */
export const SIP_INTERNAL_NUMBER_UNIQUE: UniqueIndex = {
  name: 'sip_internal_numbers_account_number',
  table: 'sip_internal_numbers',
  columns: ['account_id', 'number'],
}

/** SIP Connected Audio internal numbers and call-out countries. Every query names the account. */
export class SipInternalNumbersRepo {
  constructor(readonly db: Kysely<Database>) {}

  numberById(accountId: string, id: string): Promise<SipInternalNumberRow | undefined> {
    return this.db
      .selectFrom('sip_internal_numbers')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** Which of `numbers` the account already lists. */
  async existingNumbers(accountId: string, numbers: readonly string[]): Promise<Set<string>> {
    if (!numbers.length) return new Set()
    const rows = await this.db
      .selectFrom('sip_internal_numbers')
      .select('number')
      .where('account_id', '=', accountId)
      .where('number', 'in', [...numbers])
      .execute()
    return new Set(rows.map((r) => r.number))
  }

  /** For `paginate()`: the account's numbers. */
  numbersQuery(accountId: string): SelectQueryBuilder<Database, 'sip_internal_numbers', SipInternalNumberRow> {
    return this.db.selectFrom('sip_internal_numbers').selectAll().where('account_id', '=', accountId)
  }

  async insertNumbers(rows: Omit<SipInternalNumberRow, 'seq'>[]): Promise<void> {
    if (rows.length) await this.db.insertInto('sip_internal_numbers').values(rows).execute()
  }

  async updateNumber(accountId: string, id: string, patch: NumberPatch): Promise<void> {
    await this.db
      .updateTable('sip_internal_numbers')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  /** Whether a row was there to delete. */
  async removeNumber(accountId: string, id: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('sip_internal_numbers')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }

  /** The account's call-out countries, in the order they were added. */
  countries(accountId: string): Promise<SipCalloutCountryRow[]> {
    return this.db
      .selectFrom('sip_callout_countries')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('seq')
      .execute()
  }

  /** Adds the countries the account does not list yet; one already there (even added concurrently) is kept. */
  async addCountries(accountId: string, countryIds: readonly string[], now: number): Promise<void> {
    if (!countryIds.length) return
    await this.db
      .insertInto('sip_callout_countries')
      .values(countryIds.map((country_id) => ({ account_id: accountId, country_id, created_at: now })))
      .onConflict((oc) => oc.columns(['account_id', 'country_id']).doNothing())
      .execute()
  }

  /** Whether the account listed the country. */
  async removeCountry(accountId: string, countryId: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('sip_callout_countries')
      .where('account_id', '=', accountId)
      .where('country_id', '=', countryId)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }
}
