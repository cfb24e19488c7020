import { createHash } from 'node:crypto';
import { errors } from '../../errors/catalog.js';
import type { ZoomEvent } from '../../events/bus.js';
import type { Actor } from '../../http/operation.js';
import { planTier, type PlanTier } from '../../http/rate-limit.js';
import type { Services } from '../../services.js';
import { zoomId } from '../../util/ids.js';
import { deepFreeze, deepMerge, isPlainObject, parseJson, type Json } from '../../util/json.js';
import { ACCOUNT_VB_KIND, AccountFilesRepo } from '../../store/account-files.repo.js';
import { MEETING_AUTHENTICATION_OPTIONS, RECORDING_AUTHENTICATION_OPTIONS } from '../users/settings.defaults.js';
import type { AccountRow } from '../../store/accounts.repo.js';
import { accountData, operatorOf, saveAccount } from './account-store.js';
import { ACCOUNT_MEETING_SECURITY_DEFAULTS, ACCOUNT_SETTINGS_DEFAULTS } from './settings.defaults.js';

/**
 * The account's effective settings: Zoom's defaults with the account's own changes on top. Other groups read
 * their defaults from here (meeting passcode rules, waiting room, recording, password policy).
 */
export interface AccountSettings extends Json {
  schedule_meeting: Json & {
    host_video?: boolean;
    participant_video?: boolean;
    /** The same as participant_video, under the name meetings read. */
    participants_video?: boolean;
    join_before_host?: boolean;
    require_password_for_scheduling_new_meetings?: boolean;
    require_password_for_instant_meetings?: boolean;
    require_password_for_scheduled_meetings?: boolean;
    require_password_for_pmi_meetings?: 'all' | 'jbh_only' | 'none';
    meeting_password_requirement?: Json & {
      length?: number;
      have_letter?: boolean;
      have_number?: boolean;
      have_special_character?: boolean;
      only_allow_numeric?: boolean;
      have_upper_and_lower_characters?: boolean;
      consecutive_characters_length?: number;
      weak_enhance_detection?: boolean;
    };
    mute_upon_entry?: boolean;
    audio_type?: string;
  };
  in_meeting: Json & { waiting_room?: boolean };
  recording: Json & { auto_recording?: string; cloud_recording?: boolean; local_recording?: boolean };
  security: Json & {
    password_requirement?: Json & {
      minimum_password_length?: number;
      have_special_character?: boolean;
      consecutive_characters_length?: number;
      weak_enhance_detection?: boolean;
    };
    /** The same as in_meeting.waiting_room. */
    waiting_room?: boolean;
  };
  meeting_security: Json;
}

export const defaultAccountSettings = ACCOUNT_SETTINGS_DEFAULTS as unknown as AccountSettings;

/** What the plan changes: a Free or Pro account hosts 100 participants, Business and up 300; Free has no cloud recording. */
const TIER_LAYERS: Record<PlanTier, Json> = {
  free: { feature: { meeting_capacity: 100 }, recording: { cloud_recording: false, auto_delete_cmr: false } },
  pro: { feature: { meeting_capacity: 100 } },
  business: { feature: { meeting_capacity: 300 } },
};

type AuthKind = 'meeting' | 'recording';

/**
 * The account row's `data.settings`: the account's changes only. Sections have the shape of the GET document;
 * `meeting_security` holds the security fields not mirrored from the sections; `authentication` the switches and
 * the changes to the authentication profiles, by profile id (null: deleted).
 */
export interface StoredSettings extends Json {
  meeting_security?: Json;
  authentication?: Partial<Record<AuthKind, { enabled?: boolean; allow_exception?: boolean; options?: Record<string, Json | null> }>>;
}

export const SECTION_KEYS = Object.keys(ACCOUNT_SETTINGS_DEFAULTS);

