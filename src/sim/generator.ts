import { isClientDevice, PHONE_DEVICE, type ClientDevice } from '../domain/meetings/devices.js'
import { SeededRandom } from './random.js'

// The participant generator: what a simulated participant's client reports (device, address, network) and the
// per-minute media quality of each session, all derived from a seed.

export const NETWORK_TYPES = ['Wired', 'Wifi', 'Cellular', 'PPP', 'Others'] as const

const PLACES = [
  { location: 'San Jose (US)', data_center: 'SC Top (US)', net: '198.51.100' },
  { location: 'New York (US)', data_center: 'New York (US)', net: '203.0.113' },
  { location: 'London (GB)', data_center: 'London (GB)', net: '192.0.2' },
  { location: 'Frankfurt (DE)', data_center: 'Frankfurt (DE)', net: '198.51.100' },
  { location: 'Tokyo (JP)', data_center: 'Tokyo (JP)', net: '203.0.113' },
  { location: 'Sydney (AU)', data_center: 'Sydney (AU)', net: '192.0.2' },
  { location: 'Toronto (CA)', data_center: 'Toronto (CA)', net: '198.51.100' },
  { location: 'Singapore (SG)', data_center: 'Singapore (SG)', net: '203.0.113' },
] as const

const CLIENT_DETAILS: Record<ClientDevice, { microphone: string; speaker: string; camera: string; pc: string }> = {
  Windows: {
    microphone: 'Microphone Array (Realtek Audio)',
    speaker: 'Speakers (Realtek Audio)',
    camera: 'Integrated Webcam',
    pc: 'DESKTOP',
  },
  Mac: {
    microphone: 'MacBook Pro Microphone',
    speaker: 'MacBook Pro Speakers',
    camera: 'FaceTime HD Camera',
    pc: 'MacBook-Pro',
  },
  iOS: { microphone: 'iPhone Microphone', speaker: 'Speaker', camera: 'Front Camera', pc: 'iPhone' },
  Android: { microphone: 'Built-in microphone', speaker: 'Speaker', camera: 'Front camera', pc: 'Android' },
  Web: { microphone: 'Default', speaker: 'Default', camera: 'Default', pc: '' },
  Linux: {
    microphone: 'Built-in Audio Analog Stereo',
    speaker: 'Built-in Audio Analog Stereo',
    camera: 'Integrated Camera',
    pc: 'linux',
  },
}

export interface ClientProfile {
  device: string
  ip_address: string
  location: string
  network_type: string
  data_center: string
  connection_type: string
  version: string
  microphone: string
  speaker: string
  camera: string
  pc_name: string
}

/** Phones, room systems and Zoom Rooms report no client microphone, speaker, camera or computer name. */
const NO_DETAILS = { microphone: '', speaker: '', camera: '', pc: '' }

/**
 * A participant's client as the seed makes it; a device given by the caller (a scenario's `device`) replaces the
 * seeded one, and the microphone, speaker, camera and computer name follow it.
 */
export function clientProfile(seed: string, given?: string): ClientProfile {
  const r = new SeededRandom(`${seed}:client`)
  const seeded = r.weighted<ClientDevice>([
    ['Windows', 35],
    ['Mac', 30],
    ['iOS', 10],
    ['Android', 10],
    ['Web', 10],
    ['Linux', 5],
  ])
  const device = given ?? seeded
  const place = r.pick(PLACES)
  const mobile = device === 'iOS' || device === 'Android'
  const network = mobile
    ? r.weighted<string>([
        ['Wifi', 60],
        ['Cellular', 40],
      ])
    : r.weighted<string>([
        ['Wired', 45],
        ['Wifi', 50],
        ['Others', 5],
      ])
  const details = isClientDevice(device) ? CLIENT_DETAILS[device] : NO_DETAILS
  return {
    device,
    ip_address: `${place.net}.${r.int(2, 254)}`,
    location: place.location,
    network_type: network,
    data_center: place.data_center,
    connection_type: r.weighted<string>([
      ['UDP', 85],
      ['TCP', 10],
      ['SSL', 5],
    ]),
    version: `6.${r.int(0, 4)}.${r.int(0, 12)} (${r.int(10000, 99999)})`,
    microphone: details.microphone,
    speaker: details.speaker,
    camera: details.camera,
    pc_name: details.pc ? `${details.pc}-${r.int(100, 999)}` : '',
  }
}

export interface Interval {
  start: number
  end: number | null
}

/** How badly a participant's network misbehaves for a while: each step worsens every stream further. */
export const NETWORK_SEVERITIES = ['fair', 'poor', 'bad'] as const
export type NetworkSeverity = (typeof NETWORK_SEVERITIES)[number]

/** A stretch of bad network, in epoch ms; `to` null lasts until the session ends. */
export interface NetworkIssue {
  from: number
  to: number | null
  severity: NetworkSeverity
}

export interface QosInput {
  join: number
  leave: number
  device: string
  network_type: string
  /** The session's own screen shares. */
  shares: Interval[]
  /** Screen shares by others in the same instance (seen as `as_output`). */
  othersShares: Interval[]
  /** Stretches when the participant's network degrades. */
  issues?: NetworkIssue[]
}

export interface QosSample {
  ts: number
  data: Record<string, unknown>
}

