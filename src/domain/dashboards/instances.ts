import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { AudioLegsRepo } from '../../store/h323-devices.repo.js'
import { SessionActivityRepo } from '../../store/session-activity.repo.js'
import type { InstanceRow } from '../../store/meeting-instances.repo.js'
import { isoSeconds, secondsBetween } from '../../util/time.js'
import type { Actor } from '../actor.js'
import { dateWindow, RECORDING_WINDOW, windowedPage, type WindowRules } from '../date-window.js'
import { GroupService } from '../groups/group.service.js'
import { MEETING_KIND, WEBINAR_KIND, type KindSpec } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { hydrateInstance, hydrateSession, isWaiting, type Instance } from '../meetings/participants.js'
import { decodeUuid, MeetingService } from '../meetings/meeting.service.js'
import { customKeysOf, trackingFieldsOf } from '../meetings/settings-view.js'
import { paginate, type PageQuery } from '../paging.js'
import { ZoomError } from '../../errors/zoom-error.js'
import { DEFAULT_DASHBOARD_TYPE } from './dashboard-type.js'
import { requireDashboard } from './gate.js'
import { buildSummary, type InstanceSummary } from './summary.js'

export type DashboardType = 'live' | 'past' | 'pastOne'

export interface DashboardListQuery extends PageQuery {
  type?: DashboardType
  from?: string
  to?: string
  group_id?: string
  include_fields?: 'tracking_fields'
}

/**
 * Every dashboard that takes from/to: at most a month, starting within the last six, refused with the reports'
 * 300 (the recordings' rule). A dashboard whose refusal Zoom words differently keeps these bounds with its own.
 */
export const DASHBOARD_WINDOW: WindowRules = RECORDING_WINDOW

const LICENSE_LABELS: Record<number, string> = { 1: 'Basic', 2: 'Licensed', 99: 'None' }

/** Seconds as the dashboards write a duration: "mm:ss" under an hour, "hh:mm:ss" from one. */
export function clockDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const two = (n: number) => String(n).padStart(2, '0')
  const hours = Math.floor(s / 3600)
  const rest = `${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`
  return hours ? `${two(hours)}:${rest}` : rest
}

/**
 * The meeting and webinar dashboards: in-progress instances (`live`) and held ones (`past`; `pastOne` those only
 * one participant attended), each row built from what the instance stored: its sessions, shares, phone and SIP
 * legs, recorded stretches, polls, Q&A and QoS samples.
 */
export class DashboardInstances {
  constructor(private svc: Services) {}

  private get instances(): MeetingInstances {
    return this.svc.use(MeetingInstances)
  }

  async list(actor: Actor, spec: KindSpec, query: DashboardListQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const type = query.type ?? DEFAULT_DASHBOARD_TYPE
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    let base = this.instances.repo.kindStartedBetween(
      actor.accountId,
      spec.kind,
      type === 'live' ? 'started' : 'ended',
      window.start,
      window.end,
    )
    if (type === 'pastOne') base = base.where('participants_count', '=', 1)
    else if (type === 'past') base = base.where('participants_count', '>=', 2)
    if (!actor.accountWide) base = base.where('host_id', '=', actor.userId ?? '')
    if (query.group_id) {
      const members = await this.svc.use(GroupService).repo.memberIds(actor.accountId, query.group_id)
      // A group without members (or unknown) matches no host; '' is no user id.
      base = base.where('host_id', 'in', [...members, ''])
    }
    const list = `dashboard-${spec.kind}s|${actor.accountId}|${type}|${query.group_id ?? ''}|${window.from}|${window.to}`
    // Rows come by start time, as Zoom lists them. The page is found by its keys alone, in the covering index's
    // order, and only its own rows are read whole: sorting a month of rows to keep thirty made large accounts slow.
    const page = await paginate(this.svc.pages, base.clearSelect().select(['seq', 'start_time']), query, list, {
      lead: 'start_time',
    })
    const found = await this.instances.repo.bySeqs(
      actor.accountId,
      page.items.map((r) => r.seq),
    )
    const rows = await this.presentAll(found.map(hydrateInstance), {
      trackingFields: query.include_fields === 'tracking_fields',
    })
    return {
      ...windowedPage(window, page),
      [spec.kind === 'webinar' ? 'webinars' : 'meetings']: rows,
    }
  }

  async detail(actor: Actor, spec: KindSpec, key: string, type: DashboardType = DEFAULT_DASHBOARD_TYPE) {
    await requireDashboard(this.svc, actor.accountId)
    const instance = type === 'live' ? await this.live(actor, spec, key) : await this.past(actor, spec, key)
    if (type === 'pastOne' && instance.participants_count !== 1) throw this.notFound(spec)
    const [row] = await this.presentAll([instance])
    return row
  }

  private notFound(spec: KindSpec): ZoomError {
    return spec.kind === 'webinar' ? errors.dashboardWebinarNotEnded() : errors.dashboardInstanceNotEnded()
  }

  /** A held instance through the past lookup (12702 beyond a year), answered with the dashboard's texts. */
  private async past(actor: Actor, spec: KindSpec, key: string): Promise<Instance> {
    try {
      return await this.instances.past(actor, key, spec)
    } catch (e) {
      if (!(e instanceof ZoomError) || e.code !== 3001) throw e
      await this.refuseOtherKind(actor, spec, key)
      throw this.notFound(spec)
    }
  }

