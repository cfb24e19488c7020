import { createHash } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import { zoomId } from '../../util/ids.js'
import type { Json } from '../../util/json.js'
import { checkDomains } from './domains.js'
import type { AuthenticationState, AuthKind, OptionChanges } from './stored-layer.js'

/** The authentication profiles an account starts with (ids are made per account). */
const MEETING_AUTHENTICATION_OPTIONS = [
  { key: 'zoom', name: 'Sign in to Zoom', type: 'enforce_login', default_option: true, visible: true },
  {
    key: 'domains',
    name: 'Sign in to Zoom with specified domains',
    type: 'enforce_login_with_domains',
    domains: '',
    default_option: false,
    visible: true,
  },
  {
    key: 'same_account',
    name: 'Sign in to Zoom of this account',
    type: 'enforce_login_with_same_account',
    default_option: false,
    visible: true,
  },
] as const

const RECORDING_AUTHENTICATION_OPTIONS = [
  { key: 'internal', name: 'Only users in this account', type: 'internally', default_option: true, visible: true },
  { key: 'zoom', name: 'Sign in to Zoom', type: 'enforce_login', default_option: false, visible: true },
  {
    key: 'domains',
    name: 'Sign in to Zoom with specified domains',
    type: 'enforce_login_with_domains',
    domains: '',
    default_option: false,
    visible: true,
  },
] as const

export const AUTHENTICATION_DEFAULTS = {
  meeting_authentication: false,
  recording_authentication: false,
  allow_authentication_exception: false,
}

const BUILT_IN = { meeting: MEETING_AUTHENTICATION_OPTIONS, recording: RECORDING_AUTHENTICATION_OPTIONS }

/**
 * An account owns its profiles: it adds and deletes them and sets the exception switch. Users and groups
 * adjust the profiles they inherit: rename, re-type within the kind's types, show or hide.
 */
type OptionRights = 'owner' | 'inheritor'

/** Ids are stable per account, so a profile has the same id at the account, group and user level. */
function optionId(accountId: string, kind: AuthKind, key: string): string {
  return createHash('sha256').update(`${accountId}|${kind}|${key}`).digest('base64url').slice(0, 22)
}

/** Inherited profiles with a level's changes on top. */
export function overlayOptions(options: Json[], changes: OptionChanges): Json[] {
  return options.map((o) => ({ ...o, ...(changes[o.id as string] ?? {}) }))
}

/** Zoom's built-in profiles with `changes`: deleted ones left out, added ones after them. */
export function authenticationOptions(accountId: string, kind: AuthKind, changes: OptionChanges): Json[] {
  const builtIn: Json[] = BUILT_IN[kind].map(({ key, ...option }) => ({
    id: optionId(accountId, kind, key),
    ...option,
  }))
  const kept = overlayOptions(
    builtIn.filter((o) => changes[o.id as string] !== null),
    changes,
  )
  const added = Object.entries(changes).flatMap(([id, option]) =>
    option && !kept.some((o) => o.id === id) ? [{ id, ...option }] : [],
  )
  return [...kept, ...added]
}

/** The `option=…_authentication` document: the level's switches where it set them, `inherited` otherwise. */
export function authenticationDoc(kind: AuthKind, own: AuthenticationState, options: Json[], inherited: Json): Json {
  if (kind === 'meeting') {
    return {
      meeting_authentication: own.enabled ?? inherited.meeting_authentication,
      authentication_options: options,
      allow_authentication_exception: own.allow_exception ?? inherited.allow_authentication_exception,
    }
  }
  return {
    recording_authentication: own.enabled ?? inherited.recording_authentication,
    authentication_options: options,
  }
}

/**
 * A PATCH with `option=…_authentication`: the switches and at most one profile change, over the level's stored
 * state `own`. `options`: the profiles as the level sees them now.
 */
export function changeAuthentication(
  kind: AuthKind,
  own: AuthenticationState,
  body: Json,
  options: Json[],
  rights: OptionRights,
): AuthenticationState {
  const next = { ...own }
  const enabled = body[`${kind}_authentication`]
  if (typeof enabled === 'boolean') next.enabled = enabled
  const exception = body.allow_authentication_exception
  if (rights === 'owner' && kind === 'meeting' && typeof exception === 'boolean') next.allow_exception = exception
  const change = body.authentication_option as Json | undefined
  if (change) next.options = applyAuthenticationOptionChange(kind, options, next.options, change, rights)
  return next
}

/** One `authentication_option` change applied to a level's changes to its profiles; returns the new changes. */
function applyAuthenticationOptionChange(
  kind: AuthKind,
  options: Json[],
  changes: OptionChanges | undefined,
  change: Json,
  rights: OptionRights,
): OptionChanges {
  const own: OptionChanges = { ...(changes ?? {}) }
  const owner = rights === 'owner'
  const action = (change.action as string | undefined) ?? (owner && !change.id ? 'add' : 'update')
  const fields: Json = {}
  for (const key of ['name', 'domains', 'type', 'default_option'])
    if (change[key] !== undefined) fields[key] = change[key]
  if (owner && typeof fields.domains === 'string') checkDomains(fields.domains)
  if (owner && action === 'add') {
    if (typeof fields.name !== 'string' || !fields.name.trim())
      throw errors.badRequest('Invalid parameter: authentication_option.name')
    const id = zoomId()
    own[id] = {
      name: fields.name,
      type: fields.type ?? (kind === 'meeting' ? 'enforce_login' : 'internally'),
      domains: fields.domains ?? '',
      default_option: fields.default_option ?? false,
      visible: true,
    }
    if (fields.default_option === true) clearDefaults(own, options, id)
    return own
  }
  const target = options.find((o) => o.id === change.id)
  if (!target) throw errors.badRequest('Invalid parameter: authentication_option.id')
  if (!owner && fields.type !== undefined) {
    const allowed = BUILT_IN[kind].map((o) => o.type as string)
    if (!allowed.includes(fields.type as string)) {
      throw errors.validation([
        { field: 'authentication_option.type', message: `Invalid field. Allowed values: ${allowed.join(', ')}.` },
      ])
    }
  }
  const id = target.id as string
  if (owner && action === 'delete') {
    own[id] = null
    return own
  }
  if (!owner && (action === 'show' || action === 'hide')) {
    own[id] = { ...(own[id] ?? {}), visible: action === 'show' }
    return own
  }
  own[id] = { ...(own[id] ?? {}), ...fields }
  if (fields.default_option === true) clearDefaults(own, options, id)
  return own
}

/** One profile is the default: making one the default unmarks the others. */
function clearDefaults(own: OptionChanges, options: Json[], keep: string): void {
  for (const o of options) {
    const id = o.id as string
    if (id !== keep && o.default_option) own[id] = { ...(own[id] ?? {}), default_option: false }
  }
}
