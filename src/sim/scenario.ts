import { Type, type Static } from 'typebox'
import { ROOM_DEVICE } from '../domain/meetings/devices.js'
import { PARTICIPANT_ROLES } from '../domain/webinars/live.js'
import { errors } from '../errors/catalog.js'
import type { FieldError } from '../errors/zoom-error.js'
import { PollBody } from '../schemas/meetings/schemas-polls.js'
import { validateFeedback } from '../domain/dashboards/feedback.js'
import { PhoneLegSchema } from './audio-legs.js'
import { NETWORK_SEVERITIES, type NetworkSeverity } from './generator.js'

// A scenario file: one meeting or webinar played from start to end. Offsets are minutes after the start (fractions
// allowed).

const o = Type.Optional
const s = () => Type.Optional(Type.String())
const flag = () => Type.Optional(Type.Boolean())
const minutes = (extra: object = {}) => Type.Number({ minimum: 0, ...extra })

/** What a participant can share, as Zoom's sharing events name it. */
export const SHARE_CONTENTS = ['application', 'whiteboard', 'desktop', 'airplay', 'camera', 'unknown'] as const

const Role = Type.Unsafe<(typeof PARTICIPANT_ROLES)[number]>({ type: 'string', enum: PARTICIPANT_ROLES })

/**
 * Stretches of bad network for one participant. In a scenario the offsets count from the meeting's start; on a
 * join they count from that join. Without `to_offset_minutes` the trouble lasts until the participant leaves.
 */
export const NetworkIssuesSchema = Type.Array(
  Type.Object({
    from_offset_minutes: minutes(),
    to_offset_minutes: o(minutes()),
    severity: Type.Unsafe<NetworkSeverity>({ type: 'string', enum: [...NETWORK_SEVERITIES] }),
  }),
  { maxItems: 100 },
)

/** The identifier an app built with Zoom's SDKs gives its user, as Zoom takes it: up to 15 letters and digits. */
export const CustomerKeySchema = Type.String({ minLength: 1, maxLength: 15, pattern: '^[A-Za-z0-9]+$' })
/** How many people a Zoom Room reports sitting in it (an empty room may join too). */
export const InRoomParticipantsSchema = Type.Integer({ minimum: 0, maximum: 1000 })

const Span = {
  join_offset_minutes: minutes(),
  leave_offset_minutes: o(minutes()),
  stay_minutes: o(minutes({ exclusiveMinimum: 0 })),
}

/**
 * What is played: an existing one by id, or one to create. One object for both rather than a union, which
 * validation that drops unknown members would strip down to its first branch; planScenario checks the choice.
 */
const target = <T extends number>(types: readonly T[]) =>
  Type.Object({
    id: o(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ minLength: 1 })])),
    create: o(
      Type.Object({
        userId: s(),
        topic: s(),
        type: o(Type.Unsafe<T>({ type: 'integer', enum: [...types] })),
        agenda: s(),
        timezone: s(),
        password: s(),
        start_time: s(),
        duration: o(Type.Integer({ minimum: 1 })),
        settings: o(Type.Record(Type.String(), Type.Unknown())),
        recurrence: o(Type.Record(Type.String(), Type.Unknown())),
      }),
    ),
  })

/** One start…stop of the cloud recording, with the pauses inside it. */
const RecordSet = Type.Object({
  start_offset_minutes: minutes(),
  stop_offset_minutes: o(minutes()),
  pauses: o(
    Type.Array(
      Type.Object({
        at_offset_minutes: minutes(),
        /** Without it the recording stays paused until the set stops. */
        resume_offset_minutes: o(minutes()),
      }),
      { maxItems: 100 },
    ),
  ),
})