export async function storedSettings(svc: Services, accountId: string): Promise<StoredSettings> {
  const account = await svc.accounts.get(accountId);
  return account ? ((parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {}) : {};
}

function sectionsOf(value: Json): Json {
  const out: Json = {};
  for (const key of SECTION_KEYS) if (isPlainObject(value[key])) out[key] = value[key];
  return out;
}

/** The effective document from an account's plan and stored changes. */
export function composeSettings(plan: string, stored: StoredSettings): AccountSettings {
  const base = deepMerge(structuredClone(ACCOUNT_SETTINGS_DEFAULTS) as Json, TIER_LAYERS[planTier(plan)]);
  const doc = deepMerge(base, structuredClone(sectionsOf(stored))) as AccountSettings;
  doc.schedule_meeting.participants_video = doc.schedule_meeting.participant_video;
  doc.security.waiting_room = doc.in_meeting.waiting_room;
  doc.meeting_security = meetingSecurityOf(doc, stored.meeting_security ?? {});
  return doc;
}

// Composing costs far more than the requests that read it (every meeting create does, several times): one
// document per cached account row, shared and frozen. A change to the account replaces the cached row.
const composedByRow = new WeakMap<AccountRow, AccountSettings>();

/** Stored account changes live in the account row's `data.settings`. The result is frozen: clone to edit. */
export async function getAccountSettings(svc: Services, accountId: string): Promise<AccountSettings> {
  const account = await svc.accounts.getCached(accountId);
  if (!account) return deepFreeze(composeSettings('business', {}));
  let doc = composedByRow.get(account);
  if (!doc) {
    doc = deepFreeze(composeSettings(account.plan, (parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {}));
    composedByRow.set(account, doc);
  }
  return doc;
}

// meeting_security: most of it mirrors schedule_meeting / in_meeting (as for users and groups), so either way
// of changing a setting shows in both places.
function meetingSecurityOf(doc: AccountSettings, own: Json): Json {
  const sm = doc.schedule_meeting;
  return {
    ...deepMerge(structuredClone(ACCOUNT_MEETING_SECURITY_DEFAULTS) as Json, own),
    embed_password_in_join_link: sm.embed_password_in_join_link,
    meeting_password: Boolean(sm.require_password_for_scheduling_new_meetings && sm.require_password_for_instant_meetings),
    meeting_password_requirement: sm.meeting_password_requirement,
    phone_password: sm.pstn_password_protected,
    pmi_password: sm.require_password_for_pmi_meetings !== 'none',
    require_password_for_scheduled_meeting: sm.require_password_for_scheduled_meetings,
    waiting_room: doc.in_meeting.waiting_room,
  };
}

/** A meeting_security change: the mirrored fields as section changes, the rest kept under meeting_security. */
function splitMeetingSecurity(change: Json, current: AccountSettings): { sections: Json; rest: Json } {
  const rest: Json = { ...change };
  const take = (key: string) => {
    const v = rest[key];
    delete rest[key];
    return v;
  };
  const sm: Json = {};
  const embed = take('embed_password_in_join_link');
  if (embed !== undefined) sm.embed_password_in_join_link = embed;
  const meetingPassword = take('meeting_password');
  if (meetingPassword !== undefined) {
    sm.require_password_for_scheduling_new_meetings = meetingPassword;
    sm.require_password_for_instant_meetings = meetingPassword;
  }
  const requirement = take('meeting_password_requirement');
  if (requirement !== undefined) sm.meeting_password_requirement = requirement;
  const phone = take('phone_password');
  if (phone !== undefined) sm.pstn_password_protected = phone;
  const pmi = take('pmi_password');
  if (pmi === false) sm.require_password_for_pmi_meetings = 'none';
  if (pmi === true && current.schedule_meeting.require_password_for_pmi_meetings === 'none') sm.require_password_for_pmi_meetings = 'all';
  const scheduled = take('require_password_for_scheduled_meeting');
  if (scheduled !== undefined) sm.require_password_for_scheduled_meetings = scheduled;
  const sections: Json = Object.keys(sm).length ? { schedule_meeting: sm } : {};
  const waiting = take('waiting_room');
  if (waiting !== undefined) sections.in_meeting = { waiting_room: waiting };
  return { sections, rest };
}

/** Keeps only the keys the template knows (recursively for objects); arrays and values replace. */
export function pickKnown(patch: Json, template: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in template) || v === undefined) continue;
    const t = template[k];
    if (isPlainObject(t)) {
      if (isPlainObject(v)) {
        const inner = pickKnown(v, t);
        if (Object.keys(inner).length) out[k] = inner;
      }
    } else out[k] = v;
  }
  return out;
}

/** The parts of `doc` at the paths `shape` has (the old values of a change). */
export function pickShape(doc: Json, shape: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(shape)) {
    if (!(k in doc)) continue;
    out[k] = isPlainObject(v) && isPlainObject(doc[k]) ? pickShape(doc[k] as Json, v) : doc[k];
  }
  return out;
}

/**
 * `custom_query_fields`: only the named fields (section names or field names at any depth), each inside its
 * section, e.g. `host_video` → `{ schedule_meeting: { host_video: false } }`.
 */
