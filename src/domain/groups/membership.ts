import type { Kysely } from 'kysely'
import type { Services } from '../../services.js'
import { GroupsRepo } from '../../store/groups.repo.js'
import type { Database } from '../../store/tables.js'
import { orderIds, UserMembershipsRepo } from '../../store/user-memberships.repo.js'
import { dropImGroupMembershipsOf } from '../im-groups/im-group.service.js'
import { GroupService } from './group.service.js'

// What the Users responses show of a user's groups (`group_ids`), and what a deleted user leaves behind.

/** One per server (through `svc.use`), so every reader of a user's memberships shares one cache. */
export class UserMemberships {
  readonly repo: UserMembershipsRepo
  constructor(svc: Services) {
    this.repo = new UserMembershipsRepo(svc.db.kysely, svc.db.writes)
  }
}

/**
 * The ids of each user's groups (as `UserMembershipsRepo.groupIdsOf` orders them) for a page of users at once:
 * every asked id is a key (an empty list for users in no group).
 */
export async function groupIdsOfMany(
  svc: Services,
  accountId: string,
  userIds: string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(userIds.map((id) => [id, []]))
  if (!userIds.length) return out
  const rows = await svc.use(GroupService).repo.membershipsOfMany(accountId, userIds)
  const byUser = new Map<string, Array<{ group_id: string; is_primary: number }>>()
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? []
    list.push(r)
    byUser.set(r.user_id, list)
  }
  for (const [id, list] of byUser) out.set(id, orderIds(list))
  return out
}

/** Removes a user's group memberships and admin seats; call it in the transaction that deletes the user. */
export async function dropGroupMembershipsOf(
  svc: Services,
  accountId: string,
  userId: string,
  db: Kysely<Database> = svc.db.kysely,
): Promise<void> {
  await new GroupsRepo(db).removeUser(accountId, userId)
}

/**
 * Groups and IM groups belong to an account: a user leaving it (deleted, or moved to another account) leaves
 * them all, in the transaction that takes the user out, so no seat outlives the user's place in the account.
 */
export async function leaveAccountGroups(
  svc: Services,
  accountId: string,
  userId: string,
  trx: Kysely<Database>,
): Promise<void> {
  await dropGroupMembershipsOf(svc, accountId, userId, trx)
  await dropImGroupMembershipsOf(svc, accountId, userId, trx)
}
