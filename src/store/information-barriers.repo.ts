import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { InformationBarrierPolicyTable } from './tables/information-barriers.js'

export type InformationBarrierPolicyRow = Selectable<InformationBarrierPolicyTable>

type Patch = Partial<
  Pick<
    InformationBarrierPolicyRow,
    'policy_name' | 'assigned_group_id' | 'to_group_id' | 'type' | 'status' | 'settings' | 'updated_at'
  >
>

/** Information barrier policies. Every query names the account. */
export class InformationBarriersRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<InformationBarrierPolicyRow | undefined> {
    return this.db
      .selectFrom('information_barrier_policies')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  listQuery(
    accountId: string,
  ): SelectQueryBuilder<Database, 'information_barrier_policies', InformationBarrierPolicyRow> {
    return this.db.selectFrom('information_barrier_policies').selectAll().where('account_id', '=', accountId)
  }

  /** The oldest policy assigning the group or barring it. */
  namingGroup(accountId: string, groupId: string): Promise<InformationBarrierPolicyRow | undefined> {
    return this.listQuery(accountId)
      .where((eb) => eb.or([eb('assigned_group_id', '=', groupId), eb('to_group_id', '=', groupId)]))
      .orderBy('seq')
      .executeTakeFirst()
  }

  async insert(row: Omit<InformationBarrierPolicyRow, 'seq'>): Promise<void> {
    await this.db.insertInto('information_barrier_policies').values(row).execute()
  }

  async update(accountId: string, id: string, patch: Patch): Promise<void> {
    await this.db
      .updateTable('information_barrier_policies')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('information_barrier_policies')
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }
}
