import type { Kysely } from 'kysely'
import type { Database } from '../../store/tables.js'
import type { ZoomEvent } from '../../events/bus.js'
import type { Actor } from '../actor.js'
import { planTier, type PlanTier } from './plan-tier.js'
import type { Services } from '../../services.js'
import { deepFreeze, deepMerge, parseJson, type Json } from '../../util/json.js'
import { ACCOUNT_VB_KIND, AccountFilesRepo } from '../../store/account-files.repo.js'
import {
  AUTHENTICATION_DEFAULTS,
  authenticationDoc,
  authenticationOptions,
} from '../settings/authentication-options.js'
import { checkDomains } from '../settings/domains.js'
import { filterFieldList, pickKnown, sectionsOf } from '../settings/fields.js'
import {
  authenticationChange,
  authenticationKind,
  composeLayer,
  meetingSecurityChange,
  mergeIntoLayer,
  previousValues,
  type LayerChange,
} from '../settings/layers.js'
import { meetingSecurityOf } from '../settings/meeting-security.js'
import type { AuthKind, StoredLayer } from '../settings/stored-layer.js'
import type { AccountRow } from '../../store/accounts.repo.js'
import { accountData, operatorOf, saveAccount } from './account-store.js'
import { ACCOUNT_MEETING_SECURITY_DEFAULTS, ACCOUNT_SETTINGS_DEFAULTS } from './settings.defaults.js'

/**
 * The account's effective settings: Zoom's defaults with the account's own changes on top. Other groups read
 * their defaults from here (meeting passcode rules, waiting room, recording, password policy).
 */
export interface AccountSettings extends Json {
  schedule_meeting: Json & {
    host_video?: boolean
    participant_video?: boolean
    /** The same as participant_video, under the name meetings read. */
    participants_video?: boolean
    join_before_host?: boolean
    require_password_for_scheduling_new_meetings?: boolean
    require_password_for_instant_meetings?: boolean
    require_password_for_scheduled_meetings?: boolean
    require_password_for_pmi_meetings?: 'all' | 'jbh_only' | 'none'
    meeting_password_requirement?: Json & {
      length?: number
      have_letter?: boolean
      have_number?: boolean
      have_special_character?: boolean
      only_allow_numeric?: boolean
      have_upper_and_lower_characters?: boolean
      consecutive_characters_length?: number
      weak_enhance_detection?: boolean
    }
    mute_upon_entry?: boolean
    audio_type?: string
  }
  in_meeting: Json & { waiting_room?: boolean }
  recording: Json & { auto_recording?: string; cloud_recording?: boolean; local_recording?: boolean }
  security: Json & {
    password_requirement?: Json & {
      minimum_password_length?: number
      have_special_character?: boolean
      consecutive_characters_length?: number
      weak_enhance_detection?: boolean
    }
    /** The same as in_meeting.waiting_room. */
    waiting_room?: boolean
  }
  meeting_security: Json
}

/**
 * What the plan changes: a Free or Pro account hosts 100 participants, Business and up 300; Free has no cloud
 * recording; Business and up may register H.323/SIP devices and give users personal audio conference accounts.
 * SIP phone integration and SIP Connected Audio are contracted separately: off on every plan until switched on.
 */
const TIER_LAYERS: Record<PlanTier, Json> = {
  free: { feature: { meeting_capacity: 100 }, recording: { cloud_recording: false, auto_delete_cmr: false } },
  pro: { feature: { meeting_capacity: 100 } },
  business: { feature: { meeting_capacity: 300, h323_sip_devices: true, personal_audio_conference: true } },
}

/** The account row's `data.settings`: the account's changes only. A deleted profile's change is null. */
export type StoredSettings = StoredLayer

const SECTION_KEYS = Object.keys(ACCOUNT_SETTINGS_DEFAULTS)

