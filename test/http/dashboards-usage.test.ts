import assert from 'node:assert/strict'
import { calendarMonthsBefore } from '../../src/domain/date-window.js'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, items, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Dashboards of Team Chat, client versions and Room Connector ports over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', `/v2${path}`, { token })
  const chat = async (userId: string, body: Json) => {
    const res = await t.call('POST', `/sim/users/${userId}/chat_activity`, { token, body })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  /** Moves the server clock, with a new token since the old one may have expired meanwhile. */
  const advance = async (ms: number) => {
    t.clock.advance(ms)
    token = await t.token()
  }

  it('chat: messages the simulator recorded, per user, over the window asked for', async () => {
    const otherId = await addUser(t, token, 'chatter@example.com')
    const now = t.clock.now()
    const text = await chat('me', { kind: 'text', sent_to: 'contact', count: 3 })
    assert.deepEqual(text, { kind: 'text', sent_to: 'contact', count: 3, date_time: iso(now) })
    await chat(ownerId, { kind: 'image', sent_to: 'channel', count: 2 })
    await chat(t.seed.ownerEmail, { kind: 'code_snippet', sent_to: 'contact' })
    await chat(otherId, { kind: 'giphy', sent_to: 'channel', count: 4, sent_at: iso(now - 2 * DAY) })
    await chat(otherId, { kind: 'audio', sent_to: 'contact', count: 1, sent_at: iso(now - 2 * DAY) })
    // Sent before the window: not counted.
    await chat(otherId, { kind: 'text', sent_to: 'contact', count: 50, sent_at: iso(now - 20 * DAY) })

    const window = `from=${day(now - 7 * DAY)}&to=${day(now)}`
    const res = await get(`/metrics/chat?${window}`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.from, day(now - 7 * DAY))
    assert.equal(res.body.to, day(now))
    assert.equal(res.body.page_size, 30)
    assert.equal(res.body.next_page_token, '')
    const users = items(res.body.users)
    assert.equal(users.length, 2)
    const owner = find(users, (u) => u.user_id === ownerId)
    assert.equal(owner.email, t.seed.ownerEmail)
    assert.equal(owner.user_name, 'Account Owner')
    assert.deepEqual(
      [owner.total_sent, owner.p2p_sent, owner.group_sent, owner.text_sent, owner.images_sent, owner.code_sippet_sent],
      [6, 4, 2, 3, 2, 1],
    )
    assert.deepEqual([owner.files_sent, owner.audio_sent, owner.video_sent, owner.giphys_sent], [0, 0, 0, 0])
    const other = find(users, (u) => u.user_id === otherId)
    assert.equal(other.email, 'chatter@example.com')
    assert.deepEqual(
      [other.total_sent, other.p2p_sent, other.group_sent, other.giphys_sent, other.audio_sent, other.text_sent],
      [5, 1, 4, 4, 1, 0],
    )

    // A window that starts later leaves the older messages out.
    const today = await get(`/metrics/chat?from=${day(now)}&to=${day(now)}`)
    assert.deepEqual(
      items(today.body.users).map((u) => u.user_id),
      [ownerId],
    )
    // Twenty days back includes the fifty text messages.
    const wide = await get(`/metrics/chat?from=${day(now - 25 * DAY)}&to=${day(now)}`)
    assert.equal(find(items(wide.body.users), (u) => u.user_id === otherId).text_sent, 50)
  })

  it('chat: pages with a token, clamps a long range, refuses old months and bad input', async () => {
    const now = t.clock.now()
    const window = `from=${day(now - 7 * DAY)}&to=${day(now)}`
    const first = await get(`/metrics/chat?${window}&page_size=1`)
    assert.equal(first.status, 200)
    assert.equal(items(first.body.users).length, 1)
    const token1 = str(first.body.next_page_token)
    assert.ok(token1)
    const second = await get(`/metrics/chat?${window}&page_size=1&next_page_token=${token1}`)
    assert.equal(items(second.body.users).length, 1)
    assert.notEqual(items(second.body.users)[0]?.user_id, items(first.body.users)[0]?.user_id)
    assert.equal(second.body.next_page_token, '')
    refused(await get(`/metrics/chat?${window}&next_page_token=forged.token`), 400, 300)
    // The token belongs to its window.
    refused(await get(`/metrics/chat?from=${day(now)}&to=${day(now)}&next_page_token=${token1}`), 400, 300)

    const long = await get(`/metrics/chat?from=${day(now - 90 * DAY)}&to=${day(now)}`)
    assert.equal(long.status, 200)
    assert.ok(str(long.body.from) > day(now - 32 * DAY) && str(long.body.from) < day(now - 27 * DAY))
    const old = await get(`/metrics/chat?from=${day(now - 220 * DAY)}&to=${day(now - 210 * DAY)}`)
    refused(old, 400, 300)
    assert.equal(old.body.message, 'Report requested exceeds 6 month limit')
    refused(await get(`/metrics/chat?from=2026-02-30&to=${day(now)}`), 400, 300)
    refused(await get(`/metrics/chat?from=${day(now)}`), 400, 300)

    const post = (userId: string, body: Json) => t.call('POST', `/sim/users/${userId}/chat_activity`, { token, body })
    refused(await post('nobody', { kind: 'text', sent_to: 'contact' }), 404, 1001)
    refused(await post('me', { kind: 'fax', sent_to: 'contact' }), 400, 300)
    refused(await post('me', { kind: 'text', sent_to: 'everyone' }), 400, 300)
    refused(await post('me', { kind: 'text', sent_to: 'contact', count: 0 }), 400, 300)
    refused(await post('me', { kind: 'text', sent_to: 'contact', sent_at: 'yesterday' }), 400, 300)
    // A date-time without a zone is refused rather than read in the server's zone.
    refused(await post('me', { kind: 'text', sent_to: 'contact', sent_at: iso(now - HOUR).slice(0, 19) }), 400, 300)
    refused(await post('me', { kind: 'text', sent_to: 'contact', sent_at: iso(now + HOUR) }), 400, 300)
  })

  it('CRC: per hour, the room system connections and the most at once; a live one counts until now', async () => {
    const device = async (name: string, ip: string) => {
      const res = await t.call('POST', '/v2/h323/devices', {
        token,
        body: { name, protocol: 'H.323', ip, encryption: 'auto' },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      return str(res.body.id)
    }
    const rooms = [
      await device('Room A', '10.40.0.1'),
      await device('Room B', '10.40.0.2'),
      await device('Room C', '10.40.0.3'),
    ]
    await advance(HOUR - (t.clock.now() % HOUR))
    const h0 = t.clock.now()
    const meetingId = await createMeeting(t, token, { topic: 'Rooms', type: 3 })
    const sim = (path: string, body?: Json, method = 'POST') =>
      t.call(method, `/sim/meetings/${meetingId}${path}`, { token, body })
    assert.equal((await sim('/start')).status, 200)
    const join = async (deviceId: string) => {
      const res = await sim('/participants', { device_id: deviceId })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      return str(res.body.participant_id)
    }
    const leave = async (participantId: string) =>
      assert.equal((await sim(`/participants/${participantId}`, undefined, 'DELETE')).status, 204)
    // A phone caller is not a Room Connector port.
    await sim('/participants', { phone: { type: 'toll', number: '+1 415 555 0100' } })
    const a = await join(rooms[0] ?? '')
    await advance(10 * MIN)
    const b = await join(rooms[1] ?? '')
    await advance(10 * MIN)
    await leave(a)
    await advance(10 * MIN)
    await join(rooms[2] ?? '')
    await advance(40 * MIN)
    await leave(b)
    await advance(5 * MIN)

    const usage = async () => {
      const res = await get(`/metrics/crc?from=${day(h0)}&to=${day(h0 + 3 * HOUR)}`)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      return (at: number) => {
        const date = find(items(res.body.crc_ports_usage), (d) => d.date_time === day(at))
        const hours = items(date.crc_ports_hour_usage)
        assert.equal(hours.length, 24)
        const hour = find(hours, (h) => h.hour === new Date(at).toISOString().slice(11, 13))
        return [hour.total_usage, hour.max_usage]
      }
    }
    let at = await usage()
    assert.deepEqual(at(h0), [3, 2])
    // Room C is still connected: it counts in the hour under way.
    assert.deepEqual(at(h0 + HOUR), [2, 2])
    assert.deepEqual(at(h0 + 2 * HOUR), [0, 0])
    assert.deepEqual(at(h0 - HOUR), [0, 0])

    await advance(HOUR)
    assert.equal((await sim('/end')).status, 200)
    at = await usage()
    assert.deepEqual(at(h0 + HOUR), [2, 2])
    assert.deepEqual(at(h0 + 2 * HOUR), [1, 1])
    const res = await get(`/metrics/crc?from=${day(h0 - 90 * DAY)}&to=${day(h0)}`)
    assert.equal(res.status, 200)
    assert.equal(res.body.to, day(h0))
    const from = calendarMonthsBefore(Date.parse(`${day(h0)}T00:00:00Z`), 1)
    assert.equal(res.body.from, day(from))
    const days = items(res.body.crc_ports_usage).map((d) => d.date_time)
    assert.equal(days.length, Math.round((Date.parse(`${day(h0)}T00:00:00Z`) - from) / DAY) + 1)
    assert.equal(days[0], day(from))
    assert.equal(days.at(-1), day(h0))
    refused(await get(`/metrics/crc?from=${day(h0 - 220 * DAY)}&to=${day(h0 - 210 * DAY)}`), 400, 300)
    refused(await get(`/metrics/crc?to=${day(h0)}`), 400, 300)
  })

  it('client versions: each signed-in user once, under the version of their latest join', async () => {
    const aliceId = await addUser(t, token, 'alice@example.com')
    const scenario = (topic: string) => ({
      meeting: { create: { userId: 'me', topic, type: 2 } },
      duration_minutes: 10,
      participants: [
        { name: 'Owner', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        { name: 'Alice', email: 'alice@example.com', join_offset_minutes: 1 },
        { name: 'Guest', join_offset_minutes: 1 },
        { name: 'Caller', phone: { type: 'toll', number: '+1 415 555 0199' }, join_offset_minutes: 2 },
      ],
    })
    const played = await t.call('POST', '/sim/scenarios', { token, body: scenario('Versions') })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = encodeURIComponent(str(played.body.uuid))
    const rows = items((await get(`/metrics/meetings/${uuid}/participants?type=past`)).body.participants)
    const versionOf = (email: string) => str(find(rows, (p) => p.email === email).version)
    const expected = new Map<string, number>()
    for (const email of [t.seed.ownerEmail, 'alice@example.com']) {
      const v = versionOf(email)
      expected.set(v, (expected.get(v) ?? 0) + 1)
    }

    const res = await get('/metrics/client_versions')
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const got = items(res.body.client_versions)
    assert.deepEqual(
      new Map(got.map((v) => [str(v.client_version), Number(v.total_count)])),
      expected,
      JSON.stringify(got),
    )
    assert.ok(aliceId)

    // Thirty-one days later nobody has joined recently.
    await advance(31 * DAY)
    const later = await get('/metrics/client_versions')
    assert.equal(later.status, 200)
    assert.deepEqual(later.body.client_versions, [])
  })

  it('a Pro account is refused with 400/200 on all three', async () => {
    const pro = await makeAccount(t, {
      plan: 'pro',
      scopes: ['dashboard_im:read:admin', 'dashboard_crc:read:admin', 'dashboard:read:admin'],
    })
    const proToken = await pro.token()
    const today = day(t.clock.now())
    for (const path of [
      `/metrics/chat?from=${today}&to=${today}`,
      '/metrics/client_versions',
      `/metrics/crc?from=${today}&to=${today}`,
    ])
      refused(await t.call('GET', `/v2${path}`, { token: proToken }), 400, 200)
  })
})
