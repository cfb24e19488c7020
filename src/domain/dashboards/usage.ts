import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { ChatActivityRepo, ClientSessionsRepo } from '../../store/chat-activity.repo.js'
import { AudioLegsRepo } from '../../store/h323-devices.repo.js'
import { isoSeconds } from '../../util/time.js'
import { parseJson } from '../../util/json.js'
import type { Actor } from '../actor.js'
import { hasAccountFeature } from '../accounts/features.js'
import { dateWindow, parseInstant, toDay, type DateWindow, type WindowRules } from '../date-window.js'
import { CLIENTLESS_DEVICES } from '../meetings/devices.js'
import { DAY_MS } from '../meetings/meeting.model.js'
import { keysetPage, type PageQuery } from '../paging.js'
import { requireDashboard } from './gate.js'
import { DASHBOARD_WINDOW } from './instances.js'

const HOUR_MS = 3_600_000

/** Zoom ends a meeting after 30 hours, so no session (a room system's included) lasts longer. */
export const LONGEST_SESSION_MS = 30 * HOUR_MS

/** How far back the client versions dashboard looks for the clients users joined with. */
export const CLIENT_VERSION_DAYS = 30

/** Zoom words the chat dashboard's refusal of an old window its own way. */
const CHAT_WINDOW: WindowRules = { ...DASHBOARD_WINDOW, tooOld: () => errors.chatMetricsTooOld() }

/** The chat dashboard's member that counts each kind of message. */
const KIND_FIELDS = {
  text: 'text_sent',
  audio: 'audio_sent',
  video: 'video_sent',
  file: 'files_sent',
  image: 'images_sent',
  code_snippet: 'code_sippet_sent',
  giphy: 'giphys_sent',
} as const
export type ChatKind = keyof typeof KIND_FIELDS

export interface ChatActivityInput {
  kind: ChatKind
  sent_to: 'contact' | 'channel'
  count?: number
  sent_at?: string
}

interface Leg {
  start: number
  end: number
}

/**
 * The busiest moment of [from, to) among `legs`: concurrency only rises when a leg starts, so it is enough to look
 * at the window's start and at each start inside it.
 */
function peak(legs: Leg[], from: number, to: number): number {
  const moments = [from, ...legs.map((l) => l.start).filter((at) => at > from && at < to)]
  return Math.max(...moments.map((at) => legs.filter((l) => l.start <= at && l.end > at).length))
}

/**
 * Account dashboards of usage: Team Chat messages per user (from the activity the simulator records, as Zoom's API
 * has no Team Chat), the client versions the account's users join with, and the hourly use of Room Connector ports
 * by H.323/SIP room systems in meetings.
 */
export class DashboardUsage {
  readonly chat: ChatActivityRepo
  private sessions: ClientSessionsRepo
  private legs: AudioLegsRepo

  constructor(private svc: Services) {
    this.chat = new ChatActivityRepo(svc.db.kysely)
    this.sessions = new ClientSessionsRepo(svc.db.kysely)
    this.legs = new AudioLegsRepo(svc.db.kysely)
  }

  /** Records Team Chat messages a user of the account sent; 404/1001 for a user out of reach. */
  async recordChat(actor: Actor, userId: string, input: ChatActivityInput) {
    const user = await this.svc.users.resolve(actor, userId)
    const now = this.svc.clock.now()
    let at = now
    if (input.sent_at !== undefined) {
      at = parseInstant(input.sent_at)
      if (!Number.isFinite(at))
        throw errors.validation([
          { field: 'sent_at', message: 'Invalid field: sent_at. Expected yyyy-MM-ddTHH:mm:ssZ.' },
        ])
      if (at > now)
        throw errors.validation([
          { field: 'sent_at', message: 'Invalid field: sent_at. It must not be in the future.' },
        ])
    }
    const row = {
      account_id: user.account_id,
      user_id: user.id,
      kind: input.kind,
      target: input.sent_to,
      count: input.count ?? 1,
      sent_at: at,
    }
    await this.chat.insert(row)
    return { kind: row.kind, sent_to: row.target, count: row.count, date_time: isoSeconds(at) }
  }

