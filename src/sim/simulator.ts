import { isAdjustable } from '../clock.js'
import { kindEvent } from '../domain/meetings/kinds.js'
import { MeetingInstances, type RecordingAction } from '../domain/meetings/instances.js'
import { endHeld } from '../domain/meetings/end.js'
import { MeetingService, registrationEnabled, type Meeting } from '../domain/meetings/meeting.service.js'
import {
  hydrateInstance,
  instanceEventObject,
  MeetingParticipants,
  type Instance,
  type JoinInput,
  type LeaveReason,
  type Session,
} from '../domain/meetings/participants.js'
import { RegistrantService } from '../domain/meetings/registrants.js'
import { waitingRoomProblem } from '../domain/meetings/waiting-room.js'
import { inPractice, WebinarLive, type ParticipantRole } from '../domain/webinars/live.js'
import { errors } from '../errors/catalog.js'
import type { Actor } from '../http/operation.js'
import type { Services } from '../services.js'
import { SessionActivity, type AnswerInput, type AskInput, type VoteInput } from './activity.js'
import { AudioLegs, presentLeg, type SimJoinInput } from './audio-legs.js'
import type { AudioLegRow } from '../store/h323-devices.repo.js'
import type { PastSummary } from './runner.js'
import { MetaRepo } from '../store/meta.repo.js'
import { isoSeconds } from '../util/time.js'

/**
 * Refuses to hold anyone in the waiting room of a webinar or of a meeting whose waiting_room setting is off (400/300
 * naming `field`, or the setting when no request field asked for it).
 */
function holdsWaiting(m: Meeting, field = 'settings.waiting_room'): void {
  const problem = waitingRoomProblem(m)
  if (problem) throw errors.validation([{ field, message: `Invalid field. ${problem}` }])
}

/** The longest single move of the clock: a year. */
export const MAX_ADVANCE_MS = 366 * 86_400_000

export interface StartOptions {
  /** false: the sessions get no QoS samples. */
  qos?: boolean
  /** false: the meeting is written into the past, so its QoS minutes are written as its sessions close. */
  realtime?: boolean
}

/**
 * Drives meetings through their life as Zoom clients would: the host starts it, participants join, share and
 * leave, the recording runs, the host ends it. Each step writes the rows and emits the events the real service
 * would; past meetings, reports and dashboards then read what happened.
 */
export class Simulator {
  private meetings: MeetingService
  private instances: MeetingInstances
  private participants: MeetingParticipants
  private meta: MetaRepo
  private live: WebinarLive
  readonly activity: SessionActivity
  readonly legs: AudioLegs

  constructor(private svc: Services) {
    this.meta = new MetaRepo(svc.db.kysely)
    this.meetings = svc.use(MeetingService)
    this.instances = svc.use(MeetingInstances)
    this.participants = svc.use(MeetingParticipants)
    this.live = svc.use(WebinarLive)
    this.activity = new SessionActivity(svc)
    this.legs = new AudioLegs(svc)
  }

  /** The host starts the meeting: status `started`, a live instance, meeting.started. Starting a live meeting changes nothing. */
  async start(actor: Actor, meetingId: string | number, opts: StartOptions = {}): Promise<Instance> {
    return (await this.begin(actor, meetingId, opts)).instance
  }

  /** `start`, reported as `state` reports the meeting. */
  async startState(actor: Actor, meetingId: string | number, opts: StartOptions = {}) {
    const { meeting, instance, opened } = await this.begin(actor, meetingId, opts)
    // No one has joined an instance opened just now.
    return await this.present(meeting, instance, opened ? [] : await this.participants.sessions(instance))
  }

  private async begin(
    actor: Actor,
    meetingId: string | number,
    opts: StartOptions,
  ): Promise<{ meeting: Meeting; instance: Instance; opened: boolean }> {
    const m = await this.meetings.resolveForActor(actor, meetingId, { kind: 'any' })
    if (m.status === 'started') return { meeting: m, instance: await this.instances.live(m), opened: false }
    const { meeting, instance } = await this.svc.db.kysely.transaction().execute(async (trx) => {
      const started = await this.meetings.setStatus(m, 'started', { db: trx })
      // The instance row was opened by the status change, in this transaction.
      const row = await this.instances.repo.instance(started.account_id, started.uuid, trx)
      if (!row) throw errors.internal()
      const hydrated = hydrateInstance(row)
      await this.live.open(started, hydrated, trx)
      await this.svc.events.emit(
        { event: kindEvent(started, 'started'), accountId: started.account_id, object: instanceEventObject(hydrated) },
        trx,
      )
      return { meeting: started, instance: hydrated }
    })
    if (opts.qos === false) await this.instances.setQos(instance, false)
    if (opts.realtime === false) await this.instances.setLiveQos(instance, false)
    return { meeting, instance, opened: true }
  }