const MINUTE_MS = 60_000

interface Quality {
  latency: [number, number]
  jitter: [number, number]
  loss: [number, number]
}

const OTHER_NETWORK: Quality = { latency: [30, 100], jitter: [2, 12], loss: [0, 1.5] }

const NETWORK_QUALITY: Record<string, Quality> = {
  Wired: { latency: [12, 45], jitter: [1, 5], loss: [0, 0.3] },
  Wifi: { latency: [20, 80], jitter: [2, 10], loss: [0, 1.2] },
  Cellular: { latency: [60, 160], jitter: [5, 25], loss: [0.3, 3.5] },
  PPP: { latency: [40, 120], jitter: [3, 15], loss: [0.2, 2] },
  Others: OTHER_NETWORK,
}

/**
 * What a degraded minute adds to every link: enough latency, jitter and loss that the estimated MOS of a wired
 * link lands in the severity's own grade (see grades.ts), and the bitrate and frame rate the client backs off to.
 */
const DEGRADATION: Record<NetworkSeverity, { latency: number; jitter: number; loss: number; keep: number }> = {
  fair: { latency: 150, jitter: 20, loss: 3, keep: 0.6 },
  poor: { latency: 250, jitter: 30, loss: 6, keep: 0.4 },
  bad: { latency: 600, jitter: 80, loss: 20, keep: 0.2 },
}

const SEVERITY_RANK: Record<NetworkSeverity, number> = { fair: 1, poor: 2, bad: 3 }

function overlaps(list: Interval[], from: number, to: number): boolean {
  return list.some((s) => s.start < to && (s.end ?? to) > from)
}

/** The worst issue covering any part of the minute [from, to). */
function severityAt(issues: NetworkIssue[], from: number, to: number): NetworkSeverity | undefined {
  let worst: NetworkSeverity | undefined
  for (const i of issues)
    if (i.from < to && (i.to ?? Infinity) > from && (!worst || SEVERITY_RANK[i.severity] > SEVERITY_RANK[worst]))
      worst = i.severity
  return worst
}

/**
 * One sample per minute the session was in the meeting, from its join up to its leave. Each minute draws from its
 * own seed, so a minute's values are the same whether it is written while the session runs or when it closes.
 */
export function synthesizeQos(seed: string, input: QosInput): QosSample[] {
  const q = NETWORK_QUALITY[input.network_type] ?? OTHER_NETWORK
  const mobile = input.device === 'iOS' || input.device === 'Android'
  const videoRes = mobile ? '640*360' : new SeededRandom(`${seed}:qos`).pick(['1280*720', '1280*720', '960*540'])
  const out: QosSample[] = []
  // A caller on the phone sends and hears audio only, and runs no Zoom client whose CPU could be measured.
  const phoneOnly = input.device === PHONE_DEVICE
  for (let ts = input.join; ts < input.leave; ts += MINUTE_MS) {
    const to = Math.min(ts + MINUTE_MS, input.leave)
    const r = new SeededRandom(`${seed}:qos:${ts - input.join}`)
    const severity = severityAt(input.issues ?? [], ts, to)
    const worse = severity ? DEGRADATION[severity] : undefined
    const fps = (min: number, max: number) => {
      const n = r.int(min, max)
      return worse ? Math.max(1, Math.round(n * worse.keep)) : n
    }
    const link = (kbps: [number, number]) => {
      const avgLoss = Math.round((r.between(q.loss[0], q.loss[1], 1) + (worse?.loss ?? 0)) * 10) / 10
      const bitrate = r.between(kbps[0], kbps[1])
      return {
        bitrate: worse ? Math.round(bitrate * worse.keep) : bitrate,
        latency: r.between(q.latency[0], q.latency[1]) + (worse?.latency ?? 0),
        jitter: r.between(q.jitter[0], q.jitter[1]) + (worse?.jitter ?? 0),
        avg_loss: avgLoss,
        max_loss: Math.round((avgLoss + r.between(0, 2, 1)) * 10) / 10,
      }
    }
    if (phoneOnly) {
      out.push({ ts, data: { audio_input: link([40, 80]), audio_output: link([30, 70]) } })
      continue
    }
    const data: Record<string, unknown> = {
      audio_input: link([40, 80]),
      audio_output: link([30, 70]),
      video_input: { ...link(mobile ? [300, 700] : [600, 1800]), resolution: videoRes, frame_rate: fps(20, 30) },
      video_output: { ...link([500, 2000]), resolution: r.pick(['1280*720', '640*360']), frame_rate: fps(20, 30) },
    }
    if (overlaps(input.shares, ts, to))
      data.as_input = { ...link([150, 900]), resolution: '1920*1080', frame_rate: fps(5, 15) }
    if (overlaps(input.othersShares, ts, to))
      data.as_output = { ...link([100, 800]), resolution: '1920*1080', frame_rate: fps(5, 15) }
    const min = r.int(2, 8)
    const avg = min + r.int(1, 8)
    const max = avg + r.int(1, 12)
    data.cpu_usage = {
      zoom_min_cpu_usage: min,
      zoom_avg_cpu_usage: avg,
      zoom_max_cpu_usage: max,
      system_max_cpu_usage: Math.min(100, max + r.int(5, 40)),
    }
    out.push({ ts, data })
  }
  return out
}
