// npm run bench — throughput of GET /v2/users/{userId} and POST /v2/users/{userId}/meetings against bare Fastify,
// keyset pagination at depth, and the cost of a 60-minute meeting's recording files against simulating it.
//
// BENCH_DURATION  seconds per throughput measurement (default 6; a warmup of up to 2 s precedes each)
// BENCH_ROUNDS    bare/full alternations (default 3); medians are reported
// BENCH_USERS     users seeded for the pagination test (default 100000)
// BENCH_INPROCESS 1 = run the servers in this process, sharing the event loop with autocannon
// BENCH_SESSIONS  participant sessions stored for the reports part (default 100000; the small account has 100)
// BENCH_ONLY      reports = run only the reports and dashboards part
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { childHost, inProcessHost, type Host } from './hosts.js'
import { must } from '../src/util/must.js'
import { benchRecording } from './recording.js'
import { benchReports } from './reports.js'

const DURATION = positive('BENCH_DURATION', 6)
const WARMUP = Math.min(2, DURATION)
const ROUNDS = Math.floor(positive('BENCH_ROUNDS', 3))
const USERS = Math.floor(positive('BENCH_USERS', 100_000))
const SESSIONS = Math.floor(positive('BENCH_SESSIONS', 100_000))
const SCALE_TARGET = 3
const PAGE_SIZE = 300
const DEEP_PAGE = 300
const REPS = 20
// A report call takes a millisecond or two: its median needs many more calls than a page of users does.
const REPORT_REPS = 200
const IN_PROCESS = process.env.BENCH_INPROCESS === '1'
const RATIO_TARGET = 0.5
const CREATE_RATIO_TARGET = 0.2

// A scheduled meeting as integrations usually create one: a few settings, the rest left to Zoom's defaults.
const MEETING_BODY = JSON.stringify({
  topic: 'Weekly sync',
  type: 2,
  start_time: '2030-03-04T09:00:00Z',
  duration: 45,
  timezone: 'Europe/Paris',
  agenda: 'Status, risks, next steps',
  settings: {
    host_video: true,
    participant_video: false,
    join_before_host: false,
    waiting_room: true,
    auto_recording: 'none',
  },
})
const DEPTH_TARGET = 1.5

function positive(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`)
  return n
}

const log = (line: string) => process.stderr.write(line + '\n')
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2
}

interface Call {
  url: string
  headers: Record<string, string>
  method?: 'GET' | 'POST'
  body?: string
}

async function load(call: Call, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: call.url,
    method: call.method ?? 'GET',
    body: call.body,
    headers: call.headers,
    connections: 10,
    duration,
    pipelining: 1,
  })
}

/** Requests per second of one measurement, after a warmup; fails loudly when anything but 2xx came back. */
async function measure(name: string, call: Call): Promise<number> {
  await load(call, WARMUP)
  const r = await load(call, DURATION)
  if (r.non2xx || r.errors || r.timeouts)
    throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`)
  log(
    `  ${name.padEnd(6)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms`,
  )
  return r.requests.average
}

/** The fields the bench reads from the bodies it fetches; all optional, since an error body has none of them. */
interface Body {
  id?: string
  users?: { id: string }[]
  total_records?: number
  next_page_token?: string
}

async function getJson(
  url: string,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number; body: Body }> {
  const t0 = performance.now()
  const res = await fetch(url, { headers })
  const text = await res.text()
  const ms = performance.now() - t0
  return { ms, status: res.status, body: JSON.parse(text) as Body }
}

/** The reports part's rows: each call's median on both accounts and the large/small ratio against its target. */
async function reportRows(dir: string): Promise<Array<[string, string, string]>> {
  log(`reports: a month of past meetings and active hosts, ${SESSIONS.toLocaleString('en-US')} sessions against 100`)
  const r = await benchReports(
    [join(dir, 'reports-large.db'), join(dir, 'reports-small.db')],
    [SESSIONS, 100],
    REPORT_REPS,
    log,
  )
  const rows: Array<[string, string, string]> = []
  for (const [name, [large, small]] of [
    ['GET /metrics/meetings?type=past (month)', r.dashboardMs],
    ['GET /report/users (month)', r.usersMs],
  ] as const) {
    const ratio = large / small
    rows.push([
      `ms ${name}, ${SESSIONS.toLocaleString('en-US')} / 100 sessions`,
      large.toFixed(2),
      `${small.toFixed(2)} ms on 100`,
    ])
    rows.push([
      `ratio ${name.split('?')[0]} large / small`,
      ratio.toFixed(2),
      `${ratio <= SCALE_TARGET ? 'PASS' : 'FAIL'} (target ≤ ${SCALE_TARGET.toFixed(1)})`,
    ])
  }
  return rows
}

