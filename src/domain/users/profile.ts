import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { planTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'
import { UNIQUE, unlessTaken } from '../../store/unique.js'
import { deepMerge, parseJson, type Json } from '../../util/json.js'
import { GroupService } from '../groups/group.service.js'
import { operatorOf, saveUserWithEvent } from './profile-events.js'
import { defaultDisplayName, type UserData } from './user.model.js'
import type { User } from './user.service.js'
import type { UpdateUserBody } from '../../schemas/users/schemas.js'

const DAY_MS = 86_400_000

/** Zoom lets a user's sign-in email change at most this many times in any 24 hours. */
export const MAX_EMAIL_CHANGES_PER_DAY = 3

/** The fields PATCH /users/{userId} may change. */
export type ProfilePatch = Static<typeof UpdateUserBody>

// Toll-free number prefixes Zoom keeps out of personal meeting IDs.
const RESERVED_PMI_PREFIXES = [
  '800',
  '400',
  '888',
  '887',
  '877',
  '866',
  '855',
  '850',
  '803',
  '804',
  '807',
  '808',
  '809',
  '660',
  '508',
  '900',
  '200',
  '300',
  '500',
  '600',
  '700',
]

/** Zoom's rules for a custom personal meeting ID (10 digits, no easy-to-guess patterns). */
export function pmiAllowed(pmi: number): boolean {
  const s = String(pmi)
  if (!/^[2-9][0-9]{9}$/.test(s)) return false
  if (RESERVED_PMI_PREFIXES.some((p) => s.startsWith(p))) return false
  // The same digit five times in a row, or eight times anywhere.
  if (/(\d)\1{4}/.test(s)) return false
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  if ([...counts.values()].some((n) => n >= 8)) return false
  // Three 3-digit groups in a row that repeat (247 247 247) or are each one digit (222 444 777).
  for (const start of [0, 1]) {
    const g = [s.slice(start, start + 3), s.slice(start + 3, start + 6), s.slice(start + 6, start + 9)]
    if (g[0] === g[1] && g[1] === g[2]) return false
    if (g.every((x) => x[0] === x[1] && x[1] === x[2])) return false
  }
  // Nine sequential digits, up or down.
  if ('0123456789'.includes(s.slice(0, 9)) || '0123456789'.includes(s.slice(1))) return false
  if ('9876543210'.includes(s.slice(0, 9)) || '9876543210'.includes(s.slice(1))) return false
  return true
}

/** A personal link name: 5–40 characters, a letter first, then letters, digits and periods. */
export function vanityNameAllowed(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9.]{4,39}$/.test(name)
}

/** Whether another user holds the PMI, in any account: a PMI is also a meeting number, which Zoom keeps unique. */
async function pmiTaken(svc: Services, user: User, pmi: number): Promise<boolean> {
  return (await svc.users.repo.byPmi(undefined, pmi)).some((r) => r.id !== user.id)
}

async function vanityTaken(svc: Services, user: User, name: string): Promise<boolean> {
  const rows = await svc.users.repo
    .listQuery(user.account_id, {})
    .where('id', '!=', user.id)
    .where('data', 'like', '%"vanity_name":%')
    .execute()
  const wanted = name.toLowerCase()
  return rows.some((r) => (parseJson<UserData>(r.data).vanity_name ?? '').toLowerCase() === wanted)
}

// Fields user.updated reports, as Zoom's event lists them.
const EVENT_FIELDS = [
  'first_name',
  'last_name',
  'display_name',
  'phone_number',
  'phone_country',
  'company',
  'pmi',
  'use_pmi',
  'timezone',
  'vanity_name',
  'host_key',
  'dept',
  'language',
  'custom_attributes',
] as const

const COPIED = [
  'cms_user_id',
  'company',
  'custom_attributes',
  'dept',
  'host_key',
  'job_title',
  'language',
  'location',
  'manager',
  'phone_country',
  'phone_number',
  'phone_numbers',
  'pronouns',
  'pronouns_option',
  'timezone',
  'use_pmi',
  'about_me',
  'linkedin_url',
] as const

