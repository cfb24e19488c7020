import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { numberedPage, type Page } from '../paging.js'
import type { Services } from '../../services.js'
import type { GroupUserRow } from '../../store/groups.repo.js'
import { parseJson } from '../../util/json.js'
import type { UserData } from '../users/user.model.js'
import type { User } from '../users/user.service.js'

// Helpers shared by groups, IM directory groups and roles: naming users in request bodies and paths, the
// operator of an event, and the member lists.

/** `{id}` or `{email}`: an entry of `members` / `admins`; the id wins when both are given. */
export interface UserRef {
  id?: string
  email?: string
}

/** A user of the account named by id or email; 404/1001 otherwise. */
export async function userByIdOrEmail(svc: Services, accountId: string, idOrEmail: string): Promise<User> {
  const user = idOrEmail.includes('@')
    ? await svc.users.byEmail(accountId, idOrEmail)
    : await svc.users.byId(accountId, idOrEmail)
  if (!user) throw idOrEmail.includes('@') ? errors.userNotInAccount(idOrEmail) : errors.userNotFound(idOrEmail)
  return user
}

/**
 * A `userId` path parameter as Zoom's UserId parameter defines it: an id, an email or `me`, the token's own
 * user (the app's owner for S2S tokens). 404/1001 when it names nobody of the account.
 */
export async function userByPathId(svc: Services, actor: Actor, userId: string): Promise<User> {
  const user = await svc.users.find(actor, userId)
  if (!user) throw userId.includes('@') ? errors.userNotInAccount(userId) : errors.userNotFound(userId)
  return user
}

/** The users the entries name, once each, in order. The first entry naming nobody of the account fails the request. */
export async function resolveUserRefs(
  svc: Services,
  accountId: string,
  refs: UserRef[],
  field: string,
): Promise<User[]> {
  const out = new Map<string, User>()
  for (const [i, ref] of refs.entries()) {
    let user: User | undefined
    if (ref.id) {
      user = await svc.users.byId(accountId, ref.id)
      if (!user) throw errors.userNotFound(ref.id)
    } else if (ref.email) {
      user = await svc.users.byEmail(accountId, ref.email)
      if (!user) throw errors.userNotInAccount(ref.email)
    } else {
      throw errors.validation([{ field: `${field}[${i}]`, message: 'Either id or email is required.' }])
    }
    if (!out.has(user.id)) out.set(user.id, user)
  }
  return [...out.values()]
}

/** `operator` / `operator_id` of an event: the token's user. */
export async function operatorOf(svc: Services, actor: Actor): Promise<{ operator: string; operator_id: string }> {
  const user = actor.userId ? await svc.users.byId(actor.callerAccountId, actor.userId) : undefined
  return { operator: user?.email ?? '', operator_id: actor.userId ?? '' }
}

/** A user as the group and IM group member lists show them. */
function presentGroupUser(row: GroupUserRow) {
  const d = parseJson<UserData>(row.data)
  return {
    id: row.user_id,
    email: row.email,
    first_name: d.first_name ?? '',
    last_name: d.last_name ?? '',
    type: Number(row.type),
  }
}

/** A page of the members of a group or an IM group. */
export function presentMembersPage(page: Page<GroupUserRow>) {
  return {
    ...numberedPage(page),
    members: page.items.map(presentGroupUser),
  }
}
