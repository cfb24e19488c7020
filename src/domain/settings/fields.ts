import { isPlainObject, type Json } from '../../util/json.js'

/** The settings sections of `value` (a document or a change), leaving out whatever else it holds. */
export function sectionsOf(value: Json, sections: readonly string[]): Json {
  const out: Json = {}
  for (const key of sections) if (isPlainObject(value[key])) out[key] = value[key]
  return out
}

/**
 * Keeps only the keys the template knows (recursively for objects); arrays and values replace. With
 * `sameKind`, a value also needs the template's kind: one level's settings layered under another's document
 * must not put a string where that document has a boolean.
 */
export function pickKnown(patch: Json, template: Json, { sameKind = false } = {}): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in template) || v === undefined) continue
    const t = template[k]
    if (isPlainObject(t)) {
      if (isPlainObject(v)) {
        const inner = pickKnown(v, t, { sameKind })
        if (Object.keys(inner).length) out[k] = inner
      }
    } else if (!sameKind || t === null || typeof t === typeof v || (Array.isArray(t) && Array.isArray(v))) out[k] = v
  }
  return out
}

/** The part of a JSON schema that names an object's fields. */
export interface SchemaNode {
  type?: unknown
  properties?: Record<string, SchemaNode>
}

/** Drops what the body schema does not know, so only real settings are stored. */
export function pruneToSchema(value: unknown, schema: unknown): unknown {
  const properties = (schema as SchemaNode | undefined)?.properties
  if (!isPlainObject(value) || !properties) return value
  const out: Json = {}
  for (const [key, v] of Object.entries(value)) {
    if (key in properties && v !== undefined) out[key] = pruneToSchema(v, properties[key])
  }
  return out
}

/** Keeps only the named fields (at any depth), with the sections around them. */
function filterFields(value: Json, names: ReadonlySet<string>): Json {
  const out: Json = {}
  for (const [key, v] of Object.entries(value)) {
    if (names.has(key)) out[key] = v
    else if (isPlainObject(v)) {
      const inner = filterFields(v, names)
      if (Object.keys(inner).length) out[key] = inner
    }
  }
  return out
}

/**
 * `custom_query_fields`: only the named fields (section names or field names at any depth), each inside its
 * section, e.g. `host_video` → `{ schedule_meeting: { host_video: false } }`. No names: the whole document.
 */
export function filterFieldList(doc: Json, list: string | undefined): Json {
  const names = new Set(
    (list ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  return names.size ? filterFields(doc, names) : doc
}