/** Applies PATCH /users/{userId}: checks Zoom's rules, stores the changes and emits user.updated. */
export async function updateProfile(svc: Services, actor: Actor, user: User, patch: ProfilePatch): Promise<void> {
  const licenseFields = (['type', 'plan_united_type', 'zoom_one_type'] as const).filter((k) => patch[k] !== undefined)
  if (licenseFields.length > 1) throw errors.userTypeConflict()

  const before = user.doc
  const doc: UserData = { ...before }
  let type = user.type

  if (patch.type !== undefined && patch.type !== user.type) {
    const account = await svc.accounts.getCached(user.account_id)
    if (patch.type === 2 && (!account || planTier(account.plan) === 'free')) throw errors.noPermission('No privilege.')
    if (patch.type === 99 && before.created_via !== 'ssoCreate') throw errors.badRequest('Invalid parameter: type')
    type = patch.type
  }

  if ((patch.pmi !== undefined || patch.use_pmi !== undefined) && type === 4) throw errors.pmiNoMeetingLicense()
  if (patch.pmi !== undefined && patch.pmi !== before.pmi) {
    if (!pmiAllowed(patch.pmi)) throw errors.badRequest('Invalid parameter: pmi')
    if (await pmiTaken(svc, user, patch.pmi)) throw errors.pmiInUse(patch.pmi)
    doc.pmi = patch.pmi
  }

  if (patch.vanity_name !== undefined) {
    const name = patch.vanity_name.trim()
    if (!name) delete doc.vanity_name
    else if (name !== before.vanity_name) {
      if (!vanityNameAllowed(name)) throw errors.badRequest('Invalid parameter: vanity_name')
      if (await vanityTaken(svc, user, name)) throw errors.vanityNameTaken()
      doc.vanity_name = name
    }
  }

  for (const k of COPIED) if (patch[k] !== undefined) (doc as Json)[k] = patch[k]

  if (patch.first_name !== undefined) doc.first_name = patch.first_name
  if (patch.last_name !== undefined) doc.last_name = patch.last_name
  if (patch.display_name !== undefined) doc.display_name = patch.display_name
  else if (
    (patch.first_name !== undefined || patch.last_name !== undefined) &&
    (before.display_name ?? '') === defaultDisplayName(before.first_name, before.last_name)
  ) {
    // A display name nobody chose follows the first and last names.
    doc.display_name = defaultDisplayName(doc.first_name, doc.last_name)
  }

  if (patch.plan_united_type === 'none') delete doc.plan_united_type
  else if (patch.plan_united_type !== undefined) doc.plan_united_type = patch.plan_united_type
  if (patch.zoom_one_type === 0) delete doc.zoom_one_type
  else if (patch.zoom_one_type !== undefined) doc.zoom_one_type = patch.zoom_one_type
  if (patch.feature) doc.feature = deepMerge((before.feature ?? {}) as Json, patch.feature)
  // group_id places a user who has not yet accepted the invitation in a group; an active user's groups are managed
  // through the group member operations, so it is ignored for them. An unknown group refuses the whole change.
  const groups = svc.use(GroupService)
  const joinGroup = patch.group_id && user.status === 'pending' ? patch.group_id : undefined
  if (joinGroup) await groups.get(user.account_id, joinGroup)

  const object: Json = { id: user.id }
  const oldObject: Json = { id: user.id }
  // An unset field reads as empty, as GET shows it.
  const shown = (d: UserData, k: (typeof EVENT_FIELDS)[number]) => d[k] ?? (k === 'custom_attributes' ? [] : '')
  for (const k of EVENT_FIELDS) {
    if (JSON.stringify(shown(doc, k)) !== JSON.stringify(shown(before, k))) {
      object[k] = shown(doc, k)
      oldObject[k] = shown(before, k)
    }
  }
  if (type !== user.type) {
    object.type = type
    oldObject.type = user.type
  }
  const changed = Object.keys(object).length > 1
  await saveUserWithEvent(
    svc,
    user,
    doc,
    type !== user.type ? { type } : {},
    changed
      ? {
          event: 'user.updated',
          accountId: user.account_id,
          object,
          payload: { ...(await operatorOf(svc, actor)), time_stamp: svc.clock.now(), old_object: oldObject },
        }
      : undefined,
  )
  if (joinGroup) await groups.addMembers(actor, joinGroup, [{ id: user.id }])
}

/** PUT /users/{userId}/email: an admin's change, at most three a day, to an address no Zoom user holds. */
export async function changeEmail(svc: Services, actor: Actor, user: User, email: string): Promise<void> {
  if (!actor.accountWide) throw errors.emailChangeAdminOnly()
  const next = email.toLowerCase()
  if (next === user.email) return
  if (await svc.users.repo.emailTaken(next)) throw errors.userExists(next)
  const now = svc.clock.now()
  const recent = (user.doc.email_changes ?? []).filter((t) => now - t < DAY_MS)
  if (recent.length >= MAX_EMAIL_CHANGES_PER_DAY) throw errors.emailChangeLimit()
  const operator = await operatorOf(svc, actor)
  await unlessTaken(
    UNIQUE.userEmail,
    () =>
      saveUserWithEvent(
        svc,
        user,
        { ...user.doc, email_changes: [...recent, now] },
        { email: next },
        {
          event: 'user.updated',
          accountId: user.account_id,
          object: { id: user.id, email: next },
          payload: { ...operator, time_stamp: now, old_object: { id: user.id, email: user.email } },
        },
      ),
    () => errors.userExists(next),
  )
}
