import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ManualClock, OffsetClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { ensureSeed } from '../../src/seed.js'
import { createServer } from '../../src/server.js'
import { cli } from '../helpers/cli.js'
import { plainReceiver, deliverUntil } from '../helpers/rivet-webhooks.js'
import { fieldErrors, find, items, type Json, must, num, str } from '../helpers/json.js'
import type { MeetingList, ParticipantList, SimInstance, User } from '../helpers/shapes.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type Reply, type TestServer } from '../helpers/server.js'

const MIN = 60_000
const HOUR = 60 * MIN
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

const scenario = (topic: string, extra: Record<string, unknown> = {}) => ({
  meeting: { create: { topic, type: 2 } },
  duration_minutes: 45,
  participants: [
    { name: 'Ada', email: 'ada@guest.example', join_offset_minutes: 0 },
    {
      name: 'Lin',
      join_offset_minutes: 3,
      leave_offset_minutes: 30,
      share: [{ start_offset_minutes: 10, minutes: 5 }],
    },
  ],
  record: { start_offset_minutes: 1, stop_offset_minutes: 44 },
  ...extra,
})

/** A database for a server to open, restart on, and hand to the command line: a SQLite file, or a PostgreSQL schema. */
async function freshDatabaseUrl(dir: string): Promise<string> {
  const t = await startTestServer({ file: join(dir, `zoom-${Math.random().toString(36).slice(2)}.db`) })
  await t.close()
  return t.config.databaseUrl
}

