import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { UserMovesRepo } from '../../store/user-moves.repo.js'
import { isMasterAccount } from '../accounts/sub-accounts.js'
import { leaveAccountGroups } from '../groups/membership.js'

/**
 * A master account moves one of its users (in the master itself or one of its sub accounts, `actor.accountId`)
 * to another of those accounts.
 */
export async function switchUserAccount(
  svc: Services,
  actor: Actor,
  userId: string,
  targetAccountId: string,
): Promise<void> {
  const moves = new UserMovesRepo(svc.db.kysely)
  const master = await svc.accounts.get(actor.callerAccountId)
  // Master accounts as the Accounts group defines them; anyone else has no use of this endpoint.
  if (!master || !isMasterAccount(master)) throw errors.noPermission()
  const family = await moves.subAccountIds(master.id)

  const user = await svc.users.resolve(actor, userId)
  const target = targetAccountId === 'me' ? master.id : targetAccountId
  if (target !== master.id && !family.includes(target)) throw errors.accountNotFound(targetAccountId)
  const targetRow = await svc.accounts.get(target)
  if (!targetRow || targetRow.status !== 'active') throw errors.accountNotFound(targetAccountId)

  const source = await svc.accounts.get(user.account_id)
  if (source?.owner_id === user.id || user.role_id === '0')
    throw errors.noPermission("The account owner can't be moved to another account.")
  if (user.role_id === '1') throw errors.noPermission("An admin can't be moved to another account.")
  if (target === user.account_id) throw errors.userExists(user.email)

  await moves.move(user.id, user.account_id, target, (trx) => leaveAccountGroups(svc, user.account_id, user.id, trx))
}
