/** Zoom's date-time form, `yyyy-MM-ddTHH:mm:ssZ`: ISO 8601 in UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

/**
 * A time to the minute as "MM/dd/yyyy HH:mm" in UTC: the form Zoom documents for the schedule, join and leave
 * times in the report of the meetings a user held or joined (whose start and end times stay ISO 8601).
 */
export function reportMinute(ms: number): string {
  const iso = new Date(ms).toISOString()
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`
}

/**
 * Seconds from one moment to another as the two read in whole seconds (as isoSeconds shows them), so a duration
 * always equals the difference of the times printed beside it.
 */
export function secondsBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor(toMs / 1000) - Math.floor(fromMs / 1000))
}
