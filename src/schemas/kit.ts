// The shorthands every schema file uses. Zoom's bodies are wide and mostly optional, so a settings section of
// forty fields reads best as forty short lines: `waiting_room: b()`, `jbh_time: e([0, 5, 10])`.
import { Type, type TSchema } from 'typebox'
import { FIRST_PAGE } from '../domain/paging.js'

type Options = Record<string, unknown>

/** An optional member: absent (or `null`, which the body parser drops) means "not given". */
export const o = Type.Optional

/** Optional string, with JSON Schema limits such as `{ maxLength: 128 }`. */
export const s = (options: Options = {}) => o(Type.String(options))

/** Optional boolean, with annotations such as `served(...)`. */
export const b = (options: Options = {}) => o(Type.Boolean(options))

/** Optional integer. */
export const i = (options: Options = {}) => o(Type.Integer(options))

/** Optional number. */
export const num = (options: Options = {}) => o(Type.Number(options))

/**
 * One of the listed values (required where it stands; wrap in `o()` for an optional member). Numbers make an
 * integer enum, as Zoom's codes are (`type: 1 | 2 | 3 | 8`).
 */
export const e = <T extends string | number>(values: readonly T[], options: Options = {}) =>
  Type.Unsafe<T>({ type: typeof values[0] === 'number' ? 'integer' : 'string', enum: [...values], ...options })

/** Optional nested object. */
export const obj = <P extends Record<string, TSchema>>(properties: P) => o(Type.Object(properties))

/** Optional array of `item`. */
export const list = <T extends TSchema>(item: T, options: Options = {}) => o(Type.Array(item, options))

/** Optional array of strings. */
export const strings = () => list(Type.String())

/** What a list paged by token answers before its rows: the paging counts, the token first as Zoom writes it. */
export const page = () => ({
  next_page_token: s(),
  page_count: i(),
  page_size: i(),
  total_records: i(),
})

/** What a list numbered by page answers before its rows: `page()` with the number of the page it is. */
export const numberedPageHead = () => ({
  next_page_token: s(),
  page_count: i(),
  page_number: i(),
  page_size: i(),
  total_records: i(),
})

/** What a list over a date window answers before its rows: the window as applied, and the paging counts. */
export const windowedPage = () => ({
  from: s(),
  to: s(),
  page_count: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
})

/** A list over a date window paged by token alone: Zoom answers no counts for these. */
export const windowedTokenPage = () => ({ from: s(), to: s(), page_size: i(), next_page_token: s() })

/** A whole (unpaged) list over a date window: the window and how many rows it holds. */
export const windowedTotal = () => ({ from: s(), to: s(), total_records: i() })

/**
 * Annotation keys for what the server itself does with a query parameter: the value it applies when the
 * parameter is left out, and the largest value it serves (a larger one is served at it, not refused). The
 * validator ignores them, so it neither fills the default in nor refuses the larger value; the published
 * documents show them as `default` and `maximum`.
 */
export const SERVED_DEFAULT = 'x-served-default'
export const SERVED_MAXIMUM = 'x-served-maximum'

/** The options stating a parameter's served default and ceiling, to spread into its schema's options. */
export const served = (what: { default?: unknown; maximum?: number }): Options => ({
  ...(what.default !== undefined ? { [SERVED_DEFAULT]: what.default } : {}),
  ...(what.maximum !== undefined ? { [SERVED_MAXIMUM]: what.maximum } : {}),
})

/**
 * An optional `page_size` for a list the server pages with `paging`: its size when none is given and the largest
 * it serves. `'refuse'` is for the lists that refuse a larger page rather than cut it; `options` otherwise carries
 * the validated limits (`{ minimum: 1 }` unless given).
 */
export const pageSize = (paging: { size: number; max: number }, options: Options | 'refuse' = { minimum: 1 }) =>
  i({
    ...(options === 'refuse' ? { minimum: 1, maximum: paging.max } : options),
    ...served({ default: paging.size, maximum: paging.max }),
  })

/** An optional `page_number` for a list that answers its first page when none is asked. */
export const pageNumber = (options: Options = { minimum: 1 }) => i({ ...options, ...served({ default: FIRST_PAGE }) })
