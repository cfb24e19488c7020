import { setTimeout as sleep } from 'node:timers/promises'
import { runAt } from '../clock.js'
import { MeetingService, type Meeting, type MeetingInput } from '../domain/meetings/meeting.service.js'
import type { SimJoinInput } from './audio-legs.js'
import { PollService } from '../domain/meetings/polls.js'
import { RegistrantService } from '../domain/meetings/registrants.js'
import { waitingRoomProblem } from '../domain/meetings/waiting-room.js'
import { inPractice } from '../domain/webinars/live.js'
import { WebinarService } from '../domain/webinars/webinar.service.js'
import { errors } from '../errors/catalog.js'
import type { FieldError } from '../errors/zoom-error.js'
import type { Actor } from '../http/operation.js'
import type { Services } from '../services.js'
import { must } from '../util/must.js'
import { isoSeconds } from '../util/time.js'
import { MeetingChat } from './chat.js'
import { ParticipantFeedback } from '../domain/dashboards/feedback.js'
import { hydrateInstance, MeetingParticipants } from '../domain/meetings/participants.js'
import {
  EVERYONE,
  issuesFromJoin,
  planScenario,
  type Scenario,
  type ScenarioParticipant,
  type Step,
} from './scenario.js'
import { Simulator } from './simulator.js'
import { ZoomRooms } from '../domain/zoom-rooms/zoom-rooms.js'
import { ROOM_DEVICE } from '../domain/meetings/devices.js'

/** The ended instance as the simulator reports it. */
export interface PastSummary {
  id: number
  uuid: string
  topic: string
  host_id: string
  start_time: string
  end_time: string
  duration: number
  total_minutes: number
  participants_count: number
}

export interface ScenarioResult extends PastSummary {
  steps: number
  participants: Array<{ name: string; participant_id: string; sessions: number }>
}

/** A realtime scenario's meeting as it starts, answered before the rest plays. */
export interface LiveScenario {
  id: number
  uuid: string
  status: 'started'
  start_time: string
  mode: 'realtime'
  speed: number
  steps: number
  /** When the clock will read the end, if it is not moved meanwhile. */
  ends_at: string
}

export interface Progress {
  /** 1-based index of the step done, out of `total`. */
  index: number
  total: number
  /** Minutes after the start. */
  offset_minutes: number
  kind: Step['kind'] | 'start'
  text: string
}

export type PlayMode = 'past' | 'realtime' | 'advance_clock'

/** Tolerance for a start_at a moment in the past with advance_clock (a clock read over HTTP lags a little). */
const PAST_TOLERANCE_MS = 60_000
const MINUTE_MS = 60_000

function playMode(sc: Scenario): PlayMode {
  return sc.mode === 'realtime' ? 'realtime' : sc.advance_clock ? 'advance_clock' : 'past'
}

/** The scenario's participant at an index a step names (planScenario names only existing ones). */
function participantAt(sc: Scenario, index: number | undefined): ScenarioParticipant {
  return must(sc.participants[index ?? -1], "a step's participant")
}

/** What each step did, in the words progress lines use; `result` is the ended meeting (for the last line). */
function describe(sc: Scenario, step: Step | undefined, meetingId: string, uuid: string, result?: PastSummary): string {
  const kind = sc.webinar ? 'webinar' : 'meeting'
  if (!step)
    return `${kind} ${meetingId} started (instance ${uuid})${sc.broadcast_offset_minutes !== undefined ? ' in its practice session' : ''}`
  const name = step.participant !== undefined ? participantAt(sc, step.participant).name : ''
  const item = step.item ?? 0
  switch (step.kind) {
    case 'broadcast':
      return 'broadcast started'
    case 'role':
      return `${name} is now ${participantAt(sc, step.participant).role_changes?.[item]?.role ?? ''}`
    case 'ask':
      return `${name} asked a question`
    case 'answer': {
      const answer = participantAt(sc, step.asker).qa?.[item]?.answers?.[step.answer ?? 0]
      const asker = participantAt(sc, step.asker).name
      return answer?.live ? `${name} answered ${asker}'s question live` : `${name} answered ${asker}'s question`
    }
    case 'vote':
      return `${name} answered poll ${participantAt(sc, step.participant).votes?.[item]?.poll ?? ''}`
    case 'join':
      return step.waiting ? `${name} entered the waiting room` : `${name} ${step.session ? 'rejoined' : 'joined'}`
    case 'admit':
      return `${name} was admitted from the waiting room`
    case 'leave':
      return step.waiting ? `${name} left the waiting room` : `${name} left`
    case 'share_start':
      return `${name} started sharing`
    case 'share_stop':
      return `${name} stopped sharing`
    case 'record_start':
      return 'recording started'
    case 'record_stop':
      return 'recording stopped'
    case 'record_pause':
      return 'recording paused'
    case 'record_resume':
      return 'recording resumed'
    case 'chat':
      return `${name} wrote in the chat to ${step.to !== undefined ? participantAt(sc, step.to).name : EVERYONE}`
    case 'feedback':
      return `${name} answered the feedback survey`
    case 'end':
      return `${kind} ended: ${result?.participants_count ?? 0} participants, ${result?.total_minutes ?? 0} minutes attended`
  }
}

