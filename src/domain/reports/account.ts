import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { RecordingsRepo } from '../../store/recordings.repo.js'
import type { Actor } from '../actor.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { cloudStorageQuota } from '../cloud-recording/storage.js'
import {
  calendarMonthsBefore,
  dateWindow,
  toDay,
  windowedPage,
  type DateWindow,
  type WindowRules,
} from '../date-window.js'
import { groupIdsOfMany } from '../groups/membership.js'
import { publicType } from '../meetings/kinds.js'
import { MeetingService } from '../meetings/meeting.service.js'
import { MeetingInstances } from '../meetings/instances.js'
import { DAY_MS } from '../meetings/meeting.model.js'
import { hydrateInstance } from '../meetings/participants.js'
import { customKeysOf } from '../meetings/settings-view.js'
import { isoSeconds, reportMinute } from '../../util/time.js'
import { numberedPage, pageSizeOf, paginate, type PageQuery } from '../paging.js'

/** The account reports cover at most a month, starting within the last six. */
const REPORT_WINDOW: WindowRules = { maxMonths: 1, recentMonths: 6, tooOld: () => errors.recordingOutOfWindow() }

/** Zoom keeps the storage report to 30 days. */
const STORAGE_REPORT_DAYS = 30

const dailyTooOld = () =>
  errors.badRequest('Daily report can only be provided for a month that falls within the recent 6 months.')

/** Per instance: what the usage reports add up. */

/** The name reports show for a user: the display name, else first and last name. */
const displayName = (doc: { display_name?: string; first_name?: string; last_name?: string }) =>
  doc.display_name ?? [doc.first_name, doc.last_name].filter(Boolean).join(' ')

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB']