export const ScenarioSchema = Type.Object({
  // Exactly one of the two.
  meeting: o(target([1, 2, 3, 8] as const)),
  webinar: o(target([5, 6, 9] as const)),
  /**
   * How the timeline meets the clock. `past` (default): it is written as history ending now (or at `start_at`),
   * the clock untouched. `realtime`: the meeting plays live from now, `speed` times faster than wall time.
   */
  mode: o(Type.Unsafe<'past' | 'realtime'>({ type: 'string', enum: ['past', 'realtime'] })),
  /** Realtime only: 60 plays a minute of the scenario per second. */
  speed: o(Type.Number({ exclusiveMinimum: 0, maximum: 3600 })),
  /** Moves the server clock through the timeline, from `start_at` (default now) to the end, for every account. */
  advance_clock: flag(),
  /** ISO date-time of the start: by default now minus the duration, or now with `advance_clock`. */
  start_at: s(),
  duration_minutes: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 60 }),
  /**
   * Webinars only: the webinar starts in its practice session and the broadcast starts at this offset; until
   * then only participants whose role is host, co-host or panelist are in, and the others wait.
   */
  broadcast_offset_minutes: o(minutes()),
  /** Polls created on the meeting before it starts, as Create a meeting poll takes them. */
  polls: o(Type.Array(PollBody, { maxItems: 50 })),
  /** People registered before the start; those no participant joins as are the no-shows (absentees). */
  registrants: o(
    Type.Array(
      Type.Object({
        email: Type.String({ minLength: 3, maxLength: 128 }),
        first_name: Type.String({ minLength: 1, maxLength: 64 }),
        last_name: o(Type.String({ maxLength: 64 })),
      }),
      { maxItems: 1000 },
    ),
  ),
  participants: Type.Array(
    Type.Object({
      name: Type.String({ minLength: 1 }),
      email: s(),
      user_id: s(),
      registrant_id: s(),
      /** Registered (with this name and email) before the start, and joins as that registrant. */
      register: flag(),
      role: o(Role),
      device: s(),
      ip: s(),
      location: s(),
      network_type: s(),
      /** The participant's network degrades in these stretches (offsets from the start), in every session then. */
      network_issues: o(NetworkIssuesSchema),
      /** Audio by telephone; a rejoin comes back over the same line. */
      phone: o(PhoneLegSchema),
      /** A registered H.323/SIP room system joins (and rejoins) as this participant. */
      device_id: s(),
      /** A registered Zoom Room joins (and rejoins) as this participant, under the room's name. */
      zoom_room: s(),
      /** Kept on each of the participant's sessions. */
      customer_key: o(CustomerKeySchema),
      /** Only for a Zoom Room (`zoom_room`, or device `Zoom Rooms`): the people sitting in it, on each of its sessions. */
      in_room_participants: o(InRoomParticipantsSchema),
      /**
       * The first join enters the meeting's waiting room; the host admits the participant at this offset, or,
       * without one, never does and they leave the waiting room at their leave offset.
       */
      waiting_room: o(Type.Object({ admitted_offset_minutes: o(minutes()) })),
      ...Span,
      rejoins: o(Type.Array(Type.Object(Span))),
      share: o(
        Type.Array(
          Type.Object({
            start_offset_minutes: minutes(),
            stop_offset_minutes: o(minutes()),
            minutes: o(minutes({ exclusiveMinimum: 0 })),
            content: o(Type.Unsafe<string>({ type: 'string', enum: SHARE_CONTENTS })),
          }),
        ),
      ),
      /** Webinars only: the host makes this participant host, co-host, panelist or attendee. */
      role_changes: o(Type.Array(Type.Object({ offset_minutes: minutes(), role: Role }))),
      /** Questions this participant asks in the Q&A, each with the answers it gets. */
      qa: o(
        Type.Array(
          Type.Object({
            offset_minutes: minutes(),
            question: Type.String({ minLength: 1, maxLength: 4000 }),
            anonymous: flag(),
            answers: o(
              Type.Array(
                Type.Object({
                  by: Type.String({ minLength: 1 }),
                  offset_minutes: minutes(),
                  answer: o(Type.String({ maxLength: 4000 })),
                  private: flag(),
                  live: flag(),
                }),
              ),
            ),
          }),
        ),
      ),
      /** Messages this participant writes in the meeting chat, to everyone or to one participant (`to`, a name). */
      chat: o(
        Type.Array(
          Type.Object({
            offset_minutes: minutes(),
            message: Type.String({ minLength: 1, maxLength: 4096 }),
            to: o(Type.String({ minLength: 1 })),
          }),
          { maxItems: 1000 },
        ),
      ),
      /** The end-of-meeting survey this participant answers on leaving for the last time (or at the end). */
      feedback: o(
        Type.Object({
          satisfied: Type.Boolean(),
          reasons: o(Type.Array(Type.String(), { maxItems: 20 })),
          comment: o(Type.String({ maxLength: 1024 })),
        }),
      ),
      /** Polls this participant answers: a poll by id or title, and an answer per question (named by its text). */
      votes: o(
        Type.Array(
          Type.Object({
            poll: Type.String({ minLength: 1 }),
            offset_minutes: minutes(),
            answers: Type.Array(
              Type.Object({
                question: Type.String({ minLength: 1 }),
                answer: Type.Union([Type.String(), Type.Array(Type.String(), { minItems: 1 })]),
              }),
              { minItems: 1 },
            ),
          }),
        ),
      ),
    }),
    { maxItems: 1000 },
  ),
  /** One recording set, or several in time order: stopping and starting again makes a new set, a pause does not. */
  record: o(Type.Union([RecordSet, Type.Array(RecordSet, { minItems: 1, maxItems: 50 })])),
  /** Per-minute QoS samples for every session (default true). */
  qos: flag(),
})

