import { errors } from '../../errors/catalog.js'
import { planTier } from '../accounts/plan-tier.js'
import type { Services } from '../../services.js'
import { parseJson, type Json } from '../../util/json.js'
import {
  BASIC_USER_DEFAULTS,
  MEETING_CAPACITY_BY_TIER,
  SETTINGS_SECTIONS,
  USER_SETTINGS_DEFAULTS,
  type UserSettingsDoc,
} from './settings.defaults.js'
import { getAccountSettings } from '../accounts/settings.js'
import { lockSettings } from '../accounts/lock-settings.js'
import { effectiveGroupSettings } from '../groups/settings.js'
import type { User } from './user.service.js'
import { virtualBackgroundFiles } from './uploads.js'
import {
  AUTHENTICATION_DEFAULTS,
  authenticationDoc,
  authenticationOptions,
} from '../settings/authentication-options.js'
import { MEETING_SECURITY_DEFAULTS } from '../settings/defaults.js'
import { pickKnown, pruneToSchema, sectionsOf } from '../settings/fields.js'
import {
  authenticationChange,
  authenticationKind,
  composeLayer,
  locksOf,
  meetingSecurityChange,
  mergeIntoLayer,
  resolveSettings,
  type LayerChange,
} from '../settings/layers.js'
import { meetingSecurityOf } from '../settings/meeting-security.js'
import { dropPath, getPath, READ_ONLY_PATHS } from '../settings/paths.js'
import type { AuthKind, SettingsOption, StoredLayer } from '../settings/stored-layer.js'

/**
 * The `settings` column: the user's own changes only, except `feature`, which lives in the user document.
 * `authentication` holds the user's changes to the account's authentication options.
 */
type StoredSettings = StoredLayer

/** A Zoom invitation that was not accepted within this time can no longer be used. */
const INVITATION_LIFETIME_MS = 30 * 86_400_000

/** Licensed (type 2) users may hold paid features; Basic and unassigned users may not. */
export const isLicensed = (user: User) => user.type === 2

/** Settings of a user whose invitation lapsed are refused with 1120, as Zoom does. */
export function requireUsableUser(svc: Services, user: User): void {
  if (user.status === 'pending' && svc.clock.now() - user.created_at > INVITATION_LIFETIME_MS)
    throw errors.invitationNotFound()
}

function stored(user: User): StoredSettings {
  return parseJson<StoredSettings>(user.settings)
}

async function saveStored(svc: Services, user: User, value: StoredSettings): Promise<void> {
  const text = JSON.stringify(value)
  await svc.users.repo.update(user.account_id, user.id, { settings: text })
  user.settings = text
}

/** What a user takes from a level above: that level's settings, cut to the user settings document. */
function inherited(values: Json): Json {
  return pickKnown(sectionsOf(values, SETTINGS_SECTIONS), USER_SETTINGS_DEFAULTS as Json, { sameKind: true })
}

/**
 * The settings a user has now, in Zoom's order: the user defaults, the account's settings, the primary group's
 * settings, what the license decides (a Basic user's missing features), the user's own changes and what the
 * user document decides; then the locks of the user's groups and of the account.
 * The virtual background file list is left as the defaults have it: only readUserSettings shows it.
 */
