import { parseJson } from '../../util/json.js'

/**
 * Quality scores from per-minute QoS samples.
 *
 * Zoom grades each stream by its mean opinion score (MOS, 1–5): good from 4, fair from 3, poor from 2, bad below.
 * Zoom does not publish how it estimates the MOS; this uses the simplified ITU-T G.107 E-model of Cole and
 * Rosenbluth, from what a sample records of a link:
 *
 *   effective latency  Le = latency + 2 × jitter + 10 ms
 *   delay impairment   Id = Le / 40 below 160 ms, else (Le − 120) / 10
 *   rating factor      R  = 93.2 − Id − 2.5 × avg_loss (%), kept within 0…100
 *   MOS                    = 1 + 0.035 R + 0.000007 R (R − 60) (100 − R)
 *
 * A stream's MOS in a minute is that of its worse direction (input or output) among those flowing. The same
 * estimate grades video and screen share, whose losses and delays hurt in the same way.
 */

export type Grade = 'good' | 'fair' | 'poor' | 'bad'
export type Stream = 'audio' | 'video' | 'screen_share'
export const STREAMS: readonly Stream[] = ['audio', 'video', 'screen_share']

interface Link {
  latency?: number
  jitter?: number
  avg_loss?: number
}

type Sample = Partial<
  Record<'audio_input' | 'audio_output' | 'video_input' | 'video_output' | 'as_input' | 'as_output', Link>
>

const LINKS: Record<Stream, ReadonlyArray<keyof Sample>> = {
  audio: ['audio_input', 'audio_output'],
  video: ['video_input', 'video_output'],
  screen_share: ['as_input', 'as_output'],
}

/** The estimated MOS of one link (see above). */
export function linkMos(l: Link): number {
  const le = Number(l.latency ?? 0) + 2 * Number(l.jitter ?? 0) + 10
  const delay = le < 160 ? le / 40 : (le - 120) / 10
  const r = Math.min(100, Math.max(0, 93.2 - delay - 2.5 * Number(l.avg_loss ?? 0)))
  return 1 + 0.035 * r + 0.000007 * r * (r - 60) * (100 - r)
}

/** The grade of a MOS: good ≥ 4, fair ≥ 3, poor ≥ 2, else bad. */
export function gradeOf(mos: number): Grade {
  if (mos >= 4) return 'good'
  if (mos >= 3) return 'fair'
  if (mos >= 2) return 'poor'
  return 'bad'
}

/** Per stream, the MOS of one stored sample (its `data` JSON); a stream not flowing in that minute is absent. */
export function sampleMos(data: string | Record<string, unknown>): Partial<Record<Stream, number>> {
  const d = (typeof data === 'string' ? parseJson<Sample>(data) : data) as Sample
  const out: Partial<Record<Stream, number>> = {}
  for (const stream of STREAMS) {
    const flowing = LINKS[stream].map((k) => d[k]).filter((l): l is Link => l !== undefined)
    if (flowing.length) out[stream] = Math.min(...flowing.map(linkMos))
  }
  return out
}

/** Running means of MOS per stream over many samples. */
export class GradeTally {
  private sum: Record<Stream, number> = { audio: 0, video: 0, screen_share: 0 }
  private count: Record<Stream, number> = { audio: 0, video: 0, screen_share: 0 }

  add(data: string): this {
    const mos = sampleMos(data)
    for (const stream of STREAMS) {
      const m = mos[stream]
      if (m === undefined) continue
      this.sum[stream] += m
      this.count[stream] += 1
    }
    return this
  }

  /** The grade of the stream's mean MOS; undefined when the stream never flowed. */
  grade(stream: Stream): Grade | undefined {
    return this.count[stream] ? gradeOf(this.sum[stream] / this.count[stream]) : undefined
  }

  /** Zoom's three quality fields, '' for a stream that never flowed. */
  fields(): { audio_quality: Grade | ''; video_quality: Grade | ''; screen_share_quality: Grade | '' } {
    return {
      audio_quality: this.grade('audio') ?? '',
      video_quality: this.grade('video') ?? '',
      screen_share_quality: this.grade('screen_share') ?? '',
    }
  }
}

/** Grades per session id over the given samples. */
export function sessionGrades(rows: ReadonlyArray<{ participant_id: string; data: string }>): Map<string, GradeTally> {
  const out = new Map<string, GradeTally>()
  for (const r of rows) {
    let tally = out.get(r.participant_id)
    if (!tally) out.set(r.participant_id, (tally = new GradeTally()))
    tally.add(r.data)
  }
  return out
}

/** The issues of Zoom's meeting.alert / webinar.alert events that a QoS minute can raise. */
export type AlertIssue =
  'Unstable audio quality' | 'Unstable video quality' | 'Unstable screen share quality' | 'High CPU occupation'

const UNSTABLE: Record<Stream, AlertIssue> = {
  audio: 'Unstable audio quality',
  video: 'Unstable video quality',
  screen_share: 'Unstable screen share quality',
}

/** System CPU at or above this share of the machine counts as high occupation. */
export const HIGH_CPU_PERCENT = 90

/**
 * What a minute raises: a stream whose MOS that minute grades poor or bad (below 3), so the alerts agree with the
 * quality scores, and a system CPU peak at or above HIGH_CPU_PERCENT.
 */
export function alertIssues(data: Record<string, unknown>): AlertIssue[] {
  const mos = sampleMos(data)
  const out: AlertIssue[] = STREAMS.filter((s) => (mos[s] ?? 5) < 3).map((s) => UNSTABLE[s])
  const cpu = data.cpu_usage as { system_max_cpu_usage?: number } | undefined
  if (Number(cpu?.system_max_cpu_usage ?? 0) >= HIGH_CPU_PERCENT) out.push('High CPU occupation')
  return out
}

/** What an ended instance's samples come to, kept on the instance so the dashboards need not read them again. */
export interface QosSummary {
  [key: string]: unknown
  /** Whether anyone sent or received video in any minute. */
  has_video: boolean
  /** The instance's grade per stream that flowed. */
  quality: Partial<Record<Stream, Grade>>
  /** Each session's grades, by session id. */
  sessions: Record<string, Partial<Record<Stream, Grade>>>
}

const gradesOf = (tally: GradeTally): Partial<Record<Stream, Grade>> =>
  Object.fromEntries(STREAMS.flatMap((s) => (tally.grade(s) ? [[s, tally.grade(s)]] : [])))

/** One pass over an instance's samples: the video flag, the instance's grades and each session's. */
export function summarizeQos(rows: ReadonlyArray<{ participant_id: string; data: string }>): QosSummary {
  const all = new GradeTally()
  let video = false
  for (const r of rows) {
    all.add(r.data)
    if (!video) {
      const d = JSON.parse(r.data) as { video_input?: { bitrate?: number }; video_output?: { bitrate?: number } }
      video = Number(d.video_input?.bitrate ?? 0) > 0 || Number(d.video_output?.bitrate ?? 0) > 0
    }
  }
  const sessions: QosSummary['sessions'] = {}
  for (const [id, tally] of sessionGrades(rows)) sessions[id] = gradesOf(tally)
  return { has_video: video, quality: gradesOf(all), sessions }
}