  /**
   * A participant joins. In a webinar each takes a role (see WebinarLive.roleOnJoin); where the meeting takes
   * registrations, an approved registrant joining with their email joins as that registrant. A phone line or a
   * room system (`phone`, `device_id`) is recorded as the session's audio leg.
   */
  async join(actor: Actor, meetingId: string | number, input: SimJoinInput): Promise<Session> {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    const { waiting_room: waiting = false, ...joinInput } = input
    if (waiting) {
      holdsWaiting(meeting, 'waiting_room')
      // Audio legs are recorded with the session in the meeting, which a waiting joiner does not have yet.
      if (input.phone !== undefined || input.device_id !== undefined)
        throw errors.validation([
          { field: 'waiting_room', message: 'Invalid field. A phone or room system joins straight into the meeting.' },
        ])
    }
    const planned = await this.legs.plan(meeting, instance, joinInput)
    const { phone: _phone, device_id: _deviceId, ...client } = joinInput
    const joining: JoinInput = { ...client, ...planned?.join }
    const role = await this.live.roleOnJoin(meeting, instance, joining)
    const registrantId = joining.registrant_id ?? (await this.registrantOf(meeting, joining))
    // The leg names the session, so it is written once the session exists, in the same transaction.
    return this.participants.join(
      instance,
      { ...joining, role, registrant_id: registrantId },
      planned ? (session, db) => this.legs.record(instance, session, planned.leg, db).then(() => undefined) : undefined,
      waiting,
    )
  }

  /** The host admits a participant from the waiting room into the meeting. */
  async admit(
    actor: Actor,
    meetingId: string | number,
    participantId: string,
    input: Pick<JoinInput, 'network_issues'> = {},
  ): Promise<Session> {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    const problem = waitingRoomProblem(meeting, { setting: false })
    if (problem) throw errors.badRequest(problem)
    return this.participants.admit(instance, participantId, input)
  }

  /** The host moves a participant of the meeting back to its waiting room. */
  async putInWaitingRoom(actor: Actor, meetingId: string | number, participantId: string): Promise<Session> {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    holdsWaiting(meeting)
    return this.participants.putInWaitingRoom(instance, participantId)
  }

  private async registrantOf(m: Meeting, input: JoinInput): Promise<string | undefined> {
    if (input.participant_id !== undefined || !input.email || !registrationEnabled(m)) return undefined
    const row = await this.svc.use(RegistrantService).repo.byEmail(m.account_id, m.id, input.email)
    return row?.status === 'approved' ? row.id : undefined
  }

  async leave(actor: Actor, meetingId: string | number, participantId: string, reason: LeaveReason = 'left') {
    const { instance } = await this.liveMeeting(actor, meetingId)
    return this.participants.leave(instance, participantId, reason)
  }

  async share(
    actor: Actor,
    meetingId: string | number,
    participantId: string,
    action: 'start' | 'stop',
    content = 'desktop',
  ) {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    if (action === 'start') await this.live.checkShare(meeting, instance, participantId)
    return this.participants.share(instance, participantId, action, content)
  }

  /** The host ends a webinar's practice session and starts the broadcast; answers as `state` does. */
  async broadcast(actor: Actor, webinarId: string | number) {
    const { meeting, instance } = await this.liveMeeting(actor, webinarId, 'webinar')
    await this.live.broadcast(instance)
    return await this.present(meeting, instance, await this.participants.sessions(instance))
  }

  /** The host makes a participant of a live webinar host, co-host, panelist or attendee. */
  async changeRole(actor: Actor, webinarId: string | number, participantId: string, role: ParticipantRole) {
    const { instance } = await this.liveMeeting(actor, webinarId, 'webinar')
    return this.live.changeRole(instance, participantId, role)
  }

  async ask(actor: Actor, meetingId: string | number, input: AskInput) {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    return this.activity.questionWithAnswers(instance, await this.activity.ask(meeting, instance, input))
  }

  async answer(actor: Actor, meetingId: string | number, questionId: string, input: AnswerInput) {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    const question = await this.activity.answer(meeting, instance, questionId, input)
    return this.activity.questionWithAnswers(instance, question)
  }

  async vote(actor: Actor, meetingId: string | number, pollId: string, input: VoteInput) {
    const { meeting, instance } = await this.liveMeeting(actor, meetingId)
    return this.activity.vote(meeting, instance, pollId, input)
  }