export function filterFields(doc: Json, names: string | undefined): Json {
  const wanted = new Set((names ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  if (!wanted.size) return doc;
  const walk = (value: Json): Json => {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if (wanted.has(k)) out[k] = v;
      else if (isPlainObject(v)) {
        const inner = walk(v);
        if (Object.keys(inner).length) out[k] = inner;
      }
    }
    return out;
  };
  return walk(doc);
}

const DOMAIN = /^(?=.{1,253}$)(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** A comma-separated list of domains (Zoom's "The domains provided are invalid" otherwise). */
export function checkDomains(list: string | string[] | undefined): void {
  if (list === undefined) return;
  const items = Array.isArray(list) ? list : list.split(',');
  const domains = items.map((d) => d.trim()).filter(Boolean);
  if (!Array.isArray(list) && list.trim() && domains.length === 0) throw errors.invalidDomains();
  if (domains.some((d) => !DOMAIN.test(d))) throw errors.invalidDomains();
}

// Authentication profiles. Ids are stable per account and computed as the Users group computes them, so an
// account's profiles carry the same ids in user settings.
function optionId(accountId: string, kind: AuthKind, key: string): string {
  return createHash('sha256').update(`${accountId}|${kind}|${key}`).digest('base64url').slice(0, 22);
}

export function authenticationOptions(accountId: string, stored: StoredSettings, kind: AuthKind): Json[] {
  const base = kind === 'meeting' ? MEETING_AUTHENTICATION_OPTIONS : RECORDING_AUTHENTICATION_OPTIONS;
  const changes = stored.authentication?.[kind]?.options ?? {};
  const out: Json[] = [];
  for (const { key, ...option } of base) {
    const id = optionId(accountId, kind, key);
    if (changes[id] === null) continue;
    out.push({ id, ...option, ...(changes[id] ?? {}) });
  }
  for (const [id, option] of Object.entries(changes)) {
    if (option && !out.some((o) => o.id === id)) out.push({ id, ...option });
  }
  return out;
}

export function authenticationView(accountId: string, stored: StoredSettings, kind: AuthKind): Json {
  const a = stored.authentication?.[kind] ?? {};
  const options = authenticationOptions(accountId, stored, kind);
  return kind === 'meeting'
    ? { meeting_authentication: a.enabled ?? false, allow_authentication_exception: a.allow_exception ?? false, authentication_options: options }
    : { recording_authentication: a.enabled ?? false, authentication_options: options };
}

/** GET /accounts/{accountId}/settings with its `option` views. */
export async function settingsView(svc: Services, accountId: string, option: string | undefined, fields: string | undefined): Promise<Json> {
  const account = (await svc.accounts.get(accountId))!;
  const stored = (parseJson<Json>(account.data).settings as StoredSettings | undefined) ?? {};
  const doc = composeSettings(account.plan, stored);
  if (option === 'meeting_authentication') return authenticationView(accountId, stored, 'meeting');
  if (option === 'recording_authentication') return authenticationView(accountId, stored, 'recording');
  if (option === 'meeting_security') return filterFields({ meeting_security: doc.meeting_security }, fields);
  if (option === 'security') return filterFields(doc.security, fields);
  const { meeting_security: _, ...sections } = doc;
  (sections.in_meeting as Json).virtual_background_settings = {
    ...((sections.in_meeting as Json).virtual_background_settings as Json),
    files: await accountBackgroundFiles(svc, accountId),
  };
  return filterFields(sections, fields);
}

/** An account's own virtual backgrounds, as settings list them. */
export async function accountBackgroundFiles(svc: Services, accountId: string): Promise<Json[]> {
  const files = await new AccountFilesRepo(svc.db.kysely).list(accountId, ACCOUNT_VB_KIND);
  return files.map((f) => ({ id: f.id, is_default: false, name: f.name, size: Number(f.size), type: f.content_type.startsWith('video/') ? 'video' : 'image' }));
}

export interface SettingsChange {
  /** Stored settings after the change. */
  stored: StoredSettings;
  /** The change as sent, and the values it replaced: the event's settings objects. */
  changed: Json;
  previous: Json;
}

/**
 * PATCH /accounts/{accountId}/settings. Without an option (or with `security`), section changes; with
 * `meeting_security`, that object; with an authentication option, the switch and one profile change.
 */
export function applySettingsChange(accountId: string, plan: string, stored: StoredSettings, option: string | undefined, body: Json): SettingsChange {
  const current = composeSettings(plan, stored);
  const next: StoredSettings = structuredClone(stored);
  let changed: Json = {};
  if (option === 'meeting_authentication' || option === 'recording_authentication') {
    const kind: AuthKind = option === 'meeting_authentication' ? 'meeting' : 'recording';
    const auth = ((next.authentication ??= {})[kind] ??= {});
    const flag = body[`${kind}_authentication`];
    if (typeof flag === 'boolean') auth.enabled = flag;
    if (kind === 'meeting' && typeof body.allow_authentication_exception === 'boolean') auth.allow_exception = body.allow_authentication_exception;
    const change = body.authentication_option as Json | undefined;
    if (change) applyAuthenticationOption(accountId, next, kind, change);
    changed = pickKnown(body, { [`${kind}_authentication`]: true, allow_authentication_exception: true, authentication_option: { x: 1 } });
    if (change) changed.authentication_option = change;
    return { stored: next, changed, previous: pickShape(authenticationView(accountId, stored, kind), changed) };
  }
  let sectionChange: Json = {};
  let securityRest: Json = {};
  const msChange = body.meeting_security as Json | undefined;
  if (option === 'meeting_security' || (option === undefined && msChange)) {
    if (msChange) {
      checkDomains(msChange.block_user_domain_list as string[] | undefined);
      const wr = msChange.waiting_room_settings as Json | undefined;
      if (typeof wr?.whitelisted_domains_for_waiting_room === 'string') checkDomains(wr.whitelisted_domains_for_waiting_room);
      const split = splitMeetingSecurity(msChange, current);
      sectionChange = split.sections;
      securityRest = pickKnown(split.rest, ACCOUNT_MEETING_SECURITY_DEFAULTS as Json);
      changed.meeting_security = msChange;
    }
  }
  if (option !== 'meeting_security') {
    const sections = pickKnown(sectionsOf(body), ACCOUNT_SETTINGS_DEFAULTS as Json);
    const sm = sections.schedule_meeting as Json | undefined;
    if (typeof sm?.enforce_login_domains === 'string') checkDomains(sm.enforce_login_domains);
    const sso = (sections.security as Json | undefined)?.signin_with_sso as Json | undefined;
    if (Array.isArray(sso?.domains)) checkDomains(sso.domains as string[]);
    sectionChange = deepMerge(sectionChange, sections);
    Object.assign(changed, sections);
  }
  const nextSections = deepMerge(sectionsOf(next), sectionChange);
  for (const key of Object.keys(nextSections)) next[key] = nextSections[key];
  if (Object.keys(securityRest).length) next.meeting_security = deepMerge(next.meeting_security ?? {}, securityRest);
  return { stored: next, changed, previous: pickShape(current, changed) };
}

function applyAuthenticationOption(accountId: string, stored: StoredSettings, kind: AuthKind, change: Json): void {
  const options = ((stored.authentication![kind]!).options ??= {});
  const existing = authenticationOptions(accountId, stored, kind);
  const action = (change.action as string | undefined) ?? (change.id ? 'update' : 'add');
  const fields: Json = {};
  for (const k of ['name', 'type', 'domains', 'default_option']) if (change[k] !== undefined) fields[k] = change[k];
  if (typeof fields.domains === 'string') checkDomains(fields.domains);
  if (action === 'add') {
    if (typeof fields.name !== 'string' || !fields.name.trim()) throw errors.badRequest('Invalid parameter: authentication_option.name');
    const id = zoomId();
    options[id] = { name: fields.name, type: fields.type ?? (kind === 'meeting' ? 'enforce_login' : 'internally'), domains: fields.domains ?? '', default_option: fields.default_option ?? false, visible: true };
    if (fields.default_option === true) clearDefaults(options, existing, id);
    return;
  }
  const id = change.id as string | undefined;
  if (!id || !existing.some((o) => o.id === id)) throw errors.badRequest('Invalid parameter: authentication_option.id');
  if (action === 'delete') {
    options[id] = null;
    return;
  }
  options[id] = { ...(options[id] ?? {}), ...fields };
  if (fields.default_option === true) clearDefaults(options, existing, id);
}

/** One profile is the default: making one the default unmarks the others. */
function clearDefaults(options: Record<string, Json | null>, existing: Json[], keep: string): void {
  for (const o of existing) {
    const id = o.id as string;
    if (id !== keep && o.default_option) options[id] = { ...(options[id] ?? {}), default_option: false };
  }
}

/** PATCH /accounts/{accountId}/settings, stored with its account.settings_updated event. */
export async function updateAccountSettings(svc: Services, actor: Actor, option: string | undefined, body: Json): Promise<void> {
  const row = (await svc.accounts.get(actor.accountId))!;
  const data = accountData(row);
  const change = applySettingsChange(row.id, row.plan, (data.settings as StoredSettings | undefined) ?? {}, option, body);
  const op = await operatorOf(svc, actor.callerAccountId, actor.userId);
  const events: ZoomEvent[] = Object.keys(change.changed).length
    ? [
        {
          event: 'account.settings_updated',
          accountId: row.id,
          payload: { ...op, time_stamp: svc.clock.now(), old_object: { id: row.id, settings: change.previous } },
          object: { id: row.id, settings: change.changed },
        },
      ]
    : [];
  await saveAccount(svc, row.id, { data: { ...data, settings: change.stored } }, events);
}
