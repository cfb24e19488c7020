import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type { GroupTable } from './tables/groups.js'
import { memberCounts } from './member-counts.js'

export type GroupRow = Selectable<GroupTable>

/** A member or admin of a group with the user fields the lists show; `seq` is the membership's. */
export interface GroupUserRow {
  seq: number
  user_id: string
  email: string
  type: number
  data: string
}

type Db = Kysely<Database>

/** Groups, their members and admins. Every query names the account. */
export class GroupsRepo {
  constructor(readonly db: Db) {}

  byId(accountId: string, id: string): Promise<GroupRow | undefined> {
    return this.db
      .selectFrom('user_groups')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async byIds(accountId: string, ids: readonly string[]): Promise<GroupRow[]> {
    if (!ids.length) return []
    return this.db
      .selectFrom('user_groups')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute()
  }

  byName(accountId: string, name: string): Promise<GroupRow | undefined> {
    return this.db
      .selectFrom('user_groups')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('name', '=', name)
      .executeTakeFirst()
  }

  listQuery(accountId: string): SelectQueryBuilder<Database, 'user_groups', GroupRow> {
    return this.db.selectFrom('user_groups').selectAll().where('account_id', '=', accountId)
  }

  async createdSince(accountId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('user_groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('created_at', '>=', since)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  async insert(row: Omit<GroupRow, 'seq'>): Promise<void> {
    await this.db.insertInto('user_groups').values(row).execute()
  }

  async update(
    accountId: string,
    id: string,
    patch: Partial<Pick<GroupRow, 'name' | 'data' | 'settings' | 'lock_settings'>>,
  ): Promise<void> {
    await this.db
      .updateTable('user_groups')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('user_group_members')
      .where('account_id', '=', accountId)
      .where('group_id', '=', id)
      .execute()
    await this.db
      .deleteFrom('user_group_admins')
      .where('account_id', '=', accountId)
      .where('group_id', '=', id)
      .execute()
    await this.db.deleteFrom('user_groups').where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  memberCounts(accountId: string, groupIds: string[]): Promise<Map<string, number>> {
    return memberCounts(this.db, 'user_group_members', accountId, groupIds)
  }

  // Members.

  /** The user's memberships, oldest first. */
  membershipsOf(accountId: string, userId: string) {
    return this.db
      .selectFrom('user_group_members')
      .select(['group_id', 'is_primary', 'seq'])
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .orderBy('seq')
      .execute()
  }

  membershipsOfMany(accountId: string, userIds: string[]) {
    return this.db
      .selectFrom('user_group_members')
      .select(['user_id', 'group_id', 'is_primary'])
      .where('account_id', '=', accountId)
      .where('user_id', 'in', userIds)
      .orderBy('seq')
      .execute()
  }

  async memberIds(accountId: string, groupId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('user_group_members')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .execute()
    return new Set(rows.map((r) => r.user_id))
  }

  /** The members for whom this group is primary. */
  async primaryMemberIds(accountId: string, groupId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('user_group_members')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .where('is_primary', '=', 1)
      .execute()
    return rows.map((r) => r.user_id)
  }

  async addMember(accountId: string, groupId: string, userId: string, primary: boolean, at: number): Promise<void> {
    await this.db
      .insertInto('user_group_members')
      .values({
        account_id: accountId,
        group_id: groupId,
        user_id: userId,
        is_primary: primary ? 1 : 0,
        created_at: at,
      })
      .execute()
  }

  async removeMember(accountId: string, groupId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('user_group_members')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .execute()
  }

  async setPrimary(accountId: string, userId: string, groupId: string): Promise<void> {
    await this.db
      .updateTable('user_group_members')
      .set((eb) => ({ is_primary: eb.case().when('group_id', '=', groupId).then(1).else(0).end() }))
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .execute()
  }

  /** Members of a group joined with their user rows, for paginate(). */
  membersQuery(accountId: string, groupId: string) {
    return this.usersOf('user_group_members', accountId, groupId)
  }

  // Admins.

  async adminIds(accountId: string, groupId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('user_group_admins')
      .select('user_id')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .execute()
    return new Set(rows.map((r) => r.user_id))
  }

  async addAdmin(accountId: string, groupId: string, userId: string, at: number): Promise<void> {
    await this.db
      .insertInto('user_group_admins')
      .values({ account_id: accountId, group_id: groupId, user_id: userId, created_at: at })
      .execute()
  }

  async removeAdmin(accountId: string, groupId: string, userId: string): Promise<number> {
    const res = await this.db
      .deleteFrom('user_group_admins')
      .where('account_id', '=', accountId)
      .where('group_id', '=', groupId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
    return Number(res.numDeletedRows)
  }

  adminsQuery(accountId: string, groupId: string) {
    return this.usersOf('user_group_admins', accountId, groupId)
  }

  /** Everything a deleted user leaves behind: memberships and admin seats. */
  async removeUser(accountId: string, userId: string): Promise<void> {
    await this.db
      .deleteFrom('user_group_members')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .execute()
    await this.db
      .deleteFrom('user_group_admins')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .execute()
  }

  // A subquery, so that `seq` (the link's) is unambiguous for the keyset condition and the count.
  private usersOf(table: 'user_group_members' | 'user_group_admins', accountId: string, groupId: string) {
    return this.db
      .selectFrom((eb) =>
        eb
          .selectFrom(`${table} as l` as 'user_group_members as l')
          .innerJoin('users as u', (j) => j.onRef('u.id', '=', 'l.user_id').onRef('u.account_id', '=', 'l.account_id'))
          .select(['l.seq as seq', 'l.user_id as user_id', 'u.email as email', 'u.type as type', 'u.data as data'])
          .where('l.account_id', '=', accountId)
          .where('l.group_id', '=', groupId)
          .as('m'),
      )
      .selectAll()
  }
}
