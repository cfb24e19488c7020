import type { FastifyRequest } from 'fastify'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { GroupsRepo } from '../../store/groups.repo.js'
import { zoomId } from '../../util/ids.js'
import { deepMerge, isPlainObject, parseJson, type Json } from '../../util/json.js'
import {
  authenticationView,
  getAccountSettings,
  storedSettings as accountStoredSettings,
} from '../accounts/settings.js'
import { USER_SETTINGS_DEFAULTS } from '../users/settings.defaults.js'
import { readUpload, sniff } from '../users/uploads.js'
import { AUTHENTICATION_DEFAULTS, authenticationDoc, overlayOptions } from '../settings/authentication-options.js'
import { MEETING_SECURITY_DEFAULTS } from '../settings/defaults.js'
import { filterFieldList, pruneToSchema, sectionsOf } from '../settings/fields.js'
import {
  addLocks,
  applyLocks,
  authenticationChange,
  authenticationKind,
  composeLayer,
  locksOf,
  meetingSecurityChange,
  mergeIntoLayer,
  previousValues,
  type LayerChange,
  type Locks,
} from '../settings/layers.js'
import { changeLocks, lockedPaths, lockSwitches, unlockedSwitches } from '../settings/locks.js'
import { meetingSecurityOf } from '../settings/meeting-security.js'
import { dropPath, READ_ONLY_PATHS } from '../settings/paths.js'
import type { AuthKind, SettingsOption, StoredLayer } from '../settings/stored-layer.js'
import { requestedFileIds } from '../settings/virtual-backgrounds.js'
import { GROUP_VB_KIND, GroupService, type Group } from './group.service.js'
import { UserMemberships } from './membership.js'
import { operatorOf } from './user-refs.js'
import { REGISTRATION_FIELDS } from '../registration-fields.js'

export { lockedPaths } from '../settings/locks.js'

// A group's settings override the account's for the group's members; its locked settings override the
// members' own choices. Stored: the group's changes only (`settings`), in the key names of the user settings
// document so that they layer directly over a user's settings, and the lock switches (`lock_settings`) as
// the lock API shows them.

type StoredGroupSettings = StoredLayer

/**
 * What a group shows that neither a user's settings document nor the account's has (the account's settings,
 * which a group shows too, supply the rest of its sections).
 */
const GROUP_ONLY_DEFAULTS: Json = {
  chat: { allow_users_to_search_others_options: '' },
  in_meeting: { show_device_list: false, only_host_view_device_list: false },
  schedule_meeting: { upcoming_meeting_reminder: true },
}

const SECTIONS = [
  'schedule_meeting',
  'in_meeting',
  'email_notification',
  'recording',
  'telephony',
  'tsp',
  'profile',
  'audio_conferencing',
  'other_options',
  'chat',
] as const

/** The group API's names for fields the user settings document names otherwise: [group name, stored name]. */
const RENAMES: Array<[string, string, string]> = [
  ['schedule_meeting', 'participant_video', 'participants_video'],
  ['schedule_meeting', 'use_pmi_for_schedule_meetings', 'use_pmi_for_scheduled_meetings'],
  ['in_meeting', 'request_permission_to_unmute', 'request_permission_to_unmute_participants'],
  // The older name of "Show a 'Join from your browser' link": one setting under both names.
  ['in_meeting', 'show_browser_join_link', 'show_a_join_from_your_browser_link'],
]

function storedSettings(group: Group): StoredGroupSettings {
  return parseJson<StoredGroupSettings>(group.settings)
}

/** Removes objects left empty (a change that only named read-only fields). */
function dropEmpty(value: Json): void {
  for (const [key, v] of Object.entries(value)) {
    if (!isPlainObject(v)) continue
    dropEmpty(v)
    if (!Object.keys(v).length) delete value[key]
  }
}

function toStoredNames(change: Json): Json {
  for (const [section, groupName, storedName] of RENAMES) {
    const sec = change[section]
    if (isPlainObject(sec) && groupName in sec) {
      sec[storedName] = sec[groupName]
      delete sec[groupName]
    }
  }
  return change
}

function toGroupNames(doc: Json): Json {
  for (const [section, groupName, storedName] of RENAMES) {
    const sec = doc[section]
    if (isPlainObject(sec) && storedName in sec) sec[groupName] = sec[storedName]
  }
  return doc
}

const VB_KIND = GROUP_VB_KIND
const VB_MAX_BYTES = 15 * 1024 * 1024
const VB_MAX_FILES = 10

