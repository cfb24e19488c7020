import { must } from '../../util/must.js'

// Wall-clock time in IANA time zones through Intl, without a date library.

export interface LocalDateTime {
  year: number
  /** 1–12 */
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(tz, f)
  }
  return f
}

export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz)
    return true
  } catch {
    return false
  }
}

/** The wall-clock reading in `tz` at the instant `ms`. */
export function toLocal(ms: number, tz: string): LocalDateTime {
  const out: Record<string, number> = {}
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value)
  // The formatter is built to give every one of these parts.
  const part = (type: string) => must(out[type], `the ${type} part of a formatted date`)
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  }
}

function offsetAt(ms: number, tz: string): number {
  const l = toLocal(ms, tz)
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - (ms - (((ms % 1000) + 1000) % 1000))
}

/** The instant at which the wall clock in `tz` reads `t` (the later reading when a DST gap swallows it). */
export function fromLocal(t: LocalDateTime, tz: string): number {
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  const first = naive - offsetAt(naive, tz)
  const second = naive - offsetAt(first, tz)
  return first === second ? first : Math.max(first, second)
}

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/

/**
 * `yyyy-MM-ddTHH:mm:ssZ` (UTC) or `yyyy-MM-ddTHH:mm:ss` (wall-clock time in `tz`); an explicit offset is
 * honoured too. Undefined when the text is not such a time.
 */
export function parseStartTime(text: string, tz: string): number | undefined {
  const m = START.exec(text.trim())
  if (!m) return undefined
  // Groups 1 to 5 are not optional in START.
  const group = (i: number) => +must(m[i], `group ${i} of a start time`)
  const t: LocalDateTime = {
    year: group(1),
    month: group(2),
    day: group(3),
    hour: group(4),
    minute: group(5),
    second: m[6] ? +m[6] : 0,
  }
  const check = new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second))
  if (
    check.getUTCMonth() !== t.month - 1 ||
    check.getUTCDate() !== t.day ||
    check.getUTCHours() !== t.hour ||
    check.getUTCMinutes() !== t.minute
  )
    return undefined
  if (m[7] === 'Z') return check.getTime()
  if (m[7]) {
    const sign = m[7][0] === '-' ? -1 : 1
    const digits = m[7].slice(1).replace(':', '')
    return check.getTime() - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
  }
  return fromLocal(t, tz)
}

/** Calendar arithmetic on plain dates (no time zone involved). */
export function addDays(
  d: { year: number; month: number; day: number },
  n: number,
): { year: number; month: number; day: number } {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + n))
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: { year: number; month: number; day: number }): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Compares plain dates: negative, zero or positive. */
export function compareDates(
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}
