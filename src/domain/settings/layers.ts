import { deepMerge, isPlainObject, type Json } from '../../util/json.js'
import { changeAuthentication } from './authentication-options.js'
import { pickKnown } from './fields.js'
import { lockedPaths } from './locks.js'
import { splitMeetingSecurity } from './meeting-security.js'
import { getPath, setPath } from './paths.js'
import type { AuthenticationState, AuthKind, StoredLayer } from './stored-layer.js'

// Settings cascade from the account through its groups to each user. Each level is a layer: its defaults, its
// own stored changes over what it inherits from the level above, and its lock switches. A setting a level
// locks has that level's value at every level below it, whatever they chose; where several levels lock one
// setting, the highest wins.

/** A level's settings: a copy of its defaults with each override merged in, in order (a later one wins). */
export function composeLayer<T extends Json>(defaults: T, ...overrides: Json[]): T {
  return overrides.reduce<T>((doc, layer) => deepMerge(doc, structuredClone(layer)), structuredClone(defaults))
}

/** What a level locks for the levels below it. */
export interface Locks {
  /** Locked settings: dot paths in the settings document of the level below. */
  locked: string[]
  /** The locking level's value of each of them, at the same paths. */
  locked_values: Json
}

/** A level's locks: what its switches lock, wherever the level shows a value to lock it to. */
export function locksOf(switches: Json, values: Json): Locks {
  return {
    locked: lockedPaths(switches).filter((p) => getPath(values, p.split('.')) !== undefined),
    locked_values: values,
  }
}

/** Adds the locks of another level of the same rank (a user's other group): what `into` locks already stays. */
export function addLocks(into: Locks, more: Locks): void {
  for (const path of more.locked) {
    if (into.locked.includes(path)) continue
    into.locked.push(path)
    setPath(into.locked_values, path.split('.'), getPath(more.locked_values, path.split('.')))
  }
}

/** Puts each locked value into `doc`, whatever `doc` had there. */
export function applyLocks<T extends Json>(doc: T, locks: Locks): T {
  for (const path of locks.locked) {
    const keys = path.split('.')
    // Only settings the document has: a user's sections, not the authentication switches kept elsewhere.
    if (keys.length === 1 ? !(path in doc) : !isPlainObject(getPath(doc, keys.slice(0, -1)))) continue
    // setPath copies: locked values may come from shared, frozen account settings, and `doc` is changed later.
    setPath(doc, keys, getPath(locks.locked_values, keys))
  }
  return doc
}

/**
 * The settings that apply at the bottom of the cascade: `own` (the bottom level's layer: its defaults, what it
 * inherits, its own changes) with the locks of the levels above it, given top first (account, then group).
 */
export function resolveSettings<T extends Json>(own: T, above: Locks[]): T {
  // The highest level's locks go last, so that its values are the ones left standing.
  for (const locks of [...above].reverse()) applyLocks(own, locks)
  return own
}

// --- changes ---

/** A change to one level's stored settings. */
export interface LayerChange {
  /** Section changes, in the names the level stores them under. */
  sections?: Json
  /** meeting_security fields that no section mirrors. */
  meeting_security?: Json
  /** The new state of one kind of authentication. */
  authentication?: { kind: AuthKind; state: AuthenticationState }
}

/**
 * The one way a level's stored settings change: sections and meeting_security merge into what is stored, an
 * authentication state replaces the stored one.
 */
export function mergeIntoLayer(stored: StoredLayer, change: LayerChange): StoredLayer {
  let next = stored
  if (change.sections) next = deepMerge(next, change.sections)
  if (change.meeting_security && Object.keys(change.meeting_security).length)
    next = deepMerge(next, { meeting_security: change.meeting_security })
  if (change.authentication) {
    const { kind, state } = change.authentication
    next = { ...next, authentication: { ...(next.authentication ?? {}), [kind]: state } }
  }
  return next
}

/** The authentication kind an `option` names, if it names one. */
export function authenticationKind(option: string | undefined): AuthKind | undefined {
  if (option === 'meeting_authentication') return 'meeting'
  if (option === 'recording_authentication') return 'recording'
  return undefined
}

/**
 * An `option=…_authentication` change of a level: the switches and at most one profile change. `options`: the
 * profiles as the level shows them now; only an account (`owner`) adds and deletes profiles.
 */
export function authenticationChange(
  stored: StoredLayer,
  kind: AuthKind,
  body: Json,
  options: Json[],
  rights: 'owner' | 'inheritor',
): LayerChange {
  const state = changeAuthentication(kind, stored.authentication?.[kind] ?? {}, body, options, rights)
  return { authentication: { kind, state } }
}

/**
 * A meeting_security change of a level showing `current`: the mirrored fields change the sections (both places
 * show them), the rest is kept under meeting_security, only the fields `known` has when given.
 */
export function meetingSecurityChange(change: Json, current: Json, known?: Json): LayerChange {
  const { sections, rest } = splitMeetingSecurity(change, current)
  return { sections, meeting_security: known ? pickKnown(rest, known) : rest }
}

/** Every leaf of `change` with the value `before` had there (none where it had none): an event's old values. */
export function previousValues(change: Json, before: Json): Json {
  const out: Json = {}
  for (const [key, v] of Object.entries(change)) {
    const was = before[key]
    out[key] = isPlainObject(v) && isPlainObject(was) ? previousValues(v, was) : structuredClone(was)
  }
  return out
}
