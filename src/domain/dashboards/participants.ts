import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { AudioLegsRepo, type AudioLegRow } from '../../store/h323-devices.repo.js'
import type { Actor } from '../actor.js'
import { type KindSpec } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { decodeUuid, MeetingService } from '../meetings/meeting.service.js'
import {
  hydrateInstance,
  MeetingParticipants,
  shownEmail,
  type Instance,
  type Session,
} from '../meetings/participants.js'
import { pageCounts, type PageQuery } from '../paging.js'
import { isoSeconds } from '../../util/time.js'
import { requireDashboard } from './gate.js'
import { GradeTally, sessionGrades } from './grades.js'
import { fullDataCenter, machineDetails, sipUris } from './session-details.js'

export type DashboardType = 'live' | 'past' | 'pastOne'

export interface DashboardParticipantsQuery extends PageQuery {
  type?: DashboardType
  include_fields?: 'registrant_id'
}

interface Span {
  start: number
  end: number | null
  content: string
}

/**
 * Dashboard views of the people in one meeting or webinar instance: the one in progress (`live`, the default) or
 * an ended one (`past`; `pastOne` only when a single person attended). Rows are the stored join sessions, so a
 * rejoin is another row and the figures match the past meeting operations.
 */
export class DashboardParticipants {
  constructor(private svc: Services) {}

