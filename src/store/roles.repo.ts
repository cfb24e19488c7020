import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { RoleTable } from './tables/roles.js'

export type RoleRow = Selectable<RoleTable>

/** Roles of an account. Every query names the account. */
export class RolesRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<RoleRow | undefined> {
    return this.db
      .selectFrom('roles')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byName(accountId: string, name: string): Promise<RoleRow | undefined> {
    return this.db
      .selectFrom('roles')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('name', '=', name)
      .executeTakeFirst()
  }

  list(accountId: string, type: string): Promise<RoleRow[]> {
    return this.db
      .selectFrom('roles')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('type', '=', type)
      .orderBy('seq')
      .execute()
  }

  /** Adds the row unless the account already has it. */
  async insertIfMissing(row: Omit<RoleRow, 'seq'>): Promise<void> {
    // No conflict target: requests seeding the same account at once collide on the name index as well as the id's.
    await this.db
      .insertInto('roles')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .execute()
  }

  async insert(row: Omit<RoleRow, 'seq'>): Promise<void> {
    await this.db.insertInto('roles').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    patch: Partial<Pick<RoleRow, 'name' | 'description' | 'privileges' | 'data'>>,
  ): Promise<void> {
    await this.db.updateTable('roles').set(patch).where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db.deleteFrom('roles').where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  /** How many users of the account hold each role. */
  async memberCounts(accountId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('users')
      .select(['role_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('account_id', '=', accountId)
      .groupBy('role_id')
      .execute()
    return new Map(rows.map((r) => [r.role_id, Number(r.n)]))
  }
}
