import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { Actor } from '../actor.js'
import type { Services } from '../../services.js'
import { MeetingPollsRepo } from '../../store/meeting-polls.repo.js'
import type { Database } from '../../store/tables.js'
import { UsersRepo } from '../../store/users.repo.js'
import { parseJson, type Json } from '../../util/json.js'
import { requirePaidAccount } from '../accounts/plan.js'
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

/**
 * A meeting's stream to a custom service (stream URL, key and viewer page). Pro or higher. Starting needs live
 * streaming on for the account and the host ("Allow live streaming meetings" and its custom service), the
 * stream configured, and the meeting in progress.
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
    await requirePaidAccount(this.svc, m.account_id)
    const d = await this.data(m)
    return { stream_url: d.stream_url, stream_key: d.stream_key, page_url: d.page_url, resolution: d.resolution }
  }

  async update(m: Meeting, input: LiveStreamInput): Promise<void> {
    await requirePaidAccount(this.svc, m.account_id)
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
   * meeting.live_streaming_stopped.
   */
  async updateStatus(actor: Actor, m: Meeting, input: LiveStreamStatusInput): Promise<void> {
    await requirePaidAccount(this.svc, m.account_id)
    const d = await this.data(m)
    if (input.settings) d.settings = { ...d.settings, ...input.settings }
    const now = this.svc.clock.now()
    const live = this.isLive(m, d)
    let event: 'meeting.live_streaming_started' | 'meeting.live_streaming_stopped' | undefined
    if (input.action === 'start') {
      const settings = await inMeetingSettings(this.svc, m)
      if (!bothOn(settings, (s) => s.allow_live_streaming === true && s.custom_live_streaming_service === true))
        throw errors.liveStreamDisabled()
      if (!d.stream_url || !d.stream_key || !d.page_url) throw errors.liveStreamNotConfigured(m.id)
      if (m.status !== 'started') throw errors.liveStreamMeetingNotStarted(m.id)
      if (d.last_start_at !== undefined && now - d.last_start_at < START_INTERVAL_MS)
        throw errors.liveStreamStartTooSoon(m.id)
      d.last_start_at = now
      if (!live) {
        d.streaming = { uuid: m.uuid, started_at: now }
        event = 'meeting.live_streaming_started'
      }
    } else if (input.action === 'stop') {
      if (live) event = 'meeting.live_streaming_stopped'
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
    // Through the transaction's connection: on SQLite a read on the root connection would wait for this very transaction.
    const hostEmail = await new UsersRepo(db).email(m.account_id, m.host_id)
    await this.svc.events.emit(
      {
        event: 'meeting.live_streaming_stopped',
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