function presentBackground(f: { id: string; name: string; size: number }) {
  return { id: f.id, is_default: false, name: f.name, size: Number(f.size), type: 'image' }
}

/** The group's settings as they apply: Zoom's defaults, the account's settings, the group's changes. */
async function groupView(
  svc: Services,
  group: Group,
  stored = storedSettings(group),
): Promise<{ sections: Json; meetingSecurity: Json }> {
  const account = (await getAccountSettings(svc, group.account_id)) as Json
  const sections = composeLayer(
    USER_SETTINGS_DEFAULTS as Json,
    GROUP_ONLY_DEFAULTS,
    sectionsOf(account, SECTIONS),
    sectionsOf(stored, SECTIONS),
  )
  const accountSecurity = isPlainObject(account.meeting_security) ? account.meeting_security : {}
  const own = deepMerge(structuredClone(accountSecurity), stored.meeting_security ?? {})
  return { sections, meetingSecurity: meetingSecurityOf(sections, MEETING_SECURITY_DEFAULTS, own) }
}

/** The account's authentication profiles and switches, with the group's own changes (it may rename, hide or re-type a profile). */
async function authenticationOf(
  svc: Services,
  group: Group,
  kind: AuthKind,
  stored = storedSettings(group),
): Promise<Json> {
  const account = authenticationView(group.account_id, await accountStoredSettings(svc, group.account_id), kind)
  const own = stored.authentication?.[kind] ?? {}
  return authenticationDoc(
    kind,
    own,
    overlayOptions(account.authentication_options as Json[], own.options ?? {}),
    account,
  )
}

/**
 * authenticationOf's switch alone: the same precedence (group, then account, then Zoom's default) without the
 * profile lists, which cost a hash per profile and are not needed for a lock.
 */
function authenticationSwitch(
  kind: AuthKind,
  accountAuth: StoredLayer['authentication'],
  stored: StoredGroupSettings,
): Json[string] {
  const account = authenticationDoc(kind, accountAuth?.[kind] ?? {}, [], AUTHENTICATION_DEFAULTS)
  return authenticationDoc(kind, stored.authentication?.[kind] ?? {}, [], account)[`${kind}_authentication`]
}

/** GET /groups/{groupId}/settings. */
export async function readGroupSettings(
  svc: Services,
  group: Group,
  option?: SettingsOption,
  customFields?: string,
): Promise<Json> {
  const kind = authenticationKind(option)
  if (kind) return authenticationOf(svc, group, kind)
  const { sections, meetingSecurity } = await groupView(svc, group)
  if (option === 'meeting_security') return { meeting_security: meetingSecurity }
  ;(sections.in_meeting as Json).virtual_background_settings = {
    ...((sections.in_meeting as Json).virtual_background_settings as Json),
    files: (await svc.users.repo.files(group.account_id, group.id, VB_KIND)).map(presentBackground),
  }
  return filterFieldList(toGroupNames(sections), customFields)
}

/** PATCH /groups/{groupId}/settings. `schema` is the body schema the request passed. */
export async function updateGroupSettings(
  svc: Services,
  actor: Actor,
  group: Group,
  body: Json,
  option: SettingsOption | undefined,
  schema: unknown,
): Promise<void> {
  const clean = pruneToSchema(structuredClone(body), schema) as Json
  const stored = storedSettings(group)
  const kind = authenticationKind(option)
  let change: LayerChange
  let shown: Json
  let old: Json
  if (kind) {
    const current = await authenticationOf(svc, group, kind, stored)
    change = authenticationChange(stored, kind, clean, current.authentication_options as Json[], 'inheritor')
    shown = clean
    old = previousValues(clean, current)
  } else {
    const { sections, meetingSecurity } = await groupView(svc, group, stored)
    if (option === 'meeting_security') {
      const security = (clean.meeting_security as Json | undefined) ?? {}
      change = meetingSecurityChange(security, sections)
      shown = { meeting_security: security }
      old = previousValues(shown, { meeting_security: meetingSecurity })
    } else {
      const sectionChange = sectionsOf(clean, SECTIONS)
      for (const path of READ_ONLY_PATHS) dropPath(sectionChange, path)
      dropEmpty(sectionChange)
      shown = structuredClone(sectionChange)
      old = previousValues(shown, toGroupNames(structuredClone(sections)))
      change = { sections: toStoredNames(sectionChange) }
    }
  }
  const next = mergeIntoLayer(stored, change)
  const operator = await operatorOf(svc, actor)
  await svc.db.kysely.transaction().execute(async (trx) => {
    await new GroupsRepo(trx).update(group.account_id, group.id, { settings: JSON.stringify(next) })
    await svc.events.emit(
      {
        event: 'group.settings_updated',
        accountId: group.account_id,
        payload: { ...operator, old_object: { id: group.id, settings: old } },
        object: { id: group.id, settings: shown },
      },
      trx,
    )
  })
}

