/** Zoom's date-time form, `yyyy-MM-ddTHH:mm:ssZ`: ISO 8601 in UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}

/**
 * Seconds from one moment to another as the two read in whole seconds (as isoSeconds shows them), so a duration
 * always equals the difference of the times printed beside it.
 */
export function secondsBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor(toMs / 1000) - Math.floor(fromMs / 1000))
}
