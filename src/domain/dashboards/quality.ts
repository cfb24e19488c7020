import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { dateWindow } from '../date-window.js'
import { MeetingInstances } from '../meetings/instances.js'
import { hydrateInstance } from '../meetings/participants.js'
import { requireDashboard } from './gate.js'
import { STREAMS, summarizeQos, type Grade, type Stream } from './grades.js'
import { DASHBOARD_WINDOW } from './instances.js'

export interface QualityQuery {
  from?: string
  to?: string
  type?: 'meeting' | 'participants'
}

type Counts = Record<Grade, number>

/**
 * GET /metrics/quality: how many meetings (or join sessions, with `type=participants`) that started in the window
 * scored good, fair, poor or bad per stream. Each is graded from the mean MOS of its own QoS minutes (grades.ts);
 * one whose stream never flowed is not counted for that stream.
 */
export class DashboardQuality {
  constructor(private svc: Services) {}

  async scores(actor: Actor, query: QualityQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const byParticipant = query.type === 'participants'
    const repo = this.svc.use(MeetingInstances).repo
    const graded: Array<Partial<Record<Stream, Grade>>> = []
    const rows = []
    // Held meetings and those in progress (graded on the minutes of the sessions that have closed so far).
    for (const status of ['ended', 'started']) {
      let q = repo.kindStartedBetween(actor.accountId, 'meeting', status, window.start, window.end)
      // Without account-wide access, only the caller's own meetings count.
      if (!actor.accountWide) q = q.where('host_id', '=', actor.userId ?? '')
      rows.push(...(await q.execute()))
    }
    const instances = rows.map(hydrateInstance)
    // Instances in progress, and those ended before summaries were kept, are summarized from their samples, read
    // together.
    const sampled = instances.filter((i) => !i.doc.summary && i.doc.qos).map((i) => i.uuid)
    const samples = new Map<string, Awaited<ReturnType<typeof repo.qosOfInstances>>>()
    for (const q of await repo.qosOfInstances(actor.accountId, sampled))
      samples.set(q.instance_uuid, [...(samples.get(q.instance_uuid) ?? []), q])
    for (const i of instances) {
      const summary = i.doc.summary ?? summarizeQos(samples.get(i.uuid) ?? [])
      if (byParticipant) graded.push(...Object.values(summary.sessions))
      else graded.push(summary.quality)
    }
    const zero = (): Counts => ({ good: 0, fair: 0, poor: 0, bad: 0 })
    const quality: Record<Stream, Counts> = { audio: zero(), video: zero(), screen_share: zero() }
    for (const grades of graded)
      for (const stream of STREAMS) {
        const grade = grades[stream]
        if (grade) quality[stream][grade] += 1
      }
    return { from: window.from, to: window.to, quality }
  }
}
