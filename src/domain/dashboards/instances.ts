import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { AudioLegsRepo } from '../../store/h323-devices.repo.js'
import { SessionActivityRepo } from '../../store/session-activity.repo.js'
import type { InstanceRow } from '../../store/meeting-instances.repo.js'
import { isoSeconds } from '../../util/time.js'
import type { Actor } from '../actor.js'
import { dateWindow, windowedPage, type WindowRules } from '../date-window.js'
import { GroupService } from '../groups/group.service.js'
import { MEETING_KIND, WEBINAR_KIND, type KindSpec } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { hydrateInstance, hydrateSession, type Instance } from '../meetings/participants.js'
import { decodeUuid } from '../meetings/meeting.service.js'
import { paginate, type PageQuery } from '../paging.js'
import { ZoomError } from '../../errors/zoom-error.js'
import { requireDashboard } from './gate.js'

export type DashboardType = 'live' | 'past' | 'pastOne'

export interface DashboardListQuery extends PageQuery {
  type?: DashboardType
  from?: string
  to?: string
  group_id?: string
}

/** The dashboard lists cover at most a month, starting within the last six. */
const DASHBOARD_WINDOW: WindowRules = { maxMonths: 1, recentMonths: 6, tooOld: () => errors.recordingOutOfWindow() }

/** Zoom Rooms join as participants of their own kind; the dashboard counts them apart. */
const ROOM_DEVICE = 'Zoom Rooms'
const PHONE_LEGS = new Set(['toll', 'toll_free', 'call_out'])

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
    const type = query.type ?? 'live'
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
    const page = await paginate(this.svc.pages, base, query, list)
    const rows = []
    for (const row of page.items) rows.push(await this.present(hydrateInstance(row)))
    return {
      ...windowedPage(window, page),
      [spec.kind === 'webinar' ? 'webinars' : 'meetings']: rows,
    }
  }

  async detail(actor: Actor, spec: KindSpec, key: string, type: DashboardType = 'live') {
    await requireDashboard(this.svc, actor.accountId)
    const instance = type === 'live' ? await this.live(actor, spec, key) : await this.past(actor, spec, key)
    if (type === 'pastOne' && instance.participants_count !== 1) throw this.notFound(spec)
    return this.present(instance)
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

  /** One dashboard row: every flag is read from what the instance stored, never assumed. */
  private async present(i: Instance) {
    const db = this.svc.db.kysely
    const accountId = i.account_id
    const sessions = (await this.instances.repo.sessions(accountId, i.uuid)).map(hydrateSession)
    const legs = await new AudioLegsRepo(db).ofInstance(accountId, i.uuid)
    const activity = new SessionActivityRepo(db)
    const polls = await activity.pollAnswers(accountId, i.uuid)
    const questions = await activity.questions(accountId, i.uuid)
    const qos = await this.instances.repo.instanceQos(accountId, i.uuid)
    const host = await this.svc.users.byId(accountId, i.host_id)
    const live = i.status !== 'ended'
    const end = live ? this.svc.clock.now() : (i.end_time ?? i.start_time)

    const legSessions = new Set(legs.map((l) => l.session_id))
    const people = new Set(sessions.map((s) => s.participant_uuid))
    const rooms = new Set(sessions.filter((s) => s.device === ROOM_DEVICE).map((s) => s.participant_uuid))
    const sentVideo = qos.some((q) => {
      const sample = JSON.parse(q.data) as { video_input?: { bitrate?: number }; video_output?: { bitrate?: number } }
      return Number(sample.video_input?.bitrate ?? 0) > 0 || Number(sample.video_output?.bitrate ?? 0) > 0
    })
    return {
      uuid: i.uuid,
      id: i.meeting_id,
      topic: i.topic,
      host: i.doc.host.name,
      email: i.doc.host.email,
      user_type: host ? (LICENSE_LABELS[host.type] ?? 'Licensed') : '',
      start_time: isoSeconds(i.start_time),
      ...(live ? {} : { end_time: isoSeconds(end) }),
      duration: clockDuration((end - i.start_time) / 1000),
      participants: live ? people.size : (i.participants_count ?? people.size),
      in_room_participants: rooms.size,
      has_pstn: legs.some((l) => PHONE_LEGS.has(l.type)),
      // Computer audio: a client session that did not come in over a phone, SIP or room system line.
      has_voip: sessions.some((s) => !legSessions.has(s.id) && s.device !== 'Phone' && s.device !== 'H.323/SIP'),
      has_3rd_party_audio: false,
      has_video: sentVideo,
      has_screen_share: sessions.some((s) => s.doc.shares.length > 0),
      has_recording: (i.doc.recording?.segments.length ?? 0) > 0,
      has_sip: legs.some((l) => l.type === 'sip' || l.protocol === 'SIP'),
      has_archiving: false,
      has_poll: polls.length > 0,
      has_qa: questions.length > 0,
      dept: i.doc.host.dept,
    }
  }
}