  private get sessions(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  /** The instance a dashboard call names; the plan is checked before anything is looked up. */
  async instance(actor: Actor, key: string, spec: KindSpec, type: DashboardType = 'live'): Promise<Instance> {
    await requireDashboard(this.svc, actor.accountId)
    try {
      if (type === 'live') return await this.live(actor, key, spec)
      const instance = await this.svc.use(MeetingInstances).past(actor, key, spec)
      if (type === 'pastOne' && (instance.participants_count ?? 0) > 1) throw errors.dashboardInstanceNotEnded()
      return instance
    } catch (err) {
      // A webinar's number on a meeting path is named as such rather than as an unknown meeting.
      if (spec.kind === 'meeting' && (await this.isWebinar(actor, key))) throw errors.dashboardWebinarOnMeetingPath(key)
      throw err
    }
  }

  private async live(actor: Actor, key: string, spec: KindSpec): Promise<Instance> {
    const k = String(key).trim()
    if (/^\d{1,16}$/.test(k)) {
      const m = await this.svc.use(MeetingService).find(actor.accountId, Number(k), { kind: spec.kind })
      if (!m || m.status !== 'started' || !this.svc.use(MeetingService).canAct(actor, m))
        throw errors.dashboardInstanceNotEnded()
      return this.svc.use(MeetingInstances).live(m)
    }
    const row = k ? await this.sessions.repo.instance(actor.accountId, decodeUuid(k)) : undefined
    if (!row || row.status !== 'started' || row.kind !== spec.kind) throw errors.dashboardInstanceNotEnded()
    const instance = hydrateInstance(row)
    if (!actor.accountWide && instance.host_id !== actor.userId) throw errors.dashboardInstanceNotEnded()
    return instance
  }

  private async isWebinar(actor: Actor, key: string): Promise<boolean> {
    const k = String(key).trim()
    if (/^\d{1,16}$/.test(k)) {
      const w = await this.svc
        .use(MeetingService)
        .find(actor.accountId, Number(k), { kind: 'webinar', includeDeleted: true, includeExpired: true })
      return !!w
    }
    const row = k ? await this.sessions.repo.instance(actor.accountId, decodeUuid(k)) : undefined
    return row?.kind === 'webinar'
  }

  private async page(actor: Actor, key: string, spec: KindSpec, query: DashboardParticipantsQuery) {
    const instance = await this.instance(actor, key, spec, query.type)
    const page = await this.svc.use(MeetingInstances).pastParticipants(instance, {
      page_size: query.page_size,
      next_page_token: query.next_page_token,
    })
    return { instance, page }
  }

  /** GET /metrics/{meetings|webinars}/{id}/participants: one row per join session, in join order. */
  async list(actor: Actor, key: string, spec: KindSpec, query: DashboardParticipantsQuery) {
    const { instance, page } = await this.page(actor, key, spec, query)
    // Registrant ids are not shown for a meeting in progress.
    const withRegistrant = query.include_fields === 'registrant_id' && instance.status !== 'started'
    return {
      ...pageCounts(page),
      participants: await this.rows(instance, page.items, withRegistrant),
    }
  }

  /** GET …/participants/sharing: each session with its screen shares and, for the host, the cloud recording. */
  async sharing(actor: Actor, key: string, spec: KindSpec, query: DashboardParticipantsQuery) {
    const { instance, page } = await this.page(actor, key, spec, query)
    return {
      ...pageCounts(page),
      participants: page.items.map((s) => ({
        id: s.account_user_id ?? '',
        user_id: s.user_id,
        user_name: s.name,
        details: this.spans(instance, s).map((x) => ({
          content: x.content,
          start_time: isoSeconds(x.start),
          end_time: x.end === null ? undefined : isoSeconds(x.end),
        })),
      })),
    }
  }

  /** The session's shares, then the parts of the cloud recording made while it was the host's session. */
  private spans(instance: Instance, s: Session): Span[] {
    const shares: Span[] = s.doc.shares.map((x) => ({ start: x.start, end: x.end, content: x.content }))
    return [...shares, ...this.recorded(instance, s)]
  }

  /** Cloud recording is the host's: its segments, cut to the host session's stay. */
  private recorded(instance: Instance, s: Session): Span[] {
    if (!s.account_user_id || s.account_user_id !== instance.host_id) return []
    const out: Span[] = []
    for (const seg of instance.doc.recording?.segments ?? []) {
      const start = Math.max(seg.start, s.join_time)
      const segEnd = seg.end ?? Infinity
      const sessionEnd = s.leave_time ?? Infinity
      const end = Math.min(segEnd, sessionEnd)
      if (end <= start) continue
      out.push({ start, end: Number.isFinite(end) ? end : null, content: 'recording' })
    }
    return out
  }

  /** The rows of a page, each with its session's quality scores from its own samples. */
  private async rows(instance: Instance, sessions: Session[], withRegistrant: boolean) {
    const ids = sessions.map((s) => s.id)
    const samples = await this.sessions.repo.qosOf(instance.account_id, instance.uuid, ids)
    const grades = sessionGrades(samples)
    const legs = await new AudioLegsRepo(this.svc.db.kysely).ofInstance(instance.account_id, instance.uuid)
    const legOf = new Map(legs.map((l) => [l.session_id, l]))
    return sessions.map((s) => ({
      ...this.row(instance, s, withRegistrant, legOf.get(s.id)),
      ...(grades.get(s.id) ?? new GradeTally()).fields(),
    }))
  }

  private row(instance: Instance, s: Session, withRegistrant: boolean, leg: AudioLegRow | undefined) {
    const internal = s.account_user_id !== null
    const has = (content: string) => s.doc.shares.some((x) => x.content === content)
    // Device names are shown only for users of the host's account.
    const own = (v: string) => (internal ? v : '')
    const isHost = s.account_user_id !== null && s.account_user_id === instance.host_id
    return {
      id: s.account_user_id ?? '',
      user_id: s.user_id,
      ...(s.account_user_id ? { participant_user_id: s.account_user_id } : {}),
      ...(withRegistrant && s.registrant_id ? { registrant_id: s.registrant_id } : {}),
      user_name: s.name,
      email: shownEmail(s),
      device: s.device,
      ip_address: s.ip_address,
      location: s.location,
      network_type: s.network_type,
      connection_type: s.doc.connection_type,
      data_center: s.doc.data_center,
      full_data_center: fullDataCenter(s),
      microphone: own(s.doc.microphone),
      speaker: own(s.doc.speaker),
      camera: own(s.doc.camera),
      pc_name: own(s.doc.pc_name),
      ...(s.doc.customer_key !== undefined ? { customer_key: s.doc.customer_key } : {}),
      // Stored only for a Zoom Room's session; the webinar rows' schema leaves it out.
      ...(s.doc.in_room_participants !== undefined ? { in_room_participants: s.doc.in_room_participants } : {}),
      ...machineDetails(s),
      ...sipUris(leg),
      version: s.doc.version,
      join_time: isoSeconds(s.join_time),
      leave_time: s.leave_time === null ? undefined : isoSeconds(s.leave_time),
      leave_reason: s.leave_reason === null ? undefined : this.leaveReason(instance, s.leave_reason),
      status: s.status,
      role: s.role ?? (isHost ? 'host' : 'attendee'),
      share_application: has('application'),
      share_desktop: has('desktop'),
      share_whiteboard: has('whiteboard'),
      recording: this.recorded(instance, s).length > 0,
    }
  }

  /** Stored texts speak of "the meeting"; webinar dashboards say "the webinar". */
  private leaveReason(instance: Instance, text: string): string {
    return instance.kind === 'webinar' ? text.replace(/the meeting\.$/, 'the webinar.') : text
  }
}