// --- locked settings ---

/** GET /groups/{groupId}/lock_settings: the lock switches; `option=meeting_security` shows that part alone. */
export function readGroupLocks(group: Group, option: string | undefined, responseSchema: unknown): Json {
  const doc = lockSwitches(unlockedSwitches(responseSchema), parseJson<Json>(group.lock_settings))
  if (option === 'meeting_security') return { meeting_security: doc.meeting_security ?? {} }
  const { meeting_security: _, ...rest } = doc
  return rest
}

/** PATCH /groups/{groupId}/lock_settings. */
export async function updateGroupLocks(
  svc: Services,
  actor: Actor,
  group: Group,
  body: Json,
  schema: unknown,
): Promise<void> {
  const change = pruneToSchema(structuredClone(body), schema) as Json
  const next = changeLocks(parseJson<Json>(group.lock_settings), change)
  const operator = await operatorOf(svc, actor)
  await svc.db.kysely.transaction().execute(async (trx) => {
    await new GroupsRepo(trx).update(group.account_id, group.id, { lock_settings: JSON.stringify(next) })
    await svc.events.emit(
      {
        event: 'group.lock_settings_updated',
        accountId: group.account_id,
        payload: operator,
        object: { id: group.id, settings: change },
      },
      trx,
    )
  })
}

/** What the users settings code layers between the account's settings and a user's own. */
export interface GroupSettingsLayer extends Locks {
  /** The user's primary group, or null for a user in no group. */
  group_id: string | null
  /** The primary group's changes to the account's settings, in the user settings document's names. */
  settings: Json
}

/**
 * A user's group layer: the primary group's settings (defaults for the member) and the locked settings of
 * each of the user's groups, which win over the member's own choices; where two groups lock one setting, the
 * primary group's value holds. Zoom: "if the user is a member of a group with locked settings, those group
 * settings will remain locked to the user".
 */
export async function effectiveGroupSettings(
  svc: Services,
  accountId: string,
  userId: string,
): Promise<GroupSettingsLayer> {
  const groups = svc.use(GroupService)
  // Primary group first: its settings are the layer's; the others only add locks.
  const { group_ids } = await svc.use(UserMemberships).repo.groupIdsOf(accountId, userId)
  const rows = new Map((await groups.repo.byIds(accountId, group_ids)).map((row) => [row.id, row]))
  const layer: GroupSettingsLayer = { group_id: null, settings: {}, locked: [], locked_values: {} }
  let accountAuth: StoredLayer['authentication']
  for (const [i, groupId] of group_ids.entries()) {
    const row = rows.get(groupId)
    if (!row) continue
    const group = groups.hydrate(row)
    const stored = storedSettings(group)
    if (i === 0) {
      layer.group_id = group.id
      layer.settings = {
        ...sectionsOf(stored, SECTIONS),
        ...(stored.meeting_security ? { meeting_security: stored.meeting_security } : {}),
      }
    }
    const switches = parseJson<Json>(group.lock_settings)
    // The group's view costs reads: only for a group that locks something no group before it locked.
    if (lockedPaths(switches).every((p) => layer.locked.includes(p))) continue
    const { sections, meetingSecurity } = await groupView(svc, group, stored)
    accountAuth ??= (await accountStoredSettings(svc, accountId)).authentication ?? {}
    const full: Json = {
      ...sections,
      meeting_security: meetingSecurity,
      meeting_authentication: authenticationSwitch('meeting', accountAuth, stored),
      recording_authentication: authenticationSwitch('recording', accountAuth, stored),
    }
    addLocks(layer, locksOf(switches, full))
  }
  return layer
}

/** Puts every locked value of the layer into `doc` (a user's settings after their own changes), whatever the user chose. */
export function applyGroupLocks<T extends Json>(doc: T, layer: GroupSettingsLayer): T {
  return applyLocks(doc, layer)
}

// --- webinar registration settings ---

