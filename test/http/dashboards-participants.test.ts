import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { isoSeconds } from '../../src/util/time.js'
import { makeAccount } from '../helpers/accounts.js'
import { assertMemberMachine, assertNoMachine, machine } from '../helpers/dashboards.js'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, obj, refused, str, type Json } from '../helpers/json.js'
import { MIN } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

describe('Dashboard participants and sharing over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  /** A dashboard (or past meeting) read with the owner's token. */
  const get = (metricsPath: string) => t.call('GET', '/v2' + metricsPath, { token })
  /** A simulator step on meeting `id`. */
  const sim = (id: number, step: string, body?: unknown, method = 'POST') =>
    t.call(method, '/sim/meetings/' + String(id) + step, { token, body })
  const join = async (id: number, body: Json) => (await sim(id, '/participants', body)).body

  it('lists live sessions, then the ended instance with rejoins, shares and the host recording', async () => {
    const id = await createMeeting(t, token, { topic: 'Dash', type: 2, start_time: '2026-12-10T10:00:00Z' })
    await sim(id, '/start')
    const start = t.clock.now()
    const host = await join(id, { email: t.seed.ownerEmail })
    const amy = await join(id, { name: 'Amy', email: 'amy@guest.example', device: 'Mac', network_type: 'Wifi' })
    t.clock.advance(2 * MIN)
    await sim(id, '/share', { participant_id: str(amy.participant_id), action: 'start', content: 'whiteboard' })
    await sim(id, '/record', { action: 'start' })
    const recStart = t.clock.now()

    let res = await get(`/metrics/meetings/${id}/participants`)
    assert.equal(res.status, 200)
    let rows = items(res.body.participants)
    assert.equal(res.body.total_records, 2)
    assert.equal(rows[0].id, host.id)
    assert.equal(rows[0].participant_user_id, host.id)
    assert.equal(rows[0].role, 'host')
    assert.equal(rows[0].leave_time, undefined)
    assert.equal(rows[1].user_name, 'Amy')
    assert.equal(rows[1].id, '')
    assert.equal(rows[1].email, '')
    assert.equal(rows[1].device, 'Mac')
    assert.equal(rows[1].network_type, 'Wifi')
    assert.equal(rows[1].camera, '')
    assert.equal(rows[1].share_whiteboard, true)
    assert.equal(rows[1].share_desktop, false)
    assert.equal(rows[1].status, 'in_meeting')
    // Nothing has ended yet: past lookups miss.
    refused(await get(`/metrics/meetings/${id}/participants?type=past`), 404, 3001)

    t.clock.advance(3 * MIN)
    await sim(id, `/participants/${str(amy.participant_id)}?reason=disconnected`, undefined, 'DELETE')
    t.clock.advance(MIN)
    await join(id, { name: 'Amy', participant_id: str(amy.participant_id), device: 'iOS' })
    t.clock.advance(4 * MIN)
    const ended = (await sim(id, '/end')).body
    const end = t.clock.now()

    refused(await get(`/metrics/meetings/${id}/participants`), 404, 3001)
    res = await get(`/metrics/meetings/${id}/participants?type=past&page_size=2`)
    assert.equal(res.status, 200)
    assert.equal(res.body.total_records, 3)
    assert.equal(res.body.page_size, 2)
    rows = items(res.body.participants)
    const next = await get(
      `/metrics/meetings/${encodeURIComponent(str(ended.uuid))}/participants?type=past&page_size=2&next_page_token=${str(res.body.next_page_token)}`,
    )
    rows = [...rows, ...items(next.body.participants)]
    assert.equal(rows.length, 3)
    const past = items((await get(`/past_meetings/${id}/participants`)).body.participants)
    assert.deepEqual(
      rows.map((r) => [r.user_id, r.join_time, r.leave_time]),
      past.map((p) => [p.user_id, p.join_time, p.leave_time]),
    )
    const first = find(rows, (r) => r.user_name === 'Amy' && r.device === 'Mac')
    assert.equal(first.leave_reason, 'Amy got disconnected from the meeting.')
    assert.equal(rows[2].device, 'iOS')
    assert.equal(rows[0].leave_reason, 'Host ended the meeting.')
    assert.equal(rows[0].recording, true)
    assert.equal(first.recording, false)
    refused(await get(`/metrics/meetings/${id}/participants?type=pastOne`), 404, 3001)

    res = await get(`/metrics/meetings/${id}/participants/sharing?type=past`)
    assert.equal(res.status, 200)
    const shares = items(res.body.participants)
    assert.equal(shares.length, 3)
    assert.deepEqual(shares[0].details, [
      { content: 'recording', start_time: isoSeconds(recStart), end_time: isoSeconds(end) },
    ])
    assert.deepEqual(shares[1].details, [
      { content: 'whiteboard', start_time: isoSeconds(start + 2 * MIN), end_time: isoSeconds(start + 5 * MIN) },
    ])
    assert.deepEqual(shares[2].details, [])
    assert.equal(shares[1].user_name, 'Amy')
  })

  it('machine details, data centre path and SIP headers, the same the QoS dashboard shows', async () => {
    const device = async (name: string, protocol: string, ip: string) => {
      const res = await t.call('POST', '/v2/h323/devices', { token, body: { name, protocol, ip, encryption: 'auto' } })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      return str(res.body.id)
    }
    const sipRoom = await device('Fields SIP room', 'SIP', 'room1@example.com')
    const h323Room = await device('Fields H323 room', 'H.323', '10.60.0.1')
    const id = await createMeeting(t, token, { topic: 'Fields', type: 2, start_time: '2026-12-14T10:00:00Z' })
    await sim(id, '/start')
    await join(id, { email: t.seed.ownerEmail, device: 'Windows' })
    await join(id, { name: 'Mac guest', device: 'Mac' })
    await join(id, { name: 'Browser guest', device: 'Web' })
    await join(id, { device_id: sipRoom })
    await join(id, { device_id: h323Room })
    await join(id, { name: 'Trunk caller', phone: { type: 'sip', number: '+1 415 555 0142' } })
    t.clock.advance(3 * MIN)
    await sim(id, '/end')

    const rows = items((await get(`/metrics/meetings/${id}/participants?type=past`)).body.participants)
    assert.equal(rows.length, 6)
    const [host, mac, web, sip, h323, trunk] = rows
    assert.ok(host && mac && web && sip && h323 && trunk)
    const dc = (r: Json) => str(r.data_center)
    assertMemberMachine(host, t.seed.ownerEmail)
    // Outside the account, or without a computer of its own: nothing to show.
    for (const r of [mac, web, sip, h323, trunk]) assertNoMachine(r, str(r.user_name))
    assert.ok(dc(host))
    assert.equal(host.full_data_center, `${dc(host)};`)
    assert.equal(web.full_data_center, `${dc(web)};${dc(web)} (RWG);`)
    assert.equal(sip.full_data_center, `${dc(sip)};${dc(sip)} (CRC);`)
    assert.equal(h323.full_data_center, `${dc(h323)};${dc(h323)} (CRC);`)
    assert.equal(sip.device, 'H.323/SIP')
    assert.equal(sip.sip_uri, 'sip:room1@example.com')
    assert.equal(sip.from_sip_uri, 'sip:room1@example.com')
    for (const r of [host, mac, web, h323, trunk]) {
      assert.equal(r.sip_uri, undefined)
      assert.equal(r.from_sip_uri, undefined)
    }
    // No joiner gave an SDK key, none was in a breakout room and none is a Zoom Room.
    for (const r of rows) for (const k of ['customer_key', 'bo_mtg_id', 'in_room_participants']) assert.ok(!(k in r))

    const qos = await get(`/metrics/meetings/${id}/participants/${str(host.user_id)}/qos?type=past`)
    assert.equal(qos.status, 200, qos.text)
    assert.deepEqual(machine(obj(qos.body)), machine(host))
  })

  it('pastOne answers a one-person instance; a webinar number on a meeting path is 300', async () => {
    const id = await createMeeting(t, token, { topic: 'Solo', type: 2, start_time: '2026-12-11T10:00:00Z' })
    await sim(id, '/start')
    await join(id, { name: 'Solo' })
    t.clock.advance(5 * MIN)
    await sim(id, '/end')
    const res = await get(`/metrics/meetings/${id}/participants?type=pastOne`)
    assert.equal(res.status, 200)
    assert.equal(items(res.body.participants).length, 1)
    const webinarId = await createWebinar(t, token, { topic: 'W', type: 5, start_time: '2026-12-12T10:00:00Z' })
    refused(await get(`/metrics/meetings/${webinarId}/participants`), 400, 300)
    refused(await get(`/metrics/meetings/98765432101/participants?type=past`), 404, 3001)
    refused(await get(`/metrics/meetings/${id}/participants?type=past&next_page_token=nonsense`), 400, 300)
  })

  it('webinar participants, roles and leave texts; sharing of a webinar', async () => {
    const id = await createWebinar(t, token, { topic: 'Web', type: 5, start_time: '2026-12-13T10:00:00Z' })
    await sim(id, '/start')
    await join(id, { email: t.seed.ownerEmail })
    const att = await join(id, { name: 'Ann', role: 'panelist' })
    t.clock.advance(3 * MIN)
    await sim(id, '/share', { participant_id: str(att.participant_id), action: 'start' })
    t.clock.advance(MIN)
    await sim(id, `/participants/${str(att.participant_id)}`, undefined, 'DELETE')
    t.clock.advance(MIN)
    await sim(id, '/end')
    let res = await get(`/metrics/webinars/${id}/participants?type=past`)
    assert.equal(res.status, 200)
    const rows = items(res.body.participants)
    assert.equal(rows.length, 2)
    assert.equal(rows[1].leave_reason, 'Ann left the webinar.')
    assert.equal(rows[1].share_desktop, true)
    assert.equal(rows[1].role, 'panelist')
    assert.ok(str(rows[1].full_data_center).startsWith(`${str(rows[1].data_center)};`))
    assert.equal(rows[0].leave_reason, 'Host ended the webinar.')
    res = await get(`/metrics/webinars/${id}/participants/sharing?type=past`)
    assert.equal(items(res.body.participants)[1].details instanceof Array, true)
    assert.equal(items(items(res.body.participants)[1].details)[0].content, 'desktop')
    // A meeting number on a webinar path is no webinar.
    refused(await get(`/metrics/webinars/98765432101/participants?type=past`), 404, 3001)
  })

  it('a Pro account is refused with 400/200', async () => {
    const pro = await makeAccount(t, {
      plan: 'pro',
      scopes: ['dashboard_meetings:read:admin', 'dashboard_webinars:read:admin'],
    })
    const proToken = await pro.token()
    for (const path of [
      '/metrics/meetings/123456789/participants',
      '/metrics/meetings/123456789/participants/sharing',
      '/metrics/webinars/123456789/participants',
      '/metrics/webinars/123456789/participants/sharing',
    ])
      refused(await t.call('GET', `/v2${path}`, { token: proToken }), 400, 200)
  })
})
