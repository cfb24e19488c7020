import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { fieldErrors, find, items, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000

describe('The waiting room in the simulator over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const get = (path: string) => t.call('GET', '/v2' + path, { token })
  const sim = (id: number, step: string, body?: unknown, method = 'POST') =>
    t.call(method, `/sim/meetings/${id}${step}`, { token, body })
  /** The participant objects of the events named `name` that belong to instance `uuid`. */
  const participantsOf = async (name: string, uuid: string) =>
    (await outboxEvents<{ uuid: string; participant: Json }>(t, name))
      .filter((e) => e.payload.object.uuid === uuid)
      .map((e) => e.payload.object.participant)

  it('plays a scenario where one joiner is admitted after 3 minutes and two never are', async () => {
    const survey = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { in_meeting: { feedback: true, post_meeting_feedback: true } },
    })
    assert.equal(survey.status, 204, JSON.stringify(survey.body))
    const played = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        duration_minutes: 20,
        meeting: { create: { topic: 'Waiting room', type: 2 } },
        participants: [
          { name: 'Host', join_offset_minutes: 0, email: t.seed.ownerEmail },
          {
            name: 'Ann',
            email: 'ann@guest.example',
            join_offset_minutes: 1,
            leave_offset_minutes: 10,
            waiting_room: { admitted_offset_minutes: 4 },
            feedback: { satisfied: true },
          },
          { name: 'Bob', join_offset_minutes: 5, leave_offset_minutes: 8, waiting_room: {} },
          { name: 'Cara', join_offset_minutes: 15, waiting_room: {}, feedback: { satisfied: true } },
        ],
      },
    })
    assert.equal(played.status, 200, JSON.stringify(played.body))
    const uuid = str(played.body.uuid)
    const id = Number(played.body.id)
    // Host 20 minutes and Ann 6: the waiting room's 3 + 3 + 5 minutes count nowhere.
    assert.equal(played.body.participants_count, 2)
    assert.equal(played.body.total_minutes, 26)
    const sessions = items(played.body.participants).map((p) => [p.name, p.sessions])
    assert.deepEqual(sessions, [
      ['Host', 1],
      ['Ann', 1],
      ['Bob', 0],
      ['Cara', 0],
    ])

    const waited = await participantsOf('meeting.participant_joined_waiting_room', uuid)
    assert.deepEqual(
      waited.map((p) => p.user_name),
      ['Ann', 'Bob', 'Cara'],
    )
    const admitted = await participantsOf('meeting.participant_admitted', uuid)
    assert.equal(admitted.length, 1)
    assert.equal(admitted[0]?.user_name, 'Ann')
    assert.equal(admitted[0]?.participant_uuid, waited[0]?.participant_uuid)
    const start = Date.parse(str((await get(`/past_meetings/${encodeURIComponent(uuid)}`)).body.start_time))
    assert.equal(Date.parse(str(admitted[0]?.date_time)), start + 4 * MIN)
    const joined = await participantsOf('meeting.participant_joined', uuid)
    assert.deepEqual(
      joined.map((p) => p.user_name),
      ['Host', 'Ann'],
    )
    const leftWaiting = await participantsOf('meeting.participant_left_waiting_room', uuid)
    assert.deepEqual(
      leftWaiting.map((p) => p.user_name),
      ['Bob', 'Cara'],
    )
    const left = await participantsOf('meeting.participant_left', uuid)
    assert.deepEqual(left.map((p) => p.user_name).sort(), ['Ann', 'Host'])

    const past = (await get(`/past_meetings/${encodeURIComponent(uuid)}`)).body
    assert.equal(past.participants_count, 2)
    assert.equal(past.total_minutes, 26)
    const pastRows = items((await get(`/past_meetings/${encodeURIComponent(uuid)}/participants`)).body.participants)
    assert.deepEqual(
      pastRows.map((r) => [r.name, r.status, r.duration]),
      [
        ['Host', 'in_meeting', 1200],
        ['Ann', 'in_waiting_room', 180],
        ['Ann', 'in_meeting', 360],
        ['Bob', 'in_waiting_room', 180],
        ['Cara', 'in_waiting_room', 300],
      ],
    )
    // Admission ends the wait at the moment the session in the meeting begins.
    assert.equal(pastRows[1]?.leave_time, pastRows[2]?.join_time)

    const report = await get(`/report/meetings/${encodeURIComponent(uuid)}`)
    assert.equal(report.status, 200, JSON.stringify(report.body))
    assert.equal(report.body.participants_count, 2)
    assert.equal(report.body.total_minutes, 26)
    const reportRows = items((await get(`/report/meetings/${encodeURIComponent(uuid)}/participants`)).body.participants)
    assert.deepEqual(
      reportRows.map((r) => [r.name, r.status]),
      pastRows.map((r) => [r.name, r.status]),
    )

    const day = new Date(t.clock.now()).toISOString().slice(0, 10)
    const list = await get(`/metrics/meetings?type=past&from=${day}&to=${day}&page_size=300`)
    assert.equal(list.status, 200, JSON.stringify(list.body))
    assert.equal(find(items(list.body.meetings), (m) => m.uuid === uuid).participants, 2)
    const dash = await get(`/metrics/meetings/${encodeURIComponent(uuid)}/participants?type=past`)
    assert.equal(dash.status, 200, JSON.stringify(dash.body))
    const bob = find(items(dash.body.participants), (r) => r.user_name === 'Bob')
    assert.equal(bob.status, 'in_waiting_room')
    assert.equal(bob.leave_reason, 'Leave waiting room.')
    const annWaiting = find(
      items(dash.body.participants),
      (r) => r.user_name === 'Ann' && r.status === 'in_waiting_room',
    )
    assert.equal(annWaiting.leave_time, pastRows[1]?.leave_time)

    // Cara was never let in, so the end-of-meeting survey reached only Ann.
    const feedback = await participantsOf('meeting.participant_feedback', uuid)
    assert.deepEqual(
      feedback.map((p) => p.user_name),
      ['Ann'],
    )
    // One meeting was played, and its number is the one the answer names.
    assert.equal(past.id, id)
  })

  it('holds, admits, puts back and admits again a live joiner', async () => {
    const id = await createMeeting(t, token, { topic: 'Live waiting', type: 2, start_time: '2026-12-20T10:00:00Z' })
    await sim(id, '/start')
    await sim(id, '/participants', { email: t.seed.ownerEmail })
    const held = await sim(id, '/participants', { name: 'Dan', email: 'dan@guest.example', waiting_room: true })
    assert.equal(held.status, 201, JSON.stringify(held.body))
    assert.equal(held.body.status, 'in_waiting_room')
    const dan = str(held.body.participant_id)
    const uuid = str((await sim(id, '', undefined, 'GET')).body.uuid)

    // While waiting, Dan takes no part in the meeting.
    refused(await sim(id, '/share', { participant_id: dan, action: 'start' }), 400, 300)
    const live = await get(`/metrics/meetings/${id}/participants`)
    assert.equal(find(items(live.body.participants), (r) => r.user_name === 'Dan').status, 'in_waiting_room')
    const day = new Date(t.clock.now()).toISOString().slice(0, 10)
    const liveRow = async () =>
      find(
        items((await get(`/metrics/meetings?type=live&from=${day}&to=${day}&page_size=300`)).body.meetings),
        (m) => m.uuid === uuid,
      )
    assert.equal((await liveRow()).participants, 1)

    t.clock.advance(2 * MIN)
    const admitted = await sim(id, `/participants/${dan}/admit`, {})
    assert.equal(admitted.status, 201, JSON.stringify(admitted.body))
    assert.equal(admitted.body.status, 'in_meeting')
    assert.equal(admitted.body.participant_id, dan)
    assert.equal((await liveRow()).participants, 2)
    refused(await sim(id, `/participants/${dan}/admit`, {}), 400, 300)
    refused(await sim(id, '/participants/nobody/admit', {}), 404, 404)

    t.clock.advance(5 * MIN)
    const back = await sim(id, `/participants/${dan}/put_in_waiting_room`)
    assert.equal(back.status, 201, JSON.stringify(back.body))
    assert.equal(back.body.status, 'in_waiting_room')
    refused(await sim(id, `/participants/${dan}/put_in_waiting_room`), 400, 300)
    t.clock.advance(MIN)
    assert.equal(
      (await sim(id, `/participants/${dan}/admit`, { network_issues: [{ from_offset_minutes: 0, severity: 'poor' }] }))
        .status,
      201,
    )
    t.clock.advance(4 * MIN)
    const ended = await sim(id, '/end')
    assert.equal(ended.status, 200, JSON.stringify(ended.body))

    assert.equal((await participantsOf('meeting.participant_admitted', uuid)).length, 2)
    assert.equal((await participantsOf('meeting.participant_put_in_waiting_room', uuid)).length, 1)
    // The host, then Dan at each admission: time in the waiting room is no join.
    const joined = await participantsOf('meeting.participant_joined', uuid)
    assert.deepEqual(
      joined.slice(1).map((p) => p.user_name),
      ['Dan', 'Dan'],
    )
    assert.equal(joined[0]?.participant_uuid === dan, false)
    const past = (await get(`/past_meetings/${encodeURIComponent(uuid)}`)).body
    // The host's 12 minutes and Dan's 5 + 4 in the meeting; his 2 + 1 waiting are left out.
    assert.equal(past.participants_count, 2)
    assert.equal(past.total_minutes, 21)
    const rows = items((await get(`/past_meetings/${encodeURIComponent(uuid)}/participants`)).body.participants)
    assert.deepEqual(
      rows.filter((r) => r.name === 'Dan').map((r) => [r.status, r.duration]),
      [
        ['in_waiting_room', 120],
        ['in_meeting', 300],
        ['in_waiting_room', 60],
        ['in_meeting', 240],
      ],
    )
  })

  it('lets the console hold a joiner in the waiting room and admit them', async () => {
    const accountId = t.seed.accountId
    const act = (path: string, body: unknown) =>
      t.call('POST', `/console/api/accounts/${accountId}/meetings/${path}`, { body, headers: { 'x-console': '1' } })
    const id = await createMeeting(t, token, { topic: 'Console waiting', type: 2 })
    assert.equal((await act(`${id}/start`, {})).status, 200)
    const page = await fetch(`${t.origin}/console/zh/meetings/${id}?account=${accountId}`)
    const text = await page.text()
    assert.match(text, /进入等候室/)
    assert.match(text, /在等候室中/)
    // A checked box arrives as "on".
    const ida = await act(`${id}/participants`, { name: 'Ida', waiting_room: 'on' })
    assert.equal(ida.status, 200, ida.text)
    assert.equal(ida.body.status, 'in_waiting_room')
    const state = await t.call('GET', `/console/api/accounts/${accountId}/meetings/${id}/state`, {
      headers: { 'x-console': '1' },
    })
    assert.equal(find(items(state.body.participants), (p) => p.name === 'Ida').status, 'in_waiting_room')
    const admitted = await act(`${id}/admit`, { participant_id: ida.body.participant_id })
    assert.equal(admitted.status, 200, admitted.text)
    assert.equal(admitted.body.status, 'in_meeting')
  })

  it('triggers a waiting room event on demand with the participant it moves', async () => {
    const res = await t.call('POST', '/sim/events/meeting.participant_admitted', { token, body: {} })
    assert.equal(res.status, 201, res.text)
    const participant = (res.body.object as { participant: Json }).participant
    assert.equal(typeof participant.date_time, 'string')
    assert.equal(participant.join_time, undefined)
  })

  it('refuses a waiting room where there is none', async () => {
    const id = await createMeeting(t, token, { topic: 'No waiting', type: 2, start_time: '2026-12-21T10:00:00Z' })
    const off = await t.call('PATCH', `/v2/meetings/${id}`, { token, body: { settings: { waiting_room: false } } })
    assert.equal(off.status, 204, JSON.stringify(off.body))
    const scenario = {
      meeting: { id },
      duration_minutes: 10,
      participants: [{ name: 'Eve', join_offset_minutes: 1, waiting_room: {} }],
    }
    refused(await t.call('POST', '/sim/scenarios', { token, body: scenario }), 400, 300, 'participants.0.waiting_room')
    await sim(id, '/start')
    refused(await sim(id, '/participants', { name: 'Eve', waiting_room: true }), 400, 300, 'waiting_room')
    const eve = await sim(id, '/participants', { name: 'Eve' })
    refused(await sim(id, `/participants/${str(eve.body.participant_id)}/put_in_waiting_room`), 400, 300)

    const webinarId = await createWebinar(t, token, {
      topic: 'No waiting either',
      type: 5,
      start_time: '2026-12-22T10:00:00Z',
    })
    refused(
      await t.call('POST', '/sim/scenarios', {
        token,
        body: {
          webinar: { id: webinarId },
          duration_minutes: 10,
          participants: [{ name: 'Fay', join_offset_minutes: 0, waiting_room: {} }],
        },
      }),
      400,
      300,
      'participants.0.waiting_room',
    )
    await sim(webinarId, '/start')
    refused(await sim(webinarId, '/participants', { name: 'Fay', waiting_room: true }), 400, 300, 'waiting_room')
    const fay = await sim(webinarId, '/participants', { name: 'Fay' })
    refused(await sim(webinarId, `/participants/${str(fay.body.participant_id)}/admit`, {}), 400, 300)

    const early = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'Early', type: 2 } },
        duration_minutes: 10,
        participants: [
          {
            name: 'Gus',
            join_offset_minutes: 3,
            leave_offset_minutes: 6,
            waiting_room: { admitted_offset_minutes: 2 },
          },
          {
            name: 'Hal',
            join_offset_minutes: 3,
            leave_offset_minutes: 6,
            waiting_room: { admitted_offset_minutes: 6 },
          },
        ],
      },
    })
    // Each participant's offsets are checked: an admission before the join, and one at the leave.
    refused(early, 400, 300, 'participants.1.waiting_room.admitted_offset_minutes')
    assert.ok(fieldErrors(early.body).some((e) => e.field === 'participants.0.waiting_room.admitted_offset_minutes'))
  })
})
