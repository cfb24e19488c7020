// For values the code's own logic guarantees (a regex group that always matches, a row just inserted): a failure here
// is a bug, not a client error, so it throws a plain Error rather than a Zoom-shaped one.
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`invariant: ${what} is missing`)
  return value
}
