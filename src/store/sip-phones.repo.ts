import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { SipPhoneTable } from './tables/sip-phones.js'
import type { UniqueIndex } from './unique.js'

export type SipPhoneRow = Selectable<SipPhoneTable>

/** The index that keeps one phone per address in an account (migrations/021). */
export const SIP_PHONE_EMAIL: UniqueIndex = {
  name: 'sip_phones_account_email',
  table: 'sip_phones',
  columns: ['account_id', 'user_email'],
}

/** SIP phones of an account. Every query names the account. */
export class SipPhonesRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<SipPhoneRow | undefined> {
    return this.db
      .selectFrom('sip_phones')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byEmail(accountId: string, email: string): Promise<SipPhoneRow | undefined> {
    return this.db
      .selectFrom('sip_phones')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_email', '=', email.toLowerCase())
      .executeTakeFirst()
  }

  /** The account's phones; with a key, those whose address (with or without platform suffix) or SIP user name is it. */
  listQuery(accountId: string, key?: string): SelectQueryBuilder<Database, 'sip_phones', SipPhoneRow> {
    const q = this.db.selectFrom('sip_phones').selectAll().where('account_id', '=', accountId)
    return key === undefined
      ? q
      : q.where((eb) => eb.or([eb('user_email', '=', key), eb('user_key', '=', key), eb('name_key', '=', key)]))
  }

  async insert(row: Omit<SipPhoneRow, 'seq'>): Promise<void> {
    await this.db.insertInto('sip_phones').values(row).execute()
  }

  async update(accountId: string, id: string, patch: Pick<SipPhoneRow, 'data' | 'name_key' | 'updated_at'>) {
    await this.db
      .updateTable('sip_phones')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  /** Whether a row was removed. */
  async remove(accountId: string, id: string): Promise<boolean> {
    const res = await this.db
      .deleteFrom('sip_phones')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }

  /** The phones of a user who leaves the account, in the transaction that removes them. */
  async removeOfUser(accountId: string, userId: string, db: Kysely<Database> = this.db): Promise<void> {
    await db.deleteFrom('sip_phones').where('account_id', '=', accountId).where('user_id', '=', userId).execute()
  }
}
