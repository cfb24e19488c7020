/** Parses a JSON column, tolerating the empty document. */
export function parseJson<T = Record<string, unknown>>(text: string | null | undefined): T {
  return (text ? JSON.parse(text) : {}) as T
}

export type Json = Record<string, unknown>

export function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Deep-merges `patch` into `base`: objects merge key by key, everything else (arrays too) replaces. */
export function deepMerge<T extends Json>(base: T, patch: Json): T {
  const out: Json = { ...base }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k] as Json, v) : v
  }
  return out as T
}

/** Cached values are shared by every caller: freezing them turns an accidental in-place edit into an error. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
