import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { LiveQos } from '../../src/domain/meetings/live-qos.js'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, obj, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const MIN = 60_000
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const samples = (p: Json) => items(p.user_qos)

describe('Live QoS while a meeting runs', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const sim = (path: string, body?: unknown, method = 'POST') => t.call(method, `/sim${path}`, { token, body })
  const get = (path: string, server = t) => server.call('GET', `/v2${path}`, { token })
  const alertsOf = async (uuid: string) =>
    (await outboxEvents(t, 'meeting.alert')).filter((e) => obj(e.payload.object).uuid === uuid)

  /** A started meeting with the owner (clean network) and a guest whose network turns bad after two minutes. */
  const startWithTwo = async (topic: string) => {
    const id = await createMeeting(t, token, { topic, type: 2 })
    assert.equal((await sim(`/meetings/${id}/start`)).status, 200)
    const joined = t.clock.now()
    const owner = await sim(`/meetings/${id}/participants`, { name: 'Owner', user_id: ownerId, network_type: 'Wired' })
    assert.equal(owner.status, 201, owner.text)
    const guest = await sim(`/meetings/${id}/participants`, {
      name: 'Shaky Guest',
      device: 'Mac',
      network_type: 'Wired',
      network_issues: [{ from_offset_minutes: 2, severity: 'bad' }],
    })
    assert.equal(guest.status, 201, guest.text)
    const state = await sim(`/meetings/${id}`, undefined, 'GET')
    return { id, joined, uuid: str(state.body.uuid), guest: str(guest.body.participant_id) }
  }

  it('shows every completed minute of open sessions and alerts before anyone leaves', async () => {
    const { id, joined, uuid, guest } = await startWithTwo('Live quality')
    // No minute has completed yet.
    let live = await get(`/metrics/meetings/${id}/participants/qos?page_size=10`)
    assert.equal(live.status, 200, live.text)
    for (const row of items(live.body.participants)) assert.equal(samples(row).length, 0)

    t.clock.advance(5 * MIN + 20_000)
    live = await get(`/metrics/meetings/${id}/participants/qos?type=live&page_size=10`)
    assert.equal(live.status, 200, live.text)
    const rows = items(live.body.participants)
    assert.equal(rows.length, 2)
    const expected = [0, 1, 2, 3, 4].map((m) => iso(joined + m * MIN))
    for (const row of rows) {
      assert.equal(row.leave_time, undefined)
      assert.deepEqual(
        samples(row).map((q) => q.date_time),
        expected,
      )
    }
    // The guest's bad minutes raised the alert while the guest is still in the meeting.
    const alerts = await alertsOf(uuid)
    assert.equal(alerts.length, 1)
    assert.ok((obj(alerts[0].payload.object).issues as string[]).includes('Unstable audio quality'))
    const shaky = find(rows, (r) => r.user_name === 'Shaky Guest')
    const one = await get(`/metrics/meetings/${id}/participants/${str(shaky.user_id)}/qos?type=live`)
    assert.equal(one.status, 200, one.text)
    assert.deepEqual(one.body, shaky)

    // Reading again writes nothing twice.
    const again = await get(`/metrics/meetings/${id}/participants/qos?page_size=10`)
    assert.deepEqual(again.body, live.body)

    t.clock.advance(MIN + 10_000)
    assert.equal((await sim(`/meetings/${id}/participants/${guest}`, undefined, 'DELETE')).status, 204)
    assert.equal((await sim(`/meetings/${id}/end`)).status, 200)
    const past = await get(`/metrics/meetings/${id}/participants/qos?type=past&page_size=10`)
    assert.equal(past.status, 200, past.text)
    for (const name of ['Owner', 'Shaky Guest']) {
      const before5 = samples(find(rows, (r) => r.user_name === name))
      const all = samples(find(items(past.body.participants), (r) => r.user_name === name))
      // Joined at 0:00, left at 6:30: the five minutes shown live, the sixth and the half minute at close.
      assert.equal(all.length, 7)
      assert.deepEqual(all.slice(0, 5), before5)
      assert.deepEqual(
        all.map((q) => q.date_time),
        [0, 1, 2, 3, 4, 5, 6].map((m) => iso(joined + m * MIN)),
      )
    }
    // Each issue once per session: the close raised nothing already raised.
    const after = await alertsOf(uuid)
    assert.equal(after.length, 1)
  })

  it('writes minutes on the one-second sweep, without a read', async () => {
    const { uuid, id } = await startWithTwo('Swept')
    t.clock.advance(4 * MIN)
    assert.equal((await alertsOf(uuid)).length, 0)
    await t.server.svc.use(LiveQos).tick()
    assert.equal((await alertsOf(uuid)).length, 1)
    await sim(`/meetings/${id}/end`)
  })

  it('leaves a meeting played into the past to its closes', async () => {
    const played = await sim('/scenarios', {
      meeting: { create: { topic: 'History', type: 2 } },
      duration_minutes: 6,
      participants: [{ name: 'Owner', user_id: ownerId, join_offset_minutes: 0 }],
    })
    assert.equal(played.status, 200, played.text)
    const past = await get(`/metrics/meetings/${String(played.body.id)}/participants/qos?type=past`)
    assert.equal(past.status, 200, past.text)
    assert.equal(samples(items(past.body.participants)[0]).length, 6)
  })

  it(
    'writes each minute once when two servers on one PostgreSQL database read at the same time',
    { skip: process.env.TEST_DATABASE_URL ? false : 'PostgreSQL only' },
    async () => {
      const second = await startTestServer({ databaseUrl: t.config.databaseUrl, clock: t.clock })
      try {
        const { id, uuid } = await startWithTwo('Two readers')
        t.clock.advance(5 * MIN)
        const path = `/metrics/meetings/${id}/participants/qos?page_size=10`
        const [a, b] = await Promise.all([get(path), get(path, second), get(path), get(path, second)])
        assert.equal(a.status, 200, a.text)
        assert.equal(b.status, 200, b.text)
        const stored = await t.server.svc.db.kysely
          .selectFrom('participant_qos')
          .select(['participant_id', 'ts'])
          .where('instance_uuid', '=', uuid)
          .execute()
        assert.equal(stored.length, 10)
        assert.equal(new Set(stored.map((r) => `${r.participant_id}|${String(r.ts)}`)).size, 10)
        const settled = await get(path)
        for (const row of items(settled.body.participants)) assert.equal(samples(row).length, 5)
        assert.equal((await alertsOf(uuid)).length, 1)
        await sim(`/meetings/${id}/end`)
      } finally {
        await second.close()
      }
    },
  )
})
