import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { ImGroupTable } from './tables/im-groups.js'
import { memberCounts } from './member-counts.js'

export type ImGroupRow = Selectable<ImGroupTable>

/** IM directory groups and their members. Every query names the account. */
export class ImGroupsRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<ImGroupRow | undefined> {
    return this.db
      .selectFrom('im_groups')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byName(accountId: string, name: string): Promise<ImGroupRow | undefined> {
    return this.db
      .selectFrom('im_groups')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('name', '=', name)
      .executeTakeFirst()
  }

  list(accountId: string): Promise<ImGroupRow[]> {
    return this.db.selectFrom('im_groups').selectAll().where('account_id', '=', accountId).orderBy('seq').execute()
  }

  async insert(row: Omit<ImGroupRow, 'seq'>): Promise<void> {
    await this.db.insertInto('im_groups').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    patch: Partial<Pick<ImGroupRow, 'name' | 'type' | 'data'>>,
  ): Promise<void> {
    await this.db.updateTable('im_groups').set(patch).where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('im_group_members')
      .where('account_id', '=', accountId)
      .where('group_id', '=', id)
      .execute()
    await this.db.deleteFrom('im_groups').where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  memberCounts(accountId: string, groupIds: string[]): Promise<Map<string, number>> {
    return memberCounts(this.db, 'im_group_members', accountId, groupIds)
  }

  async memberIds(accountId: string, groupId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('im_group_members')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .execute()
    return new Set(rows.map((r) => r.user_id))
  }

  async addMember(accountId: string, groupId: string, userId: string, at: number): Promise<void> {
    await this.db
      .insertInto('im_group_members')
      .values({ account_id: accountId, group_id: groupId, user_id: userId, created_at: at })
      .execute()
  }

  async removeMember(accountId: string, groupId: string, userId: string): Promise<number> {
    const res = await this.db
      .deleteFrom('im_group_members')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return Number(res.numDeletedRows)
  }

  /** Group ids per user, in the order the users joined them. */
  membershipsOfMany(accountId: string, userIds: string[]) {
    return this.db
      .selectFrom('im_group_members')
      .select(['user_id', 'group_id'])
      .where('account_id', '=', accountId)
      .where('user_id', 'in', userIds)
      .orderBy('seq')
      .execute()
  }

  async removeUser(accountId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('im_group_members')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .execute()
  }

  /** Members joined with their user rows, for paginate(); `seq` is the membership's. */
  membersQuery(accountId: string, groupId: string) {
    return this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('im_group_members as l')
          .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.account_id', '=', 'l.account_id'))
          .select(['l.seq as seq', 'l.user_id as user_id', 'u.email as email', 'u.type as type', 'u.data as data'])
          .where('l.account_id', '=', accountId)
          .where('l.group_id', '=', groupId)
          .as('m'),
      )
      .selectAll()
  }
}