function registrationDefaults(): Json {
  return {
    options: {
      host_email_notification: false,
      close_registration: false,
      allow_participants_to_join_from_multiple_devices: true,
      show_social_share_buttons: true,
    },
    questions: REGISTRATION_FIELDS.map((field_name) => ({ field_name, required: false, selected: false })),
    approve_type: 0,
    custom_questions: [],
  }
}

export function readRegistrationSettings(group: Group): Json {
  const own = (group.doc.registration as Json | undefined) ?? {}
  const doc = deepMerge(registrationDefaults(), own)
  const questions = new Map((own.questions as Json[] | undefined)?.map((q) => [q.field_name as string, q]) ?? [])
  doc.questions = REGISTRATION_FIELDS.map((field_name) => ({
    field_name,
    required: false,
    selected: false,
    ...(questions.get(field_name) ?? {}),
  }))
  return doc
}

/** Standard questions change one by one (by field_name); custom questions are replaced as a list. */
export async function updateRegistrationSettings(svc: Services, group: Group, body: Json): Promise<void> {
  const own = structuredClone((group.doc.registration as Json | undefined) ?? {})
  if (isPlainObject(body.options)) own.options = { ...((own.options as Json | undefined) ?? {}), ...body.options }
  if (body.approve_type !== undefined) own.approve_type = body.approve_type
  if (Array.isArray(body.questions)) {
    const byField = new Map(((own.questions as Json[] | undefined) ?? []).map((q) => [q.field_name as string, q]))
    for (const q of body.questions as Json[]) {
      if (!q.field_name)
        throw errors.validation([{ field: 'questions.field_name', message: 'This field is required.' }])
      const merged = { ...(byField.get(q.field_name as string) ?? {}), ...q }
      // A required question is always asked.
      if (merged.required === true) merged.selected = true
      byField.set(q.field_name as string, merged)
    }
    own.questions = [...byField.values()]
  }
  if (Array.isArray(body.custom_questions)) {
    for (const [i, q] of (body.custom_questions as Json[]).entries()) {
      if (!q.title)
        throw errors.validation([{ field: `custom_questions[${i}].title`, message: 'This field is required.' }])
      if (q.type !== 'short' && (!Array.isArray(q.answers) || !q.answers.length)) {
        throw errors.validation([{ field: `custom_questions[${i}].answers`, message: 'This field is required.' }])
      }
    }
    own.custom_questions = body.custom_questions
  }
  await svc
    .use(GroupService)
    .repo.update(group.account_id, group.id, { data: JSON.stringify({ ...group.doc, registration: own }) })
}

// --- virtual backgrounds ---

/** POST /groups/{groupId}/settings/virtual_backgrounds: a jpg/jpeg or png image of at most 15 MB; 10 files per group. */
export async function addGroupVirtualBackground(svc: Services, group: Group, request: FastifyRequest) {
  const upload = await readUpload(request, 'file', VB_MAX_BYTES)
  if (!upload || upload.bytes.length === 0)
    throw errors.fileError('No file uploaded, verify that a file has been uploaded.')
  if (upload.truncated) throw errors.fileError('File size cannot exceed 15M.')
  const type = sniff(upload.bytes)
  if (!type || (type.contentType !== 'image/png' && type.contentType !== 'image/jpeg'))
    throw errors.fileError('Only jpg/jpeg or png image file can be uploaded.')
  const existing = await svc.users.repo.files(group.account_id, group.id, VB_KIND)
  if (existing.length >= VB_MAX_FILES) throw errors.fileError('A maximum of 10 files are allowed for a user.')
  const file = {
    id: zoomId(),
    account_id: group.account_id,
    owner_id: group.id,
    kind: VB_KIND,
    name: upload.filename || `background.${type.ext}`,
    content_type: type.contentType,
    size: upload.bytes.length,
    bytes: upload.bytes,
    created_at: svc.clock.now(),
  }
  await svc.users.repo.addFile(file)
  return presentBackground(file)
}

/** DELETE …/virtual_backgrounds?file_ids=a,b: every id must be one of the group's files. */
export async function removeGroupVirtualBackgrounds(
  svc: Services,
  group: Group,
  fileIds: string | undefined,
): Promise<void> {
  const ids = requestedFileIds(fileIds)
  const mine = new Set((await svc.users.repo.files(group.account_id, group.id, VB_KIND)).map((f) => f.id))
  if (ids.some((id) => !mine.has(id))) throw errors.badRequest(`Invalid parameter: ${fileIds}`)
  await svc.users.repo.removeFiles(group.account_id, group.id, VB_KIND, ids)
}
