import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import { planTier } from '../accounts/plan-tier.js'
import type { BulkFeatureBody } from '../../schemas/users/schemas-relations.js'
import { PLAN_UNITED } from '../../schemas/users/schemas.js'
import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import type { UserData } from './user.model.js'
import type { User } from './user.service.js'

// POST /users/features: one feature set to one value for many users. Add-on features live in the user's
// `doc.feature` with the names and types of the `feature` object of user settings; user_type is the user's type,
// plan_united_type and zoom_one_type the same-named fields of the user.

export type FeatureType = BulkFeatureInput['feature_type']

export type FailReason =
  | 'Users not found'
  | 'Unpaid user'
  | "Can't update for free users"
  | "Can't update for Zoom One users"
  | "Can't update for Zoom United users"
  | 'No need to update'

type CapacityFeature = 'large_meeting' | 'webinar' | 'zoom_events'
const CAPACITIES: Record<CapacityFeature, { key: string; values: number[]; fallback: number }> = {
  large_meeting: { key: 'large_meeting_capacity', values: [500, 1000], fallback: 500 },
  webinar: { key: 'webinar_capacity', values: [100, 500, 501, 1000, 1001, 3000, 5000, 10000], fallback: 500 },
  zoom_events: {
    key: 'zoom_events_capacity',
    values: [500, 1000, 3000, 5000, 10000, 20000, 30000, 50000],
    fallback: 500,
  },
}
const SWITCHES = ['zoom_whiteboard', 'zoom_iq_for_sales', 'zoom_revenue_accelerator', 'zoom_clips_plus'] as const
const isSwitch = (type: FeatureType): type is (typeof SWITCHES)[number] => SWITCHES.some((s) => s === type)

/** What one value does to a user: the new document and type, and whether it grants something paid. */
interface Change {
  grants: boolean
  apply(user: User): { doc: UserData; type: number }
}

const invalidValue = () => errors.validation([{ field: 'feature_value', message: 'Invalid field.' }])

function bool(v: string): boolean | undefined {
  if (v === 'true' || v === '1') return true
  if (v === 'false' || v === '0') return false
  return undefined
}

function withFeature(user: User, patch: Json, drop: string[] = []): UserData {
  const feature: Json = { ...((user.doc.feature as Json | undefined) ?? {}), ...patch }
  for (const k of drop) delete feature[k]
  return { ...user.doc, feature }
}

/** Checks the value once for the whole request; an unusable value is 400/300. */
function parseChange(type: FeatureType, value: string): Change {
  const v = value.trim()
  if (type === 'user_type') {
    if (!['1', '2', '4'].includes(v)) throw invalidValue()
    return { grants: v === '2', apply: (u) => ({ doc: u.doc, type: Number(v) }) }
  }
  if (type === 'plan_united_type') {
    const united = PLAN_UNITED.find((p) => p === v)
    if (v !== 'none' && !united) throw invalidValue()
    return {
      grants: v !== 'none',
      apply: (u) => {
        const doc = { ...u.doc }
        if (united === undefined) delete doc.plan_united_type
        else doc.plan_united_type = united
        return { doc, type: u.type }
      },
    }
  }
  if (type === 'zoom_one_type') {
    if (!/^\d{1,20}$/.test(v)) throw invalidValue()
    const n = Number(v)
    return {
      grants: n !== 0,
      apply: (u) => {
        const doc = { ...u.doc }
        if (n === 0) delete doc.zoom_one_type
        else doc.zoom_one_type = n
        return { doc, type: u.type }
      },
    }
  }
  if (type === 'concurrent_meeting') {
    if (!['Basic', 'Plus', 'None'].includes(v)) throw invalidValue()
    return { grants: v !== 'None', apply: (u) => ({ doc: withFeature(u, { concurrent_meeting: v }), type: u.type }) }
  }
  if (isSwitch(type)) {
    const on = bool(v)
    if (on === undefined) throw invalidValue()
    return { grants: on, apply: (u) => ({ doc: withFeature(u, { [type]: on }), type: u.type }) }
  }
  const cap = CAPACITIES[type]
  const on = bool(v)
  const size = on === undefined ? Number(v) : undefined
  if (size !== undefined && !cap.values.includes(size)) throw invalidValue()
  if (on === false)
    return { grants: false, apply: (u) => ({ doc: withFeature(u, { [type]: false }, [cap.key]), type: u.type }) }
  return {
    grants: true,
    apply: (u) => {
      const current = (u.doc.feature as Json | undefined)?.[cap.key] as number | undefined
      return { doc: withFeature(u, { [type]: true, [cap.key]: size ?? current ?? cap.fallback }), type: u.type }
    },
  }
}

export type BulkFeatureInput = Static<typeof BulkFeatureBody>

export async function bulkUpdateFeature(svc: Services, actor: Actor, input: BulkFeatureInput) {
  input.users.forEach((u, i) => {
    if (!u.id && !u.email)
      throw errors.validation([{ field: `users.${i}`, message: 'Either id or email is required.' }])
  })
  const change = parseChange(input.feature_type, input.feature_value)
  const account = await svc.accounts.getCached(actor.accountId)
  const unpaidAccount = !account || planTier(account.plan) === 'free'

  const success: string[] = []
  const failures = new Map<FailReason, string[]>()
  const fail = (reason: FailReason, id: string) => {
    const list = failures.get(reason) ?? []
    if (!list.includes(id)) list.push(id)
    failures.set(reason, list)
  }
  const done = new Set<string>()

  for (const ref of input.users) {
    // Every entry has an id or an email: checked above.
    const user = ref.id
      ? await svc.users.byId(actor.accountId, ref.id)
      : ref.email
        ? await svc.users.byEmail(actor.accountId, ref.email)
        : undefined
    if (!user) {
      fail('Users not found', ref.id ?? ref.email ?? '')
      continue
    }
    if (done.has(user.id)) continue
    done.add(user.id)

    if (change.grants && unpaidAccount) {
      fail('Unpaid user', user.id)
      continue
    }
    const next = change.apply(user)
    if (next.type === user.type && JSON.stringify(next.doc) === JSON.stringify(user.doc)) {
      fail('No need to update', user.id)
      continue
    }
    if (change.grants && input.feature_type !== 'user_type' && user.type !== 2) {
      fail("Can't update for free users", user.id)
      continue
    }
    if (change.grants && input.feature_type === 'plan_united_type' && user.doc.zoom_one_type) {
      fail("Can't update for Zoom One users", user.id)
      continue
    }
    if (change.grants && input.feature_type === 'zoom_one_type' && user.doc.plan_united_type) {
      fail("Can't update for Zoom United users", user.id)
      continue
    }
    await svc.users.saveDoc(user, next.doc, next.type !== user.type ? { type: next.type } : {})
    success.push(user.id)
  }

  return {
    success_user_ids: success,
    fail_details: [...failures].map(([reason, user_ids]) => ({ user_ids, reason })),
  }
}
