import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { isoSeconds } from '../../src/util/time.js'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { find, items, refused, str, type Json } from '../helpers/json.js'
import { MIN } from '../helpers/recordings.js'
import { reportMinute } from '../helpers/reports.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Participant rows: waiting room entry, SDK customer key, Zoom Room head count', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', `/v2${path}`, { token })
  const sim = (path: string, body?: unknown, method = 'POST') => t.call(method, `/sim${path}`, { token, body })
  const rowsOf = async (path: string) => {
    const res = await get(path)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return items(res.body.participants)
  }
  const named = (rows: Json[], name: string, key: 'name' | 'user_name') => rows.filter((r) => r[key] === name)

  it('plays a meeting where one user waits, one guest has a customer key and a Zoom Room seats three', async () => {
    const wrenId = await addUser(t, token, 'wren@example.com')
    const room = await sim('/zoom_rooms', { room_name: 'Harbour' })
    assert.equal(room.status, 201, JSON.stringify(room.body))
    const played = await sim('/scenarios', {
      meeting: { create: { topic: 'Extras', type: 2 } },
      duration_minutes: 30,
      participants: [
        { name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 },
        {
          name: 'Wren',
          email: 'wren@example.com',
          join_offset_minutes: 2,
          leave_offset_minutes: 12,
          waiting_room: { admitted_offset_minutes: 5 },
          rejoins: [{ join_offset_minutes: 15, leave_offset_minutes: 20 }],
        },
        {
          name: 'Kit',
          customer_key: 'Kit42sdk',
          join_offset_minutes: 1,
          leave_offset_minutes: 10,
          rejoins: [{ join_offset_minutes: 12 }],
        },
        { name: 'Harbour', zoom_room: str(room.body.id), in_room_participants: 3, join_offset_minutes: 3 },
      ],
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const id = Number(played.body.id)
    const uuid = str(played.body.uuid)
    const start = Date.parse(str((await get(`/past_meetings/${encodeURIComponent(uuid)}`)).body.start_time))

    // The report of the user who waited: first entry into the waiting room, then the time in the meeting.
    const window = `from=${day(t.clock.now() - DAY)}&to=${day(t.clock.now())}`
    const joined = await get(`/report/users/${wrenId}/meetings?${window}&type=pastJoined`)
    assert.equal(joined.status, 200, JSON.stringify(joined.body))
    const wrenRow = find(items(joined.body.meetings), (m) => m.uuid === uuid)
    assert.equal(wrenRow.join_waiting_room_time, reportMinute(start + 2 * MIN))
    assert.equal(wrenRow.join_time, reportMinute(start + 5 * MIN))
    assert.equal(wrenRow.leave_time, reportMinute(start + 20 * MIN))
    const keys = Object.keys(wrenRow)
    assert.ok(keys.indexOf('join_waiting_room_time') < keys.indexOf('join_time'))
    // The host never waited.
    const hosted = await get(`/report/users/${ownerId}/meetings?${window}`)
    const hostRow = find(items(hosted.body.meetings), (m) => m.uuid === uuid)
    assert.equal(hostRow.join_time, reportMinute(start))
    assert.ok(!('join_waiting_room_time' in hostRow))

    const dash = await rowsOf(`/metrics/meetings/${id}/participants?type=past`)
    const report = await rowsOf(`/report/meetings/${encodeURIComponent(encodeURIComponent(uuid))}/participants`)
    for (const [rows, key] of [
      [dash, 'user_name'],
      [report, 'name'],
    ] as const) {
      const kit = named(rows, 'Kit', key)
      assert.equal(kit.length, 2)
      for (const r of kit) assert.equal(r.customer_key, 'Kit42sdk')
      for (const r of rows.filter((x) => x[key] !== 'Kit')) assert.ok(!('customer_key' in r), str(r[key]))
      for (const r of rows) assert.ok(!('in_room_participants' in r) || r[key] === 'Harbour', str(r[key]))
    }
    const harbour = find(dash, (r) => r.user_name === 'Harbour')
    assert.equal(harbour.device, 'Zoom Rooms')
    assert.equal(harbour.in_room_participants, 3)
    // Wren's waiting session is a row of the dashboard too, without the new fields.
    const wren = named(dash, 'Wren', 'user_name')
    assert.deepEqual(
      wren.map((r) => r.status),
      ['in_waiting_room', 'in_meeting', 'in_meeting'],
    )
  })

  it('takes both on a live join and shows them while the meeting runs', async () => {
    const id = await createMeeting(t, token, { topic: 'Live extras', type: 2, start_time: isoSeconds(t.clock.now()) })
    assert.equal((await sim(`/meetings/${id}/start`)).status, 200)
    const join = (body: Json) => sim(`/meetings/${id}/participants`, body)
    refused(await join({ name: 'Bad', customer_key: 'not-valid!' }), 400, 300, 'customer_key')
    refused(await join({ name: 'Long', customer_key: 'A'.repeat(16) }), 400, 300, 'customer_key')
    refused(await join({ name: 'Empty', customer_key: '' }), 400, 300, 'customer_key')
    refused(await join({ name: 'Desk', device: 'Mac', in_room_participants: 2 }), 400, 300, 'in_room_participants')
    refused(await join({ name: 'Guess', in_room_participants: 2 }), 400, 300, 'in_room_participants')

    const roomJoin = await join({ name: 'Board room', device: 'Zoom Rooms', in_room_participants: 4 })
    assert.equal(roomJoin.status, 201, JSON.stringify(roomJoin.body))
    const app = await join({ name: 'App user', customer_key: 'abc123XYZ' })
    assert.equal(app.status, 201, JSON.stringify(app.body))
    const appId = str(app.body.participant_id)
    const live = await rowsOf(`/metrics/meetings/${id}/participants`)
    assert.equal(find(live, (r) => r.user_name === 'Board room').in_room_participants, 4)
    assert.equal(find(live, (r) => r.user_name === 'App user').customer_key, 'abc123XYZ')
    assert.ok(!('customer_key' in find(live, (r) => r.user_name === 'Board room')))

    // A rejoin keeps the key it was given.
    assert.equal((await sim(`/meetings/${id}/participants/${appId}`, undefined, 'DELETE')).status, 204)
    assert.equal((await join({ participant_id: appId })).status, 201)
    await sim(`/meetings/${id}/end`)
    const past = await rowsOf(`/metrics/meetings/${id}/participants?type=past`)
    assert.deepEqual(
      named(past, 'App user', 'user_name').map((r) => r.customer_key),
      ['abc123XYZ', 'abc123XYZ'],
    )
  })

  it('shows a webinar participant’s customer key, and no head count on webinar rows', async () => {
    const id = await createWebinar(t, token, {
      topic: 'Extras webinar',
      type: 5,
      start_time: isoSeconds(t.clock.now() + DAY),
    })
    const played = await sim('/scenarios', {
      webinar: { id },
      duration_minutes: 20,
      participants: [
        { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
        { name: 'Viewer', customer_key: 'view3r', join_offset_minutes: 2 },
        { name: 'Hall', device: 'Zoom Rooms', in_room_participants: 12, join_offset_minutes: 3 },
      ],
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const dash = await rowsOf(`/metrics/webinars/${id}/participants?type=past`)
    const report = await rowsOf(`/report/webinars/${id}/participants`)
    assert.equal(find(dash, (r) => r.user_name === 'Viewer').customer_key, 'view3r')
    assert.equal(find(report, (r) => r.name === 'Viewer').customer_key, 'view3r')
    for (const r of dash) assert.ok(!('in_room_participants' in r))
    for (const r of [...dash, ...report].filter((x) => x.user_name !== 'Viewer' && x.name !== 'Viewer'))
      assert.ok(!('customer_key' in r))
  })

  it('refuses a bad customer key or a head count for anything but a Zoom Room in a scenario', async () => {
    const play = (participant: Json) =>
      sim('/scenarios', {
        meeting: { create: { topic: 'Refused', type: 2 } },
        duration_minutes: 10,
        participants: [{ name: 'Host', email: t.seed.ownerEmail, join_offset_minutes: 0 }, participant],
      })
    refused(await play({ name: 'A', customer_key: 'has space', join_offset_minutes: 1 }), 400, 300)
    refused(await play({ name: 'B', customer_key: '1234567890123456', join_offset_minutes: 1 }), 400, 300)
    refused(
      await play({ name: 'C', device: 'Windows', in_room_participants: 2, join_offset_minutes: 1 }),
      400,
      300,
      'participants.1.in_room_participants',
    )
    refused(await play({ name: 'D', device: 'Zoom Rooms', in_room_participants: -1, join_offset_minutes: 1 }), 400, 300)
  })
})
