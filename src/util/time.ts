/** Zoom's date-time form, `yyyy-MM-ddTHH:mm:ssZ`: ISO 8601 in UTC without milliseconds. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z'
}