  /**
   * The Q&A and poll answers of one instance of the meeting: the one named by `uuid`, else the live one, else
   * the latest that ended; 404/404 when there is none.
   */
  async activityOf(actor: Actor, meetingId: string | number, uuid?: string) {
    const m = await this.meetings.resolveForActor(actor, meetingId, { kind: 'any' })
    const row =
      uuid !== undefined
        ? await this.instances.repo.instance(m.account_id, uuid)
        : m.status === 'started'
          ? await this.instances.repo.instance(m.account_id, m.uuid)
          : await this.instances.repo.latestEnded(m.account_id, m.id, m.kind)
    if (!row || Number(row.meeting_id) !== m.id)
      throw errors.notFound(`No instance of ${m.kind} ${m.id} was held${uuid ? ` with UUID ${uuid}` : ''}.`)
    return this.activity.present(hydrateInstance(row))
  }

  async record(actor: Actor, meetingId: string | number, action: RecordingAction) {
    const m = await this.meetings.resolveForActor(actor, meetingId, { kind: 'any' })
    return this.instances.recording(m, action)
  }

  /** The host ends the meeting: everyone leaves, the instance closes with its totals, meeting.ended. */
  async end(actor: Actor, meetingId: string | number): Promise<Instance> {
    const m = await this.meetings.resolveForActor(actor, meetingId, { kind: 'any' })
    if (m.status !== 'started') throw errors.meetingNotStarted(m.id)
    const uuid = m.uuid
    await endHeld(this.svc, m)
    const row = await this.instances.repo.instance(m.account_id, uuid)
    if (!row) throw errors.internal()
    return hydrateInstance(row)
  }

  /** The live instance and who is in it. */
  async state(actor: Actor, meetingId: string | number) {
    const m = await this.meetings.resolveForActor(actor, meetingId, { kind: 'any' })
    if (m.status !== 'started') return { id: m.id, uuid: m.uuid, status: m.status, participants: [] }
    const instance = await this.instances.live(m)
    return await this.present(m, instance, await this.participants.sessions(instance))
  }

  private async present(m: Meeting, instance: Instance, sessions: Session[]) {
    const legs = new Map(
      (await this.legs.repo.ofInstance(instance.account_id, instance.uuid)).map((l) => [l.session_id, l]),
    )
    return {
      id: m.id,
      uuid: instance.uuid,
      status: m.status,
      start_time: isoSeconds(instance.start_time),
      recording: instance.doc.recording?.status ?? 'stopped',
      qos: instance.doc.qos,
      ...(m.kind === 'webinar' ? { practice_session: inPractice(instance) } : {}),
      participants: sessions.filter((s) => s.leave_time === null).map((s) => this.presentSession(s, legs.get(s.id))),
    }
  }

  /** A session as the simulator shows it: everything recorded, its role and its audio leg included. */
  presentSession(s: Session, leg?: AudioLegRow) {
    return {
      ...this.participants.presentSession(s),
      role: s.role ?? undefined,
      ...(leg ? { audio: presentLeg(leg) } : {}),
    }
  }

  /** `presentSession` with the session's audio leg read from the store. */
  async sessionView(s: Session) {
    return this.presentSession(s, await this.legs.repo.bySession(s.account_id, s.id))
  }

  /**
   * Moves the server clock forward for every account, and stores the move so a restart keeps it; 400/300 when
   * the server runs on the system clock.
   */
  async advance(ms: number): Promise<number> {
    const clock = this.svc.clock
    if (!isAdjustable(clock))
      throw errors.badRequest(
        'The server clock cannot be moved: it follows the system clock (start the server with SIMULATOR=on).',
      )
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS)
      throw errors.validation([{ field: 'ms', message: 'Invalid field.' }])
    // The stored offset is the one clock of every process on this database: the move is added to it there, and
    // this process takes the total (which includes moves other processes made meanwhile).
    clock.advance(Math.round(ms))
    const total = await this.meta.addClockOffset(Math.round(ms))
    if (total > clock.offsetMs) clock.restoreOffset(total)
    return clock.now()
  }

  /** An ended instance as the simulator reports it. */
  summary(i: Instance): PastSummary {
    return {
      id: i.meeting_id,
      uuid: i.uuid,
      topic: i.topic,
      host_id: i.host_id,
      start_time: isoSeconds(i.start_time),
      end_time: isoSeconds(i.end_time ?? this.svc.clock.now()),
      duration: i.duration ?? 0,
      total_minutes: i.total_minutes ?? 0,
      participants_count: i.participants_count ?? 0,
    }
  }

  private async liveMeeting(
    actor: Actor,
    meetingId: string | number,
    kind: 'any' | 'webinar' = 'any',
  ): Promise<{ meeting: Meeting; instance: Instance }> {
    const meeting = await this.meetings.resolveForActor(actor, meetingId, { kind })
    return { meeting, instance: await this.instances.live(meeting) }
  }
}
