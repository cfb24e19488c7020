// Reports and dashboards at scale: the same two calls — a month of past meetings on the dashboard, and the
// active-hosts report for that month — on an account with 100,000 stored participant sessions and on one with 100.
// Both accounts get the same kind of meeting (20 join sessions, played once through the simulator and then copied
// with new ids and times over the last four weeks), so the only difference is how many there are.
import { performance } from 'node:perf_hooks'
import { zoomId } from '../src/util/ids.js'
import { startFull, type FullTarget } from './targets.js'

const SESSIONS_PER_MEETING = 20
const MINUTES = 40
const DAY_MS = 86_400_000

export interface ReportsBench {
  sessions: [number, number]
  /** Medians in ms for [large, small]. */
  dashboardMs: [number, number]
  usersMs: [number, number]
}

function scenario(ownerEmail: string) {
  return {
    meeting: { create: { userId: 'me', topic: 'Bench report', type: 2 } },
    duration_minutes: MINUTES,
    participants: Array.from({ length: SESSIONS_PER_MEETING }, (_, i) => ({
      name: i === 0 ? 'Host' : `Guest ${i}`,
      ...(i === 0 ? { email: ownerEmail } : {}),
      join_offset_minutes: i % 7,
    })),
    qos: false,
  }
}

/** Plays one meeting, then writes `sessions / 20 - 1` copies of it straight to the tables, in batches. */
async function fill(full: FullTarget, sessions: number, log: (s: string) => void): Promise<void> {
  const res = await fetch(`${full.url}/sim/scenarios`, {
    method: 'POST',
    headers: { authorization: `Bearer ${full.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(scenario(full.server.svc.config.seed.ownerEmail)),
  })
  const played = (await res.json()) as { uuid?: string }
  if (res.status !== 200 || !played.uuid) throw new Error(`POST /sim/scenarios: ${res.status}`)
  const k = full.server.svc.db.kysely
  const instance = await k
    .selectFrom('meeting_instances')
    .selectAll()
    .where('uuid', '=', played.uuid)
    .executeTakeFirst()
  if (!instance) throw new Error('the played meeting left no instance')
  const rows = await k.selectFrom('meeting_participants').selectAll().where('instance_uuid', '=', played.uuid).execute()
  const meetings = Math.max(1, Math.round(sessions / rows.length)) - 1
  const started = performance.now()
  const PER_TX = 250
  for (let done = 0; done < meetings; done += PER_TX) {
    await k.transaction().execute(async (trx) => {
      const count = Math.min(PER_TX, meetings - done)
      const instances = []
      const people = []
      for (let n = 0; n < count; n++) {
        // Spread over the last 27 days, so a one-month window holds them all.
        const shift = -(((done + n) * 7919) % (27 * DAY_MS)) - DAY_MS
        const uuid = `${zoomId()}==`
        const { seq: _seq, ...inst } = instance
        instances.push({
          ...inst,
          uuid,
          start_time: Number(inst.start_time) + shift,
          end_time: Number(inst.end_time) + shift,
        })
        for (const r of rows) {
          const { seq: _s, ...row } = r
          people.push({
            ...row,
            id: zoomId(),
            instance_uuid: uuid,
            join_time: Number(row.join_time) + shift,
            leave_time: row.leave_time === null ? null : Number(row.leave_time) + shift,
          })
        }
      }
      await trx.insertInto('meeting_instances').values(instances).execute()
      for (let i = 0; i < people.length; i += 200)
        await trx
          .insertInto('meeting_participants')
          .values(people.slice(i, i + 200))
          .execute()
    })
    if ((done / PER_TX) % 4 === 3 || done + PER_TX >= meetings)
      log(
        `  stored ${((Math.min(done + PER_TX, meetings) + 1) * rows.length).toLocaleString('en-US')} sessions (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      )
  }
}

async function timed(url: string, token: string, reps: number): Promise<number> {
  const ms: number[] = []
  // A call takes a millisecond or two, so a short run's median moves with every pause of the machine: the
  // first calls warm the code and the caches, then enough are timed for the median to settle.
  const warm = reps >> 2
  for (let i = 0; i < reps + warm; i++) {
    const t0 = performance.now()
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    await res.text()
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
    if (i >= warm) ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  return ms[ms.length >> 1] ?? NaN
}

export async function benchReports(
  dbFiles: [string, string],
  counts: [number, number],
  reps: number,
  log: (s: string) => void,
): Promise<ReportsBench> {
  const out: ReportsBench = { sessions: counts, dashboardMs: [NaN, NaN], usersMs: [NaN, NaN] }
  for (const [i, count] of counts.entries()) {
    const full = await startFull(dbFiles[i] ?? '')
    try {
      log(`  account ${i + 1}: ${count.toLocaleString('en-US')} participant sessions`)
      await fill(full, count, log)
      const now = full.server.svc.clock.now()
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
      const window = `from=${day(now - 28 * DAY_MS)}&to=${day(now)}`
      out.dashboardMs[i] = await timed(
        `${full.url}/v2/metrics/meetings?type=past&page_size=30&${window}`,
        full.token,
        reps,
      )
      out.usersMs[i] = await timed(`${full.url}/v2/report/users?page_size=30&${window}`, full.token, reps)
      log(`    dashboard month ${out.dashboardMs[i]?.toFixed(2)} ms, active hosts ${out.usersMs[i]?.toFixed(2)} ms`)
    } finally {
      await full.close()
    }
  }
  return out
}
