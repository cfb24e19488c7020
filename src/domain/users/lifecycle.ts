import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { leaveAccountGroups } from '../groups/membership.js'
import { disposeHostedMeetings } from '../meetings/host-departure.js'
import { operatorOf, saveUserWithEvent, userEventObject } from './profile-events.js'
import type { User } from './user.service.js'
import type { DeleteUserQuery } from '../../schemas/users/schemas-profile.js'
import { SipPhonesRepo } from '../../store/sip-phones.repo.js'
import { OAuthService } from '../auth/oauth.service.js'
import { TspRepo } from '../../store/tsp.repo.js'

export type DeleteOptions = Static<typeof DeleteUserQuery>

/**
 * DELETE /users/{userId}. Both actions take the user out of the account for good and free its email: a
 * disassociated user would live on as a free user of its own, which this server does not model, and a client
 * that re-creates the user sees what Zoom shows (an invitation, so 201).
 */
export async function deleteUser(svc: Services, actor: Actor, user: User, opts: DeleteOptions): Promise<void> {
  const action = opts.action ?? 'disassociate'
  if (user.role_id === '0') throw errors.ownerNotDeletable()
  let transferTo: User | undefined
  // A pending user has nothing to hand over and is simply withdrawn.
  if (user.status !== 'pending') {
    if (action === 'disassociate' && user.role_id === '1') throw errors.adminNotDisassociable()
    // The transfer target must be a confirmed user of the same account. Of what transfer_* names, meetings and
    // webinars exist here (no recordings or whiteboards yet).
    if (opts.transfer_email) {
      const target = opts.transfer_email.toLowerCase()
      if (target === user.email) throw errors.transferToSelf()
      const to = await svc.users.byEmail(user.account_id, target)
      if (!to || to.status === 'pending') throw errors.userNotInAccount(opts.transfer_email)
      transferTo = to
    }
  }
  const operator = await operatorOf(svc, actor)
  // Group and IM group seats, and the user's meetings and webinars (moved or deleted), go with the user in one
  // transaction.
  await svc.users.repo.remove(user.account_id, user.id, async (trx) => {
    await leaveAccountGroups(svc, user.account_id, user.id, trx)
    // What exists only for the user: their SIP phone and TSP accounts.
    await new SipPhonesRepo(trx).removeOfUser(user.account_id, user.id)
    await new TspRepo(trx).removeUser(user.account_id, user.id)
    await disposeHostedMeetings(
      svc,
      user.account_id,
      user.id,
      {
        transferTo: {
          meeting: opts.transfer_meeting ? transferTo?.id : undefined,
          webinar: opts.transfer_webinar ? transferTo?.id : undefined,
        },
        operator,
      },
      trx,
    )
    await svc.events.emit(
      {
        event: action === 'delete' ? 'user.deleted' : 'user.disassociated',
        accountId: user.account_id,
        object: userEventObject(user),
        payload: operator,
      },
      trx,
    )
  })
  // What the user installed stops with them; a pending user cannot have installed anything.
  await svc.use(OAuthService).endInstallsOf(user.account_id, user.id)
}

/** PUT /users/{userId}/status: only members change status; owner and admins are refused, pending users too. */
export async function setUserStatus(
  svc: Services,
  actor: Actor,
  user: User,
  action: 'activate' | 'deactivate',
): Promise<void> {
  if (!actor.accountWide) throw errors.noPermission()
  if (user.role_id === '0' || user.role_id === '1') throw errors.userStatusLocked()
  if (user.status === 'pending') throw errors.userStatusPending(user.id)
  const next = action === 'activate' ? 'active' : 'inactive'
  if (user.status === next) return
  await saveUserWithEvent(
    svc,
    user,
    user.doc,
    { status: next },
    {
      event: action === 'activate' ? 'user.activated' : 'user.deactivated',
      accountId: user.account_id,
      object: userEventObject(user),
      payload: await operatorOf(svc, actor),
    },
  )
  if (next === 'inactive') await svc.use(OAuthService).endInstallsOf(user.account_id, user.id)
}

/** GET /users/summary: users by license type; pending invitations are counted apart and not in the total. */
export async function userSummary(svc: Services, accountId: string) {
  const out = {
    licensed_users_count: 0,
    basic_users_count: 0,
    on_prem_users_count: 0,
    room_users_count: 0,
    pending_users_count: 0,
    join_only_users_count: 0,
    total_users_count: 0,
  }
  for (const { status, type, n } of await svc.users.repo.countByStatusAndType(accountId)) {
    if (status === 'pending') {
      out.pending_users_count += n
      continue
    }
    out.total_users_count += n
    if (type === 1) out.basic_users_count += n
    else if (type === 2) out.licensed_users_count += n
    else if (type === 3) out.on_prem_users_count += n
    else if (type === 4) out.join_only_users_count += n
  }
  return out
}
