// Puts the field descriptions into an operation's schemas for the OpenAPI document and the reference pages, and
// finds the fields that have none.
import type { AnyOperation } from '../http/operation.js'
import { describeField, fieldContext, type FieldContext, type Text } from './fields/index.js'
import { isSchema, operationParams, type Schema } from './params.js'

export type Lang = 'en' | 'zh'

/** Calls `visit` for every property of `schema` (nested objects, array items and alternatives included). */
export function eachField(schema: unknown, visit: (path: string[], field: Schema) => void, path: string[] = []): void {
  if (!isSchema(schema)) return
  const properties = schema.properties
  if (isSchema(properties)) {
    for (const [name, field] of Object.entries(properties)) {
      if (!isSchema(field)) continue
      visit([...path, name], field)
      eachField(field, visit, [...path, name])
    }
  }
  if (isSchema(schema.items)) eachField(schema.items, visit, path)
  if (isSchema(schema.additionalProperties)) eachField(schema.additionalProperties, visit, path)
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[key]
    if (Array.isArray(list)) for (const alt of list) eachField(alt, visit, path)
  }
}

/** A copy of `schema` whose properties carry their description in `lang` (the others stay as they are). */
export function describeSchema(
  schema: unknown,
  group: string | FieldContext,
  lang: Lang,
  path: string[] = [],
): unknown {
  if (Array.isArray(schema)) return schema.map((s) => describeSchema(s, group, lang, path))
  if (!isSchema(schema)) return schema
  const out: Schema = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isSchema(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, field]) => {
          const copy = describeSchema(field, group, lang, [...path, name])
          const text = describeField(group, [...path, name])
          return [name, text && isSchema(copy) ? { ...copy, description: text[lang] } : copy]
        }),
      )
    } else if (
      key === 'items' ||
      key === 'additionalProperties' ||
      key === 'anyOf' ||
      key === 'oneOf' ||
      key === 'allOf'
    ) {
      out[key] = describeSchema(value, group, lang, path)
    } else {
      out[key] = value
    }
  }
  return out
}

export interface Undescribed {
  operation: string
  where: 'path' | 'query' | 'body' | 'response'
  field: string
}

/** The parameters and fields of the operations that have no description in both languages. */
export function undescribed(operations: AnyOperation[]): Undescribed[] {
  const missing: Undescribed[] = []
  const complete = (t: Text | undefined) => !!t && t.en.trim() !== '' && t.zh.trim() !== ''
  for (const op of operations) {
    const check = (where: Undescribed['where']) => (path: string[]) => {
      if (!complete(describeField(fieldContext(op), path)))
        missing.push({ operation: op.id, where, field: path.join('.') })
    }
    for (const p of operationParams(op)) check(p.in)([p.name])
    eachField(op.body, check('body'))
    eachField(op.success.schema, check('response'))
  }
  return missing
}
