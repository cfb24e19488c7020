// Scope resources that grant an event family besides the family's own name.
const ALIASES: Record<string, string[]> = {
  // The recording events here are a meeting's in-progress recording, and an app may hold no recording scope at all.
  recording: ['recording', 'cloud_recording', 'meeting'],
  webinar: ['webinar'],
  meeting: ['meeting'],
  user: ['user'],
}

/**
 * An app may subscribe to an event only when it holds a scope of the event's resource (`meeting.created`
 * needs some `meeting:` scope); app lifecycle events (`app.…`) need none.
 */
export function eventAllowed(event: string, appScopes: Iterable<string>): boolean {
  const resource = beforeFirst(event, '.')
  // An app hears about its own uninstall whatever scopes it holds.
  if (resource === 'app' || event === 'app_deauthorized') return true
  const wanted = new Set(ALIASES[resource] ?? [resource])
  for (const s of appScopes) if (wanted.has(beforeFirst(s, ':'))) return true
  return false
}

/** The users an event concerns, for user-scoped subscriptions: the object's owner or the user itself, and the operator. */
export function eventUsers(event: string, body: string): string[] {
  let parsed: { payload?: { operator_id?: unknown; object?: Record<string, unknown> } }
  try {
    parsed = JSON.parse(body)
  } catch {
    return []
  }
  const p = parsed.payload ?? {}
  const o = p.object ?? {}
  const ids = [o.host_id, o.user_id, event.startsWith('user.') ? o.id : undefined, p.operator_id]
  return [...new Set(ids.filter((v): v is string => typeof v === 'string' && v !== ''))]
}

/** The text before the first `sep`, or all of it: what `split(sep)[0]` gives, without the possibly-undefined index. */
function beforeFirst(text: string, sep: string): string {
  const i = text.indexOf(sep)
  return i < 0 ? text : text.slice(0, i)
}
