// An operation's path and query parameters, as the OpenAPI document, the reference pages and the description
// check all list them.
import type { AnyOperation } from '../http/operation.js'
import { SERVED_DEFAULT, SERVED_MAXIMUM } from '../schemas/kit.js'

export type Schema = Record<string, unknown>
export const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v)

export interface Parameter {
  name: string
  in: 'path' | 'query'
  required: boolean
  schema: Schema
}

/**
 * A parameter's schema as published: the default the server applies and the largest value it serves, which the
 * declaration states apart from what the validator checks, become `default` and `maximum`.
 */
function published(schema: Schema): Schema {
  const { [SERVED_DEFAULT]: fallback, [SERVED_MAXIMUM]: ceiling, ...rest } = schema
  return {
    ...rest,
    ...(fallback !== undefined && rest.default === undefined ? { default: fallback } : {}),
    ...(typeof ceiling === 'number' && rest.maximum === undefined ? { maximum: ceiling } : {}),
  }
}

/** The parameters of `op` served at `path` (its own path, or its master form with `{accountId}` first). */
export function operationParams(op: AnyOperation, path: string = op.path): Parameter[] {
  const declared = isSchema(op.params) && isSchema(op.params.properties) ? op.params.properties : {}
  const params: Parameter[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => {
    const name = m[1] ?? ''
    const s = declared[name]
    return { name, in: 'path', required: true, schema: isSchema(s) ? s : { type: 'string' } }
  })
  if (isSchema(op.query) && isSchema(op.query.properties)) {
    const required = new Set(Array.isArray(op.query.required) ? op.query.required : [])
    for (const [name, s] of Object.entries(op.query.properties))
      if (isSchema(s)) params.push({ name, in: 'query', required: required.has(name), schema: published(s) })
  }
  return params
}