  /** The instance in progress a number (its meeting's) or UUID names. */
  private async live(actor: Actor, spec: KindSpec, key: string): Promise<Instance> {
    const k = String(key).trim()
    const repo = this.instances.repo
    const row: InstanceRow | undefined = /^\d{1,16}$/.test(k)
      ? await repo.inProgress(actor.accountId, Number(k), spec.kind)
      : k
        ? await repo.instance(actor.accountId, decodeUuid(k))
        : undefined
    if (
      !row ||
      row.status !== 'started' ||
      row.kind !== spec.kind ||
      !(actor.accountWide || row.host_id === actor.userId)
    ) {
      await this.refuseOtherKind(actor, spec, key)
      throw this.notFound(spec)
    }
    return hydrateInstance(row)
  }

  /** A webinar named on the meeting paths is refused as Zoom does (400/300), not as missing. */
  private async refuseOtherKind(actor: Actor, spec: KindSpec, key: string): Promise<void> {
    if (spec.kind !== MEETING_KIND.kind) return
    const k = String(key).trim()
    const repo = this.instances.repo
    const webinar = /^\d{1,16}$/.test(k)
      ? ((await repo.inProgress(actor.accountId, Number(k), WEBINAR_KIND.kind)) ??
        (await repo.latestEnded(actor.accountId, Number(k), WEBINAR_KIND.kind)))
      : k
        ? await repo.instance(actor.accountId, decodeUuid(k))
        : undefined
    if (webinar && webinar.kind === WEBINAR_KIND.kind) throw errors.dashboardWebinarOnMeetingPath(k)
  }

  /**
   * Dashboard rows: every flag is read from what the instances stored, never assumed. A page's sessions, phone and
   * SIP legs, polls and questions are read in one query each, and an ended instance's QoS comes from the summary
   * written when it ended, so a page costs the same few queries however many instances the account holds.
   */
  async presentAll(list: Instance[], opts: { trackingFields?: boolean } = {}) {
    if (!list.length) return []
    const db = this.svc.db.kysely
    const accountId = list[0]?.account_id ?? ''
    // Ended instances carry their summary; only those in progress (or ended before summaries were kept) are
    // summarized here, from their rows.
    const open = list.filter((i) => !i.doc.summary).map((i) => i.uuid)
    const byInstance = <T extends { instance_uuid: string }>(rows: T[]) => {
      const out = new Map<string, T[]>()
      for (const r of rows) out.set(r.instance_uuid, [...(out.get(r.instance_uuid) ?? []), r])
      return out
    }
    const sessionsOf = byInstance(await this.instances.repo.sessionsOfMany(accountId, open))
    const legsOf = byInstance(await new AudioLegsRepo(db).ofInstances(accountId, open))
    const used = await new SessionActivityRepo(db).usedPollsOrQa(accountId, open)
    const sampled = list.filter((i) => !i.doc.summary && i.doc.qos).map((i) => i.uuid)
    const qosOf = byInstance(await this.instances.repo.qosOfInstances(accountId, sampled))
    const hostRows = await this.svc.users.repo.byIds(accountId, [...new Set(list.map((i) => i.host_id))])
    const hosts = new Map<string, { type: number }>(hostRows.map((u) => [u.id, u]))
    // Custom keys and tracking fields belong to the meeting, which may have been deleted since it was held.
    const meetings = await this.svc.use(MeetingService).byNumbers(
      accountId,
      list.map((i) => i.meeting_id),
    )
    const rows = []
    for (const i of list) {
      const sessions = (sessionsOf.get(i.uuid) ?? []).map(hydrateSession)
      const summary =
        i.doc.summary ??
        buildSummary(sessions, legsOf.get(i.uuid) ?? [], qosOf.get(i.uuid) ?? [], {
          poll: used.polls.has(i.uuid),
          qa: used.qa.has(i.uuid),
        })
      const meeting = meetings.get(i.meeting_id)
      rows.push({
        ...this.present(
          i,
          summary,
          hosts.get(i.host_id),
          new Set(sessions.filter((s) => !isWaiting(s)).map((s) => s.participant_uuid)).size,
        ),
        custom_keys: customKeysOf(meeting),
        ...(opts.trackingFields ? { tracking_fields: trackingFieldsOf(meeting) } : {}),
      })
    }
    return rows
  }

  /** One row; `present` is how many people are in now (what a live row counts). */
  private present(i: Instance, summary: InstanceSummary, host: { type: number } | undefined, present: number) {
    const live = i.status !== 'ended'
    const end = live ? this.svc.clock.now() : (i.end_time ?? i.start_time)
    return {
      uuid: i.uuid,
      id: i.meeting_id,
      topic: i.topic,
      host: i.doc.host.name,
      email: i.doc.host.email,
      user_type: host ? (LICENSE_LABELS[host.type] ?? 'Licensed') : '',
      start_time: isoSeconds(i.start_time),
      ...(live ? {} : { end_time: isoSeconds(end) }),
      duration: clockDuration(secondsBetween(i.start_time, end)),
      participants: live ? present : (i.participants_count ?? present),
      in_room_participants: summary.in_room_participants,
      has_pstn: summary.has_pstn,
      has_voip: summary.has_voip,
      has_3rd_party_audio: false,
      has_video: summary.has_video,
      has_screen_share: summary.has_screen_share,
      has_recording: (i.doc.recording?.segments.length ?? 0) > 0,
      has_sip: summary.has_sip,
      has_archiving: false,
      has_poll: summary.has_poll,
      has_qa: summary.has_qa,
      // The instance's grade per stream: that of the mean MOS over every session's minutes; a stream that never
      // flowed has no grade and the field is left out.
      audio_quality: summary.quality.audio,
      video_quality: summary.quality.video,
      screen_share_quality: summary.quality.screen_share,
      dept: i.doc.host.dept,
    }
  }
}
