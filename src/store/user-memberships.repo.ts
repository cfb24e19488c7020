import { sql, type CompiledQuery, type Kysely } from 'kysely'
import type { Database } from './tables.js'
import { RowCache, type WriteTracker } from './write-tracker.js'

/** The ids of the groups (primary first, then by joining order) and IM groups (by joining order) of one user. */
export interface UserGroupIds {
  group_ids: string[]
  im_group_ids: string[]
}

interface MembershipRow {
  kind: string
  group_id: string
  is_primary: number
  seq: number
}

/**
 * Both kinds of group membership of one user in one query, for GET /users/{userId}: the request every client
 * makes most, where a second round trip (or building a query) costs more than the lookup itself.
 */
export class UserMembershipsRepo {
  private cache: RowCache<UserGroupIds>
  private query?: CompiledQuery<MembershipRow>

  constructor(
    readonly db: Kysely<Database>,
    writes?: WriteTracker,
  ) {
    this.cache = new RowCache(writes, ['user_group_members', 'im_group_members'])
  }

  /** The value is the cached one, shared and deep-frozen: copy it to edit it. */
  groupIdsOf(accountId: string, userId: string): Promise<UserGroupIds> {
    return this.cache.get(`${accountId}\n${userId}`, () => this.load(accountId, userId))
  }

  private async load(accountId: string, userId: string): Promise<UserGroupIds> {
    this.query ??= this.db
      .selectFrom('user_group_members')
      .select([sql<string>`'g'`.as('kind'), 'group_id', 'is_primary', 'seq'])
      .where('account_id', '=', '')
      .where('user_id', '=', '')
      .unionAll(
        this.db
          .selectFrom('im_group_members')
          .select([sql<string>`'i'`.as('kind'), 'group_id', sql<number>`0`.as('is_primary'), 'seq'])
          .where('account_id', '=', '')
          .where('user_id', '=', ''),
      )
      .compile()
    const { rows } = await this.db.executeQuery<MembershipRow>({
      ...this.query,
      parameters: [accountId, userId, accountId, userId],
    })
    const bySeq = [...rows].sort((a, b) => Number(a.seq) - Number(b.seq))
    return {
      group_ids: orderIds(bySeq.filter((r) => r.kind === 'g')),
      im_group_ids: bySeq.filter((r) => r.kind === 'i').map((r) => r.group_id),
    }
  }
}

/** Group ids of one user's memberships given in joining order: the primary group first, the others in that order. */
export function orderIds(rows: ReadonlyArray<{ group_id: string; is_primary: number }>): string[] {
  const primary = rows.filter((r) => Number(r.is_primary) === 1).map((r) => r.group_id)
  return [...primary, ...rows.filter((r) => Number(r.is_primary) !== 1).map((r) => r.group_id)]
}