  /** Team Chat messages per user over a window of days; only users who sent something are listed. */
  async chatMetrics(actor: Actor, query: PageQuery & { from?: string; to?: string }) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, CHAT_WINDOW)
    const base = this.chat.usersBetween(actor.accountId, window.start, window.end)
    const list = `dashboard-chat|${actor.accountId}|${window.from}|${window.to}`
    const page = await keysetPage(this.svc.pages, base, query, list)
    const ids = page.items.map((r) => r.user_id)
    const totals = await this.chat.totals(actor.accountId, ids, window.start, window.end)
    const known = await this.svc.users.repo.byIds(actor.accountId, ids)
    const byId = new Map(known.map((u) => [u.id, this.svc.users.hydrate(u)]))
    const users = []
    for (const id of ids) {
      const user = byId.get(id)
      const doc = user?.doc
      const row = {
        user_id: id,
        user_name: doc ? (doc.display_name ?? [doc.first_name, doc.last_name].filter(Boolean).join(' ')) : '',
        email: user?.email ?? '',
        total_sent: 0,
        group_sent: 0,
        p2p_sent: 0,
        ...Object.fromEntries(Object.values(KIND_FIELDS).map((f) => [f, 0])),
      } as Record<string, string | number>
      for (const t of totals) {
        if (t.user_id !== id) continue
        row.total_sent = Number(row.total_sent) + t.count
        const side = t.target === 'channel' ? 'group_sent' : 'p2p_sent'
        row[side] = Number(row[side]) + t.count
        const field = KIND_FIELDS[t.kind as ChatKind]
        if (field) row[field] = Number(row[field]) + t.count
      }
      users.push(row)
    }
    return {
      from: window.from,
      to: window.to,
      page_size: page.page_size,
      next_page_token: page.next_page_token,
      users,
    }
  }

  /**
   * How many of the account's users run each client version: every signed-in user of the account who joined a
   * meeting or webinar of the account in the last CLIENT_VERSION_DAYS days, counted once, under the version of
   * their latest join with a Zoom client. Most used first.
   */
  async clientVersions(actor: Actor) {
    await requireDashboard(this.svc, actor.accountId)
    const now = this.svc.clock.now()
    const rows = await this.sessions.signedInSessions(actor.accountId, now - CLIENT_VERSION_DAYS * DAY_MS, now + 1)
    const latest = new Map<string, string>()
    for (const r of rows) {
      const version = parseJson<{ version?: string }>(r.data).version
      if (r.account_user_id === null || CLIENTLESS_DEVICES.has(r.device) || !version) continue
      latest.set(r.account_user_id, version)
    }
    const counts = new Map<string, number>()
    for (const version of latest.values()) counts.set(version, (counts.get(version) ?? 0) + 1)
    const client_versions = [...counts]
      .map(([client_version, total_count]) => ({ client_version, total_count }))
      .sort((a, b) => b.total_count - a.total_count || a.client_version.localeCompare(b.client_version))
    return { client_versions }
  }

  /**
   * Room Connector ports per hour of each day of the window: `total_usage` the H.323/SIP room system connections
   * that were up at some moment of the hour, `max_usage` the most that were up at once. Hours are UTC; a
   * connection still up counts until now.
   */
  async crcPorts(actor: Actor, query: { from?: string; to?: string }) {
    await requireDashboard(this.svc, actor.accountId)
    if (!(await hasAccountFeature(this.svc, actor.accountId, 'h323_sip_devices'))) throw errors.h323NotAllowed()
    const now = this.svc.clock.now()
    const window: DateWindow = dateWindow(now, query, DASHBOARD_WINDOW)
    const rows = await this.legs.roomSystemsDuring(actor.accountId, window.start, window.end, LONGEST_SESSION_MS)
    const legs: Leg[] = rows.map((r) => ({
      start: Number(r.created_at),
      end: r.leave_time === null ? now : Number(r.leave_time),
    }))
    const days = []
    for (let day = window.start; day < window.end; day += DAY_MS) {
      const hours = []
      for (let h = 0; h < 24; h++) {
        const from = day + h * HOUR_MS
        const to = from + HOUR_MS
        const during = legs.filter((l) => l.start < to && l.end > from)
        hours.push({
          hour: String(h).padStart(2, '0'),
          max_usage: during.length ? peak(during, from, to) : 0,
          total_usage: during.length,
        })
      }
      days.push({ date_time: toDay(day), crc_ports_hour_usage: hours })
    }
    return { from: window.from, to: window.to, crc_ports_usage: days }
  }
}