export async function effectiveUserSettings(svc: Services, user: User): Promise<UserSettingsDoc> {
  // getAccountSettings reads the cached row too: started together, a cache miss would read the account twice.
  const accountRow = await svc.accounts.getCached(user.account_id)
  const [account, group] = await Promise.all([
    getAccountSettings(svc, user.account_id),
    effectiveGroupSettings(svc, user.account_id, user.id),
  ])
  const tier = accountRow ? planTier(accountRow.plan) : 'business'
  const doc = composeLayer(
    USER_SETTINGS_DEFAULTS,
    inherited(account),
    inherited(group.settings),
    isLicensed(user) ? { feature: { meeting_capacity: MEETING_CAPACITY_BY_TIER[tier] } } : BASIC_USER_DEFAULTS,
    sectionsOf(stored(user), SETTINGS_SECTIONS),
  )
  // Features and the PMI switch belong to the user document (user update and bulk feature update change
  // them too), so they are read from there.
  const features = (user.doc.feature as Json | undefined) ?? {}
  for (const key of Object.keys(doc.feature))
    if (features[key] !== undefined) (doc.feature as Json)[key] = features[key]
  doc.feature.zoom_phone = Boolean(features.zoom_phone)
  doc.schedule_meeting.use_pmi_for_instant_meetings = Boolean(user.doc.use_pmi)
  // A change of a locked setting is kept (Zoom does not refuse it) but the locked value is what applies.
  resolveSettings(doc, [locksOf(await lockSettings(svc, user.account_id), account), group])
  if (!isLicensed(user)) {
    Object.assign(doc.feature, {
      large_meeting: false,
      large_meeting_capacity: 0,
      webinar: false,
      webinar_capacity: 0,
      zoom_events: false,
      concurrent_meeting: 'None',
    })
  }
  return doc
}

/** Zoom's profiles with the user's changes (a user only adjusts them: never adds or deletes). */
function userOptions(user: User, kind: AuthKind): Json[] {
  return authenticationOptions(user.account_id, kind, stored(user).authentication?.[kind]?.options ?? {})
}

/** The meeting authentication profiles a host schedules with: the ones their settings show. */
export function meetingAuthenticationOptions(user: User): Json[] {
  return userOptions(user, 'meeting')
}

function authenticationOf(user: User, kind: AuthKind): Json {
  return authenticationDoc(
    kind,
    stored(user).authentication?.[kind] ?? {},
    userOptions(user, kind),
    AUTHENTICATION_DEFAULTS,
  )
}

/** GET /users/{userId}/settings: the whole document, or the sub-document `option` names. */
export async function readUserSettings(svc: Services, user: User, option?: SettingsOption): Promise<Json> {
  requireUsableUser(svc, user)
  const kind = authenticationKind(option)
  if (kind) return authenticationOf(user, kind)
  const doc = await effectiveUserSettings(svc, user)
  if (option === 'meeting_security')
    return { meeting_security: meetingSecurityOf(doc, MEETING_SECURITY_DEFAULTS, stored(user).meeting_security ?? {}) }
  doc.in_meeting.virtual_background_settings.files = await virtualBackgroundFiles(svc, user)
  const inMeeting = doc.in_meeting as Json
  for (const [alias, name] of IN_MEETING_ALIASES) inMeeting[alias] = inMeeting[name]
  return doc
}

/**
 * In-meeting settings the 2022 reference names otherwise than Zoom's current API: [reference name, stored
 * name]. GET shows both; a change under the reference name is stored under the current one.
 */
const IN_MEETING_ALIASES: Array<[string, string]> = [
  ['request_permission_to_unmute', 'request_permission_to_unmute_participants'],
]

function toStoredNames(change: Json): void {
  const inMeeting = change.in_meeting as Json | undefined
  if (!inMeeting) return
  for (const [alias, name] of IN_MEETING_ALIASES) {
    if (!(alias in inMeeting)) continue
    // Sent under both names: the current name wins.
    inMeeting[name] ??= inMeeting[alias]
    delete inMeeting[alias]
  }
}

// --- changes ---

/** Fields Zoom shows but does not let a settings update change. */
const READ_ONLY: string[][] = [['feature', 'cn_meeting'], ['feature', 'in_meeting'], ...READ_ONLY_PATHS]

