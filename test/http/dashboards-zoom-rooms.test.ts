import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { calendarMonthsBefore } from '../../src/domain/date-window.js'
import { makeAccount } from '../helpers/accounts.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { find, items, num, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Zoom Rooms dashboards over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', `/v2${path}`, { token })
  const sim = (method: string, path: string, body?: unknown) => t.call(method, `/sim${path}`, { token, body })
  const window = (back = 1) => `from=${day(t.clock.now() - back * DAY)}&to=${day(t.clock.now())}`

  async function register(body: Json): Promise<Json> {
    const res = await sim('POST', '/zoom_rooms', body)
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  async function raise(roomId: string, issue: string, at?: number): Promise<Json> {
    const res = await sim('POST', `/zoom_rooms/${roomId}/issues`, { issue, ...(at ? { at: iso(at) } : {}) })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const roomRow = async (id: string) => {
    const res = await get('/metrics/zoomrooms?page_size=300')
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return find(items(res.body.zoom_rooms), (r) => r.id === id)
  }

  it('registers rooms; the list shows devices, open issues, health and status; issues feed the issue dashboards', async () => {
    const board = await register({
      room_name: 'Boardroom',
      location: 'floor1',
      calendar_name: 'boardroom@example.com',
      email: 'boardroom@example.com',
      camera: 'Logitech MeetUp',
      microphone: 'Echo Cancelling Speakerphone',
      speaker: 'Logitech MeetUp Speaker',
      devices: [
        { device_type: 'Zoom Rooms Computer', ip: '10.0.0.5', app_version: '5.17.0', device_system: 'Win 10' },
        { device_type: 'Controller', ip: '10.0.0.6', device_system: 'iPad 16.1' },
      ],
    })
    assert.equal(str(board.id).length, 22)
    assert.equal(items(board.devices).length, 2)
    assert.equal(find(items(board.devices), (d) => d.device_type === 'Controller').status, 'Online')
    const huddle = await register({ room_name: 'Huddle' })

    let row = await roomRow(str(board.id))
    assert.equal(row.room_name, 'Boardroom')
    assert.equal(row.calender_name, 'boardroom@example.com')
    assert.equal(row.account_type, 'Work Email')
    assert.equal(row.device_ip, 'Computer : 10.0.0.5; Controller : 10.0.0.6')
    assert.equal(row.status, 'Available')
    assert.equal(row.health, 'healthy')
    assert.deepEqual(row.issues, [])
    assert.equal(row.last_start_time, undefined)

    const now = t.clock.now()
    const offline = await raise(str(board.id), 'Zoom room is offline', now - 2 * DAY)
    await raise(str(board.id), 'Controller battery is low', now - 3 * DAY)
    await raise(str(huddle.id), 'Zoom room is offline', now - 10 * MIN)
    // An issue raised long before the window counts in no window that is asked for below.
    await raise(str(huddle.id), 'High CPU usage is detected', now - 40 * DAY)
    row = await roomRow(str(board.id))
    assert.equal(row.status, 'Offline')
    assert.equal(row.health, 'critical')
    assert.deepEqual(row.issues, ['Controller battery is low', 'Zoom room is offline'])

    const resolved = await sim('POST', `/zoom_rooms/${str(board.id)}/issues/${str(offline.id)}/resolve`, {})
    assert.equal(resolved.status, 200, JSON.stringify(resolved.body))
    assert.equal(resolved.body.resolved_at, iso(now))
    refused(await sim('POST', `/zoom_rooms/${str(board.id)}/issues/${str(offline.id)}/resolve`, {}), 400, 300)
    row = await roomRow(str(board.id))
    assert.equal(row.status, 'Available')
    assert.equal(row.health, 'warning')
    assert.deepEqual(row.issues, ['Controller battery is low'])

    const top = await get(`/metrics/zoomrooms/issues?${window(7)}`)
    assert.equal(top.status, 200, JSON.stringify(top.body))
    assert.equal(top.body.from, day(now - 7 * DAY))
    assert.deepEqual(top.body.issues, [
      { issue_name: 'Zoom room is offline', zoom_rooms_count: 2 },
      { issue_name: 'Controller battery is low', zoom_rooms_count: 1 },
    ])
    assert.equal(top.body.total_records, 2)

    const rooms = await get(`/metrics/issues/zoomrooms?${window(7)}`)
    assert.equal(rooms.status, 200, JSON.stringify(rooms.body))
    assert.deepEqual(rooms.body.zoom_rooms, [
      { id: board.id, room_name: 'Boardroom', issues_count: 2 },
      { id: huddle.id, room_name: 'Huddle', issues_count: 1 },
    ])
    // A window of the last day holds only the Huddle's offline spell.
    const lastDay = await get(`/metrics/issues/zoomrooms?${window(1)}`)
    assert.deepEqual(lastDay.body.zoom_rooms, [{ id: huddle.id, room_name: 'Huddle', issues_count: 1 }])

    // The offline spell shows twice: when it began, and when it cleared under Zoom's recovery text.
    const details = await get(`/metrics/issues/zoomrooms/${str(board.id)}?${window(7)}&page_size=2`)
    assert.equal(details.status, 200, JSON.stringify(details.body))
    assert.deepEqual(details.body.issue_details, [
      { issue: 'Zoom room is offline', time: iso(now - 2 * DAY) },
      { issue: 'Zoom room is online', time: iso(now) },
    ])
    assert.equal(details.body.total_records, 3)
    assert.equal(details.body.page_count, 2)
    const next = await get(
      `/metrics/issues/zoomrooms/${str(board.id)}?${window(7)}&page_size=2&next_page_token=${str(details.body.next_page_token)}`,
    )
    assert.deepEqual(next.body.issue_details, [{ issue: 'Controller battery is low', time: iso(now - 3 * DAY) }])
    assert.equal(next.body.next_page_token, '')

    // A range longer than a month is moved to a month before `to` and echoed; one older than six months is refused.
    const long = await get(`/metrics/zoomrooms/issues?from=${day(now - 90 * DAY)}&to=${day(now)}`)
    assert.equal(long.status, 200)
    assert.equal(long.body.from, day(calendarMonthsBefore(Date.parse(`${day(now)}T00:00:00Z`), 1)))
    // The High CPU issue, 40 days back, falls before the clamped window.
    assert.deepEqual(long.body.issues, [
      { issue_name: 'Zoom room is offline', zoom_rooms_count: 2 },
      { issue_name: 'Controller battery is low', zoom_rooms_count: 1 },
    ])
    refused(await get(`/metrics/zoomrooms/issues?from=${day(now - 300 * DAY)}&to=${day(now - 290 * DAY)}`), 400, 300)
    refused(await get(`/metrics/issues/zoomrooms/${str(board.id)}?from=${day(now)}&to=${day(now - DAY)}`), 400, 300)
  })

  it('a room joins through a scenario: In Meeting while live, then its past meetings in the window', async () => {
    const room = await register({
      room_name: 'Studio',
      devices: [{ device_type: 'Zoom Rooms Computer', ip: '10.1.1.1' }],
    })
    const roomId = str(room.id)
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'Room review', type: 2 } },
        duration_minutes: 30,
        participants: [
          { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
          {
            name: 'ignored',
            zoom_room: roomId,
            join_offset_minutes: 1,
            leave_offset_minutes: 5,
            rejoins: [{ join_offset_minutes: 10 }],
          },
        ],
      },
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const parts = await get(`/metrics/meetings/${encodeURIComponent(uuid)}/participants?type=past`)
    const roomSessions = items(parts.body.participants).filter((p) => p.device === 'Zoom Rooms')
    assert.equal(roomSessions.length, 2)
    assert.ok(roomSessions.every((p) => p.user_name === 'Studio'))

    const row = await roomRow(roomId)
    assert.equal(row.status, 'Available')
    assert.equal(row.last_start_time, roomSessions.map((p) => str(p.join_time)).sort()[0])

    const detail = await get(`/metrics/zoomrooms/${roomId}?${window()}`)
    assert.equal(detail.status, 200, JSON.stringify(detail.body))
    assert.equal(detail.body.room_name, 'Studio')
    assert.equal(detail.body.device_ip, 'Computer : 10.1.1.1')
    assert.equal(detail.body.live_meeting, undefined)
    const past = detail.body.past_meetings as Json
    assert.equal(past.total_records, 1)
    const meeting = find(items(past.meetings), (m) => m.uuid === uuid)
    assert.equal(meeting.topic, 'Room review')
    assert.equal(meeting.in_room_participants, 1)
    const board = await get(`/metrics/meetings/${encodeURIComponent(uuid)}?type=past`)
    assert.deepEqual(meeting, board.body)
    // Outside the window it is not listed.
    const earlier = await get(
      `/metrics/zoomrooms/${roomId}?from=${day(t.clock.now() - 20 * DAY)}&to=${day(t.clock.now() - 10 * DAY)}`,
    )
    assert.equal((earlier.body.past_meetings as Json).total_records, 0)

    // Live: a realtime play keeps the room in the meeting until the host ends it.
    const live = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'Room live', type: 2 } },
        duration_minutes: 600,
        participants: [{ name: 'x', zoom_room: roomId, join_offset_minutes: 0 }],
        mode: 'realtime',
      },
    })
    assert.equal(live.status, 202, JSON.stringify(live.body))
    let status = ''
    for (let n = 0; n < 500 && status !== 'In Meeting'; n++) status = str((await roomRow(roomId)).status)
    assert.equal(status, 'In Meeting')
    const during = await get(`/metrics/zoomrooms/${roomId}?${window()}`)
    assert.equal((during.body.live_meeting as Json).id, live.body.id)
    assert.equal((during.body.live_meeting as Json).in_room_participants, 1)
    const ended = await t.call('POST', `/sim/meetings/${num(live.body.id)}/end`, { token })
    assert.equal(ended.status, 200, JSON.stringify(ended.body))
    assert.equal((await roomRow(roomId)).status, 'Available')
    const afterwards = await get(`/metrics/zoomrooms/${roomId}?${window()}`)
    assert.equal((afterwards.body.past_meetings as Json).total_records, 2)
  })

  it('unknown rooms, bad simulator input, deletion', async () => {
    refused(await get(`/metrics/zoomrooms/nosuchroom?${window()}`), 404, 1012)
    refused(await get(`/metrics/issues/zoomrooms/nosuchroom?${window()}`), 404, 1012)
    refused(await sim('POST', '/zoom_rooms/nosuchroom/issues', { issue: 'Zoom room is offline' }), 404, 1012)
    refused(await sim('POST', '/zoom_rooms', { location: 'nowhere' }), 400, 300)
    refused(await sim('POST', '/zoom_rooms', { room_name: 'X', devices: [{ device_type: 'Toaster' }] }), 400, 300)
    const room = await register({ room_name: 'Temp' })
    const id = str(room.id)
    refused(await sim('POST', `/zoom_rooms/${id}/issues`, { issue: 'Room is on fire' }), 400, 300)
    refused(await sim('POST', `/zoom_rooms/${id}/issues`, { issue: 'Low CPU', at: 'yesterday' }), 400, 300)
    // Without a zone the time would be read in the server's own.
    const local = iso(t.clock.now() - DAY).slice(0, 16)
    refused(await sim('POST', `/zoom_rooms/${id}/issues`, { issue: 'Zoom room is offline', at: local }), 400, 300)
    refused(
      await sim('POST', `/zoom_rooms/${id}/issues`, { issue: 'Zoom room is offline', at: iso(t.clock.now() + MIN) }),
      400,
      300,
    )
    refused(await sim('POST', `/zoom_rooms/${id}/issues/nosuchissue/resolve`, {}), 404, 404)
    const issue = await raise(id, 'Selected camera has disconnected')
    refused(
      await sim('POST', `/zoom_rooms/${id}/issues/${str(issue.id)}/resolve`, { at: iso(t.clock.now() - MIN) }),
      400,
      300,
    )
    const scenario = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'No room', type: 2 } },
        duration_minutes: 5,
        participants: [{ name: 'x', zoom_room: 'nosuchroom', join_offset_minutes: 0 }],
      },
    })
    refused(scenario, 400, 300)
    assert.deepEqual(
      (scenario.body.errors as Json[]).map((e) => e.field),
      ['participants.0.zoom_room'],
    )

    assert.equal((await sim('DELETE', `/zoom_rooms/${id}`)).status, 204)
    refused(await get(`/metrics/zoomrooms/${id}?${window()}`), 404, 1012)
    refused(await sim('DELETE', `/zoom_rooms/${id}`), 404, 1012)
    const list = await get('/metrics/zoomrooms?page_size=300')
    assert.ok(!items(list.body.zoom_rooms).some((r) => r.id === id))
  })

  it('pages the room list, and refuses a Pro account with 400/200', async () => {
    for (const name of ['P1', 'P2', 'P3']) await register({ room_name: name })
    const first = await get('/metrics/zoomrooms?page_size=2')
    assert.equal(first.status, 200)
    assert.equal(items(first.body.zoom_rooms).length, 2)
    assert.equal(first.body.page_number, 1)
    const total = num(first.body.total_records)
    assert.ok(total >= 3)
    assert.equal(first.body.page_count, Math.ceil(total / 2))
    const second = await get(`/metrics/zoomrooms?page_size=2&next_page_token=${str(first.body.next_page_token)}`)
    assert.ok(!items(second.body.zoom_rooms).some((r) => items(first.body.zoom_rooms).some((f) => f.id === r.id)))
    const byNumber = await get('/metrics/zoomrooms?page_size=2&page_number=2')
    assert.deepEqual(byNumber.body.zoom_rooms, second.body.zoom_rooms)
    refused(await get('/metrics/zoomrooms?next_page_token=forged.token'), 400, 300)

    const pro = await makeAccount(t, { plan: 'pro', scopes: ['dashboard_zr:read:admin', 'dashboard_home:read:admin'] })
    const proToken = await pro.token()
    for (const path of [
      '/metrics/zoomrooms',
      `/metrics/zoomrooms/any?${window()}`,
      `/metrics/zoomrooms/issues?${window()}`,
      `/metrics/issues/zoomrooms?${window()}`,
      `/metrics/issues/zoomrooms/any?${window()}`,
    ])
      refused(await t.call('GET', `/v2${path}`, { token: proToken }), 400, 200)
  })
})