export type Scenario = Static<typeof ScenarioSchema>
export type ScenarioParticipant = Scenario['participants'][number]

/** Steps at the same instant run in this order: what stops, then what starts, then what is said, then the end. */
const STEP_KINDS = [
  'share_stop',
  'record_stop',
  'record_pause',
  'leave',
  'broadcast',
  'join',
  'admit',
  'role',
  'share_start',
  'record_start',
  'record_resume',
  'ask',
  'answer',
  'vote',
  'chat',
  'end',
  // The survey shows once the participant is out, the meeting ended or not.
  'feedback',
] as const

export type StepKind = (typeof STEP_KINDS)[number]

const ORDER = Object.fromEntries(STEP_KINDS.map((kind, i) => [kind, i])) as Record<StepKind, number>

export interface Step {
  /** Milliseconds after the start. */
  at: number
  kind: StepKind
  /** Index in `participants` of who acts (the answerer of an answer). */
  participant?: number
  /** 0 for the first join, 1… for rejoins. */
  session?: number
  content?: string
  /** Index in the participant's role_changes, votes or qa (for an answer: in the asker's qa). */
  item?: number
  /** An answer's asker (index in `participants`) and its index in the question's answers. */
  asker?: number
  answer?: number
  /** A private chat message's recipient (index in `participants`). */
  to?: number
  /** A join into the waiting room, or a leave from it. */
  waiting?: boolean
}

const MINUTE_MS = 60_000
/** The chat recipient of a message to the whole meeting, as Zoom's chat file names it. */
export const EVERYONE = 'Everyone'
const ms = (min: number) => Math.round(min * MINUTE_MS)

interface Interval {
  join: number
  leave: number
}

/** Whether a participant is in a practice session: only by a role given as host, co-host or panelist. */
export const joinsPractice = (p: ScenarioParticipant): boolean => p.role !== undefined && p.role !== 'attendee'

/**
 * A participant's network issues as a join at `joinAt` (ms after the start) takes them: offsets from that join,
 * without the stretches already over.
 */
export function issuesFromJoin(p: ScenarioParticipant, joinAt: number): Static<typeof NetworkIssuesSchema> | undefined {
  const shift = joinAt / MINUTE_MS
  const out = (p.network_issues ?? [])
    .filter((n) => n.to_offset_minutes === undefined || n.to_offset_minutes > shift)
    .map((n) => ({
      ...n,
      from_offset_minutes: n.from_offset_minutes - shift,
      ...(n.to_offset_minutes === undefined ? {} : { to_offset_minutes: n.to_offset_minutes - shift }),
    }))
  return out.length ? out : undefined
}