function progressAt(index: number, total: number, kind: Progress['kind'], at: number, text: string): Progress {
  return { index, total, offset_minutes: Math.round((at / MINUTE_MS) * 100) / 100, kind, text }
}

/** The progress lines of a scenario played elsewhere (a server), rebuilt from its plan and its result. */
export function progressOf(sc: Scenario, result: ScenarioResult): Progress[] {
  const steps = planScenario(sc)
  const total = steps.length + 1
  const id = String(result.id)
  return [
    progressAt(1, total, 'start', 0, describe(sc, undefined, id, result.uuid)),
    ...steps.map((step, n) =>
      progressAt(n + 2, total, step.kind, step.at, describe(sc, step, id, result.uuid, result)),
    ),
  ]
}

/**
 * One play of a scenario: creates (or takes) the meeting, starts it, then runs every join, leave, share and
 * recording step at its offset in time order, and ends the meeting at its duration. Where the offsets fall in
 * time depends on the mode: in the recent past (`runAt`, the clock untouched), live on real timers scaled by
 * the speed (reading the clock), or by moving the clock forward (advance_clock, the only mode that moves it).
 */
export class ScenarioPlay {
  private readonly sim: Simulator
  private readonly ids: string[] = []
  private readonly sessions: number[]
  /** The ids of the questions asked so far, by `asker:index`. */
  private readonly questions = new Map<string, string>()
  /** The meeting's polls (those the scenario created included). */
  private polls: Array<{ id: string; title: string }> = []
  private meetingId = ''
  private uuid = ''
  /** The instance's start as stored. */
  private startedAt = 0
  /** Real time (ms, monotonic) of the start, for realtime pacing. */
  private startedReal = 0

  private constructor(
    private readonly svc: Services,
    private readonly actor: Actor,
    private readonly sc: Scenario,
    private readonly steps: Step[],
    readonly mode: PlayMode,
    /** The clock's reading at the start. */
    private readonly startAt: number,
    private readonly onProgress: (p: Progress) => void,
  ) {
    this.sim = svc.use(Simulator)
    this.sessions = sc.participants.map(() => 0)
  }

  private get rooms(): ZoomRooms {
    return this.svc.use(ZoomRooms)
  }

  get speed(): number {
    return this.sc.speed ?? 1
  }

  /** Checks the scenario against the clock, creates or takes its meeting and starts it; 400/300 when its times do not fit. */
  static async start(
    svc: Services,
    actor: Actor,
    sc: Scenario,
    onProgress: (p: Progress) => void = () => {},
  ): Promise<ScenarioPlay> {
    const steps = planScenario(sc)
    const mode = playMode(sc)
    const now = svc.clock.now()
    const duration = Math.round(sc.duration_minutes * MINUTE_MS)
    const given = sc.start_at !== undefined ? Date.parse(sc.start_at) : undefined
    let startAt = now
    if (mode === 'past') {
      startAt = given ?? now - duration
      if (startAt + duration > now)
        throw errors.validation([
          {
            field: 'start_at',
            message:
              'Invalid field. A scenario played in the past must end by now; use advance_clock or mode realtime for a later one.',
          },
        ])
    } else if (mode === 'advance_clock') {
      startAt = given ?? now
      if (startAt < now - PAST_TOLERANCE_MS)
        throw errors.validation([{ field: 'start_at', message: 'Invalid field. Must not be in the past.' }])
    }
    const play = new ScenarioPlay(svc, actor, sc, steps, mode, startAt, onProgress)
    await play.at(0, () => play.open())
    return play
  }