function printTable(title: string, rows: Array<[string, string, string]>): void {
  const w0 = Math.max(...rows.map((r) => r[0].length))
  const w1 = Math.max(...rows.map((r) => r[1].length))
  const line = '-'.repeat(w0 + w1 + 40)
  console.log(`\n${title}`)
  console.log(line)
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)
  console.log(line)
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zoom-bench-'))
  if (process.env.BENCH_ONLY === 'reports') {
    try {
      printTable('Benchmark: reports and dashboards at scale', await reportRows(dir))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    return
  }
  const dbFile = join(dir, 'bench.db')
  const makeHost = IN_PROCESS ? inProcessHost : childHost
  const hosts: Host[] = []
  try {
    log(
      `bench: ${ROUNDS} rounds × (bare, get, create), ${WARMUP}s warmup + ${DURATION}s each; servers ${IN_PROCESS ? 'in this process' : 'in child processes'}`,
    )
    const bareHost = makeHost()
    const fullHost = makeHost()
    hosts.push(bareHost, fullHost)
    const bare = await bareHost.call<{ url: string }>({ cmd: 'bare' })
    const full = await fullHost.call<{ url: string; token: string; userId: string }>({ cmd: 'full', dbFile })
    const auth = { authorization: `Bearer ${full.token}` }
    const userUrl = `${full.url}/v2/users/${full.userId}`

    // The full path must really answer with the user before it is worth timing.
    const probe = await getJson(userUrl, auth)
    if (probe.status !== 200 || probe.body.id !== full.userId)
      throw new Error(`GET /v2/users/{userId}: ${probe.status} ${JSON.stringify(probe.body)}`)
    const bareProbe = await getJson(bare.url, {})
    if (bareProbe.status !== 200) throw new Error(`bare: ${bareProbe.status}`)
    log(
      `  user object: ${Object.keys(probe.body).length} fields; bare object: ${Object.keys(bareProbe.body).length} fields`,
    )

    const createCall: Call = {
      url: `${full.url}/v2/users/${full.userId}/meetings`,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: MEETING_BODY,
    }
    const created = await fetch(createCall.url, { method: 'POST', headers: createCall.headers, body: MEETING_BODY })
    const meeting = (await created.json()) as { id?: number; join_url?: string }
    if (created.status !== 201 || !meeting.id || !meeting.join_url)
      throw new Error(`POST /v2/users/{userId}/meetings: ${created.status} ${JSON.stringify(meeting)}`)

    const bareRps: number[] = []
    const fullRps: number[] = []
    const createRps: number[] = []
    for (let r = 1; r <= ROUNDS; r++) {
      log(`round ${r}/${ROUNDS}`)
      bareRps.push(await measure('bare', { url: bare.url, headers: {} }))
      fullRps.push(await measure('get', { url: userUrl, headers: auth }))
      createRps.push(await measure('create', createCall))
    }
    await bareHost.call({ cmd: 'close' })

    log(`seeding ${USERS.toLocaleString('en-US')} users`)
    await fullHost.call({ cmd: 'seed', count: USERS })
    const total = USERS + 1
    const pages = Math.ceil(total / PAGE_SIZE)
    if (pages < DEEP_PAGE) throw new Error(`only ${pages} pages of ${PAGE_SIZE}: seed more users for page ${DEEP_PAGE}`)

    const listUrl = `${full.url}/v2/users?page_size=${PAGE_SIZE}`
    const first = await getJson(listUrl, auth)
    if (first.status !== 200 || first.body.users?.length !== PAGE_SIZE || first.body.total_records !== total)
      throw new Error(`page 1: ${first.status}, ${first.body.users?.length} users, total ${first.body.total_records}`)

    log(`walking next_page_token to page ${DEEP_PAGE}`)
    const walkStart = performance.now()
    let token = must(first.body.next_page_token, 'next_page_token of page 1')
    let pageBody = first.body
    for (let p = 2; p < DEEP_PAGE; p++) {
      const page = await getJson(`${listUrl}&next_page_token=${encodeURIComponent(token)}`, auth)
      if (page.status !== 200) throw new Error(`page ${p}: ${page.status} ${JSON.stringify(page.body)}`)
      token = must(page.body.next_page_token, `next_page_token of page ${p}`)
      pageBody = page.body
    }
    const walkMs = performance.now() - walkStart
    log(
      `  ${DEEP_PAGE - 2} pages walked in ${(walkMs / 1000).toFixed(1)} s (${(walkMs / (DEEP_PAGE - 2)).toFixed(1)} ms/page)`,
    )
    const deepUrl = `${listUrl}&next_page_token=${encodeURIComponent(token)}`
    const lastOfPrevious = must(pageBody.users?.[PAGE_SIZE - 1], `last user of page ${DEEP_PAGE - 1}`).id

    // Page 1 and page 300 in alternation, so drift in machine load hits both alike.
    const page1Ms: number[] = []
    const deepMs: number[] = []
    for (let i = 0; i < 3; i++) {
      await getJson(listUrl, auth)
      await getJson(deepUrl, auth)
    }
    let deepFirstId = ''
    for (let i = 0; i < REPS; i++) {
      const a = await getJson(listUrl, auth)
      const b = await getJson(deepUrl, auth)
      if (a.status !== 200 || b.status !== 200) throw new Error(`list: ${a.status} / ${b.status}`)
      const users = b.body.users
      if (users?.length !== PAGE_SIZE) throw new Error(`page ${DEEP_PAGE}: ${users?.length} users`)
      deepFirstId = must(users[0], `first user of page ${DEEP_PAGE}`).id
      page1Ms.push(a.ms)
      deepMs.push(b.ms)
    }
    if (deepFirstId === lastOfPrevious) throw new Error(`page ${DEEP_PAGE} repeats the previous page`)

    // For information: the same depth by page_number (OFFSET), which Zoom still accepts.
    const offsetMs: number[] = []
    for (let i = 0; i < 5; i++) offsetMs.push((await getJson(`${listUrl}&page_number=${DEEP_PAGE}`, auth)).ms)

    log('recording: simulating a 60-minute meeting, then generating its recording files (this process, one thread)')
    const rec = await benchRecording(join(dir, 'recording.db'), ROUNDS, log)
    const simMed = median(rec.simulateMs)
    const genMed = median(rec.generateMs)

    const bareMed = median(bareRps)
    const fullMed = median(fullRps)
    const ratio = fullMed / bareMed
    const createMed = median(createRps)
    const createRatio = createMed / bareMed
    const p1 = median(page1Ms)
    const pDeep = median(deepMs)
    const depthRatio = pDeep / p1
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
    const rows: Array<[string, string, string]> = [
      ['rps bare Fastify (median)', bareMed.toFixed(0), bareRps.map((x) => x.toFixed(0)).join(' / ')],
      ['rps GET /v2/users/{userId} (median)', fullMed.toFixed(0), fullRps.map((x) => x.toFixed(0)).join(' / ')],
      [
        'ratio GET user / bare',
        ratio.toFixed(2),
        `${verdict(ratio >= RATIO_TARGET)} (target ≥ ${RATIO_TARGET.toFixed(2)})`,
      ],
      [
        'rps POST /v2/users/{userId}/meetings (median)',
        createMed.toFixed(0),
        createRps.map((x) => x.toFixed(0)).join(' / '),
      ],
      [
        'ratio create meeting / bare',
        createRatio.toFixed(2),
        `${verdict(createRatio >= CREATE_RATIO_TARGET)} (target ≥ ${CREATE_RATIO_TARGET.toFixed(2)})`,
      ],
      [
        `page 1 ms (median of ${REPS}, page_size ${PAGE_SIZE})`,
        p1.toFixed(2),
        `min ${Math.min(...page1Ms).toFixed(2)}  max ${Math.max(...page1Ms).toFixed(2)}`,
      ],
      [
        `page ${DEEP_PAGE} ms (median of ${REPS}, by token)`,
        pDeep.toFixed(2),
        `min ${Math.min(...deepMs).toFixed(2)}  max ${Math.max(...deepMs).toFixed(2)}`,
      ],
      [
        `ratio page ${DEEP_PAGE} / page 1`,
        depthRatio.toFixed(2),
        `${verdict(depthRatio <= DEPTH_TARGET)} (target ≤ ${DEPTH_TARGET.toFixed(1)})`,
      ],
      [`(info) page ${DEEP_PAGE} ms by page_number`, median(offsetMs).toFixed(2), 'OFFSET, not keyset'],
      [
        'ms simulate a 60-minute meeting (median)',
        simMed.toFixed(0),
        rec.simulateMs.map((x) => x.toFixed(0)).join(' / '),
      ],
      [
        'ms generate its recording files (median)',
        genMed.toFixed(0),
        `${rec.files} files, ${(rec.bytes / 1e6).toFixed(1)} MB; ${rec.generateMs.map((x) => x.toFixed(0)).join(' / ')}`,
      ],
      ['ratio generate / simulate', (genMed / simMed).toFixed(2), `${verdict(genMed < simMed)} (target < 1.00)`],
      ...(await reportRows(dir)),
    ]
    printTable(
      `Benchmark (${total.toLocaleString('en-US')} users, ${ROUNDS} × ${DURATION}s per throughput measurement, 10 connections)`,
      rows,
    )
  } finally {
    for (const h of hosts) {
      await h.call({ cmd: 'close' }).catch(() => undefined)
      await h.stop()
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
