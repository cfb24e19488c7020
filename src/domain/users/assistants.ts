import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import { planTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'
import type { User } from './user.service.js'
import { isoSeconds } from '../../util/time.js'
import type { AddAssistantsBody } from '../../schemas/users/schemas-relations.js'

// Scheduling privilege: user_links rows of kind 'assistant', user_id = the user who grants it, other_id = the
// assistant. The user's schedulers are the same rows read from the other side.
const KIND = 'assistant'

/** Assistant ids that may manage the user's private events (the rest may not). */
const PRIVATE_KEY = 'assistants_private_events'

function privateEventIds(user: User): string[] {
  const v = user.doc[PRIVATE_KEY]
  return Array.isArray(v) ? (v as string[]) : []
}

async function usersByIds(svc: Services, accountId: string, ids: string[]): Promise<User[]> {
  const out: User[] = []
  for (const id of ids) {
    const u = await svc.users.byId(accountId, id)
    if (u) out.push(u)
  }
  return out
}

export async function listAssistants(svc: Services, user: User) {
  const links = await svc.users.repo.links(user.account_id, user.id, KIND)
  const allowed = new Set(privateEventIds(user))
  const users = await usersByIds(
    svc,
    user.account_id,
    links.map((l) => l.other_id),
  )
  return users.map((a) => ({ id: a.id, email: a.email, can_manage_host_private_event: allowed.has(a.id) }))
}

export type AssistantRef = Static<typeof AddAssistantsBody>['assistants'][number]

/**
 * Grants scheduling privilege to each listed user of the same account. Nothing is granted unless every entry
 * passes, as one refusal fails the request.
 */
export async function addAssistants(
  svc: Services,
  user: User,
  refs: AssistantRef[],
): Promise<{ ids: string; add_at: string }> {
  const account = await svc.accounts.getCached(user.account_id)
  if (!account || planTier(account.plan) === 'free') throw errors.paidAccountRequired(user.id)
  if (user.type !== 2) throw errors.licensedUserRequired(user.id)

  const existing = new Set((await svc.users.repo.links(user.account_id, user.id, KIND)).map((l) => l.other_id))
  const chosen = new Map<string, { assistant: User; canManagePrivate: boolean }>()
  for (const ref of refs) {
    const label = ref.email ?? ref.id ?? ''
    let assistant: User | undefined
    if (ref.id) assistant = await svc.users.byId(user.account_id, ref.id)
    else if (ref.email) assistant = await svc.users.byEmail(user.account_id, ref.email)
    // A pending (not yet confirmed) or deactivated user cannot hold the privilege.
    if (!assistant || assistant.status !== 'active') throw errors.assistantNotFound(label)
    if (assistant.id === user.id) throw errors.assistantIsSelf()
    if (assistant.type !== 2) throw errors.licensedUserRequired(assistant.email)
    if (existing.has(assistant.id)) throw errors.assistantExists(assistant.email)
    chosen.set(assistant.id, { assistant, canManagePrivate: ref.can_manage_host_private_event === true })
  }

  const now = svc.clock.now()
  for (const id of chosen.keys()) await svc.users.repo.addLink(user.account_id, user.id, KIND, id, now)
  const allowed = new Set(privateEventIds(user))
  for (const [id, c] of chosen) {
    if (c.canManagePrivate) allowed.add(id)
    else allowed.delete(id)
  }
  const fresh = await svc.users.byId(user.account_id, user.id)
  if (!fresh) throw errors.userNotFound(user.id)
  await svc.users.saveDoc(fresh, { ...fresh.doc, [PRIVATE_KEY]: [...allowed] })
  return { ids: [...chosen.keys()].join(','), add_at: isoSeconds(now) }
}

export async function removeAllAssistants(svc: Services, user: User): Promise<void> {
  await svc.users.repo.removeLinks(user.account_id, { userId: user.id, kind: KIND })
}

/** `assistantId` is the assistant's id (an email is accepted too); 404/1001 when that user is not an assistant. */
export async function removeAssistant(svc: Services, user: User, assistantId: string): Promise<void> {
  let otherId = assistantId
  if (assistantId.includes('@')) {
    const a = await svc.users.byEmail(user.account_id, assistantId)
    if (!a) throw errors.userNotFound(assistantId)
    otherId = a.id
  }
  const n = await svc.users.repo.removeLinks(user.account_id, { userId: user.id, otherId, kind: KIND })
  if (n === 0) throw errors.userNotFound(assistantId)
}

export async function listSchedulers(svc: Services, user: User) {
  const links = await svc.users.repo.reverseLinks(user.account_id, user.id, KIND)
  const users = await usersByIds(
    svc,
    user.account_id,
    links.map((l) => l.user_id),
  )
  return users.map((s) => ({ id: s.id, email: s.email, pmi: s.doc.pmi }))
}

export async function removeAllSchedulers(svc: Services, user: User): Promise<void> {
  await svc.users.repo.removeLinks(user.account_id, { otherId: user.id, kind: KIND })
}

/** `schedulerId` is the scheduler's id (or email); 404/1001 when the user is not that scheduler's assistant. */
export async function removeScheduler(svc: Services, user: User, schedulerId: string): Promise<void> {
  let ownerId = schedulerId
  if (schedulerId.includes('@')) {
    const s = await svc.users.byEmail(user.account_id, schedulerId)
    if (!s) throw errors.userNotFound(schedulerId)
    ownerId = s.id
  }
  const n = await svc.users.repo.removeLinks(user.account_id, { userId: ownerId, otherId: user.id, kind: KIND })
  if (n === 0) throw errors.userNotFound(schedulerId)
}
