import { isPlainObject, type Json } from '../../util/json.js'

// Settings locks and read-only fields name a setting by its path through the document's sections.

export function getPath(value: unknown, path: string[]): unknown {
  let cur = value
  for (const key of path) {
    if (!isPlainObject(cur)) return undefined
    cur = cur[key]
  }
  return cur
}

/** Creates the objects on the way; the value is copied so the document never shares it with its source. */
export function setPath(value: Json, path: string[], v: unknown): void {
  const last = path.at(-1)
  if (last === undefined) return
  let cur = value
  for (const key of path.slice(0, -1)) {
    if (!isPlainObject(cur[key])) cur[key] = {}
    cur = cur[key] as Json
  }
  cur[last] = structuredClone(v)
}

export function dropPath(value: Json, path: string[]): void {
  const parent = getPath(value, path.slice(0, -1))
  const last = path.at(-1)
  if (isPlainObject(parent) && last !== undefined) delete parent[last]
}

/** Fields Zoom shows at every level but does not let a settings update change. */
export const READ_ONLY_PATHS: string[][] = [
  ['in_meeting', 'virtual_background_settings', 'files'],
  ['telephony', 'telephony_regions', 'allowed_values'],
  ['profile', 'recording_storage_location', 'allowed_values'],
]
