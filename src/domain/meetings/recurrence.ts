import type { FieldError } from '../../errors/zoom-error.js'
import { addDays, compareDates, daysInMonth, fromLocal, parseStartTime, toLocal, weekday } from './time.js'

export interface Recurrence {
  type: 1 | 2 | 3
  repeat_interval?: number
  /** "1"–"7" (Sunday–Saturday), comma-separated. */
  weekly_days?: string
  monthly_day?: number
  monthly_week?: -1 | 1 | 2 | 3 | 4
  monthly_week_day?: 1 | 2 | 3 | 4 | 5 | 6 | 7
  end_times?: number
  end_date_time?: string
}

/** Zoom schedules at most this many occurrences of one recurring meeting. */
export const MAX_OCCURRENCES = 60
const MAX_INTERVAL: Record<1 | 2 | 3, number> = { 1: 90, 2: 12, 3: 3 }

/** Field errors of a recurrence object (empty when it is usable). */
export function recurrenceErrors(r: Recurrence, max = MAX_OCCURRENCES): FieldError[] {
  const out: FieldError[] = []
  const bad = (field: string, message: string) => out.push({ field: `recurrence.${field}`, message })
  if (r.repeat_interval !== undefined && (r.repeat_interval < 1 || r.repeat_interval > MAX_INTERVAL[r.type]))
    bad('repeat_interval', `Invalid field. Must be between 1 and ${MAX_INTERVAL[r.type]}.`)
  if (r.type === 2 && r.weekly_days !== undefined && !/^[1-7](,[1-7])*$/.test(r.weekly_days))
    bad('weekly_days', 'Invalid field.')
  if (r.type === 3) {
    if (r.monthly_day !== undefined && (r.monthly_day < 1 || r.monthly_day > 31))
      bad('monthly_day', 'Invalid field. Must be between 1 and 31.')
    if ((r.monthly_week === undefined) !== (r.monthly_week_day === undefined))
      bad(r.monthly_week === undefined ? 'monthly_week' : 'monthly_week_day', 'This field is required.')
  }
  if (r.end_times !== undefined && r.end_date_time !== undefined)
    bad('end_date_time', 'Invalid field. Cannot be used with end_times.')
  if (r.end_times !== undefined && (r.end_times < 0 || r.end_times > max))
    bad('end_times', `Invalid field. Must be at most ${max}.`)
  if (r.end_date_time !== undefined && parseStartTime(r.end_date_time, 'UTC') === undefined)
    bad('end_date_time', 'Invalid field.')
  return out
}

/** Only the members that apply to the recurrence type, with Zoom's defaults filled in. */
export function normalizeRecurrence(r: Recurrence): Recurrence {
  const out: Recurrence = { type: r.type, repeat_interval: r.repeat_interval ?? 1 }
  if (r.type === 2) out.weekly_days = r.weekly_days ?? '1'
  if (r.type === 3) {
    if (r.monthly_week !== undefined && r.monthly_week_day !== undefined) {
      out.monthly_week = r.monthly_week
      out.monthly_week_day = r.monthly_week_day
    } else out.monthly_day = r.monthly_day ?? 1
  }
  if (r.end_date_time !== undefined) out.end_date_time = r.end_date_time
  else out.end_times = r.end_times ?? 1
  return out
}

type Day = { year: number; month: number; day: number }

/** The n-th (or, for -1, the last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, n: number, wd: number): Day | undefined {
  if (n === -1) {
    const last: Day = { year, month, day: daysInMonth(year, month) }
    return addDays(last, -((weekday(last) - wd + 7) % 7))
  }
  const first: Day = { year, month, day: 1 }
  const d = addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7)
  return d.month === month ? d : undefined
}

/**
 * The start instants of a recurring meeting's occurrences. Dates advance on the wall clock of `tz`, so a
 * weekly 10:00 meeting stays at 10:00 local time across daylight-saving changes.
 */
export function occurrenceStarts(startMs: number, tz: string, r: Recurrence, max = MAX_OCCURRENCES): number[] {
  const local = toLocal(startMs, tz)
  const first: Day = { year: local.year, month: local.month, day: local.day }
  const at = (d: Day) => fromLocal({ ...d, hour: local.hour, minute: local.minute, second: local.second }, tz)
  const interval = r.repeat_interval ?? 1
  const limit = r.end_date_time !== undefined || !r.end_times ? max : Math.min(r.end_times, max)
  const endMs = r.end_date_time !== undefined ? parseStartTime(r.end_date_time, 'UTC') : undefined
  const lastDay = endMs !== undefined ? toLocal(endMs, tz) : undefined
  const out: number[] = []
  const accept = (d: Day): boolean => {
    if (lastDay && compareDates(d, lastDay) > 0) return false
    out.push(at(d))
    return out.length < limit
  }

  if (r.type === 1) {
    for (let k = 0; ; k++) if (!accept(addDays(first, k * interval))) break
  } else if (r.type === 2) {
    const days = [...new Set((r.weekly_days ?? '1').split(',').map(Number))].sort((a, b) => a - b)
    const weekStart = addDays(first, -weekday(first))
    outer: for (let w = 0; w < 520; w += interval) {
      for (const wd of days) {
        const d = addDays(weekStart, w * 7 + wd - 1)
        if (compareDates(d, first) < 0) continue
        if (!accept(d)) break outer
      }
      if (lastDay && compareDates(addDays(weekStart, w * 7), lastDay) > 0) break
    }
  } else {
    for (let k = 0; k < 1200; k += interval) {
      const monthIndex = local.month - 1 + k
      const year = local.year + Math.floor(monthIndex / 12)
      const month = (monthIndex % 12) + 1
      const d =
        r.monthly_week !== undefined && r.monthly_week_day !== undefined
          ? nthWeekday(year, month, r.monthly_week, r.monthly_week_day - 1)
          : { year, month, day: Math.min(r.monthly_day ?? 1, daysInMonth(year, month)) }
      if (lastDay && compareDates({ year, month, day: 1 }, lastDay) > 0) break
      if (!d || compareDates(d, first) < 0) continue
      if (!accept(d)) break
    }
  }
  return out
}