  /** Creates or takes the meeting (or webinar), prepares its polls and registrants, and starts it. */
  private async open(): Promise<void> {
    const m = await this.target()
    this.meetingId = String(m.id)
    if (this.sc.broadcast_offset_minutes !== undefined && m.doc.settings.practice_session !== true)
      throw errors.validation([
        { field: 'broadcast_offset_minutes', message: `Invalid field. Webinar ${m.id} has no practice session.` },
      ])
    await this.prepare(m)
    const instance = await this.sim.start(this.actor, this.meetingId, {
      qos: this.sc.qos ?? true,
      realtime: this.mode !== 'past',
    })
    // A webinar that holds practice sessions goes on air at once unless the scenario says when.
    if (inPractice(instance) && this.sc.broadcast_offset_minutes === undefined)
      await this.sim.broadcast(this.actor, this.meetingId)
    this.uuid = instance.uuid
    this.startedAt = instance.start_time
    this.startedReal = performance.now()
    this.onProgress(
      progressAt(1, this.steps.length + 1, 'start', 0, describe(this.sc, undefined, this.meetingId, this.uuid)),
    )
  }

  /** The meeting or webinar to play: the one named (not in progress, for a play in the past) or a new one. */
  private async target(): Promise<Meeting> {
    const webinar = this.sc.webinar !== undefined
    // planScenario refused a scenario with neither.
    const { id, create } = must(this.sc.webinar ?? this.sc.meeting, 'meeting or webinar')
    if (id !== undefined) {
      const m = webinar
        ? await this.svc.use(WebinarService).resolve(this.actor, id)
        : await this.svc.use(MeetingService).resolveForActor(this.actor, id, { kind: 'any' })
      // Joins written into the past cannot belong to an instance that began now.
      if (this.mode === 'past' && m.status === 'started')
        throw errors.badRequest(
          `Meeting ${m.id} is in progress: a scenario played in the past needs a meeting that is not.`,
          3000,
        )
      // Nor can two instances of one meeting overlap.
      const lastEnded = m.doc.last_ended_at ?? 0
      if (this.mode === 'past' && lastEnded > this.startAt) {
        throw errors.validation([
          {
            field: 'start_at',
            message: `Invalid field. Meeting ${m.id} was in progress until ${isoSeconds(lastEnded)}.`,
          },
        ])
      }
      return m
    }
    // planScenario refused a scenario with neither id nor create.
    const { userId, ...body } = must(create, 'create')
    const type = body.type ?? (webinar ? 5 : 2)
    const settings: Record<string, unknown> = { ...body.settings }
    // Registrations need registration on, and a broadcast needs a practice session.
    if (this.registering() && settings.approval_type === undefined) settings.approval_type = 0
    if (this.sc.broadcast_offset_minutes !== undefined) settings.practice_session = true
    const input: Record<string, unknown> = {
      type,
      duration: Math.max(1, Math.ceil(this.sc.duration_minutes)),
      ...body,
      settings,
    }
    // Types 2 and 8 (webinars: 5 and 9) have a time of their own.
    if ([2, 8, 5, 9].includes(type) && body.start_time === undefined) input.start_time = isoSeconds(this.startAt)
    if (webinar) {
      const webinars = this.svc.use(WebinarService)
      const host = await webinars.host(this.actor, userId ?? 'me')
      return webinars.create(this.actor, host, input as MeetingInput)
    }
    const user = await this.svc.users.resolve(this.actor, userId ?? 'me')
    return this.svc.use(MeetingService).create(this.actor, user, input as MeetingInput)
  }

  private registering(): boolean {
    return (this.sc.registrants?.length ?? 0) > 0 || this.sc.participants.some((p) => p.register)
  }

  /** Creates the scenario's polls and registers its registrants (approved), before the start. */
  private async prepare(m: Meeting): Promise<void> {
    const polls = this.svc.use(PollService)
    for (const poll of this.sc.polls ?? []) await polls.create(m, poll)
    this.polls = (await polls.repo.polls(m.account_id, m.id)).map((row) => polls.present(row))
    // Refused before the start rather than in the middle of the play.
    const unknown: FieldError[] = []
    this.sc.participants.forEach((p, i) =>
      (p.votes ?? []).forEach((v, k) => {
        if (!this.pollOf(v.poll))
          unknown.push({
            field: `participants.${i}.votes.${k}.poll`,
            message: `Invalid field. The ${m.kind} has no poll with that id or title.`,
          })
      }),
    )
    unknown.push(...(await this.sim.legs.problems(m, this.sc.participants)))
    const problem = waitingRoomProblem(m)
    if (problem)
      this.sc.participants.forEach((p, i) => {
        if (p.waiting_room)
          unknown.push({ field: `participants.${i}.waiting_room`, message: `Invalid field. ${problem}` })
      })
    for (const [i, p] of this.sc.participants.entries())
      if (p.zoom_room !== undefined && !(await this.rooms.repo.byId(m.account_id, p.zoom_room)))
        unknown.push({
          field: `participants.${i}.zoom_room`,
          message: 'Invalid field. The account has no such Zoom Room.',
        })
    if (unknown.length) throw errors.validation(unknown)
    if (!this.registering()) return
    const registrants = this.svc.use(RegistrantService)
    const target = await registrants.target(this.actor, String(m.id), m.kind === 'webinar' ? 'webinar' : 'meeting')
    const people = [
      ...(this.sc.registrants ?? []),
      ...this.sc.participants
        .filter((p) => p.register)
        .map((p) => {
          const [first = p.name, ...rest] = p.name.trim().split(/\s+/)
          return {
            email: must(p.email, 'a registering participant’s email'),
            first_name: first,
            last_name: rest.join(' '),
          }
        }),
    ]
    for (const { last_name, ...person } of people)
      await registrants.add(target, { ...person, ...(last_name ? { last_name } : {}), auto_approve: true }, undefined)
  }

