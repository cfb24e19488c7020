import type { Kysely } from 'kysely'
import type { Database } from './tables.js'

/** Moving a user between accounts of one master: the only writes that change a row's account. */
export class UserMovesRepo {
  constructor(private db: Kysely<Database>) {}

  async subAccountIds(masterId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('accounts').select('id').where('master_account_id', '=', masterId).execute()
    return rows.map((r) => r.id)
  }

  /**
   * The user keeps id, email and data; its files and devices follow it. Assistant links are dropped both ways,
   * since scheduling privilege only exists inside one account. `also` runs in the same transaction.
   */
  async move(userId: string, from: string, to: string, also?: (trx: Kysely<Database>) => Promise<void>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (also) await also(trx)
      await trx
        .deleteFrom('user_links')
        .where('account_id', '=', from)
        .where((eb) => eb.or([eb('user_id', '=', userId), eb('other_id', '=', userId)]))
        .execute()
      await trx
        .updateTable('files')
        .set({ account_id: to })
        .where('account_id', '=', from)
        .where('owner_id', '=', userId)
        .execute()
      await trx
        .updateTable('collaboration_devices')
        .set({ account_id: to })
        .where('account_id', '=', from)
        .where('user_id', '=', userId)
        .execute()
      await trx
        .updateTable('users')
        .set({ account_id: to })
        .where('account_id', '=', from)
        .where('id', '=', userId)
        .execute()
    })
  }
}