/** A server on the production clock (real time plus the stored offset), as `npm start` builds it. */
async function startRealClockServer(databaseUrl: string) {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    RATE_LIMITS: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  } as NodeJS.ProcessEnv)
  const server = await createServer(config)
  const seed = await ensureSeed(server.svc, config.seed)
  await server.app.listen({ host: '127.0.0.1', port: 0 })
  const address = server.app.server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const token = async (): Promise<string> => {
    const res = await fetch(`${origin}/oauth/token?grant_type=account_credentials&account_id=${seed.accountId}`, {
      method: 'POST',
      headers: { authorization: 'Basic ' + Buffer.from(`${seed.clientId}:${seed.clientSecret}`).toString('base64') },
    })
    return ((await res.json()) as { access_token: string }).access_token
  }
  const call = async <T = Json>(
    method: string,
    path: string,
    o: { token: string; body?: unknown },
  ): Promise<Reply<T>> => {
    const res = await fetch(origin + path, {
      method,
      headers: {
        authorization: `Bearer ${o.token}`,
        ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: o.body !== undefined ? JSON.stringify(o.body) : undefined,
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers, text }
  }
  return { server, seed, origin, token, call, close: () => server.close() }
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > end) throw new Error('condition not reached')
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('Simulator and the server clock', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'zoom-simclock-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  describe('a scenario plays in the recent past', () => {
    let t: TestServer
    before(async () => {
      t = await startTestServer()
    })
    after(() => t.close())

    it('ends now, leaves the clock where it was, and a token minted before it still works after it', async () => {
      const token = await t.token()
      const now = num((await t.call('GET', '/sim/clock', { token })).body.now_ms)
      const hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
      try {
        const sub = await t.call('POST', '/v2/marketplace/app/event_subscription', {
          token,
          body: {
            events: ['meeting.started', 'meeting.ended'],
            event_webhook_url: hook.url,
            subscription_scope: 'account',
          },
        })
        assert.equal(sub.status, 201, JSON.stringify(sub.body))

        const res = await t.call<SimInstance>('POST', '/sim/scenarios', { token, body: scenario('Looking back') })
        assert.equal(res.status, 200, JSON.stringify(res.body))
        assert.deepEqual(
          [res.body.start_time, res.body.end_time, res.body.duration],
          [iso(now - 45 * MIN), iso(now), 45],
        )

        assert.deepEqual((await t.call('GET', '/sim/clock', { token })).body, {
          now: iso(now),
          now_ms: now,
          adjustable: true,
        })
        assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).status, 200)

        // Every stored time is the timeline's.
        const past = await t.call('GET', `/v2/past_meetings/${res.body.id}`, { token })
        assert.equal(past.status, 200)
        assert.deepEqual([past.body.start_time, past.body.end_time], [iso(now - 45 * MIN), iso(now)])
        const instances = (await t.call('GET', `/v2/past_meetings/${res.body.id}/instances`, { token })).body.meetings
        assert.deepEqual(instances, [{ uuid: res.body.uuid, start_time: iso(now - 45 * MIN) }])
        const parts = (await t.call<ParticipantList>('GET', `/v2/past_meetings/${res.body.id}/participants`, { token }))
          .body.participants
        assert.deepEqual(
          parts.map((p) => [p.name, p.join_time, p.leave_time]),
          [
            ['Ada', iso(now - 45 * MIN), iso(now)],
            ['Lin', iso(now - 42 * MIN), iso(now - 15 * MIN)],
          ],
        )
        const k = t.server.svc.db.kysely
        const qos = await k
          .selectFrom('participant_qos')
          .select('ts')
          .where('instance_uuid', '=', res.body.uuid)
          .execute()
        assert.ok(qos.length > 0)
        assert.deepEqual(
          qos.map((q) => (Number(q.ts) - now) / MIN).filter((m) => m < -45 || m > 0),
          [],
        )
        const meeting = (await t.call('GET', `/v2/meetings/${res.body.id}`, { token })).body
        assert.equal(meeting.start_time, iso(now - 45 * MIN))
        assert.equal(meeting.status, 'waiting')
        const share = find(
          await outboxEvents(t, 'meeting.sharing_started'),
          (e) => e.payload.object.uuid === res.body.uuid,
        )
        assert.equal(share.event_ts, now - 35 * MIN)
        const rec = find(await outboxEvents(t, 'recording.stopped'), (e) => e.payload.object.uuid === res.body.uuid)
        assert.deepEqual(rec.payload.object.recording_file, {
          recording_start: iso(now - 44 * MIN),
          recording_end: iso(now - MIN),
        })

        // The subscription made just before the play gets its events now, each stamped with its time in the timeline.
        await deliverUntil(t, () => hook.events.length === 2)
        const [started, ended] = hook.events.map((e) => must(e.json))
        assert.deepEqual([started.event, started.event_ts], ['meeting.started', now - 45 * MIN])
        assert.deepEqual([ended.event, ended.event_ts], ['meeting.ended', now])
        assert.deepEqual(
          hook.events.map((e) => e.headers['x-zm-request-timestamp']),
          [String(Math.floor(now / 1000)), String(Math.floor(now / 1000))],
        )
      } finally {
        await hook.close()
      }
    })

    it('start_at places it earlier; a timeline that would end after now is refused, as are options that do not go together', async () => {
      const token = await t.token()
      const now = t.clock.now()
      let res = await t.call('POST', '/sim/scenarios', {
        token,
        body: scenario('Yesterday', { start_at: iso(now - 24 * HOUR) }),
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual(
        [res.body.start_time, res.body.end_time],
        [iso(now - 24 * HOUR), iso(now - 24 * HOUR + 45 * MIN)],
      )
      // The same meeting again: not over its previous instance, but after it.
      const again = {
        meeting: { id: res.body.id },
        duration_minutes: 10,
        participants: [{ name: 'Bo', join_offset_minutes: 0 }],
      }
      res = await t.call('POST', '/sim/scenarios', {
        token,
        body: { ...again, start_at: iso(now - 24 * HOUR + 30 * MIN) },
      })
      assert.deepEqual(res.body.errors, [
        {
          field: 'start_at',
          message: `Invalid field. Meeting ${again.meeting.id} was in progress until ${iso(now - 24 * HOUR + 45 * MIN)}.`,
        },
      ])
      res = await t.call('POST', '/sim/scenarios', { token, body: again })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      const instances = (await t.call('GET', `/v2/past_meetings/${again.meeting.id}/instances`, { token })).body
        .meetings
      assert.deepEqual(
        items(instances)
          .map((i) => i.start_time)
          .sort(),
        [iso(now - 24 * HOUR), iso(now - 10 * MIN)],
      )

      res = await t.call('POST', '/sim/scenarios', {
        token,
        body: scenario('Too late', { start_at: iso(now - 30 * MIN) }),
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body.errors, [
        {
          field: 'start_at',
          message:
            'Invalid field. A scenario played in the past must end by now; use advance_clock or mode realtime for a later one.',
        },
      ])
      res = await t.call('POST', '/sim/scenarios', {
        token,
        body: scenario('Mixed', { mode: 'realtime', start_at: iso(now), advance_clock: true }),
      })
      assert.deepEqual(
        fieldErrors(res.body).map((e) => e.field),
        ['start_at', 'advance_clock'],
      )
      res = await t.call('POST', '/sim/scenarios', { token, body: scenario('Fast past', { speed: 10 }) })
      assert.deepEqual(res.body.errors, [{ field: 'speed', message: 'Invalid field. Only with mode realtime.' }])

      // A meeting in progress cannot take joins written into the past.
      const m = (await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Live now', type: 3 } })).body
      await t.call('POST', `/sim/meetings/${m.id}/start`, { token })
      res = await t.call('POST', '/sim/scenarios', {
        token,
        body: { meeting: { id: m.id }, duration_minutes: 5, participants: [] },
      })
      assert.deepEqual([res.status, res.body.code], [400, 3000])
      assert.equal(t.clock.now(), now)
    })

    it('advance_clock: true moves the clock through the scenario, as asked', async () => {
      const token = await t.token()
      const now = t.clock.now()
      const res = await t.call('POST', '/sim/scenarios', { token, body: scenario('Forward', { advance_clock: true }) })
      assert.equal(res.status, 200, JSON.stringify(res.body))
      assert.deepEqual([res.body.start_time, res.body.end_time], [iso(now), iso(now + 45 * MIN)])
      assert.equal(t.clock.now(), now + 45 * MIN)
    })
  })

  it('a move of the clock is stored: after a restart on the same database it still holds and past meetings stay past', async () => {
    const url = await freshDatabaseUrl(dir)
    const first = await startTestServer({ databaseUrl: url })
    const base = first.clock.now()
    let meetingId: number
    try {
      const token = await first.token()
      const moved = await first.call('POST', '/sim/clock/advance', { token, body: { ms: 3 * HOUR } })
      assert.equal(moved.body.now_ms, base + 3 * HOUR)
      const played = await first.call('POST', '/sim/scenarios', {
        token: await first.token(),
        body: scenario('Before the restart'),
      })
      assert.equal(played.body.end_time, iso(base + 3 * HOUR))
      meetingId = num(played.body.id)
    } finally {
      await first.close()
    }

    // A new clock of the same start takes the stored move back.
    const second = await startTestServer({ databaseUrl: url, clock: new ManualClock(base) })
    try {
      const token = await second.token()
      assert.equal((await second.call('GET', '/sim/clock', { token })).body.now_ms, base + 3 * HOUR)
      const past = await second.call('GET', `/v2/past_meetings/${meetingId}`, { token })
      assert.equal(past.body.end_time, iso(base + 3 * HOUR))
    } finally {
      await second.close()
    }

    // So does the production clock: real time plus the stored move.
    const real = await startRealClockServer(url)
    try {
      assert.ok(real.server.svc.clock instanceof OffsetClock)
      assert.equal(real.server.svc.clock.offsetMs, 3 * HOUR)
      const token = await real.token()
      await real.call('POST', '/sim/clock/advance', { token, body: { ms: HOUR } })
    } finally {
      await real.close()
    }
    const again = await startRealClockServer(url)
    try {
      assert.equal((again.server.svc.clock as OffsetClock).offsetMs, 4 * HOUR)
      const now = num((await again.call('GET', '/sim/clock', { token: await again.token() })).body.now_ms)
      assert.ok(Math.abs(now - (Date.now() + 4 * HOUR)) < 5_000)
    } finally {
      await again.close()
    }
  })

  it('the token command mints on the server clock: its token works against a server whose clock was moved', async () => {
    const url = await freshDatabaseUrl(dir)
    const s = await startRealClockServer(url)
    try {
      const moved = await s.call('POST', '/sim/clock/advance', { token: await s.token(), body: { ms: 2 * HOUR } })
      assert.equal(moved.status, 200)
      const res = await cli(['token'], { DATABASE_URL: url })
      assert.equal(res.code, 0, res.stderr)
      const { access_token } = JSON.parse(res.stdout)
      const me = await s.call('GET', '/v2/users/me', { token: access_token })
      assert.equal(me.status, 200, JSON.stringify(me.body))
    } finally {
      await s.close()
    }
  })

  it('realtime mode answers 202 at once, shows the meeting live, then past; the clock is read, never moved', async () => {
    const url = await freshDatabaseUrl(dir)
    const s = await startRealClockServer(url)
    try {
      const token = await s.token()
      const before = Date.now()
      // Two minutes at 240×: half a second.
      const res = await s.call('POST', '/sim/scenarios', {
        token,
        body: {
          meeting: { create: { topic: 'Live at speed', type: 2 } },
          duration_minutes: 2,
          participants: [
            { name: 'Ada', join_offset_minutes: 0 },
            { name: 'Lin', join_offset_minutes: 0.5, leave_offset_minutes: 1.5 },
          ],
          mode: 'realtime',
          speed: 240,
        },
      })
      assert.equal(res.status, 202, JSON.stringify(res.body))
      assert.equal(res.body.status, 'started')
      assert.equal(res.body.mode, 'realtime')
      assert.equal(res.body.speed, 240)
      assert.match(str(res.body.uuid), /^[A-Za-z0-9+/]{22}==$/)
      const id = res.body.id
      const live = await s.call<MeetingList>('GET', '/v2/users/me/meetings?type=live', { token })
      assert.ok(
        live.body.meetings.some((m) => m.id === id),
        'listed live while it plays',
      )

      const past = await until(async () => {
        const r = await s.call('GET', `/v2/past_meetings/${id}`, { token })
        return r.status === 200 ? r.body : undefined
      })
      const after = Date.now()
      assert.equal(past.participants_count, 2)
      assert.ok(
        Date.parse(str(past.start_time)) >= Math.floor(before / 1000) * 1000 - 1000 &&
          Date.parse(str(past.end_time)) <= after + 1000,
      )
      assert.ok(
        !(await s.call<MeetingList>('GET', '/v2/users/me/meetings?type=live', { token })).body.meetings.some(
          (m) => m.id === id,
        ),
      )
      assert.equal((s.server.svc.clock as OffsetClock).offsetMs, 0)

      // A play still under way when the server closes is stopped, not waited for.
      const long = await s.call('POST', '/sim/scenarios', {
        token,
        body: { ...scenario('Long one'), mode: 'realtime' },
      })
      assert.equal(long.status, 202)
    } finally {
      const closing = Date.now()
      await s.close()
      assert.ok(Date.now() - closing < 5_000)
    }
  })
})
