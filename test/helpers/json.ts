import assert from 'node:assert/strict'
import type { Static, TSchema } from 'typebox'

/**
 * A JSON object whose fields are not described: each field is `unknown` until the test checks its value, so only
 * value comparisons (`assert.equal(body.code, 300)`) read it directly. Tests that read deeper declare the shape.
 */
export type Json = { [key: string]: unknown }

/**
 * `T` with every optional member present, all the way down: how a test reads a reply whose fields it asserts.
 * An absent field reads as `undefined` at run time and fails the assertion that reads it.
 */
export type Full<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? Full<U>[]
    : T extends object
      ? { [K in keyof T]-?: Full<NonNullable<T[K]>> }
      : T

/** A reply body as `schema` (from src/schemas) describes it, read as `Full`. */
export type View<S extends TSchema> = Full<Static<S>>

/** Zoom's error body; a validation error lists the fields. */
export interface ApiError {
  code: number
  message: string
  errors?: { field: string; message: string }[]
}

/** A paged list's counters, as every list operation returns them. */
export interface Page {
  [key: string]: unknown
  page_size: number
  total_records: number
  next_page_token: string
  page_count?: number
  page_number?: number
}

/** Asserts that `value` is present and returns it. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  assert.ok(value !== undefined && value !== null, `expected a ${what}`)
  return value
}

/** The item at `index` (negative counts from the end), asserted present. */
export function at<T>(items: readonly T[] | undefined, index: number, what = 'item'): T {
  assert.ok(items, `expected a list holding the ${what}`)
  return must(items.at(index), `${what} at index ${index} of ${items.length}`)
}

/** The first item matching `test`, asserted present. */
export function find<T>(items: readonly T[] | undefined, test: (item: T) => unknown, what = 'matching item'): T {
  assert.ok(items, `expected a list holding the ${what}`)
  return must(items.find(test), what)
}

/** `value` asserted to be a string. */
export function str(value: unknown, what = 'string'): string {
  assert.equal(typeof value, 'string', `expected a ${what}, got ${JSON.stringify(value)}`)
  return value as string
}

/** `value` asserted to be a number. */
export function num(value: unknown, what = 'number'): number {
  assert.equal(typeof value, 'number', `expected a ${what}, got ${JSON.stringify(value)}`)
  return value as number
}

/** `value` asserted to be a JSON object (not an array). */
export function obj(value: unknown, what = 'object'): Json {
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value), `expected an ${what}`)
  return value as Json
}

/** `value` asserted to be an array of JSON objects. */
export function items(value: unknown, what = 'list'): Json[] {
  assert.ok(Array.isArray(value), `expected a ${what}, got ${JSON.stringify(value)}`)
  return value.map((item: unknown) => obj(item, `${what} item`))
}

/** `value` asserted to be an array. */
export function array(value: unknown, what = 'array'): unknown[] {
  assert.ok(Array.isArray(value), `expected an ${what}, got ${JSON.stringify(value)}`)
  return value
}

/** The body as a Zoom error: a numeric code and a message, asserted. */
export function zoomError(body: unknown): ApiError {
  const err = body as ApiError
  assert.equal(typeof err?.code, 'number', `expected a Zoom error, got ${JSON.stringify(body)}`)
  assert.equal(typeof err.message, 'string', `expected a Zoom error, got ${JSON.stringify(body)}`)
  return err
}

/**
 * A webhook event as the outbox stores it and a receiver gets it; `O` is the shape of `payload.object`. A URL
 * validation challenge carries `payload.plainToken` instead of an object.
 */
export interface WebhookEvent<O = Json> {
  event: string
  event_ts: number
  payload: {
    account_id: string
    operator: string
    operator_id: string
    object: O
    old_object: O
    plainToken: string
    [key: string]: unknown
  }
  [key: string]: unknown
}

/** Asserts a refusal: the HTTP status, Zoom's code and, when given, the field a validation error names. */
export function refused(res: { status: number; body: unknown }, status: number, code: number, field?: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body))
  const err = zoomError(res.body)
  assert.equal(err.code, code, JSON.stringify(res.body))
  if (field !== undefined)
    assert.ok(
      err.errors?.some((e) => e.field === field),
      `${field} in ${JSON.stringify(err.errors)}`,
    )
}

/** The field errors of a validation refusal (Zoom's code 300), asserted present. */
export function fieldErrors(body: unknown): { field: string; message: string }[] {
  return must(zoomError(body).errors, 'list of field errors')
}

/** The `index`th field error of a validation refusal (Zoom's code 300). */
export function fieldError(body: unknown, index = 0): { field: string; message: string } {
  return at(zoomError(body).errors, index, 'field error')
}

/** A settings document: sections (`in_meeting`, `recording`…) of fields. */
export type Settings = { [section: string]: Json }

/** `value` asserted to be an object, read as a settings document. */
export function asSettings(value: unknown): Settings {
  return obj(value, 'settings document') as Settings
}