/** The account's changes, from the cached row: group and user settings reads layer them, several times a read. */
export async function storedSettings(svc: Services, accountId: string): Promise<StoredSettings> {
  const account = await svc.accounts.getCached(accountId)
  return account ? ((parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {}) : {}
}

/** The effective document from an account's plan and stored changes. */
function composeSettings(plan: string, stored: StoredSettings): AccountSettings {
  const doc = composeLayer(
    ACCOUNT_SETTINGS_DEFAULTS as Json,
    TIER_LAYERS[planTier(plan)],
    sectionsOf(stored, SECTION_KEYS),
  ) as AccountSettings
  doc.schedule_meeting.participants_video = doc.schedule_meeting.participant_video
  doc.security.waiting_room = doc.in_meeting.waiting_room
  doc.meeting_security = meetingSecurityOf(doc, ACCOUNT_MEETING_SECURITY_DEFAULTS, stored.meeting_security ?? {})
  return doc
}

// Composing costs far more than the requests that read it (every meeting create does, several times): one
// document per cached account row, shared and frozen. A change to the account replaces the cached row.
const composedByRow = new WeakMap<AccountRow, AccountSettings>()

/** Stored account changes live in the account row's `data.settings`. The result is frozen: clone to edit. */
export async function getAccountSettings(
  svc: Services,
  accountId: string,
  db?: Kysely<Database>,
): Promise<AccountSettings> {
  const account = await svc.accounts.getCached(accountId, db)
  if (!account) return deepFreeze(composeSettings('business', {}))
  let doc = composedByRow.get(account)
  if (!doc) {
    doc = deepFreeze(
      composeSettings(account.plan, (parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {}),
    )
    composedByRow.set(account, doc)
  }
  return doc
}

export function authenticationView(accountId: string, stored: StoredSettings, kind: AuthKind): Json {
  const own = stored.authentication?.[kind] ?? {}
  return authenticationDoc(
    kind,
    own,
    authenticationOptions(accountId, kind, own.options ?? {}),
    AUTHENTICATION_DEFAULTS,
  )
}

/** GET /accounts/{accountId}/settings with its `option` views. */
export async function settingsView(
  svc: Services,
  accountId: string,
  option: string | undefined,
  fields: string | undefined,
): Promise<Json> {
  const account = await svc.accounts.require(accountId)
  const stored = (parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {}
  const doc = composeSettings(account.plan, stored)
  if (option === 'meeting_authentication') return authenticationView(accountId, stored, 'meeting')
  if (option === 'recording_authentication') return authenticationView(accountId, stored, 'recording')
  if (option === 'meeting_security') return filterFieldList({ meeting_security: doc.meeting_security }, fields)
  if (option === 'security') return filterFieldList(doc.security, fields)
  const { meeting_security: _, ...sections } = doc
  ;(sections.in_meeting as Json).virtual_background_settings = {
    ...((sections.in_meeting as Json).virtual_background_settings as Json),
    files: await accountBackgroundFiles(svc, accountId),
  }
  return filterFieldList(sections, fields)
}

/** An account's own virtual backgrounds, as settings list them. */
export async function accountBackgroundFiles(svc: Services, accountId: string): Promise<Json[]> {
  const files = await new AccountFilesRepo(svc.db.kysely).list(accountId, ACCOUNT_VB_KIND)
  return files.map((f) => ({
    id: f.id,
    is_default: false,
    name: f.name,
    size: Number(f.size),
    type: f.content_type.startsWith('video/') ? 'video' : 'image',
  }))
}

export interface SettingsChange {
  /** Stored settings after the change. */
  stored: StoredSettings
  /** The change as sent, and the values it replaced: the event's settings objects. */
  changed: Json
  previous: Json
}

/**
 * PATCH /accounts/{accountId}/settings. Without an option (or with `security`), section changes; with
 * `meeting_security`, that object; with an authentication option, the switch and one profile change.
 */
export function applySettingsChange(
  accountId: string,
  plan: string,
  stored: StoredSettings,
  option: string | undefined,
  body: Json,
): SettingsChange {
  const kind = authenticationKind(option)
  if (kind) {
    const own = stored.authentication?.[kind] ?? {}
    const options = authenticationOptions(accountId, kind, own.options ?? {})
    const changed = pickKnown(body, {
      [`${kind}_authentication`]: true,
      allow_authentication_exception: true,
      authentication_option: { x: 1 },
    })
    if (body.authentication_option) changed.authentication_option = body.authentication_option
    // authenticationView of `stored`, from the profiles already built.
    const before = authenticationDoc(kind, own, options, AUTHENTICATION_DEFAULTS)
    return {
      stored: mergeIntoLayer(stored, authenticationChange(stored, kind, body, options, 'owner')),
      changed,
      previous: previousValues(changed, before),
    }
  }
  const current = composeSettings(plan, stored)
  const changed: Json = {}
  let change: LayerChange = {}
  const msChange = body.meeting_security as Json | undefined
  if ((option === 'meeting_security' || option === undefined) && msChange) {
    checkDomains(msChange.block_user_domain_list as string[] | undefined)
    const wr = msChange.waiting_room_settings as Json | undefined
    if (typeof wr?.whitelisted_domains_for_waiting_room === 'string')
      checkDomains(wr.whitelisted_domains_for_waiting_room)
    change = meetingSecurityChange(msChange, current, ACCOUNT_MEETING_SECURITY_DEFAULTS)
    changed.meeting_security = msChange
  }
  if (option !== 'meeting_security') {
    const sections = pickKnown(sectionsOf(body, SECTION_KEYS), ACCOUNT_SETTINGS_DEFAULTS as Json)
    const sm = sections.schedule_meeting as Json | undefined
    if (typeof sm?.enforce_login_domains === 'string') checkDomains(sm.enforce_login_domains)
    const sso = (sections.security as Json | undefined)?.signin_with_sso as Json | undefined
    if (Array.isArray(sso?.domains)) checkDomains(sso.domains as string[])
    change.sections = deepMerge(change.sections ?? {}, sections)
    Object.assign(changed, sections)
  }
  return { stored: mergeIntoLayer(stored, change), changed, previous: previousValues(changed, current) }
}

/** PATCH /accounts/{accountId}/settings, stored with its account.settings_updated event. */
export async function updateAccountSettings(
  svc: Services,
  actor: Actor,
  option: string | undefined,
  body: Json,
): Promise<void> {
  const row = await svc.accounts.require(actor.accountId)
  const data = accountData(row)
  const change = applySettingsChange(
    row.id,
    row.plan,
    (data.settings as StoredSettings | undefined) ?? {},
    option,
    body,
  )
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId)
  const events: ZoomEvent[] = Object.keys(change.changed).length
    ? [
        {
          event: 'account.settings_updated',
          accountId: row.id,
          payload: { ...op, time_stamp: svc.clock.now(), old_object: { id: row.id, settings: change.previous } },
          object: { id: row.id, settings: change.changed },
        },
      ]
    : []
  await saveAccount(svc, row.id, { data: { ...data, settings: change.stored } }, events)
}
