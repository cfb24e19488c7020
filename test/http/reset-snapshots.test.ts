import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { loadConfig } from '../../src/config.js'
import { WebhookDeliverer } from '../../src/events/deliverer.js'
import { ensureSeed } from '../../src/seed.js'
import { createServer, type Server } from '../../src/server.js'
import { SnapshotsRepo } from '../../src/store/snapshots.repo.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { items, must, num, refused, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const pgOnly = { skip: !process.env.TEST_DATABASE_URL && 'PostgreSQL only' }

const played = (topic: string) => ({
  meeting: { create: { topic, type: 2 } },
  duration_minutes: 30,
  participants: [
    { name: 'Ada', email: 'ada@guest.example', join_offset_minutes: 0 },
    { name: 'Lin', join_offset_minutes: 2, leave_offset_minutes: 20 },
  ],
  record: { start_offset_minutes: 1, stop_offset_minutes: 25 },
})

async function userCount(t: TestServer, token: string): Promise<number> {
  const res = await t.call('GET', '/v2/users?page_size=300', { token })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  return num(res.body.total_records)
}

async function outboxSize(t: TestServer): Promise<number> {
  const row = await t.server.svc.db.kysely
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

describe('Simulator: reset and snapshots', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('puts a populated database back to the seeded state, and the token in use keeps working', async () => {
    const users = await userCount(t, token)
    const events = await outboxSize(t)
    const userId = await addUser(t, token, 'reset-me@example.com')
    const meetingId = await createMeeting(t, token, { topic: 'Scheduled', type: 2 })
    const play = await t.call('POST', '/sim/scenarios', { token, body: played('Played') })
    assert.equal(play.status, 200, JSON.stringify(play.body))
    const playedId = num(play.body.id)
    assert.equal((await t.call('GET', `/v2/meetings/${playedId}/recordings`, { token })).status, 200)
    assert.ok((await outboxSize(t)) > events)
    assert.equal(await userCount(t, token), users + 1)

    const reset = await t.call('POST', '/sim/reset', { token })
    assert.equal(reset.status, 200, JSON.stringify(reset.body))
    assert.equal(reset.body.snapshot, 'seed')
    // Well under a second on an idle machine; the bound leaves room for a loaded test host.
    assert.ok(num(reset.body.took_ms) < 3000, `reset took ${reset.body.took_ms} ms`)

    assert.equal(await userCount(t, token), users)
    refused(await t.call('GET', `/v2/users/${userId}`, { token }), 404, 1001)
    refused(await t.call('GET', `/v2/meetings/${meetingId}`, { token }), 404, 3001)
    refused(await t.call('GET', `/v2/meetings/${playedId}/recordings`, { token }), 404, 3301)
    assert.equal(await outboxSize(t), events)
    const past = await t.call('GET', '/v2/users/me/meetings?type=previous_meetings', { token })
    if (past.status === 200) assert.equal(items(past.body.meetings).length, 0)

    // The same email and a fresh meeting are accepted again, and their events follow on in the outbox.
    await addUser(t, token, 'reset-me@example.com')
    await createMeeting(t, token, { topic: 'After reset', type: 2 })
    const created = await outboxEvents(t, 'user.created')
    assert.deepEqual(
      created.map((e) => e.payload.object.email),
      ['reset-me@example.com'],
    )
    // A new token is issued as before.
    assert.ok(await t.token())
  })

  it('saves, lists, restores and deletes a named snapshot', async () => {
    await t.call('POST', '/sim/reset', { token })
    const kept = await addUser(t, token, 'kept@example.com')
    const saved = await t.call('POST', '/sim/snapshots', { token, body: { name: 'one-user' } })
    assert.equal(saved.status, 201, JSON.stringify(saved.body))
    assert.equal(saved.body.name, 'one-user')
    assert.ok(num(saved.body.rows) > 0 && num(saved.body.tables) > 0)
    assert.match(str(saved.body.taken_at), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const gone = await addUser(t, token, 'gone@example.com')
    const meetingId = await createMeeting(t, token, { topic: 'Gone', type: 2 })

    const restored = await t.call('POST', '/sim/snapshots/one-user/restore', { token })
    assert.equal(restored.status, 200, JSON.stringify(restored.body))
    assert.equal(restored.body.name, 'one-user')
    assert.equal((await t.call('GET', `/v2/users/${kept}`, { token })).status, 200)
    refused(await t.call('GET', `/v2/users/${gone}`, { token }), 404, 1001)
    refused(await t.call('GET', `/v2/meetings/${meetingId}`, { token }), 404, 3001)

    // Restoring again gives the same world: the snapshot stays until deleted.
    await addUser(t, token, 'again@example.com')
    assert.equal((await t.call('POST', '/sim/snapshots/one-user/restore', { token })).status, 200)
    assert.equal((await t.call('GET', '/v2/users/email?email=again@example.com', { token })).body.existed_email, false)

    const list = await t.call('GET', '/sim/snapshots', { token })
    assert.equal(list.status, 200)
    assert.deepEqual(
      items(list.body.snapshots)
        .map((s) => str(s.name))
        .sort(),
      ['one-user', 'seed'],
    )

    assert.equal((await t.call('DELETE', '/sim/snapshots/one-user', { token })).status, 204)
    refused(await t.call('POST', '/sim/snapshots/one-user/restore', { token }), 404, 404)
    refused(await t.call('DELETE', '/sim/snapshots/one-user', { token }), 404, 404)
    // Reset still returns to the seeded state after a restore.
    assert.equal((await t.call('POST', '/sim/reset', { token })).status, 200)
    refused(await t.call('GET', `/v2/users/${kept}`, { token }), 404, 1001)
  })

  it('saves one name asked for several times at once, each save answered 201', async () => {
    const saves = await Promise.all(
      [1, 2, 3].map(() => t.call('POST', '/sim/snapshots', { token, body: { name: 'same-name' } })),
    )
    assert.deepEqual(
      saves.map((r) => r.status),
      [201, 201, 201],
    )
    const names = items((await t.call('GET', '/sim/snapshots', { token })).body.snapshots).map((x) => str(x.name))
    assert.equal(names.filter((n) => n === 'same-name').length, 1)
    assert.equal((await t.call('DELETE', '/sim/snapshots/same-name', { token })).status, 204)
  })

  it('a snapshot saved while meetings are being created holds each meeting with its event, or neither', async () => {
    await t.call('POST', '/sim/reset', { token })
    const created = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        t.call('POST', '/v2/users/me/meetings', { token, body: { topic: `racing ${from + i}`, type: 2 } }),
      )
    // Creations before, beside and after the save: each writes its meeting and its meeting.created row together.
    // SQLite runs one write at a time, so the save never falls between the two rows there; PostgreSQL can race them.
    const early = created(0, 10)
    const save = t.call('POST', '/sim/snapshots', { token, body: { name: 'mid-write' } })
    const late = created(10, 30)
    const answers = await Promise.all([...early, ...late])
    assert.ok(answers.every((r) => r.status === 201))
    assert.equal((await save).status, 201, JSON.stringify((await save).body))

    assert.equal((await t.call('POST', '/sim/snapshots/mid-write/restore', { token })).status, 200)
    const listed = await t.call('GET', '/v2/users/me/meetings?page_size=300', { token })
    const ids = items(listed.body.meetings).map((m) => String(m.id))
    const events = (await outboxEvents(t, 'meeting.created')).map((e) => String(e.payload.object.id))
    assert.deepEqual([...events].sort(), [...ids].sort())
    assert.equal((await t.call('DELETE', '/sim/snapshots/mid-write', { token })).status, 204)
  })

  it('drops access tokens of installs the restored data does not hold; the S2S token stays', async () => {
    const k = t.server.svc.db.kysely
    const now = t.clock.now()
    const orphan = {
      client_id: t.seed.clientId,
      account_id: t.seed.accountId,
      user_id: null,
      scopes: 'user:read:admin',
    }
    await k
      .insertInto('access_tokens')
      .values({ ...orphan, token_hash: 'orphan-hash', expires_at: now + 3_600_000, created_at: now, grant_id: 'gone' })
      .execute()
    assert.equal((await t.call('POST', '/sim/reset', { token })).status, 200)
    const left = await k.selectFrom('access_tokens').select('token_hash').where('grant_id', '=', 'gone').execute()
    assert.deepEqual(left, [])
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
  })

  it('restores between webhook delivery passes: a pass under way ends first, none starts until it is done', async () => {
    const deliverer = t.server.svc.use(WebhookDeliverer)
    const userId = await addUser(t, token, 'during-pass@example.com')
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let queued = 0
    const exclusive = deliverer.exclusive.bind(deliverer)
    deliverer.exclusive = (fn) => {
      queued++
      return exclusive(fn)
    }
    try {
      // Stands for a pass that is still posting.
      const pass = deliverer.exclusive(() => held)
      const reset = t.call('POST', '/sim/reset', { token })
      let answered = false
      void reset.finally(() => (answered = true))
      while (queued < 2 && !answered) await new Promise((resolve) => setImmediate(resolve))
      assert.equal(answered, false, 'the reset did not wait for the pass')
      assert.equal((await t.call('GET', `/v2/users/${userId}`, { token })).status, 200)
      release()
      await pass
      assert.equal((await reset).status, 200)
      refused(await t.call('GET', `/v2/users/${userId}`, { token }), 404, 1001)
    } finally {
      deliverer.exclusive = exclusive
    }
  })

  it('another server on the database forgets what it remembers before its next delivery pass', pgOnly, async () => {
    const other = await startTestServer({ databaseUrl: t.config.databaseUrl, clock: t.clock })
    try {
      const deliverer = other.server.svc.use(WebhookDeliverer)
      deliverer.restoreCheckMs = 0
      let forgot = 0
      const limiter = other.server.svc.rateLimiter
      const reset = limiter.reset.bind(limiter)
      limiter.reset = () => {
        forgot++
        reset()
      }
      await deliverer.tick()
      assert.equal((await t.call('POST', '/sim/reset', { token })).status, 200)
      await deliverer.tick()
      await deliverer.tick()
      assert.equal(forgot, 1)
    } finally {
      await other.close()
    }
  })

  it('keeps the seeded state and refuses bad names', async () => {
    refused(await t.call('POST', '/sim/snapshots', { token, body: { name: 'seed' } }), 400, 300)
    refused(await t.call('DELETE', '/sim/snapshots/seed', { token }), 400, 300)
    refused(await t.call('POST', '/sim/snapshots', { token, body: { name: 'has space' } }), 400, 300)
    refused(await t.call('POST', '/sim/snapshots', { token, body: {} }), 400, 300)
    assert.equal((await t.call('POST', '/sim/reset')).status, 401)
  })
})