/** The scenario's steps in time order; 400/300 with every problem when its times do not fit together. */
export function planScenario(sc: Scenario): Step[] {
  const problems: FieldError[] = []
  const bad = (field: string, message: string) => problems.push({ field, message })
  const total = ms(sc.duration_minutes)
  const steps: Step[] = []
  const webinar = sc.webinar !== undefined
  const played = sc.webinar ?? sc.meeting
  if ((sc.meeting === undefined) === (sc.webinar === undefined))
    bad('meeting', 'Invalid field. Expected either meeting or webinar.')
  else if (played && (played.id === undefined) === (played.create === undefined))
    bad(webinar ? 'webinar' : 'meeting', 'Invalid field. Expected either id or create.')
  if (sc.start_at !== undefined && !Number.isFinite(Date.parse(sc.start_at)))
    bad('start_at', 'Invalid field. Expected date-time.')
  if (sc.mode === 'realtime') {
    if (sc.start_at !== undefined) bad('start_at', 'Invalid field. A realtime scenario starts now.')
    if (sc.advance_clock) bad('advance_clock', 'Invalid field. The clock is not moved in realtime mode.')
  } else if (sc.speed !== undefined) bad('speed', 'Invalid field. Only with mode realtime.')

  // A broadcast at or after the end never comes: the webinar ends in its practice session.
  let broadcast: number | undefined
  if (sc.broadcast_offset_minutes !== undefined) {
    if (!webinar) bad('broadcast_offset_minutes', 'Invalid field. Only webinars hold practice sessions.')
    else if (sc.webinar?.create?.settings?.practice_session === false)
      bad('broadcast_offset_minutes', 'Invalid field. The webinar to create has practice_session off.')
    else {
      broadcast = ms(sc.broadcast_offset_minutes)
      if (broadcast < total) steps.push({ at: broadcast, kind: 'broadcast' })
    }
  }

  const byName = new Map<string, number[]>()
  sc.participants.forEach((p, i) => byName.set(p.name, [...(byName.get(p.name) ?? []), i]))
  // Each participant's sessions as played, once held-back attendees are let in at the broadcast.
  const presence = sc.participants.map((p, i) => {
    const field = `participants.${i}`
    if (p.register && !p.email) bad(`${field}.email`, 'This field is required. A participant who registers needs one.')
    const waits = broadcast !== undefined && !joinsPractice(p)
    const sessions: Interval[] = []
    let prev: Interval | undefined
    ;[p, ...(p.rejoins ?? [])].forEach((span, k) => {
      const f = k === 0 ? field : `${field}.rejoins.${k - 1}`
      const join = ms(span.join_offset_minutes)
      const leave =
        span.leave_offset_minutes !== undefined
          ? ms(span.leave_offset_minutes)
          : span.stay_minutes !== undefined
            ? join + ms(span.stay_minutes)
            : total
      if (join >= total) return bad(`${f}.join_offset_minutes`, 'Invalid field. Must be before the end of the meeting.')
      if (leave <= join) return bad(`${f}.leave_offset_minutes`, 'Invalid field. Must be after the join.')
      if (prev && join < prev.leave)
        return bad(`${f}.join_offset_minutes`, 'Invalid field. Must not be before the previous leave.')
      prev = { join, leave: Math.min(leave, total) }
      if (k === 0 && p.waiting_room) return holdInWaitingRoom(p, i, prev, leave < total)
      // Someone waiting for a broadcast that comes after they would have left never gets in.
      const start = waits ? Math.max(join, broadcast ?? 0) : join
      if (start >= prev.leave) return
      const session = sessions.length
      sessions.push({ join: start, leave: prev.leave })
      steps.push({ at: start, kind: 'join', participant: i, session })
      if (leave < total) steps.push({ at: leave, kind: 'leave', participant: i, session })
    })
    return sessions

    /** The first join through the waiting room: the time in the meeting starts at the admission, if any. */
    function holdInWaitingRoom(person: ScenarioParticipant, index: number, span: Interval, leaves: boolean) {
      const f = `${field}.waiting_room`
      if (webinar) return bad(f, 'Invalid field. Webinars have no waiting room.')
      if (person.phone !== undefined || person.device_id !== undefined || person.zoom_room !== undefined)
        return bad(f, 'Invalid field. A phone, room system or Zoom Room joins straight into the meeting.')
      steps.push({ at: span.join, kind: 'join', participant: index, session: 0, waiting: true })
      const offset = person.waiting_room?.admitted_offset_minutes
      if (offset === undefined) {
        if (leaves) steps.push({ at: span.leave, kind: 'leave', participant: index, waiting: true })
        return
      }
      const admitted = ms(offset)
      if (admitted < span.join)
        return bad(`${f}.admitted_offset_minutes`, 'Invalid field. Must not be before the join.')
      if (admitted >= span.leave) return bad(`${f}.admitted_offset_minutes`, 'Invalid field. Must be before the leave.')
      sessions.push({ join: admitted, leave: span.leave })
      steps.push({ at: admitted, kind: 'admit', participant: index, session: 0 })
      if (leaves) steps.push({ at: span.leave, kind: 'leave', participant: index, session: 0 })
    }
  })
  const inMeeting = (i: number, at: number) => (presence[i] ?? []).find((x) => at >= x.join && at < x.leave)

  sc.participants.forEach((p, i) => {
    const field = `participants.${i}`
    ;(p.share ?? []).forEach((sh, k) => {
      const f = `${field}.share.${k}`
      if (webinar && !joinsPractice(p))
        return bad(`${f}.start_offset_minutes`, 'Invalid field. In a webinar only a host, co-host or panelist shares.')
      const start = ms(sh.start_offset_minutes)
      const within = inMeeting(i, start)
      if (!within) return bad(`${f}.start_offset_minutes`, 'Invalid field. The participant must be in the meeting.')
      const stop =
        sh.stop_offset_minutes !== undefined
          ? ms(sh.stop_offset_minutes)
          : sh.minutes !== undefined
            ? start + ms(sh.minutes)
            : within.leave
      if (stop <= start) return bad(`${f}.stop_offset_minutes`, 'Invalid field. Must be after the start.')
      if (stop > within.leave)
        return bad(`${f}.stop_offset_minutes`, 'Invalid field. The participant must still be in the meeting.')
      steps.push({ at: start, kind: 'share_start', participant: i, content: sh.content ?? 'desktop' })
      // A share still running when its participant leaves ends with the session.
      if (stop < within.leave) steps.push({ at: stop, kind: 'share_stop', participant: i })
    })
    // Role changes, questions and votes happen while their participant is in.
    const during = (f: string, offset: number, kind: 'role' | 'ask' | 'vote', item: number) => {
      const at = ms(offset)
      if (!inMeeting(i, at)) return bad(`${f}.offset_minutes`, 'Invalid field. The participant must be in the meeting.')
      steps.push({ at, kind, participant: i, item })
    }
    if (p.in_room_participants !== undefined && p.zoom_room === undefined && p.device !== ROOM_DEVICE)
      bad(
        `${field}.in_room_participants`,
        `Invalid field. Only a Zoom Room (zoom_room or device ${ROOM_DEVICE}) has it.`,
      )
    ;(p.network_issues ?? []).forEach((n, k) => {
      const f = `${field}.network_issues.${k}`
      if (ms(n.from_offset_minutes) >= total)
        return bad(`${f}.from_offset_minutes`, 'Invalid field. Must be before the end of the meeting.')
      if (n.to_offset_minutes !== undefined && n.to_offset_minutes <= n.from_offset_minutes)
        bad(`${f}.to_offset_minutes`, 'Invalid field. Must be after from_offset_minutes.')
    })
    ;(p.role_changes ?? []).forEach((rc, k) => {
      if (!webinar) return bad(`${field}.role_changes.${k}`, 'Invalid field. Roles change only in webinars.')
      during(`${field}.role_changes.${k}`, rc.offset_minutes, 'role', k)
    })
    ;(p.votes ?? []).forEach((v, k) => during(`${field}.votes.${k}`, v.offset_minutes, 'vote', k))
    ;(p.chat ?? []).forEach((c, k) => {
      const f = `${field}.chat.${k}`
      const at = ms(c.offset_minutes)
      if (!inMeeting(i, at)) return bad(`${f}.offset_minutes`, 'Invalid field. The participant must be in the meeting.')
      if (c.to === undefined || c.to === EVERYONE) {
        steps.push({ at, kind: 'chat', participant: i, item: k })
        return
      }
      const who = byName.get(c.to) ?? []
      const to = who[0]
      if (to === undefined || who.length > 1 || to === i)
        return bad(`${f}.to`, 'Invalid field. Must be the name of exactly one other participant, or Everyone.')
      if (!inMeeting(to, at)) return bad(`${f}.to`, 'Invalid field. The recipient must be in the meeting.')
      steps.push({ at, kind: 'chat', participant: i, item: k, to })
    })
    ;(p.qa ?? []).forEach((q, k) => {
      const f = `${field}.qa.${k}`
      during(f, q.offset_minutes, 'ask', k)
      ;(q.answers ?? []).forEach((a, n) => {
        const af = `${f}.answers.${n}`
        const who = byName.get(a.by) ?? []
        const by = who[0]
        if (by === undefined || who.length > 1)
          return bad(`${af}.by`, 'Invalid field. Must be the name of exactly one participant.')
        const at = ms(a.offset_minutes)
        if (at < ms(q.offset_minutes))
          return bad(`${af}.offset_minutes`, 'Invalid field. Must not be before the question.')
        if (!inMeeting(by, at))
          return bad(`${af}.offset_minutes`, 'Invalid field. The answerer must be in the meeting.')
        steps.push({ at, kind: 'answer', participant: by, item: k, asker: i, answer: n })
      })
    })
  })

  sc.participants.forEach((p, i) => {
    const last = presence[i]?.at(-1)
    if (p.feedback) problems.push(...validateFeedback(p.feedback, `participants.${i}.feedback.`).problems)
    if (p.feedback && last) steps.push({ at: last.leave, kind: 'feedback', participant: i })
  })
  steps.push(...recordSteps(sc, total, bad))
  if (problems.length) throw errors.validation(problems)
  steps.push({ at: total, kind: 'end' })
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.at - b.step.at || ORDER[a.step.kind] - ORDER[b.step.kind] || a.index - b.index)
    .map((x) => x.step)
}