  /** Runs `fn` at `offset` ms into the scenario, as the mode places it in time. */
  private async at<T>(offset: number, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.mode === 'past') return runAt(this.startAt + offset, fn)
    if (this.mode === 'advance_clock') {
      const now = this.svc.clock.now()
      const target = this.startAt + offset
      if (target > now) await this.sim.advance(target - now)
    } else {
      const wait = this.startedReal + offset / this.speed - performance.now()
      if (wait > 0) await sleep(wait, undefined, { signal })
      signal?.throwIfAborted()
    }
    return fn()
  }

  /** The started meeting, for the answer to a realtime play. */
  live(): LiveScenario {
    const duration = this.sc.duration_minutes * MINUTE_MS
    return {
      id: Number(this.meetingId),
      uuid: this.uuid,
      status: 'started',
      start_time: isoSeconds(this.startedAt),
      mode: 'realtime',
      speed: this.speed,
      steps: this.steps.length + 1,
      ends_at: isoSeconds(this.startedAt + Math.round(duration / this.speed)),
    }
  }

  /** Plays the steps after the start, to the end of the meeting; a realtime play stops early when `signal` aborts. */
  async finish(signal?: AbortSignal): Promise<ScenarioResult> {
    let result: PastSummary | undefined
    const total = this.steps.length + 1
    for (const [n, step] of this.steps.entries()) {
      const ended = await this.at(step.at, () => this.run(step), signal)
      if (ended) result = ended
      this.onProgress(
        progressAt(n + 2, total, step.kind, step.at, describe(this.sc, step, this.meetingId, this.uuid, result)),
      )
    }
    return {
      // The plan always ends with the end step.
      ...must(result, 'the summary of the end step'),
      steps: total,
      participants: this.sc.participants.map((p, i) => ({
        name: p.name,
        participant_id: this.ids[i] ?? '',
        sessions: this.sessions[i] ?? 0,
      })),
    }
  }

  /** The index of the participant a join, leave or share step is about: planScenario gives those steps one. */
  private participantOf(step: Step): number {
    return must(step.participant, `the participant of a ${step.kind} step`)
  }

  /** The participant id of a leave or share step's participant, who joined before it (the plan orders them so). */
  private joinedAs(step: Step): string {
    return must(this.ids[this.participantOf(step)], `the participant id for a ${step.kind} step`)
  }

  /** One step; the end returns the ended meeting. */
  private async run(step: Step): Promise<PastSummary | undefined> {
    const { sim, actor, meetingId } = this
    switch (step.kind) {
      case 'join': {
        const i = this.participantOf(step)
        const known = this.ids[i]
        const p = must(this.sc.participants[i], `participant ${i}`)
        const room = p.zoom_room !== undefined ? await this.rooms.room(actor.accountId, p.zoom_room) : undefined
        let input: SimJoinInput
        if (known) input = { participant_id: known, network_issues: issuesFromJoin(p, step.at) }
        else {
          input = {
            name: room?.name ?? p.name,
            email: p.email,
            user_id: p.user_id,
            registrant_id: p.registrant_id,
            device: room ? ROOM_DEVICE : p.device,
            ip_address: p.ip,
            location: p.location,
            network_type: p.network_type,
            role: p.role,
            phone: p.phone,
            device_id: p.device_id,
            network_issues: issuesFromJoin(p, step.at),
            customer_key: p.customer_key,
            in_room_participants: p.in_room_participants,
            ...(step.waiting ? { waiting_room: true } : {}),
          }
        }
        this.ids[i] = (await sim.join(actor, meetingId, input)).participant_uuid
        if (room) await this.rooms.joined(actor.accountId, room.id, this.uuid, this.ids[i])
        // Time in the waiting room is no session in the meeting.
        if (!step.waiting) this.sessions[i] = (this.sessions[i] ?? 0) + 1
        return undefined
      }
      case 'admit': {
        const i = this.participantOf(step)
        const p = must(this.sc.participants[i], `participant ${i}`)
        await sim.admit(actor, meetingId, this.joinedAs(step), { network_issues: issuesFromJoin(p, step.at) })
        this.sessions[i] = (this.sessions[i] ?? 0) + 1
        return undefined
      }
      case 'leave':
        await sim.leave(actor, meetingId, this.joinedAs(step))
        return undefined
      case 'share_start':
        await sim.share(actor, meetingId, this.joinedAs(step), 'start', step.content)
        return undefined
      case 'share_stop':
        await sim.share(actor, meetingId, this.joinedAs(step), 'stop')
        return undefined
      case 'record_start':
        await sim.record(actor, meetingId, 'start')
        return undefined
      case 'record_stop':
        await sim.record(actor, meetingId, 'stop')
        return undefined
      case 'record_pause':
        await sim.record(actor, meetingId, 'pause')
        return undefined
      case 'record_resume':
        await sim.record(actor, meetingId, 'resume')
        return undefined
      case 'chat': {
        const c = must(this.personOf(step).chat?.[step.item ?? -1], 'a chat message')
        // The recipient is in the meeting at this moment (planScenario checked), so has joined already.
        const to = step.to !== undefined ? must(this.ids[step.to], 'the recipient of a chat message') : undefined
        await this.svc
          .use(MeetingChat)
          .post(actor, meetingId, { participant_id: this.joinedAs(step), message: c.message, to })
        return undefined
      }
      case 'broadcast':
        await sim.broadcast(actor, meetingId)
        return undefined
      case 'role': {
        const change = must(this.personOf(step).role_changes?.[step.item ?? -1], 'a role change')
        await sim.changeRole(actor, meetingId, this.joinedAs(step), change.role)
        return undefined
      }
      case 'ask': {
        const q = must(this.personOf(step).qa?.[step.item ?? -1], 'a question')
        const asked = await sim.ask(actor, meetingId, {
          participant_id: this.joinedAs(step),
          question: q.question,
          anonymous: q.anonymous,
        })
        this.questions.set(`${this.participantOf(step)}:${step.item}`, must(asked.id, 'the id of a question'))
        return undefined
      }
      case 'answer': {
        const asker = must(step.asker, 'the asker of an answer')
        const a = must(
          this.sc.participants[asker]?.qa?.[step.item ?? -1]?.answers?.[step.answer ?? -1],
          'an answer to a question',
        )
        // The plan puts a question before its answers.
        const questionId = must(this.questions.get(`${asker}:${step.item}`), 'the question answered')
        const { by: _by, offset_minutes: _at, ...answer } = a
        await sim.answer(actor, meetingId, questionId, { participant_id: this.joinedAs(step), ...answer })
        return undefined
      }
      case 'vote': {
        const v = must(this.personOf(step).votes?.[step.item ?? -1], 'a vote')
        // prepare() checked every poll named.
        const poll = must(this.pollOf(v.poll), 'the poll of a vote')
        await sim.vote(actor, meetingId, poll.id, { participant_id: this.joinedAs(step), answers: v.answers })
        return undefined
      }
      case 'end':
        return sim.summary(await sim.end(actor, meetingId))
      case 'feedback': {
        const answer = must(this.personOf(step).feedback, 'a survey answer')
        const feedback = this.svc.use(ParticipantFeedback)
        const row = await this.svc.use(MeetingParticipants).repo.instance(actor.accountId, this.uuid)
        const instance = hydrateInstance(must(row, 'the played instance'))
        // Without Feedback to Zoom no survey is shown, so there is nothing to answer.
        if (await feedback.offered(instance)) await feedback.answer(instance, this.joinedAs(step), answer)
        return undefined
      }
    }
  }

  /** A poll of the meeting by id, else by title. */
  private pollOf(ref: string): { id: string; title: string } | undefined {
    return this.polls.find((x) => x.id === ref) ?? this.polls.find((x) => x.title === ref)
  }

  private personOf(step: Step): ScenarioParticipant {
    return must(this.sc.participants[this.participantOf(step)], `participant of a ${step.kind} step`)
  }
}

/** Plays a scenario from start to end (a realtime one too: this waits for its end). */
export async function playScenario(
  svc: Services,
  actor: Actor,
  sc: Scenario,
  onProgress?: (p: Progress) => void,
): Promise<ScenarioResult> {
  return (await ScenarioPlay.start(svc, actor, sc, onProgress)).finish()
}
