import { randomBytes } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import type { Json } from '../../util/json.js'
import { getAccountSettings } from '../accounts/settings.js'
import { kindOf, type Kind } from './kinds.js'
import { MeetingService, type Meeting } from './meeting.service.js'

/** Invite links live two hours unless the request says otherwise. */
export const INVITE_LINK_TTL_S = 7200
const CAPTION_TOKEN_TTL_S = 86_400

/**
 * A webinar's caption URL is handed out only while the webinar is in progress (Zoom answers 3000 "has not
 * started" otherwise); a meeting's at any time.
 */
const CAPTION_NOT_LIVE: Record<Kind, ((id: number) => ZoomError) | undefined> = {
  meeting: undefined,
  webinar: (id) => errors.webinarCaptionNotStarted(id),
}

/**
 * One personal join link per attendee: the join URL with a signed `tk` naming the attendee (and whether their
 * video/audio starts off), valid for `ttl` seconds (0: no expiry).
 */
export async function inviteLinks(
  svc: Services,
  m: Meeting,
  attendees: Array<{ name: string; disable_video?: boolean; disable_audio?: boolean }>,
  ttl = INVITE_LINK_TTL_S,
): Promise<Array<{ name: string; join_url: string }>> {
  const meetings = svc.use(MeetingService)
  const now = Math.floor(svc.clock.now() / 1000)
  const out: Array<{ name: string; join_url: string }> = []
  for (const a of attendees) {
    const tk = await meetings.links.sign({
      typ: 'invite',
      mnum: String(m.id),
      name: a.name,
      ...(a.disable_video ? { dv: true } : {}),
      ...(a.disable_audio ? { da: true } : {}),
      iat: now,
      ...(ttl > 0 ? { exp: now + ttl } : {}),
      jti: randomBytes(6).toString('base64url'),
    })
    const url = new URL(meetings.joinUrl(m))
    url.searchParams.set('tk', tk)
    out.push({ name: a.name, join_url: url.toString() })
  }
  return out
}

/**
 * The closed-caption URL a third-party captioning service posts to. Needs the account's closed captioning
 * setting (on unless the account turned it off), and for a webinar the webinar in progress.
 */
export async function captionToken(svc: Services, m: Meeting): Promise<string> {
  const account = await getAccountSettings(svc, m.account_id)
  if ((account.in_meeting as Json).closed_caption === false) throw errors.closedCaptionDisabled()
  const notLive = CAPTION_NOT_LIVE[kindOf(m).kind]
  if (notLive && m.status !== 'started') throw notLive(m.id)
  const meetings = svc.use(MeetingService)
  const ns = Buffer.from(m.uuid, 'base64').subarray(0, 8).toString('base64')
  const signature = await meetings.links.digest(`caption|${m.id}|${ns}|${CAPTION_TOKEN_TTL_S}`, 40)
  const q = new URLSearchParams({
    id: String(m.id),
    ns,
    expire: String(CAPTION_TOKEN_TTL_S),
    spparams: 'id,ns,expire',
    signature,
  })
  return `${svc.config.publicUrl}/closedcaption?${q.toString()}`
}
