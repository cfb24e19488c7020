import { errors } from '../errors/catalog.js'
import { DAY_MS } from './meetings/meeting.model.js'
import { pageCounts, type PageCounts } from './paging.js'

/**
 * A range of whole UTC days, both ends included, as the recording lists (and Zoom's reports) take it in
 * `from`/`to` and echo it back.
 */
export interface DateWindow {
  /** yyyy-mm-dd, as it is echoed (after any clamping). */
  from: string
  to: string
  /** Epoch ms of the start of `from`. */
  start: number
  /** Epoch ms of the start of the day after `to`: the window ends before it. */
  end: number
}

export interface WindowRules {
  /** The longest range in calendar months; an earlier `from` is moved up to this far before `to`, not refused. */
  maxMonths: number
  /** How many calendar months before today (server clock) `from` may reach. */
  recentMonths: number
  /** The answer when `from` reaches further back than that; none: any age is accepted. */
  tooOld?: () => Error
  /** Days the window spans when only `to` is known (1: `from` = `to`). */
  defaultDays?: number
}

/** yyyy-mm-dd of an instant, UTC. */
export const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Epoch ms of a yyyy-mm-dd day; a date the calendar does not have (2026-02-30) is a validation error. */
function dayStart(field: string, text: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN
  if (Number.isNaN(ms) || toDay(ms) !== text)
    throw errors.validation([{ field, message: `Invalid field: ${field}. Expected a date as yyyy-mm-dd.` }])
  return ms
}

/**
 * The day `months` calendar months before `ms` (both epoch ms at a day's start); when that month is shorter, its
 * last day: one month before 03-31 is 02-28 (or 02-29).
 */
export function calendarMonthsBefore(ms: number, months: number): number {
  const at = new Date(ms)
  const year = at.getUTCFullYear()
  const month = at.getUTCMonth() - months
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return Date.UTC(year, month, Math.min(at.getUTCDate(), daysInMonth))
}

/**
 * The window a request asks for, on the server clock `now`: `to` defaults to today and `from` to `to` (or the
 * rule's default span). A range longer than `maxMonths` keeps its `to` and starts `maxMonths` before it, and the
 * adjusted dates are what the caller echoes. A `from` after `to` is a validation error; one older than
 * `recentMonths` before today gets the rule's refusal.
 */
export function dateWindow(now: number, query: { from?: string; to?: string }, rules: WindowRules): DateWindow {
  const today = Math.floor(now / DAY_MS) * DAY_MS
  const last = query.to !== undefined ? dayStart('to', query.to) : today
  let first = query.from !== undefined ? dayStart('from', query.from) : last - ((rules.defaultDays ?? 1) - 1) * DAY_MS
  if (first > last)
    throw errors.validation([{ field: 'from', message: 'Invalid field: from. It must not be later than to.' }])
  first = Math.max(first, calendarMonthsBefore(last, rules.maxMonths))
  if (rules.tooOld && first < calendarMonthsBefore(today, rules.recentMonths)) throw rules.tooOld()
  return { from: toDay(first), to: toDay(last), start: first, end: last + DAY_MS }
}

/** The recording lists and analytics: at most a month, starting within the last six (Zoom's 300 otherwise). */
export const RECORDING_WINDOW: WindowRules = {
  maxMonths: 1,
  recentMonths: 6,
  tooOld: () => errors.recordingOutOfWindow(),
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/

/**
 * Epoch ms of a date-time written yyyy-MM-ddTHH:mm:ss[.sss] with `Z` or an offset; NaN for anything else. The zone
 * is required: without one, Date.parse would read the time in the server's local zone.
 */
export function parseInstant(value: string): number {
  return DATE_TIME.test(value) ? Date.parse(value) : NaN
}

/** An instant given as yyyy-MM-ddTHH:mm:ssZ (or with an offset), in whole seconds as Zoom compares them. */
function instant(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  const ms = parseInstant(value)
  if (!Number.isFinite(ms)) throw errors.invalidParameter(name)
  return Math.floor(ms / 1000) * 1000
}

/**
 * A window of instants (the archive list's `from`/`to` date-times), at most `maxMs` long and refused beyond it:
 * `to` defaults to now and is brought back to now when later (Zoom echoes the adjusted value); `from` defaults to
 * the longest window ending at `to`. Both ends belong to it: `end` is just after `to`.
 */
export function instantWindow(
  now: number,
  query: { from?: string; to?: string },
  maxMs: number,
  refuse: { reversed: () => Error; tooLong: () => Error },
): { from: number; to: number; end: number } {
  const present = Math.floor(now / 1000) * 1000
  const to = Math.min(instant('to', query.to) ?? present, present)
  const from = instant('from', query.from) ?? to - maxMs
  if (from > to) throw refuse.reversed()
  if (to - from > maxMs) throw refuse.tooLong()
  return { from, to, end: to + 1000 }
}

/** The paging members of a windowed list's answer, beside the window it echoes. */
export function windowedPage(window: { from: string; to: string }, page: PageCounts) {
  return { from: window.from, to: window.to, ...pageCounts(page) }
}
