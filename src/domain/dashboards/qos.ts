import { errors } from '../../errors/catalog.js'
import { ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import type { ParticipantQosRow } from '../../store/meeting-instances.repo.js'
import { parseJson } from '../../util/json.js'
import { isoSeconds } from '../../util/time.js'
import type { Actor } from '../actor.js'
import { MeetingInstances } from '../meetings/instances.js'
import { LiveQos } from '../meetings/live-qos.js'
import type { KindSpec } from '../meetings/kinds.js'
import { decodeUuid, MeetingService } from '../meetings/meeting.service.js'
import { hydrateSession, MeetingParticipants, type Instance, type Session } from '../meetings/participants.js'
import { pageCounts, paginate, QOS_PAGING, type PageQuery } from '../paging.js'
import { DEFAULT_DASHBOARD_TYPE } from './dashboard-type.js'
import { requireDashboard } from './gate.js'
import { joinsThroughCrc, machineDetails } from './session-details.js'

export type QosType = 'live' | 'past'

export interface QosListQuery extends PageQuery {
  type?: QosType
}

type Link = Record<'bitrate' | 'latency' | 'jitter' | 'avg_loss' | 'max_loss', string>
type MediaLink = Link & Record<'resolution' | 'frame_rate', string>
type Cpu = Record<'zoom_min_cpu_usage' | 'zoom_avg_cpu_usage' | 'zoom_max_cpu_usage' | 'system_max_cpu_usage', string>

/** A stored sample as the simulator writes it: plain numbers, no units. */
interface StoredSample {
  audio_input?: StoredLink
  audio_output?: StoredLink
  video_input?: StoredLink
  video_output?: StoredLink
  as_input?: StoredLink
  as_output?: StoredLink
  cpu_usage?: Record<keyof Cpu, number>
}

interface StoredLink {
  bitrate: number
  latency: number
  jitter: number
  avg_loss: number
  max_loss: number
  resolution?: string
  frame_rate?: number
}

const AUDIO_OFF: Link = { bitrate: '', latency: '', jitter: '', avg_loss: '', max_loss: '' }
const MEDIA_OFF: MediaLink = { ...AUDIO_OFF, resolution: '', frame_rate: '' }
const CPU_OFF: Cpu = {
  zoom_min_cpu_usage: '',
  zoom_avg_cpu_usage: '',
  zoom_max_cpu_usage: '',
  system_max_cpu_usage: '',
}

const percent = (n: number) => `${n.toFixed(1)}%`

function audioLink(l: StoredLink | undefined): Link {
  if (!l) return { ...AUDIO_OFF }
  return {
    bitrate: `${l.bitrate} kbps`,
    latency: `${l.latency} ms`,
    jitter: `${l.jitter} ms`,
    avg_loss: percent(l.avg_loss),
    max_loss: percent(l.max_loss),
  }
}

function mediaLink(l: StoredLink | undefined): MediaLink {
  if (!l) return { ...MEDIA_OFF }
  return {
    ...audioLink(l),
    resolution: l.resolution ?? '',
    frame_rate: l.frame_rate === undefined ? '' : `${l.frame_rate} fps`,
  }
}

/**
 * The legs between a room system and the Cloud Room Connector: the room system's own streams, in the form of an
 * audio block (Zoom reports no resolution or frame rate for them), `from_crc` pairing with `*_input` and `to_crc`
 * with `*_output` as Zoom's reference describes them. A session that did not come through a connector has no such
 * leg: its blocks are sent empty, as for any stream that is off.
 */
function crcLinks(d: StoredSample, viaCrc: boolean) {
  const leg = (l: StoredLink | undefined) => audioLink(viaCrc ? l : undefined)
  return {
    audio_device_from_crc: leg(d.audio_input),
    audio_device_to_crc: leg(d.audio_output),
    video_device_from_crc: leg(d.video_input),
    video_device_to_crc: leg(d.video_output),
    as_device_from_crc: leg(d.as_input),
    as_device_to_crc: leg(d.as_output),
  }
}

/**
 * One stored minute in Zoom's form: every metric a string with its unit, and a stream that was not flowing (no
 * video from a phone, no screen share) present with an empty string in each field. `viaCrc`: the session is a room
 * system's, so the connector legs carry its figures.
 */
export function presentQosSample(row: Pick<ParticipantQosRow, 'ts' | 'data'>, viaCrc = false) {
  const d = parseJson<StoredSample>(row.data)
  const cpu = d.cpu_usage
  return {
    date_time: isoSeconds(Number(row.ts)),
    audio_input: audioLink(d.audio_input),
    audio_output: audioLink(d.audio_output),
    video_input: mediaLink(d.video_input),
    video_output: mediaLink(d.video_output),
    as_input: mediaLink(d.as_input),
    as_output: mediaLink(d.as_output),
    ...crcLinks(d, viaCrc),
    cpu_usage: cpu
      ? {
          zoom_min_cpu_usage: `${cpu.zoom_min_cpu_usage}%`,
          zoom_avg_cpu_usage: `${cpu.zoom_avg_cpu_usage}%`,
          zoom_max_cpu_usage: `${cpu.zoom_max_cpu_usage}%`,
          system_max_cpu_usage: `${cpu.system_max_cpu_usage}%`,
        }
      : { ...CPU_OFF },
  }
}

/**
 * The QoS dashboards of a meeting or webinar instance, live or ended: each join session with its per-minute
 * samples, which a session in a meeting running on the server clock gets as each minute completes.
 */
export class DashboardQos {
  constructor(private svc: Services) {}

  private get instances(): MeetingInstances {
    return this.svc.use(MeetingInstances)
  }

  /** One session's header and samples; 404/404 when the instance has no session with that participant id. */
  async participant(
    actor: Actor,
    key: string,
    participantId: string,
    spec: KindSpec,
    type: QosType = DEFAULT_DASHBOARD_TYPE,
  ) {
    const instance = await this.instance(actor, key, spec, type)
    const sessions = (await this.instances.repo.sessions(instance.account_id, instance.uuid)).map(hydrateSession)
    // The per-session id first (what the participant lists show as user_id); a participant's or user's id names
    // that participant's latest session.
    const session =
      sessions.find((s) => s.user_id === participantId) ??
      sessions.filter((s) => s.participant_uuid === participantId || s.account_user_id === participantId).at(-1)
    if (!session) throw errors.participantNotFound(participantId)
    const [row] = await this.present(instance, [session])
    return row
  }

  /** Every session of the instance, in join order, ten at most per page (one unless asked). */
  async participants(actor: Actor, key: string, spec: KindSpec, query: QosListQuery) {
    const type = query.type ?? DEFAULT_DASHBOARD_TYPE
    const instance = await this.instance(actor, key, spec, type)
    const page = await paginate(
      this.svc.pages,
      this.instances.repo.sessionsQuery(instance.account_id, instance.uuid),
      query,
      `dashboard-qos|${instance.account_id}|${instance.uuid}|${type}`,
      QOS_PAGING,
    )
    return {
      ...pageCounts(page),
      participants: await this.present(instance, page.items.map(hydrateSession)),
    }
  }

  private async present(instance: Instance, sessions: Session[]) {
    const rows = await this.instances.repo.qosOf(
      instance.account_id,
      instance.uuid,
      sessions.map((s) => s.id),
    )
    const bySession = new Map<string, ParticipantQosRow[]>()
    for (const r of rows) bySession.set(r.participant_id, [...(bySession.get(r.participant_id) ?? []), r])
    const people = this.svc.use(MeetingParticipants)
    return sessions.map((s) => {
      const base = people.presentPast(s)
      // Zoom leaves the machine details blank for people outside the host's account.
      const external = s.account_user_id === null
      return {
        id: base.id,
        user_id: base.user_id,
        user_name: base.name,
        device: external ? '' : s.device,
        ip_address: s.ip_address,
        location: s.location,
        join_time: base.join_time,
        leave_time: base.leave_time,
        pc_name: s.doc.pc_name ?? '',
        ...machineDetails(s),
        version: s.doc.version ?? '',
        user_qos: (bySession.get(s.id) ?? []).map((r) => presentQosSample(r, joinsThroughCrc(s))),
      }
    })
  }

  /**
   * The instance a dashboard names, after the Business gate: `past` is an ended instance (a number means its
   * latest; 404/3001, or 400/12702 past a year), `live` the one in progress. A webinar named on a meeting path
   * is 400/300.
   */
  private async instance(actor: Actor, key: string, spec: KindSpec, type: QosType): Promise<Instance> {
    await requireDashboard(this.svc, actor.accountId)
    if (spec.kind === 'meeting' && (await this.kindOf(actor.accountId, key)) === 'webinar')
      throw errors.dashboardWebinarOnMeetingPath(key)
    if (type === 'past') {
      try {
        return await this.instances.past(actor, key, spec)
      } catch (err) {
        if (err instanceof ZoomError && err.code === 3001) throw errors.dashboardInstanceNotEnded()
        throw err
      }
    }
    const meetings = this.svc.use(MeetingService)
    const m = await meetings.find(actor.accountId, key, { kind: spec.kind })
    if (!m || m.status !== 'started' || !meetings.canAct(actor, m)) throw spec.notFound(key)
    const live = await this.instances.live(m)
    // The minutes completed since the last sweep are written first, so a moved clock shows them.
    await this.svc.use(LiveQos).catchUp(live)
    return live
  }

  /** Whether a number or instance UUID names a meeting or a webinar of the account; undefined when neither. */
  private async kindOf(accountId: string, key: string): Promise<string | undefined> {
    const m = await this.svc
      .use(MeetingService)
      .find(accountId, key, { kind: 'any', includeDeleted: true, includeExpired: true })
    if (m) return m.kind
    const k = key.trim()
    if (!k || /^\d+$/.test(k)) return undefined
    return (await this.instances.repo.instance(accountId, decodeUuid(k)))?.kind
  }
}
