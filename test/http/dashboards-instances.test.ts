import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, refused, str, type Json } from '../helpers/json.js'
import { MIN } from '../helpers/recordings.js'
import { plainMeeting } from '../helpers/reports.js'
import type { TestServer } from '../helpers/server.js'

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Dashboard meetings and webinars over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', `/v2${path}`, { token })
  const sim = (id: number, path: string, body?: unknown, method = 'POST') =>
    t.call(method, `/sim/meetings/${id}${path}`, { token, body })
  const window = () => `from=${day(t.clock.now() - 86_400_000)}&to=${day(t.clock.now())}`

  it('a held scenario: flags from what happened, figures as the past meeting shows them', async () => {
    const scenario = {
      meeting: { create: { userId: 'me', topic: 'Dash review', type: 2 } },
      duration_minutes: 65,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        { name: 'Dev', join_offset_minutes: 2, share: [{ start_offset_minutes: 10, minutes: 5, content: 'desktop' }] },
        { name: 'Caller', phone: { type: 'toll', number: '+1 415 555 0199' }, join_offset_minutes: 3 },
      ],
      record: { start_offset_minutes: 5, stop_offset_minutes: 40 },
      qos: true,
    }
    const played = await t.call('POST', '/sim/scenarios', { token, body: scenario })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)

    const res = await get(`/metrics/meetings?type=past&${window()}`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.from, day(t.clock.now() - 86_400_000))
    const row = find(items(res.body.meetings), (m) => m.uuid === uuid)
    const past = (await get(`/past_meetings/${encodeURIComponent(uuid)}`)).body
    assert.equal(row.id, past.id)
    assert.equal(row.topic, 'Dash review')
    assert.equal(row.host, past.user_name)
    assert.equal(row.email, past.user_email)
    assert.equal(row.user_type, 'Licensed')
    assert.equal(row.start_time, past.start_time)
    assert.equal(row.end_time, past.end_time)
    assert.equal(row.duration, '01:05:00')
    assert.equal(row.participants, past.participants_count)
    assert.equal(row.has_recording, true)
    assert.equal(row.has_screen_share, true)
    assert.equal(row.has_pstn, true)
    assert.equal(row.has_voip, true)
    assert.equal(row.has_sip, false)
    assert.equal(row.has_video, true)
    assert.equal(row.has_poll, false)
    assert.equal(row.has_qa, false)

    const detail = await get(`/metrics/meetings/${encodeURIComponent(uuid)}?type=past`)
    assert.equal(detail.status, 200)
    assert.deepEqual(detail.body, row)
    // Not in progress: the live (default) detail misses, and it is not among the one-person meetings.
    refused(await get(`/metrics/meetings/${encodeURIComponent(uuid)}`), 404, 3001)
    refused(await get(`/metrics/meetings/${encodeURIComponent(uuid)}?type=pastOne`), 404, 3001)
    const one = await get(`/metrics/meetings?type=pastOne&${window()}`)
    assert.ok(!items(one.body.meetings).some((m) => m.uuid === uuid))
  })

  it('a live meeting: default type, running duration, no end time; one-person past afterwards', async () => {
    const id = await createMeeting(t, token, { topic: 'Live dash', type: 2, start_time: '2026-12-10T10:00:00Z' })
    await sim(id, '/start')
    await sim(id, '/participants', { email: t.seed.ownerEmail })
    t.clock.advance(2 * MIN + 5000)
    let res = await get(`/metrics/meetings?${window()}`)
    assert.equal(res.status, 200)
    const row = find(items(res.body.meetings), (m) => m.id === id)
    assert.equal(row.end_time, undefined)
    assert.equal(row.duration, '02:05')
    assert.equal(row.participants, 1)
    assert.equal(row.has_recording, false)
    assert.equal(row.has_screen_share, false)
    assert.equal(row.has_pstn, false)
    res = await get(`/metrics/meetings/${id}`)
    assert.equal(res.status, 200)
    assert.equal(res.body.uuid, row.uuid)
    refused(await get(`/metrics/meetings/${id}?type=past`), 404, 3001)

    await sim(id, '/end')
    refused(await get(`/metrics/meetings/${id}`), 404, 3001)
    res = await get(`/metrics/meetings/${id}?type=pastOne`)
    assert.equal(res.status, 200)
    assert.equal(res.body.participants, 1)
    assert.equal(typeof res.body.end_time, 'string')
    const list = await get(`/metrics/meetings?type=pastOne&${window()}`)
    assert.ok(items(list.body.meetings).some((m) => m.uuid === res.body.uuid))
  })

  it('durations between moments that fall inside a second equal the difference of the times shown', async () => {
    const id = await createMeeting(t, token, { topic: 'Split second', type: 2, start_time: '2026-12-10T10:00:00Z' })
    t.clock.advance(700)
    await sim(id, '/start')
    await sim(id, '/participants', { email: t.seed.ownerEmail })
    t.clock.advance(600)
    const guest = await sim(id, '/participants', { name: 'Guest' })
    t.clock.advance(6_300)
    await sim(id, `/participants/${str(guest.body.participant_id)}/leave`, {})
    t.clock.advance(2_600)
    await sim(id, '/end')
    const seconds = (from: unknown, to: unknown) => (Date.parse(str(to)) - Date.parse(str(from))) / 1000
    const row = find(
      items((await get(`/metrics/meetings?type=past&${window()}`)).body.meetings),
      (m) => m.topic === 'Split second',
    )
    assert.equal(row.duration, `00:${String(seconds(row.start_time, row.end_time)).padStart(2, '0')}`)
    const report = items(
      (await get(`/report/meetings/${encodeURIComponent(str(row.uuid))}/participants`)).body.participants,
    )
    assert.equal(report.length, 2)
    for (const p of report) assert.equal(p.duration, seconds(p.join_time, p.leave_time), JSON.stringify(p))
    const past = items(
      (await get(`/past_meetings/${encodeURIComponent(str(row.uuid))}/participants`)).body.participants,
    )
    for (const p of past) assert.equal(p.duration, seconds(p.join_time, p.leave_time), JSON.stringify(p))
  })

  it('pages with a token; a forged token is 300; group_id keeps the group’s hosts only', async () => {
    for (let n = 0; n < 3; n++) {
      const id = await createMeeting(t, token, { topic: `Paged ${n}`, type: 2, start_time: '2026-12-10T10:00:00Z' })
      await sim(id, '/start')
    }
    const first = await get(`/metrics/meetings?${window()}&page_size=2`)
    assert.equal(first.status, 200)
    assert.equal(items(first.body.meetings).length, 2)
    const total = Number(first.body.total_records)
    assert.ok(total >= 3)
    const next = await get(
      `/metrics/meetings?${window()}&page_size=2&next_page_token=${str(first.body.next_page_token)}`,
    )
    assert.equal(items(next.body.meetings).length, Math.min(2, total - 2))
    refused(await get(`/metrics/meetings?${window()}&next_page_token=forged.token`), 400, 300)
    const grouped = await get(`/metrics/meetings?${window()}&group_id=nosuchgroup`)
    assert.equal(grouped.status, 200)
    assert.equal(grouped.body.total_records, 0)
  })

  it('lists by start time, not by when an instance was stored; a token continues after its row', async () => {
    const hoursAgo = [3, 5, 4]
    for (const h of hoursAgo) {
      const played = await t.call('POST', '/sim/scenarios', {
        token,
        body: {
          meeting: { create: { userId: 'me', topic: `Ordered ${h}h`, type: 2 } },
          start_at: new Date(t.clock.now() - h * 3_600_000).toISOString(),
          duration_minutes: 30,
          participants: [
            { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
            { name: 'Guest', join_offset_minutes: 1 },
          ],
        },
      })
      assert.equal(played.status, 200, JSON.stringify(played.body))
    }
    const seen: Json[] = []
    let pageToken = ''
    let pages = 0
    do {
      const res = await get(`/metrics/meetings?type=past&${window()}&page_size=1&next_page_token=${pageToken}`)
      assert.equal(res.status, 200, JSON.stringify(res.body))
      seen.push(...items(res.body.meetings))
      pageToken = str(res.body.next_page_token)
      pages++
    } while (pageToken && pages < 50)
    assert.equal(seen.length, Number((await get(`/metrics/meetings?type=past&${window()}`)).body.total_records))
    const starts = seen.map((m) => str(m.start_time))
    assert.deepEqual(starts, [...starts].sort())
    const ordered = seen.map((m) => str(m.topic)).filter((topic) => topic.startsWith('Ordered'))
    assert.deepEqual(ordered, ['Ordered 5h', 'Ordered 4h', 'Ordered 3h'])
  })

  it('custom keys from the meeting; tracking fields on the meetings list only when asked', async () => {
    const defined = await t.call('POST', '/v2/tracking_fields', { token, body: { field: 'Cost centre' } })
    assert.equal(defined.status, 201, JSON.stringify(defined.body))
    const keys = [
      { key: 'Host Nation', value: 'US' },
      { key: 'Wing', value: 'East' },
    ]
    const id = await createMeeting(t, token, {
      topic: 'Keyed dash',
      type: 2,
      start_time: '2026-12-10T10:00:00Z',
      settings: { custom_keys: keys },
      tracking_fields: [{ field: 'Cost centre', value: 'CC-7' }],
    })
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { id },
        duration_minutes: 20,
        participants: [
          { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
          { name: 'Guest', join_offset_minutes: 1 },
        ],
      },
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const bare = await plainMeeting(t, token, 'Unkeyed dash')
    const plain = find(
      items((await get(`/metrics/meetings?type=past&${window()}`)).body.meetings),
      (m) => m.uuid === uuid,
    )
    assert.deepEqual(plain.custom_keys, keys)
    assert.equal(plain.tracking_fields, undefined)
    const res = await get(`/metrics/meetings?type=past&${window()}&include_fields=tracking_fields`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const rows = items(res.body.meetings)
    assert.deepEqual(find(rows, (m) => m.uuid === uuid).tracking_fields, [{ field: 'Cost centre', value: 'CC-7' }])
    // A meeting without tracking fields lists none, and one without custom keys leaves the member out.
    const other = find(rows, (m) => m.uuid === bare)
    assert.deepEqual(other.tracking_fields, [])
    assert.equal(other.custom_keys, undefined)
    assert.deepEqual((await get(`/metrics/meetings/${encodeURIComponent(uuid)}?type=past`)).body.custom_keys, keys)
    assert.equal((await get(`/metrics/meetings?type=past&${window()}&include_fields=topic`)).status, 400)
  })

  it('requires from and to; a window older than six months is 300', async () => {
    assert.equal((await get('/metrics/meetings')).status, 400)
    assert.equal((await get(`/metrics/meetings?from=${day(t.clock.now())}`)).status, 400)
    const old = day(t.clock.now() - 220 * 86_400_000)
    refused(await get(`/metrics/meetings?from=${old}&to=${old}`), 400, 300)
  })

  it('webinars: live list and detail; a webinar on a meeting path is 300', async () => {
    const id = await createWebinar(t, token, { topic: 'Dash webinar', type: 5, start_time: '2026-12-13T10:00:00Z' })
    await sim(id, '/start')
    await sim(id, '/participants', { email: t.seed.ownerEmail })
    t.clock.advance(MIN)
    let res = await get(`/metrics/webinars?${window()}`)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const row: Json = find(items(res.body.webinars), (w) => w.id === id)
    assert.equal(row.topic, 'Dash webinar')
    assert.equal(row.duration, '01:00')
    assert.equal((await get(`/metrics/webinars/${id}`)).body.uuid, row.uuid)
    refused(await get(`/metrics/meetings/${id}`), 400, 300)
    refused(await get(`/metrics/webinars/${id}?type=past`), 404, 3001)
    await sim(id, '/end')
    res = await get(`/metrics/webinars/${id}?type=past`)
    assert.equal(res.status, 200)
    assert.equal(res.body.uuid, row.uuid)
    refused(await get(`/metrics/meetings/${id}?type=past`), 400, 300)
  })

  it('a Pro account is refused with 400/200', async () => {
    const pro = await makeAccount(t, {
      plan: 'pro',
      scopes: ['dashboard_meetings:read:admin', 'dashboard_webinars:read:admin'],
    })
    const proToken = await pro.token()
    const q = window()
    for (const path of [
      `/metrics/meetings?${q}`,
      '/metrics/meetings/123456789',
      `/metrics/webinars?${q}`,
      '/metrics/webinars/123456789',
    ])
      refused(await t.call('GET', `/v2${path}`, { token: proToken }), 400, 200)
  })
})
