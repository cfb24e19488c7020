import { SeededRandom } from '../../sim/random.js'
import { shownEmail, type Session } from '../meetings/participants.js'

// The text files of a recording set, written from what happened in the instance: who was there (the sessions),
// what they wrote (chat messages) and the stretches recorded. Deterministic: the same rows give the same bytes,
// so a file is generated again, identical, each time it is served.

/** One stretch recorded without a pause, epoch ms. */
export interface Span {
  start: number
  end: number
}

export interface ChatLine {
  sender_name: string
  recipient: string
  message: string
  sent_at: number
}

export interface Turn {
  /** Offsets in the file (recorded time: pauses are cut out), ms. */
  from: number
  to: number
  session: Session
  text: string
}

const PHRASES = [
  'Thanks everyone for joining today.',
  'Let me share the latest numbers with you.',
  'Can everyone see my screen?',
  'I think we should move this to next week.',
  'That sounds good to me.',
  'Could you say a bit more about the timeline?',
  'We finished the first milestone on Friday.',
  'I will follow up by email after the call.',
  'Does anyone have questions so far?',
  'The test results look much better now.',
  'Let us come back to that at the end.',
  'I agree, the second option is simpler.',
  'We still need a decision on the budget.',
  'Sorry, I was on mute.',
  'Great, let us go to the next item.',
  'I can take that action item.',
]

/** Where an instant falls in the file: recorded time before it, pauses left out; undefined when not recorded. */
export function fileOffset(spans: Span[], at: number): number | undefined {
  let before = 0
  for (const s of spans) {
    if (at < s.start) return undefined
    if (at < s.end) return before + (at - s.start)
    before += s.end - s.start
  }
  return undefined
}

export const recordedMs = (spans: Span[]) => spans.reduce((n, s) => n + (s.end - s.start), 0)

/**
 * Who spoke when in a recording set: turns of 8 to 40 seconds, each given to someone in the meeting at that
 * moment (waiting-room sessions do not speak), chosen by a generator seeded with the instance and the set.
 */
export function speakerTurns(seed: string, spans: Span[], sessions: Session[]): Turn[] {
  const rng = new SeededRandom(`turns|${seed}`)
  const present = sessions.filter((s) => s.status !== 'in_waiting_room')
  const turns: Turn[] = []
  let offset = 0
  for (const span of spans) {
    for (let t = span.start; t < span.end;) {
      const len = Math.min(rng.int(8, 40) * 1000, span.end - t)
      const here = present.filter((s) => s.join_time <= t && (s.leave_time ?? Infinity) > t)
      const phrase = PHRASES[rng.int(0, PHRASES.length - 1)] ?? ''
      if (here.length) {
        const session = here[rng.int(0, here.length - 1)]
        if (session)
          turns.push({ from: offset + (t - span.start), to: offset + (t - span.start) + len, session, text: phrase })
      }
      t += len
    }
    offset += span.end - span.start
  }
  return turns
}

function clock(ms: number, withMillis: boolean): string {
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor(ms / 60_000) % 60
  const s = Math.floor(ms / 1000) % 60
  const base = [h, m, s].map((n) => String(n).padStart(2, '0')).join(':')
  return withMillis ? `${base}.${String(ms % 1000).padStart(3, '0')}` : base
}

/** The TIMELINE file: at each change of speaker, who is speaking, as Zoom's timeline JSON lists them. */
export function timelineJson(turns: Turn[]): Buffer {
  const timeline = turns.map((t) => ({
    ts: clock(t.from, true),
    users: [
      {
        username: t.session.name,
        multiple_people: false,
        user_id: t.session.user_id,
        zoom_userid: t.session.account_user_id ?? '',
        email_address: shownEmail(t.session),
      },
    ],
  }))
  return Buffer.from(JSON.stringify({ timeline }))
}

/** A WebVTT file of the turns, each cue naming its speaker (the audio transcript and the closed captions). */
export function transcriptVtt(turns: Turn[]): Buffer {
  const cues = turns.map(
    (t, i) =>
      `${i + 1}\n${clock(t.from, true)} --> ${clock(Math.max(t.from + 1, t.to - 500), true)}\n${t.session.name}: ${t.text}\n`,
  )
  return Buffer.from(['WEBVTT\n', ...cues].join('\n'))
}

/** The CHAT file: the messages said while the set was recorded, at their offsets in the recording. */
export function chatText(spans: Span[], lines: ChatLine[]): Buffer {
  const out: string[] = []
  for (const l of lines) {
    const at = fileOffset(spans, l.sent_at)
    if (at === undefined) continue
    out.push(`${clock(at, false)} From ${l.sender_name} to ${l.recipient}:\n\t${l.message}\n`)
  }
  return Buffer.from(out.join(''))
}

/** Whether any message of `lines` was said while the set was recorded. */
export function chatDuring(spans: Span[], lines: ChatLine[]): boolean {
  return lines.some((l) => fileOffset(spans, l.sent_at) !== undefined)
}
