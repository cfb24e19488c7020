import type { Json } from '../../util/json.js'
import { defaultDisplayName } from '../users/user.model.js'
import { meetingAuthenticationOptions } from '../users/settings.js'
import type { User } from '../users/user.service.js'
import { globalDialInNumbers } from './dial-in.js'
import type { MeetingLinkSigner } from './links.js'
import type { Meeting } from './meeting.service.js'

/**
 * A meeting's settings as Get and Create show them: the stored settings with what Zoom fills in from elsewhere —
 * the registration contact (the host unless one was given), the dial-in numbers of the chosen countries, and
 * the authentication profile the meeting requires.
 */
export async function presentSettings(
  m: Meeting,
  settings: Json,
  host: User | undefined,
  links: MeetingLinkSigner,
  joinUrl: string,
): Promise<Json> {
  const out: Json = { ...settings, global_dial_in_numbers: globalDialInNumbers(settings) }
  if (host) {
    out.contact_name =
      settings.contact_name ??
      (host.doc.display_name || defaultDisplayName(host.doc.first_name, host.doc.last_name) || host.email)
    out.contact_email = settings.contact_email ?? host.email
  }
  if (settings.meeting_authentication === true && host)
    Object.assign(out, await authentication(m, settings, host, links, joinUrl))
  return out
}

/**
 * The profile a meeting that only admits authenticated users names: the one it was given, else the host's
 * default. Domains show for a profile that signs in with specified domains; each exception gets its own link.
 */
async function authentication(
  m: Meeting,
  settings: Json,
  host: User,
  links: MeetingLinkSigner,
  joinUrl: string,
): Promise<Json> {
  const options = meetingAuthenticationOptions(host)
  const given =
    typeof settings.authentication_option === 'string' && settings.authentication_option !== ''
      ? settings.authentication_option
      : undefined
  const visible = options.filter((o) => o.visible !== false)
  const id = given ?? ((visible.find((o) => o.default_option === true) ?? visible[0])?.id as string | undefined) ?? ''
  const option = options.find((o) => o.id === id)
  const out: Json = { authentication_option: id, authentication_name: (option?.name as string | undefined) ?? '' }
  if (option?.type === 'enforce_login_with_domains')
    out.authentication_domains = settings.authentication_domains ?? option.domains ?? ''
  const exceptions = Array.isArray(settings.authentication_exception)
    ? (settings.authentication_exception as Json[])
    : []
  out.authentication_exception = await Promise.all(
    exceptions.map(async (e) => {
      const tk = await links.sign({
        typ: 'authentication_exception',
        mnum: String(m.id),
        email: String(e.email ?? '').toLowerCase(),
      })
      return { email: e.email, name: e.name, join_url: `${joinUrl}${joinUrl.includes('?') ? '&' : '?'}tk=${tk}` }
    }),
  )
  return out
}

/** A meeting's tracking fields as reports and dashboards list them: none is an empty list. */
export function trackingFieldsOf(m: Meeting | undefined): Array<{ field: string; value: string }> {
  return (m?.doc.tracking_fields ?? []).map((f) => ({ field: f.field, value: f.value ?? '' }))
}

/** The custom keys a meeting was given, as reports and dashboards list them; undefined when it has none. */
export function customKeysOf(m: Meeting | undefined): Array<{ key?: string; value?: string }> | undefined {
  const keys = m?.doc.settings.custom_keys
  if (!Array.isArray(keys) || !keys.length) return undefined
  return (keys as Json[]).map((k) => ({
    ...(typeof k.key === 'string' ? { key: k.key } : {}),
    ...(typeof k.value === 'string' ? { value: k.value } : {}),
  }))
}