function checkFeatureChange(user: User, change: Json, current: UserSettingsDoc['feature']): void {
  const licensed = isLicensed(user)
  if (change.large_meeting === true && !licensed) throw errors.largeMeetingNotLicensed()
  if (change.webinar === true && !licensed) throw errors.webinarNotLicensed()
  if (change.zoom_events === true && !licensed) throw errors.zoomEventsNotLicensed()
  if ((change.concurrent_meeting === 'Basic' || change.concurrent_meeting === 'Plus') && !licensed)
    throw errors.concurrentMeetingNotLicensed()
  const eventsAfter = (change.zoom_events as boolean | undefined) ?? current.zoom_events
  const webinarAfter = (change.webinar as boolean | undefined) ?? current.webinar
  if (change.webinar === true && eventsAfter) throw errors.webinarWithZoomEvents()
  if (change.zoom_events === true && webinarAfter) throw errors.zoomEventsWithWebinar()
}

/** Seat counts follow the switches: a plan size when turned on without one, none when turned off. */
function completeFeatureChange(change: Json, current: UserSettingsDoc['feature']): void {
  if (change.large_meeting === true && change.large_meeting_capacity === undefined && !current.large_meeting_capacity)
    change.large_meeting_capacity = 500
  if (change.large_meeting === false) change.large_meeting_capacity = 0
  if (change.webinar === true && change.webinar_capacity === undefined && !current.webinar_capacity)
    change.webinar_capacity = 500
  if (change.webinar === false) change.webinar_capacity = 0
}

function checkRegionChoice(value: unknown, allowed: readonly string[], field: string): void {
  if (typeof value !== 'string') return
  const chosen = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
  if (chosen.some((v) => !allowed.includes(v)))
    throw errors.validation([{ field, message: `Invalid field. Allowed values: ${allowed.join(', ')}.` }])
}

/** Stores a change, writing the section fields the user document owns there instead. */
async function applyChange(svc: Services, user: User, change: LayerChange): Promise<void> {
  const feature = change.sections?.feature as Json | undefined
  const schedule = change.sections?.schedule_meeting as Json | undefined
  let doc = user.doc
  if (feature) {
    doc = { ...doc, feature: { ...((doc.feature as Json | undefined) ?? {}), ...feature } }
    delete change.sections?.feature
  }
  if (schedule && typeof schedule.use_pmi_for_instant_meetings === 'boolean') {
    doc = { ...doc, use_pmi: schedule.use_pmi_for_instant_meetings }
    delete schedule.use_pmi_for_instant_meetings
  }
  if (doc !== user.doc) {
    await svc.users.saveDoc(user, doc)
    user.doc = doc
  }
  await saveStored(svc, user, mergeIntoLayer(stored(user), change))
}

/** PATCH /users/{userId}/settings. `body` has passed the update schema; `schema` is that schema. */
export async function updateUserSettings(
  svc: Services,
  user: User,
  body: Json,
  option: SettingsOption | undefined,
  schema: unknown,
): Promise<void> {
  requireUsableUser(svc, user)
  const clean = pruneToSchema(structuredClone(body), schema) as Json
  const kind = authenticationKind(option)
  if (kind) {
    const all = stored(user)
    return saveStored(
      svc,
      user,
      mergeIntoLayer(all, authenticationChange(all, kind, clean, userOptions(user, kind), 'inheritor')),
    )
  }
  const current = await effectiveUserSettings(svc, user)
  if (option === 'meeting_security')
    return applyChange(svc, user, meetingSecurityChange((clean.meeting_security as Json | undefined) ?? {}, current))
  const change = sectionsOf(clean, SETTINGS_SECTIONS)
  toStoredNames(change)
  for (const path of READ_ONLY) dropPath(change, path)
  const feature = change.feature as Json | undefined
  if (feature) {
    checkFeatureChange(user, feature, current.feature)
    completeFeatureChange(feature, current.feature)
  }
  checkRegionChoice(
    getPath(change, ['profile', 'recording_storage_location', 'value']),
    current.profile.recording_storage_location.allowed_values,
    'profile.recording_storage_location.value',
  )
  checkRegionChoice(
    getPath(change, ['telephony', 'telephony_regions', 'selection_values']),
    current.telephony.telephony_regions.allowed_values,
    'telephony.telephony_regions.selection_values',
  )
  await applyChange(svc, user, { sections: change })
}