/** Storage as the report writes it: "3 MB", "1.25 GB" (binary units, two decimals at most). */
export function storageText(bytes: number): string {
  let value = Math.max(bytes, 0)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${Number(value.toFixed(2))} ${UNITS[unit]}`
}

/**
 * Daily usage, active/inactive hosts, a host's meetings and cloud storage of an account. Every figure is read from
 * the stored instances and join sessions that the past meeting operations show, so the two always agree.
 */
export class AccountReports {
  constructor(private svc: Services) {}

  private get instances(): MeetingInstances {
    return this.svc.use(MeetingInstances)
  }

  async daily(actor: Actor, query: { year?: number; month?: number }) {
    await requirePaidAccount(this.svc, actor.accountId)
    const now = this.svc.clock.now()
    const today = new Date(Math.floor(now / DAY_MS) * DAY_MS)
    const year = query.year ?? today.getUTCFullYear()
    const month = query.month ?? today.getUTCMonth() + 1
    const start = Date.UTC(year, month - 1, 1)
    const end = Date.UTC(year, month, 1)
    if (start > today.getTime() || end <= calendarMonthsBefore(today.getTime(), 6)) throw dailyTooOld()

    const days = new Map<
      string,
      { new_users: number; meetings: number; participants: number; meeting_minutes: number }
    >()
    for (let at = start; at < end; at += DAY_MS)
      days.set(toDay(at), { new_users: 0, meetings: 0, participants: 0, meeting_minutes: 0 })
    for (const created of await this.svc.users.repo.createdBetween(actor.accountId, start, end)) {
      const day = days.get(toDay(created))
      if (day) day.new_users++
    }
    for (const h of await this.instances.repo.heldTotals(actor.accountId, start, end)) {
      const day = days.get(toDay(Number(h.start_time)))
      if (!day) continue
      day.meetings++
      day.participants += Number(h.sessions_count ?? 0)
      day.meeting_minutes += Number(h.total_minutes ?? 0)
    }
    return { year, month, dates: [...days].map(([date, figures]) => ({ date, ...figures })) }
  }

  async users(actor: Actor, query: PageQuery & { type?: 'active' | 'inactive'; from?: string; to?: string }) {
    await requirePaidAccount(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, REPORT_WINDOW)
    const type = query.type ?? 'active'
    const byHost = await this.instances.repo.hostTotals(actor.accountId, window.start, window.end)
    const hosts = [...byHost.keys()]
    const empty = { from: window.from, to: window.to, page_count: 0, page_number: 1, total_records: 0 }
    let base = this.svc.users.repo.listQuery(actor.accountId, {})
    const list = `report-users|${actor.accountId}|${type}|${window.from}|${window.to}`
    if (type === 'active') {
      if (!hosts.length) {
        // No query runs for an empty list, but a token that is not this list's is still refused.
        if (query.next_page_token) this.svc.pages.decode(list, query.next_page_token)
        return {
          ...empty,
          page_size: pageSizeOf(query),
          next_page_token: '',
          total_meetings: 0,
          total_participants: 0,
          total_meeting_minutes: 0,
          users: [],
        }
      }
      base = base.where('id', 'in', hosts)
    } else if (hosts.length) {
      base = base.where('id', 'not in', hosts)
    }
    const page = await paginate(this.svc.pages, base, query, list)
    const totals = { total_meetings: 0, total_participants: 0, total_meeting_minutes: 0 }
    if (type === 'active')
      for (const f of byHost.values()) {
        totals.total_meetings += f.meetings
        totals.total_participants += f.participants
        totals.total_meeting_minutes += f.meeting_minutes
      }
    return {
      from: window.from,
      to: window.to,
      ...numberedPage(page),
      ...totals,
      users: page.items.map((row) => {
        const user = this.svc.users.hydrate(row)
        const figures = byHost.get(user.id) ?? { meetings: 0, participants: 0, meeting_minutes: 0 }
        return {
          id: user.id,
          email: user.email,
          user_name: displayName(user.doc),
          type: user.type,
          dept: user.doc.dept ?? '',
          // Only users given some show the member, as the users list does.
          ...(user.doc.custom_attributes?.length ? { custom_attributes: user.doc.custom_attributes } : {}),
          ...figures,
        }
      }),
    }
  }

  /**
   * A host's ended meetings and webinars in the window that had at least two participants; `pastJoined` adds the
   * ones the user joined signed in. 404/1001 for a user out of reach.
   */
  async hostMeetings(
    actor: Actor,
    userId: string,
    query: PageQuery & { from?: string; to?: string; type?: 'past' | 'pastOne' | 'pastJoined' },
  ) {
    await requirePaidAccount(this.svc, actor.accountId)
    const user = await this.svc.users.resolve(actor, userId)
    const window: DateWindow = dateWindow(this.svc.clock.now(), query, REPORT_WINDOW)
    const type = query.type ?? 'past'
    const repo = this.instances.repo
    const base = (
      type === 'pastJoined'
        ? repo.hostedOrJoinedBetween(actor.accountId, user.id, window.start, window.end)
        : repo.endedStartedBetween(actor.accountId, window.start, window.end, user.id)
    ).where('participants_count', '>=', 2)
    const page = await paginate(
      this.svc.pages,
      base,
      query,
      `report-host-meetings|${actor.accountId}|${user.id}|${type}|${window.from}|${window.to}`,
    )
    const instances = page.items.map(hydrateInstance)
    // The page's meetings and the user's own sessions, one query each however long the page.
    const meetings = await this.svc.use(MeetingService).byNumbers(
      actor.accountId,
      instances.map((i) => i.meeting_id),
    )
    const spans = new Map(
      (
        await repo.userSpans(
          actor.accountId,
          instances.map((i) => i.uuid),
          user.id,
        )
      ).map((r) => [r.instance_uuid, r]),
    )
    return {
      ...windowedPage(window, page),
      meetings: instances.map((instance) => {
        const past = this.instances.presentPast(instance)
        const span = spans.get(instance.uuid)
        return {
          uuid: past.uuid,
          id: past.id,
          type: publicType(instance),
          topic: past.topic,
          user_name: past.user_name,
          user_email: past.user_email,
          start_time: past.start_time,
          end_time: past.end_time,
          duration: past.duration,
          total_minutes: past.total_minutes,
          participants_count: past.participants_count,
          source: past.source,
          custom_keys: customKeysOf(meetings.get(instance.meeting_id)),
          ...(instance.doc.scheduled_start !== undefined
            ? { schedule_time: reportMinute(instance.doc.scheduled_start) }
            : {}),
          ...(span?.first_wait != null ? { join_waiting_room_time: reportMinute(span.first_wait) } : {}),
          ...(span?.first_join != null ? { join_time: reportMinute(span.first_join) } : {}),
          ...(span?.last_leave != null ? { leave_time: reportMinute(span.last_leave) } : {}),
        }
      }),
    }
  }

  /**
   * Scheduled meetings and webinars (and each available occurrence of a recurring one) starting in the window and
   * not before now, earliest first; `group_id` keeps those whose host is in that group.
   */
  async upcomingEvents(
    actor: Actor,
    query: PageQuery & { from?: string; to?: string; type?: 'meeting' | 'webinar' | 'all'; group_id?: string },
  ) {
    await requirePaidAccount(this.svc, actor.accountId)
    const now = this.svc.clock.now()
    const window = dateWindow(now, query, REPORT_WINDOW)
    // Upcoming: a start already passed (held or missed) is no longer an event to come.
    const earliest = Math.max(window.start, now)
    const type = query.type ?? 'all'
    const meetings = this.svc.use(MeetingService)
    const rows = await meetings.repo.scheduledBetween(
      actor.accountId,
      earliest,
      window.end,
      type === 'all' ? undefined : type,
    )
    let hosts = [...new Set(rows.map((r) => r.host_id))]
    if (query.group_id) {
      const groups = await groupIdsOfMany(this.svc, actor.accountId, hosts)
      const groupId = query.group_id
      hosts = hosts.filter((h) => groups.get(h)?.includes(groupId))
    }
    const people = new Map<string, { name: string; dept: string }>()
    for (const id of hosts) {
      const row = await this.svc.users.byId(actor.accountId, id)
      if (!row) continue
      const user = this.svc.users.hydrate(row)
      people.set(id, { name: displayName(user.doc), dept: user.doc.dept ?? '' })
    }
    const events: Array<{
      id: string
      start_time: number
      topic: string
      host_id: string
      host_name: string
      dept: string
    }> = []
    for (const row of rows) {
      const host = people.get(row.host_id)
      if (!host) continue
      const m = meetings.hydrate(row)
      const starts =
        m.type === 8
          ? (m.doc.occurrences ?? []).filter((o) => o.status === 'available').map((o) => o.start)
          : [Number(row.start_time)]
      for (const start of starts)
        if (start >= earliest && start < window.end)
          events.push({
            id: m.uuid,
            start_time: start,
            topic: m.doc.topic,
            host_id: m.host_id,
            host_name: host.name,
            dept: host.dept,
          })
    }
    events.sort((a, b) => a.start_time - b.start_time)
    const pageSize = pageSizeOf(query)
    const list = `report-upcoming|${actor.accountId}|${type}|${query.group_id ?? ''}|${window.from}|${window.to}`
    const offset = query.next_page_token ? this.svc.pages.decode(list, query.next_page_token) : 0
    const page = events.slice(offset, offset + pageSize)
    const more = offset + pageSize < events.length
    return {
      from: window.from,
      to: window.to,
      page_size: pageSize,
      next_page_token: more ? this.svc.pages.encode(list, offset + pageSize) : '',
      upcoming_events: page.map((e) => ({ ...e, start_time: isoSeconds(e.start_time) })),
    }
  }

  /**
   * Cloud storage held at the end of each day of the window, from the recording files still stored (trash
   * included); the report has no figure for today yet, and covers at most 30 days.
   */
  async cloudRecording(actor: Actor, query: { from?: string; to?: string }) {
    await requirePaidAccount(this.svc, actor.accountId)
    const now = this.svc.clock.now()
    const window = dateWindow(now, query, REPORT_WINDOW)
    const today = Math.floor(now / DAY_MS) * DAY_MS
    const last = Math.min(window.end, today)
    const first = Math.max(window.start, last - STORAGE_REPORT_DAYS * DAY_MS)
    const account = await this.svc.accounts.get(actor.accountId)
    const quota = account ? cloudStorageQuota(account) : 0
    const held = await new RecordingsRepo(this.svc.db.kysely).storageByRecording(actor.accountId, last)
    const storage = []
    for (let day = first; day < last; day += DAY_MS) {
      const used = held.filter((h) => h.ready_at < day + DAY_MS).reduce((sum, h) => sum + h.bytes, 0)
      storage.push({
        date: toDay(day),
        usage: storageText(used),
        plan_usage: storageText(quota),
        free_usage: storageText(quota - used),
      })
    }
    return { from: window.from, to: window.to, cloud_recording_storage: storage }
  }
}
