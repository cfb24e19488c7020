import { parse as parseYaml } from 'yaml'
import { errors } from '../errors/catalog.js'
import type { ZoomError } from '../errors/zoom-error.js'
import { nulField, nulRefused } from '../util/nul.js'

/** Zoom's deepest request body (meeting settings with nested interpreter and authentication lists) is under 10. */
export const MAX_BODY_DEPTH = 32
/** Request bodies of the API are small; batch calls stay well under this. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

/**
 * Parses a JSON request body and makes it safe for every later step: a body nested deeper than
 * MAX_BODY_DEPTH is refused (the settings merges and the schema walk recurse), so is one holding U+0000, and
 * `null` in an object
 * property is removed, since Zoom reads a null optional field as one not given.
 *
 * The walk is iterative and linear in the size of the body, so no body can make it recurse or go quadratic.
 */
export function parseJsonBody(text: string): { value?: unknown; error?: ZoomError } {
  const trimmed = text.trim()
  if (!trimmed) return {}
  let value: unknown
  try {
    value = JSON.parse(trimmed)
  } catch {
    return { error: errors.invalidJson() }
  }
  const stack: [unknown, number][] = [[value, 1]]
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top
    if (node === null || typeof node !== 'object') continue
    if (depth > MAX_BODY_DEPTH) {
      return { error: errors.badRequest(`Request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels).`) }
    }
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push([item, depth + 1])
      continue
    }
    const record = node as Record<string, unknown>
    for (const key in record) {
      const v = record[key]
      if (v === null) delete record[key]
      else if (typeof v === 'object') stack.push([v, depth + 1])
    }
  }
  // A JSON text can carry U+0000 only as the escape \u0000; its strings are stored, and PostgreSQL refuses it.
  // (After the depth check: nulField recurses.)
  if (trimmed.includes('\\u0000')) {
    const field = nulField(value)
    if (field !== undefined) return { error: nulRefused(field) }
  }
  return { value }
}

/** The YAML content types the simulator's own operations take, for scenario and fixture files sent as they are. */
export const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml']

/**
 * A YAML document as a body: parsed with few aliases allowed (a small document must not expand into a huge one),
 * then held to the JSON body's rules (depth, nulls, U+0000).
 */
export function parseYamlBody(text: string): { value?: unknown; error?: ZoomError } {
  if (!text.trim()) return {}
  let value: unknown
  try {
    value = parseYaml(text, { maxAliasCount: 50, uniqueKeys: true })
  } catch {
    return { error: errors.invalidYaml() }
  }
  return parseJsonBody(JSON.stringify(value ?? null) ?? '')
}
