import type { ZoomEvent } from '../../events/bus.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { UsersRepo, type UserRow } from '../../store/users.repo.js'
import type { UserData } from './user.model.js'
import type { User } from './user.service.js'

/** `operator` / `operator_id` of a user event: the token's user (for S2S apps, the app's creator or the owner). */
export async function operatorOf(svc: Services, actor: Actor): Promise<{ operator: string; operator_id: string }> {
  const u = actor.userId ? await svc.users.byId(actor.callerAccountId, actor.userId) : undefined
  return { operator: u?.email ?? '', operator_id: actor.userId ?? '' }
}

/** The role of the token's user in the account acted on; undefined when acting on a sub account from its master. */
export async function callerRole(svc: Services, actor: Actor): Promise<string | undefined> {
  if (!actor.userId || actor.callerAccountId !== actor.accountId) return undefined
  return (await svc.users.byId(actor.accountId, actor.userId))?.role_id
}

/** Stores a user's document (and columns) together with the event that announces the change. */
export async function saveUserWithEvent(
  svc: Services,
  user: User,
  doc: UserData,
  columns: Partial<Pick<UserRow, 'email' | 'status' | 'type'>>,
  event?: ZoomEvent,
): Promise<void> {
  await svc.db.kysely.transaction().execute(async (trx) => {
    await new UsersRepo(trx).update(user.account_id, user.id, { ...columns, data: JSON.stringify(doc) })
    if (event) await svc.events.emit(event, trx)
  })
}

/** The `object` of user.deleted / user.disassociated / user.activated / user.deactivated. */
export function userEventObject(user: User) {
  return {
    id: user.id,
    first_name: user.doc.first_name ?? '',
    last_name: user.doc.last_name ?? '',
    email: user.email,
    type: user.type,
  }
}
