import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { ZoomError } from '../../errors/zoom-error.js'
import type { EmittedEvent } from '../../events/webhook-events.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { MeetingPollsRepo } from '../../store/meeting-polls.repo.js'
import type { Database } from '../../store/tables.js'
import { UsersRepo } from '../../store/users.repo.js'
import { isPlainObject, parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { kindOf, type Kind } from './kinds.js'
import { MeetingService, type Meeting } from './meeting.service.js'
import { bothOn, inMeetingSettings } from './polls.js'
import { isoSeconds } from '../../util/time.js'
import type { LiveStreamBody, LiveStreamStatusBody } from '../../schemas/meetings/schemas-livestream.js'

/** What Update a live stream accepts: the request body as validated. */
export type LiveStreamInput = Static<typeof LiveStreamBody>

export interface LiveStreamSettings {
  active_speaker_name?: boolean
  display_name?: string
  layout?: 'follow_host' | 'gallery_view' | 'speaker_view'
  close_caption?: 'burnt-in' | 'embedded' | 'off'
}

/** What Update a live stream's status accepts: the request body as validated. */
export type LiveStreamStatusInput = Static<typeof LiveStreamStatusBody>

/** What a meeting's live stream row holds. */
interface LiveStreamData extends Json {
  stream_url?: string
  stream_key?: string
  page_url?: string
  resolution?: string
  settings: LiveStreamSettings
  /** The instance being streamed (its UUID) and since when; the stream stops with that instance. */
  streaming?: { uuid: string; started_at: number }
  /** When the last accepted `start` arrived: Zoom takes one per meeting every 30 seconds. */
  last_start_at?: number
}

const START_INTERVAL_MS = 30_000
const SERVICE = 'Custom_Live_Streaming_Service'

/** Which settings let a kind stream, what they gate, its refusals, and the events its streams emit. */
interface StreamRules {
  /** Whether an `in_meeting` section lets this kind stream to a custom service. */
  enabled(inMeeting: Json): boolean
  /** Whether reading and configuring the stream need that setting too, not only starting it. */
  gatesConfiguration: boolean
  disabled(): ZoomError
  notConfigured(id: number): ZoomError
  notStarted(id: number): ZoomError
  startTooSoon(id: number): ZoomError
  events?: { started: EmittedEvent; stopped: EmittedEvent }
}

const STREAM_RULES: Record<Kind, StreamRules> = {
  meeting: {
    enabled: (s) => s.allow_live_streaming === true && s.custom_live_streaming_service === true,
    gatesConfiguration: false,
    disabled: () => errors.liveStreamDisabled(),
    notConfigured: (id) => errors.liveStreamNotConfigured(id),
    notStarted: (id) => errors.liveStreamMeetingNotStarted(id),
    startTooSoon: (id) => errors.liveStreamStartTooSoon(id),
    events: { started: 'meeting.live_streaming_started', stopped: 'meeting.live_streaming_stopped' },
  },
  // Webinars stream under "Allow live streaming the webinars" with the custom service among its services, which
  // Zoom checks on every live stream operation; Zoom's event list has no webinar live-streaming events.
  webinar: {
    enabled: (s) =>
      isPlainObject(s.webinar_live_streaming) &&
      s.webinar_live_streaming.enable === true &&
      Array.isArray(s.webinar_live_streaming.live_streaming_service) &&
      s.webinar_live_streaming.live_streaming_service.includes('custom_live_streaming_service'),
    gatesConfiguration: true,
    disabled: () => errors.webinarLiveStreamDisabled(),
    notConfigured: () => errors.webinarLiveStreamNotConfigured(),
    notStarted: (id) => errors.webinarLiveStreamNotStarted(id),
    startTooSoon: (id) => errors.webinarLiveStreamStartTooSoon(id),
  },
}

const streamRules = (m: Meeting): StreamRules => STREAM_RULES[kindOf(m).kind]

/**
 * A meeting's or webinar's stream to a custom service (stream URL, key and viewer page). Pro or higher. Starting
 * needs live streaming of that kind on for the account and the host (for meetings "Allow live streaming meetings"
 * and its custom service; webinars need theirs for every operation), the stream configured, and the meeting in
 * progress.
 */
export class LiveStreamService {
  readonly repo: MeetingPollsRepo

  constructor(private svc: Services) {
    this.repo = new MeetingPollsRepo(svc.db.kysely)
    // The stream of an instance ends with it. Whether a stream is live is also checked against the meeting's
    // current instance on every read, so a stream never outlives its meeting even where this did not run.
    svc
      .use(MeetingService)
      .onStatusChange((before, after, db) =>
        before.status === 'started' && after.status !== 'started' ? this.instanceEnded(before, db) : undefined,
      )
  }

  async get(m: Meeting) {
    await this.requireAvailable(m)
    const d = await this.data(m)
    return { stream_url: d.stream_url, stream_key: d.stream_key, page_url: d.page_url, resolution: d.resolution }
  }

  async update(m: Meeting, input: LiveStreamInput): Promise<void> {
    await this.requireAvailable(m)
    const d = await this.data(m)
    d.stream_url = input.stream_url
    d.stream_key = input.stream_key
    d.page_url = input.page_url
    if (input.resolution !== undefined) d.resolution = input.resolution
    await this.save(m, d)
  }

  /**
   * `start` begins streaming the instance in progress, `stop` ends it, `mode` only changes the layout settings;
   * `settings` sent with any action are kept for this and later streams. Emits meeting.live_streaming_started /
   * meeting.live_streaming_stopped for meetings (nothing for webinars).
   */
  async updateStatus(actor: Actor, m: Meeting, input: LiveStreamStatusInput): Promise<void> {
    await this.requireAvailable(m)
    const rules = streamRules(m)
    const d = await this.data(m)
    if (input.settings) d.settings = { ...d.settings, ...input.settings }
    const now = this.svc.clock.now()
    const live = this.isLive(m, d)
    let event: EmittedEvent | undefined
    if (input.action === 'start') {
      if (!rules.gatesConfiguration) await this.requireStreaming(m, rules)
      if (!d.stream_url || !d.stream_key || !d.page_url) throw rules.notConfigured(m.id)
      if (m.status !== 'started') throw rules.notStarted(m.id)
      if (d.last_start_at !== undefined && now - d.last_start_at < START_INTERVAL_MS) throw rules.startTooSoon(m.id)
      d.last_start_at = now
      if (!live) {
        d.streaming = { uuid: m.uuid, started_at: now }
        event = rules.events?.started
      }
    } else if (input.action === 'stop') {
      if (live) event = rules.events?.stopped
      delete d.streaming
    }
    const op = await this.svc.use(MeetingService).operator(actor)
    await this.svc.db.kysely.transaction().execute(async (trx) => {
      await this.save(m, d, trx)
      if (event)
        await this.svc.events.emit(
          { event, accountId: m.account_id, payload: op, object: this.eventObject(m, d, now) },
          trx,
        )
    })
  }

  /** Pro or higher; for a kind whose setting gates every operation, that setting too. */
  private async requireAvailable(m: Meeting): Promise<void> {
    await requirePaidAccount(this.svc, m.account_id)
    const rules = streamRules(m)
    if (rules.gatesConfiguration) await this.requireStreaming(m, rules)
  }

  private async requireStreaming(m: Meeting, rules: StreamRules): Promise<void> {
    if (!bothOn(await inMeetingSettings(this.svc, m), rules.enabled)) throw rules.disabled()
  }

  private isLive(m: Meeting, d: LiveStreamData): boolean {
    return !!d.streaming && m.status === 'started' && d.streaming.uuid === m.uuid
  }

  private async instanceEnded(m: Meeting, db: Kysely<Database>): Promise<void> {
    const row = await this.repo.liveStream(m.account_id, m.id, db)
    if (!row) return
    const d = parseJson<LiveStreamData>(row.data)
    if (!this.isLive(m, d)) return
    delete d.streaming
    const now = this.svc.clock.now()
    await this.save(m, d, db)
    const event = streamRules(m).events?.stopped
    if (!event) return
    // Through the transaction's connection: on SQLite a read on the root connection would wait for this very transaction.
    const hostEmail = await new UsersRepo(db).email(m.account_id, m.host_id)
    await this.svc.events.emit(
      {
        event,
        accountId: m.account_id,
        payload: { operator: hostEmail ?? '', operator_id: m.host_id },
        object: this.eventObject(m, d, now),
      },
      db,
    )
  }

  /** `object` of meeting.live_streaming_started / _stopped. */
  private eventObject(m: Meeting, d: LiveStreamData, at: number) {
    return {
      id: m.id,
      uuid: m.uuid,
      host_id: m.host_id,
      topic: m.doc.topic,
      type: m.type,
      start_time: isoSeconds(m.doc.instance_started_at ?? at),
      timezone: m.doc.timezone,
      duration: m.doc.duration,
      live_streaming: {
        service: SERVICE,
        custom_live_streaming_settings: {
          stream_url: d.stream_url ?? '',
          stream_key: d.stream_key ?? '',
          page_url: d.page_url ?? '',
          ...(d.resolution ? { resolution: d.resolution } : {}),
        },
        date_time: isoSeconds(at),
      },
    }
  }

  private async data(m: Meeting): Promise<LiveStreamData> {
    const row = await this.repo.liveStream(m.account_id, m.id)
    return row ? parseJson<LiveStreamData>(row.data) : { settings: {} }
  }

  private save(m: Meeting, d: LiveStreamData, db?: Kysely<Database>): Promise<void> {
    return this.repo.saveLiveStream(
      { meeting_id: m.id, account_id: m.account_id, updated_at: this.svc.clock.now(), data: JSON.stringify(d) },
      db,
    )
  }
}