/**
 * The recording steps: each set starts after the previous one stopped, and its pauses lie inside it, in order,
 * each resumed before the next. Problems go to `bad`, named as the scenario names the set.
 */
function recordSteps(sc: Scenario, total: number, bad: (field: string, message: string) => void): Step[] {
  if (!sc.record) return []
  const many = Array.isArray(sc.record)
  const sets = Array.isArray(sc.record) ? sc.record : [sc.record]
  const steps: Step[] = []
  let previousStop = 0
  for (const [k, set] of sets.entries()) {
    const field = many ? `record.${k}` : 'record'
    const start = ms(set.start_offset_minutes)
    const stop = set.stop_offset_minutes !== undefined ? ms(set.stop_offset_minutes) : total
    if (start >= total) {
      bad(`${field}.start_offset_minutes`, 'Invalid field. Must be before the end of the meeting.')
      continue
    }
    if (stop <= start) {
      bad(`${field}.stop_offset_minutes`, 'Invalid field. Must be after the start.')
      continue
    }
    // Stop and start at one instant is allowed: the stop runs first, and a new set begins.
    if (k > 0 && start < previousStop)
      bad(`${field}.start_offset_minutes`, 'Invalid field. Must not be before the previous set stops.')
    previousStop = Math.max(previousStop, stop)
    const end = Math.min(stop, total)
    const own: Step[] = [{ at: start, kind: 'record_start' }]
    let resumed = start
    let open = false
    for (const [n, pause] of (set.pauses ?? []).entries()) {
      const f = `${field}.pauses.${n}`
      const at = ms(pause.at_offset_minutes)
      const resume = pause.resume_offset_minutes !== undefined ? ms(pause.resume_offset_minutes) : undefined
      if (open) {
        bad(`${f}.at_offset_minutes`, 'Invalid field. The previous pause is never resumed.')
        break
      }
      if (at <= resumed || at >= end) {
        bad(`${f}.at_offset_minutes`, 'Invalid field. Must be while the set records, after its start or last resume.')
        break
      }
      if (resume !== undefined && (resume <= at || resume >= end)) {
        bad(`${f}.resume_offset_minutes`, 'Invalid field. Must be after the pause and before the set stops.')
        break
      }
      own.push({ at, kind: 'record_pause' })
      if (resume === undefined) open = true
      else {
        own.push({ at: resume, kind: 'record_resume' })
        resumed = resume
      }
    }
    if (stop < total) own.push({ at: stop, kind: 'record_stop' })
    steps.push(...own)
  }
  return steps
}
