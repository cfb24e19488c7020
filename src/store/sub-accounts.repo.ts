import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { AccountRow } from './accounts.repo.js'
import type { Database } from './tables.js'

/** A master account's sub accounts: every query names the master. */
export class SubAccountsRepo {
  constructor(private db: Kysely<Database>) {}

  /** For `paginate()`: the master's sub accounts, optionally only the one whose owner has `ownerEmail`. */
  listQuery(
    masterId: string,
    filter: { ownerEmail?: string } = {},
  ): SelectQueryBuilder<Database, 'accounts', AccountRow> {
    let q = this.db.selectFrom('accounts').selectAll().where('master_account_id', '=', masterId)
    if (filter.ownerEmail) {
      const email = filter.ownerEmail.toLowerCase()
      q = q.where('owner_id', 'in', this.db.selectFrom('users').select('id').where('email', '=', email))
    }
    return q as SelectQueryBuilder<Database, 'accounts', AccountRow>
  }

  all(masterId: string): Promise<AccountRow[]> {
    return this.db.selectFrom('accounts').selectAll().where('master_account_id', '=', masterId).orderBy('seq').execute()
  }

  async ids(masterId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return []
    const rows = await this.db
      .selectFrom('accounts')
      .select('id')
      .where('master_account_id', '=', masterId)
      .where('id', 'in', ids)
      .execute()
    return rows.map((r) => r.id)
  }
}