describe('Simulator: servers starting together on one empty PostgreSQL database', () => {
  it('seed it once, save one seed snapshot, and all start', pgOnly, async () => {
    const base = must(process.env.TEST_DATABASE_URL)
    const schema = `t_${randomBytes(6).toString('hex')}`
    const pg = (await import('pg')).default
    const client = new pg.Client({ connectionString: base })
    await client.connect()
    await client.query(`CREATE SCHEMA ${schema}`)
    await client.end()
    const url = new URL(base)
    url.searchParams.set('options', `-c search_path=${schema}`)
    const config = loadConfig({ DATABASE_URL: url.toString() } as NodeJS.ProcessEnv)
    const servers: Server[] = []
    try {
      for (let i = 0; i < 3; i++) servers.push(await createServer(config, { deliver: false }))
      const seeds = await Promise.all(servers.map((s) => ensureSeed(s.svc, config.seed)))
      assert.equal(new Set(seeds.map((s) => s.accountId)).size, 1)
      assert.equal(seeds.filter((s) => s.created).length, 1)
      const snapshots = await new SnapshotsRepo(servers[0].svc.db).list()
      assert.deepEqual(
        snapshots.map((s) => s.name),
        ['seed'],
      )
    } finally {
      for (const s of servers) await s.close()
    }
  })
})
