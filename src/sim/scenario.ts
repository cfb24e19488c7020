import { Type, type Static } from 'typebox'
import { errors } from '../errors/catalog.js'
import type { FieldError } from '../errors/zoom-error.js'

// A scenario file: one meeting played from start to end. Offsets are minutes after the start (fractions allowed).

const o = Type.Optional
const s = () => Type.Optional(Type.String())
const minutes = (extra: object = {}) => Type.Number({ minimum: 0, ...extra })

/** What a participant can share, as Zoom's sharing events name it. */
export const SHARE_CONTENTS = ['application', 'whiteboard', 'desktop', 'airplay', 'camera', 'unknown'] as const

const Span = {
  join_offset_minutes: minutes(),
  leave_offset_minutes: o(minutes()),
  stay_minutes: o(minutes({ exclusiveMinimum: 0 })),
}

export const ScenarioSchema = Type.Object({
  // One of the two (checked by planScenario): an object rather than a union, which validation that drops unknown
  // members would strip down to its first branch.
  meeting: Type.Object({
    id: o(Type.Union([Type.Integer({ minimum: 1 }), Type.String({ minLength: 1 })])),
    create: o(
      Type.Object({
        userId: s(),
        topic: s(),
        type: o(Type.Unsafe<1 | 2 | 3 | 8>({ type: 'integer', enum: [1, 2, 3, 8] })),
        agenda: s(),
        timezone: s(),
        password: s(),
        start_time: s(),
        duration: o(Type.Integer({ minimum: 1 })),
        settings: o(Type.Record(Type.String(), Type.Unknown())),
        recurrence: o(Type.Record(Type.String(), Type.Unknown())),
      }),
    ),
  }),
  /**
   * How the timeline meets the clock. `past` (default): it is written as history ending now (or at `start_at`),
   * the clock untouched. `realtime`: the meeting plays live from now, `speed` times faster than wall time.
   */
  mode: o(Type.Unsafe<'past' | 'realtime'>({ type: 'string', enum: ['past', 'realtime'] })),
  /** Realtime only: 60 plays a minute of the scenario per second. */
  speed: o(Type.Number({ exclusiveMinimum: 0, maximum: 3600 })),
  /** Moves the server clock through the timeline, from `start_at` (default now) to the end, for every account. */
  advance_clock: o(Type.Boolean()),
  /** ISO date-time of the start: by default now minus the duration, or now with `advance_clock`. */
  start_at: s(),
  duration_minutes: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 60 }),
  participants: Type.Array(
    Type.Object({
      name: Type.String({ minLength: 1 }),
      email: s(),
      user_id: s(),
      registrant_id: s(),
      device: s(),
      ip: s(),
      location: s(),
      network_type: s(),
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
    }),
    { maxItems: 1000 },
  ),
  record: o(Type.Object({ start_offset_minutes: minutes(), stop_offset_minutes: o(minutes()) })),
  /** Per-minute QoS samples for every session (default true). */
  qos: o(Type.Boolean()),
})

export type Scenario = Static<typeof ScenarioSchema>

export type StepKind = 'join' | 'leave' | 'share_start' | 'share_stop' | 'record_start' | 'record_stop' | 'end'

export interface Step {
  /** Milliseconds after the start. */
  at: number
  kind: StepKind
  /** Index in `participants`. */
  participant?: number
  /** 0 for the first join, 1… for rejoins. */
  session?: number
  content?: string
}

/** Steps at the same instant run in this order: what stops, then what starts, then the end. */
const ORDER: Record<StepKind, number> = {
  share_stop: 0,
  record_stop: 1,
  leave: 2,
  join: 3,
  share_start: 4,
  record_start: 5,
  end: 6,
}

const MINUTE_MS = 60_000
const ms = (min: number) => Math.round(min * MINUTE_MS)

/** The scenario's steps in time order; 400/300 with every problem when its times do not fit together. */
export function planScenario(sc: Scenario): Step[] {
  const problems: FieldError[] = []
  const bad = (field: string, message: string) => problems.push({ field, message })
  const total = ms(sc.duration_minutes)
  const steps: Step[] = []
  if ((sc.meeting.id === undefined) === (sc.meeting.create === undefined))
    bad('meeting', 'Invalid field. Expected either id or create.')
  if (sc.start_at !== undefined && !Number.isFinite(Date.parse(sc.start_at)))
    bad('start_at', 'Invalid field. Expected date-time.')
  if (sc.mode === 'realtime') {
    if (sc.start_at !== undefined) bad('start_at', 'Invalid field. A realtime scenario starts now.')
    if (sc.advance_clock) bad('advance_clock', 'Invalid field. The clock is not moved in realtime mode.')
  } else if (sc.speed !== undefined) bad('speed', 'Invalid field. Only with mode realtime.')

  sc.participants.forEach((p, i) => {
    const field = `participants.${i}`
    const spans = [p, ...(p.rejoins ?? [])]
    const sessions: Array<{ join: number; leave: number }> = []
    spans.forEach((span, k) => {
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
      const prev = sessions[sessions.length - 1]
      if (prev && join < prev.leave)
        return bad(`${f}.join_offset_minutes`, 'Invalid field. Must not be before the previous leave.')
      sessions.push({ join, leave: Math.min(leave, total) })
      steps.push({ at: join, kind: 'join', participant: i, session: k })
      if (leave < total) steps.push({ at: leave, kind: 'leave', participant: i, session: k })
    })
    ;(p.share ?? []).forEach((sh, k) => {
      const f = `${field}.share.${k}`
      const start = ms(sh.start_offset_minutes)
      const within = sessions.find((x) => start >= x.join && start < x.leave)
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
  })

  if (sc.record) {
    const start = ms(sc.record.start_offset_minutes)
    const stop = sc.record.stop_offset_minutes !== undefined ? ms(sc.record.stop_offset_minutes) : total
    if (start >= total) bad('record.start_offset_minutes', 'Invalid field. Must be before the end of the meeting.')
    else if (stop <= start) bad('record.stop_offset_minutes', 'Invalid field. Must be after the start.')
    else {
      steps.push({ at: start, kind: 'record_start' })
      if (stop < total) steps.push({ at: stop, kind: 'record_stop' })
    }
  }
  if (problems.length) throw errors.validation(problems)
  steps.push({ at: total, kind: 'end' })
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.at - b.step.at || ORDER[a.step.kind] - ORDER[b.step.kind] || a.index - b.index)
    .map((x) => x.step)
}
