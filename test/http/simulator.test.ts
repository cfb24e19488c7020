import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { OffsetClock, systemClock } from '../../src/clock.js'
import { loadConfig } from '../../src/config.js'
import { createServer } from '../../src/server.js'
import { seededId } from '../../src/sim/random.js'
import { Simulator } from '../../src/sim/simulator.js'
import { tokenWithScopes } from '../helpers/accounts.js'
import { array, find, items, must, num, obj, str, type WebhookEvent } from '../helpers/json.js'
import type {
  MeetingList,
  OpenApiDoc,
  ParticipantList,
  ParticipantObject,
  SimInstance,
  User,
} from '../helpers/shapes.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const MIN = 60_000
const HOUR = 60 * MIN

const events = (t: TestServer, name: string) => outboxEvents<ParticipantObject>(t, name)

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Twelve people over 45 minutes: rejoins, a leave after the end, fractional offsets, shares, a recording. */
function twelvePeople(ownerEmail: string) {
  return [
    { name: 'Account Owner', email: ownerEmail, join_offset_minutes: 0 },
    {
      name: 'Ana Internal',
      email: 'ana@example.com',
      join_offset_minutes: 0,
      stay_minutes: 45,
      device: 'Mac',
      ip: '203.0.113.7',
      location: 'Paris (FR)',
    },
    { name: 'Ben Guest', email: 'ben@guest.example', join_offset_minutes: 2, leave_offset_minutes: 30 },
    {
      name: 'Cleo',
      join_offset_minutes: 5,
      stay_minutes: 10,
      rejoins: [{ join_offset_minutes: 20, leave_offset_minutes: 40 }],
    },
    {
      name: 'Dev',
      join_offset_minutes: 1,
      leave_offset_minutes: 44,
      share: [{ start_offset_minutes: 10, minutes: 5, content: 'application' }],
    },
    { name: 'Eve', join_offset_minutes: 0.5, leave_offset_minutes: 12.5 },
    { name: 'Finn', join_offset_minutes: 10, stay_minutes: 35 },
    { name: 'Gus', join_offset_minutes: 15, leave_offset_minutes: 16, network_type: 'Cellular', device: 'Android' },
    { name: 'Hana', join_offset_minutes: 3, leave_offset_minutes: 43, rejoins: [{ join_offset_minutes: 44 }] },
    { name: 'Ivo', join_offset_minutes: 30, leave_offset_minutes: 50 },
    {
      name: 'Jun',
      join_offset_minutes: 7,
      leave_offset_minutes: 8,
      rejoins: [
        { join_offset_minutes: 9, leave_offset_minutes: 10 },
        { join_offset_minutes: 11, stay_minutes: 2 },
      ],
    },
    { name: 'Kai', join_offset_minutes: 40, share: [{ start_offset_minutes: 41 }] },
  ]
}

/** [join, leave] minutes of every session, in the scenario's terms, clipped to the meeting's end. */
function expectedSessions(
  people: ReturnType<typeof twelvePeople>,
  duration: number,
): Array<{ name: string; join: number; leave: number }> {
  interface Span {
    join_offset_minutes: number
    leave_offset_minutes?: number
    stay_minutes?: number
  }
  const out: Array<{ name: string; join: number; leave: number }> = []
  for (const p of people as Array<Span & { name: string; rejoins?: Span[] }>) {
    for (const span of [p, ...(p.rejoins ?? [])]) {
      const leave =
        span.leave_offset_minutes ??
        (span.stay_minutes !== undefined ? span.join_offset_minutes + span.stay_minutes : duration)
      out.push({ name: p.name, join: span.join_offset_minutes, leave: Math.min(leave, duration) })
    }
  }
  return out
}

describe('Simulator over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    await t.server.svc.users.create(t.seed.accountId, {
      action: 'custCreate',
      email: 'ana@example.com',
      type: 1,
      first_name: 'Ana',
      last_name: 'Internal',
    })
  })
  after(() => t.close())

  const fresh = async () => (token = await t.token())

  it('a 45-minute scenario with 12 participants gives ONE past instance, consistent everywhere it appears', async () => {
    const t0 = t.clock.now()
    // By default the scenario is history that ends now.
    const startAt = t0 - 45 * MIN
    const people = twelvePeople(t.seed.ownerEmail)
    const scenario = {
      meeting: { create: { userId: 'me', topic: 'Quarterly review', type: 2 } },
      duration_minutes: 45,
      participants: people,
      record: { start_offset_minutes: 5, stop_offset_minutes: 40 },
      qos: true,
    }
    const res = await t.call<SimInstance>('POST', '/sim/scenarios', { token, body: scenario })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const result = res.body
    // The server clock did not move.
    assert.equal(t.clock.now(), t0)
    assert.equal(result.start_time, iso(startAt))
    assert.equal(result.end_time, iso(startAt + 45 * MIN))
    assert.equal(result.duration, 45)
    assert.equal(result.topic, 'Quarterly review')
    assert.equal(array(result.participants).length, 12)
    assert.match(result.uuid, /^[A-Za-z0-9+/]{22}==$/)

    const sessions = expectedSessions(people, 45)
    const seconds = sessions.map((s) => Math.round((s.leave - s.join) * 60))
    const totalMinutes = Math.round(seconds.reduce((a, b) => a + b, 0) / 60)
    assert.equal(result.participants_count, 12)
    assert.equal(result.total_minutes, totalMinutes)

    // The token of the call still works.
    assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).status, 200)

    const byUuid = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(encodeURIComponent(result.uuid))}`, {
      token,
    })
    assert.equal(byUuid.status, 200)
    const byId = await t.call('GET', `/v2/past_meetings/${result.id}`, { token })
    assert.equal(byId.status, 200)
    assert.deepEqual(byId.body, byUuid.body)
    const d = byId.body
    assert.equal(d.uuid, result.uuid)
    assert.equal(d.id, result.id)
    assert.equal(d.participants_count, 12)
    assert.equal(d.total_minutes, totalMinutes)
    assert.equal(d.duration, 45)
    assert.equal(d.start_time, iso(startAt))
    assert.equal(d.end_time, iso(startAt + 45 * MIN))
    assert.equal(d.topic, 'Quarterly review')
    assert.equal(d.type, 2)
    assert.equal(d.user_email, t.seed.ownerEmail)
    assert.equal(d.user_name, 'Account Owner')
    assert.equal(d.source, 'Zoom')

    const instances = await t.call('GET', `/v2/past_meetings/${result.id}/instances`, { token })
    assert.equal(instances.status, 200)
    assert.deepEqual(instances.body, { meetings: [{ uuid: result.uuid, start_time: iso(startAt) }] })

    const parts = await t.call<ParticipantList>(
      'GET',
      `/v2/past_meetings/${encodeURIComponent(result.uuid)}/participants?page_size=300`,
      { token },
    )
    assert.equal(parts.status, 200)
    const list = parts.body.participants
    assert.equal(parts.body.total_records, sessions.length)
    assert.equal(list.length, sessions.length)
    assert.equal(new Set(list.map((p) => p.name)).size, 12)
    assert.equal(Math.round(list.reduce((n, p) => n + num(p.duration), 0) / 60), d.total_minutes)
    // Every session's times and duration are the scenario's, in join order.
    const expected = [...sessions].sort((a, b) => a.join - b.join)
    assert.deepEqual(
      list.map((p) => [p.name, p.join_time, p.leave_time, p.duration]),
      expected.map((s) => [
        s.name,
        iso(startAt + s.join * MIN),
        iso(startAt + s.leave * MIN),
        Math.round((s.leave - s.join) * 60),
      ]),
    )
    const owner = find(list, (p) => p.name === 'Account Owner')
    const ana = find(list, (p) => p.name === 'Ana Internal')
    const ben = find(list, (p) => p.name === 'Ben Guest')
    assert.equal(owner.user_email, t.seed.ownerEmail)
    assert.equal(owner.internal_user, true)
    assert.equal(ana.user_email, 'ana@example.com')
    assert.ok(ana.id)
    // A guest's email is not shown (Zoom's email display rules); the session still has its user_id.
    assert.equal(ben.user_email, '')
    assert.equal(ben.id, '')
    assert.equal(ben.internal_user, false)
    assert.match(str(ben.user_id), /^\d+$/)
    for (const p of list) {
      assert.equal(p.status, 'in_meeting')
      assert.equal(p.failover, false)
    }

    // The webhook events in the outbox tell the same story.
    const mine = (list: WebhookEvent<ParticipantObject>[]) => list.filter((e) => e.payload.object.uuid === result.uuid)
    const started = mine(await events(t, 'meeting.started'))
    const ended = mine(await events(t, 'meeting.ended'))
    assert.equal(started.length, 1)
    assert.equal(ended.length, 1)
    assert.equal(started[0].payload.object.id, String(result.id))
    assert.equal(started[0].payload.object.start_time, iso(startAt))
    assert.equal(started[0].event_ts, startAt)
    assert.equal(ended[0].payload.object.end_time, iso(startAt + 45 * MIN))
    const joined = mine(await events(t, 'meeting.participant_joined'))
    const left = mine(await events(t, 'meeting.participant_left'))
    assert.equal(joined.length, sessions.length)
    assert.equal(left.length, sessions.length)
    assert.equal(new Set(joined.map((e) => e.payload.object.participant.participant_uuid)).size, d.participants_count)
    for (const p of list) {
      const j = joined.find((e) => e.payload.object.participant.user_id === p.user_id)
      const l = left.find((e) => e.payload.object.participant.user_id === p.user_id)
      assert.ok(j && l, String(p.name))
      assert.equal(j.payload.object.participant.join_time, p.join_time)
      assert.equal(j.payload.object.participant.user_name, p.name)
      assert.equal(l.payload.object.participant.leave_time, p.leave_time)
      assert.equal(j.payload.object.participant.email, p.user_email)
      assert.equal(j.payload.object.participant.id, p.id)
    }
    // Those still in at the end leave as the host ends the meeting.
    const atEnd = left.filter((e) => e.payload.object.participant.leave_reason === 'Host ended the meeting.')
    assert.deepEqual(atEnd.map((e) => e.payload.object.participant.user_name).sort(), [
      'Account Owner',
      'Ana Internal',
      'Finn',
      'Hana',
      'Ivo',
      'Kai',
    ])
    assert.equal(
      find(left, (e) => e.payload.object.participant.user_name === 'Ben Guest').payload.object.participant.leave_reason,
      'Ben Guest left the meeting.',
    )
    // Recording 5 → 40, shares by Dev (10 → 15) and Kai (41 → end).
    const recStarted = mine(await events(t, 'recording.started'))
    const recStopped = mine(await events(t, 'recording.stopped'))
    assert.equal(recStarted.length, 1)
    assert.equal(recStarted[0].payload.object.id, result.id)
    assert.deepEqual(recStopped[0].payload.object.recording_file, {
      recording_start: iso(startAt + 5 * MIN),
      recording_end: iso(startAt + 40 * MIN),
    })
    const shares = mine(await events(t, 'meeting.sharing_started'))
    assert.deepEqual(
      shares.map((e) => [
        e.payload.object.participant.user_name,
        e.payload.object.participant.sharing_details.content,
        e.payload.object.participant.sharing_details.date_time,
      ]),
      [
        ['Dev', 'application', iso(startAt + 10 * MIN)],
        ['Kai', 'desktop', iso(startAt + 41 * MIN)],
      ],
    )
    assert.equal(mine(await events(t, 'meeting.sharing_ended')).length, 2)

    // Rows for reports and dashboards: a QoS sample per minute of every session, with the share seen.
    const k = t.server.svc.db.kysely
    const rows = await k
      .selectFrom('meeting_participants')
      .selectAll()
      .where('instance_uuid', '=', result.uuid)
      .orderBy('seq')
      .execute()
    assert.equal(rows.length, sessions.length)
    const anaRow = must(rows.find((r) => r.name === 'Ana Internal'))
    assert.deepEqual([anaRow.device, anaRow.ip_address, anaRow.location], ['Mac', '203.0.113.7', 'Paris (FR)'])
    assert.equal(must(rows.find((r) => r.name === 'Gus')).network_type, 'Cellular')
    const qos = await k
      .selectFrom('participant_qos')
      .selectAll()
      .where('instance_uuid', '=', result.uuid)
      .orderBy('seq')
      .execute()
    assert.equal(
      qos.length,
      expected.reduce((n, s) => n + Math.ceil(s.leave - s.join), 0),
    )
    const dev = must(rows.find((r) => r.name === 'Dev'))
    const devQos = qos
      .filter((q) => q.participant_id === dev.id)
      .map((q) => ({ ts: Number(q.ts), data: JSON.parse(q.data) }))
    assert.equal(devQos.length, 43)
    assert.equal(devQos[0].ts, startAt + MIN)
    assert.deepEqual(
      devQos.filter((q) => q.data.as_input).map((q) => (q.ts - startAt) / MIN),
      [10, 11, 12, 13, 14],
    )
    const sample = devQos[0].data
    for (const key of ['audio_input', 'audio_output', 'video_input', 'video_output']) {
      for (const f of ['bitrate', 'latency', 'jitter', 'avg_loss', 'max_loss'])
        assert.equal(typeof sample[key][f], 'number', `${key}.${f}`)
    }
    assert.match(sample.video_input.resolution, /^\d+\*\d+$/)
    assert.ok(sample.cpu_usage.zoom_avg_cpu_usage >= sample.cpu_usage.zoom_min_cpu_usage)
    // Others see a share as output.
    const finn = must(rows.find((r) => r.name === 'Finn'))
    const finnOut = qos
      .filter((q) => q.participant_id === finn.id && JSON.parse(q.data).as_output)
      .map((q) => (Number(q.ts) - startAt) / MIN)
    assert.deepEqual(finnOut, [10, 11, 12, 13, 14, 41, 42, 43, 44])

    // The meeting waits for its next instance under a new UUID.
    const m = (await t.call('GET', `/v2/meetings/${result.id}`, { token })).body
    assert.equal(m.status, 'waiting')
    assert.notEqual(m.uuid, result.uuid)
    assert.equal(m.start_time, iso(startAt))
  })

  it('step by step: start, join, rejoin, share, record, leave, end — with the live list and the events', async () => {
    await fresh()
    const m = (await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Live one', type: 3 } })).body
    const sim = (p: string) => `/sim/meetings/${m.id}${p}`
    let res = await t.call('POST', sim('/start'), { token })
    assert.equal(res.status, 200)
    assert.equal(res.body.status, 'started')
    assert.equal(res.body.uuid, m.uuid)
    const t0 = t.clock.now()
    assert.equal(res.body.start_time, iso(t0))
    assert.deepEqual(res.body.participants, [])
    const live = await t.call('GET', '/v2/users/me/meetings?type=live', { token })
    assert.ok(items(live.body.meetings).some((x) => x.id === m.id))
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.status, 'started')
    // Starting again changes nothing.
    assert.equal((await t.call('POST', sim('/start'), { token })).body.uuid, m.uuid)
    assert.equal((await events(t, 'meeting.started')).filter((e) => e.payload.object.uuid === m.uuid).length, 1)

    const a = await t.call('POST', sim('/participants'), {
      token,
      body: { name: 'Amy', email: 'amy@guest.example', device: 'iOS', network_type: 'Wifi' },
    })
    assert.equal(a.status, 201)
    assert.equal(a.body.name, 'Amy')
    assert.equal(a.body.device, 'iOS')
    assert.equal(a.body.user_id, '16778240')
    // Ids derive from the meeting id: the first participant of the first instance.
    assert.equal(a.body.participant_id, seededId(`${m.id}:0:p0`))
    const owner = await t.call('POST', sim('/participants'), { token, body: { email: t.seed.ownerEmail } })
    assert.equal(owner.body.name, 'Account Owner')
    assert.ok(owner.body.id)
    assert.equal(owner.body.user_id, '16779264')
    t.clock.advance(5 * MIN)
    res = await t.call('POST', sim('/share'), {
      token,
      body: { participant_id: a.body.participant_id, action: 'start' },
    })
    assert.equal(res.status, 200)
    assert.equal(res.body.sharing, true)
    // Another participant starting a share ends Amy's.
    res = await t.call('POST', sim('/share'), {
      token,
      body: { participant_id: owner.body.participant_id, action: 'start', content: 'whiteboard' },
    })
    assert.equal(res.body.sharing, true)
    const state = (await t.call('GET', sim(''), { token })).body
    assert.deepEqual(
      items(state.participants).map((p) => [p.name, p.sharing]),
      [
        ['Amy', false],
        ['Account Owner', true],
      ],
    )

    res = await t.call('POST', sim('/record'), { token, body: { action: 'start' } })
    assert.deepEqual(res.body, { status: 'recording', segments: [{ start: iso(t.clock.now()) }] })
    t.clock.advance(MIN)
    assert.equal((await t.call('POST', sim('/record'), { token, body: { action: 'pause' } })).body.status, 'paused')
    t.clock.advance(MIN)
    assert.equal(
      array((await t.call('POST', sim('/record'), { token, body: { action: 'resume' } })).body.segments).length,
      2,
    )

    res = await t.call('DELETE', sim(`/participants/${a.body.participant_id}?reason=disconnected`), { token })
    assert.equal(res.status, 204)
    const leftA = find(
      await events(t, 'meeting.participant_left'),
      (e) => e.payload.object.participant.participant_uuid === a.body.participant_id,
    )
    assert.equal(leftA.payload.object.participant.leave_reason, 'Amy got disconnected from the meeting.')
    assert.equal(leftA.payload.object.participant.email, '')
    assert.equal(leftA.payload.object.id, String(m.id))
    // Leaving twice: the participant is no longer in the meeting.
    assert.equal((await t.call('DELETE', sim(`/participants/${a.body.participant_id}`), { token })).status, 404)
    t.clock.advance(MIN)
    const back = await t.call('POST', sim('/participants'), { token, body: { participant_id: a.body.participant_id } })
    assert.equal(back.status, 201)
    assert.equal(back.body.participant_id, a.body.participant_id)
    assert.equal(back.body.name, 'Amy')
    assert.equal(back.body.device, 'iOS')
    assert.notEqual(back.body.user_id, a.body.user_id)
    assert.equal(
      (await t.call('POST', sim('/participants'), { token, body: { participant_id: a.body.participant_id } })).body
        .code,
      300,
    )
    t.clock.advance(2 * MIN)

    res = await t.call('POST', sim('/end'), { token })
    assert.equal(res.status, 200)
    assert.equal(res.body.uuid, m.uuid)
    assert.equal(res.body.participants_count, 2)
    assert.equal(res.body.duration, 10)
    // Amy: 7 + 2 minutes, the owner 10.
    assert.equal(res.body.total_minutes, 19)
    assert.equal(res.body.end_time, iso(t0 + 10 * MIN))
    const after = (await t.call('GET', `/v2/meetings/${m.id}`, { token })).body
    assert.equal(after.status, 'waiting')
    assert.notEqual(after.uuid, m.uuid)
    assert.ok(
      !(await t.call<MeetingList>('GET', '/v2/users/me/meetings?type=live', { token })).body.meetings.some(
        (x) => x.id === m.id,
      ),
    )
    const rec = find(await events(t, 'recording.stopped'), (e) => e.payload.object.uuid === m.uuid)
    assert.ok(rec, 'the recording stops with the meeting')
    assert.deepEqual(
      (await events(t, 'recording.paused'))
        .filter((e) => e.payload.object.uuid === m.uuid)
        .map((e) => obj(e.payload.object.recording_file).recording_end),
      [iso(t0 + 6 * MIN)],
    )
    const sharesEnded = (await events(t, 'meeting.sharing_ended')).filter((e) => e.payload.object.uuid === m.uuid)
    assert.deepEqual(
      sharesEnded.map((e) => e.payload.object.participant.user_name),
      ['Amy', 'Account Owner'],
    )
    // The next start is a new instance.
    assert.equal((await t.call('POST', sim('/end'), { token })).body.code, 3000)
  })

  it('errors: not started, unknown meeting or participant, bad share, bad scenario, missing scope', async () => {
    await fresh()
    const m = (await t.call('POST', '/v2/users/me/meetings', { token, body: { topic: 'Idle', type: 3 } })).body
    let res = await t.call('POST', `/sim/meetings/${m.id}/participants`, { token, body: { name: 'Early' } })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 3000, message: `Meeting ${m.id} has not started.` })
    assert.equal((await t.call('POST', `/sim/meetings/${m.id}/end`, { token })).body.code, 3000)
    res = await t.call('POST', '/sim/meetings/12345678901/start', { token })
    assert.equal(res.status, 404)
    assert.equal(res.body.code, 3001)
    await t.call('POST', `/sim/meetings/${m.id}/start`, { token })
    res = await t.call('DELETE', `/sim/meetings/${m.id}/participants/nobody`, { token })
    assert.deepEqual([res.status, res.body], [404, { code: 404, message: 'Participant does not exist: nobody.' }])
    res = await t.call('POST', `/sim/meetings/${m.id}/participants`, { token, body: {} })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body.errors, [{ field: 'name', message: 'This field is required.' }])
    res = await t.call('POST', `/sim/meetings/${m.id}/participants`, { token, body: { name: 'X', device: 'Toaster' } })
    assert.equal(res.body.code, 300)
    const p = (await t.call('POST', `/sim/meetings/${m.id}/participants`, { token, body: { name: 'Quiet' } })).body
    res = await t.call('POST', `/sim/meetings/${m.id}/share`, {
      token,
      body: { participant_id: p.participant_id, action: 'stop' },
    })
    assert.deepEqual(res.body, { code: 300, message: 'The participant is not sharing.' })
    await t.call('POST', `/sim/meetings/${m.id}/end`, { token })

    res = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { id: m.id },
        duration_minutes: 30,
        participants: [
          { name: 'Late', join_offset_minutes: 10, leave_offset_minutes: 5 },
          { name: 'Never', join_offset_minutes: 31 },
        ],
      },
    })
    assert.equal(res.status, 400)
    assert.deepEqual(
      items(res.body.errors).map((e) => e.field),
      ['participants.0.leave_offset_minutes', 'participants.1.join_offset_minutes'],
    )
    res = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { id: m.id },
        start_at: iso(t.clock.now() - 2 * HOUR),
        duration_minutes: 5,
        participants: [],
        advance_clock: true,
      },
    })
    assert.deepEqual(res.body.errors, [{ field: 'start_at', message: 'Invalid field. Must not be in the past.' }])
    res = await t.call('POST', '/sim/scenarios', {
      token,
      body: { meeting: { id: m.id }, start_at: iso(t.clock.now() - 2 * MIN), duration_minutes: 5, participants: [] },
    })
    assert.deepEqual(res.body.errors, [
      {
        field: 'start_at',
        message:
          'Invalid field. A scenario played in the past must end by now; use advance_clock or mode realtime for a later one.',
      },
    ])
    res = await t.call('POST', '/sim/scenarios', { token, body: { meeting: { id: m.id }, participants: [] } })
    assert.equal(res.body.code, 300)
    // No meeting was started by the refused scenarios.
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.status, 'waiting')

    const narrow = await tokenWithScopes(t, ['meeting:read:admin'])
    res = await t.call('POST', `/sim/meetings/${m.id}/start`, { token: narrow })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
    assert.equal((await t.call('GET', '/sim/clock')).body.code, 124)
  })

  it('the clock: advance moves the server clock (a 2-hour move expires tokens: 124); reading it', async () => {
    await fresh()
    const before = t.clock.now()
    let res = await t.call('GET', '/sim/clock', { token })
    assert.deepEqual(res.body, { now: iso(before), now_ms: before, adjustable: true })
    res = await t.call('POST', '/sim/clock/advance', { token, body: { ms: 2 * HOUR } })
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, { now: iso(before + 2 * HOUR), now_ms: before + 2 * HOUR, adjustable: true })
    assert.equal(t.clock.now(), before + 2 * HOUR)
    res = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal(res.status, 401)
    assert.deepEqual(res.body, { code: 124, message: 'Access token is expired.' })
    await fresh()
    assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).status, 200)
    res = await t.call('POST', '/sim/clock/advance', { token, body: { ms: -5 } })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(t.clock.now(), before + 2 * HOUR)
  })

  it('the simulator is served without /v2 and documented under its own tag', async () => {
    await fresh()
    assert.equal((await t.call('GET', '/v2/sim/clock', { token })).status, 404)
    const doc = (await t.call<OpenApiDoc>('GET', '/openapi.json')).body
    const tag = doc.tags.find((x) => x.name === 'Simulator')
    assert.ok(tag?.description)
    const start = doc.paths['/sim/meetings/{meetingId}/start'].post
    assert.deepEqual(start.tags, ['Simulator'])
    assert.equal(start.operationId, 'simMeetingStart')
    assert.deepEqual(start.servers, [{ url: '/' }])
    assert.equal(start['x-extension'], true)
    assert.deepEqual(start['x-scopes'], ['simulator:write:admin'])
    assert.ok(start['x-summary-zh'])
    for (const p of [
      '/sim/meetings/{meetingId}/participants',
      '/sim/meetings/{meetingId}/participants/{participantId}',
      '/sim/scenarios',
      '/sim/clock/advance',
      '/sim/meetings/{meetingId}/end',
    ]) {
      assert.ok(doc.paths[p], p)
    }
    // Zoom's own operations keep the document's /v2 server.
    assert.equal(doc.paths['/past_meetings/{meetingId}'].get.servers, undefined)
    assert.deepEqual(doc.servers, [{ url: '/v2' }])
    // The seeded app holds the simulator scopes.
    const app = await t.server.svc.apps.get(t.seed.clientId)
    assert.ok(must(app).scopes.split(' ').includes('simulator:write:admin'))
  })
})

describe('Simulator switch and clocks', () => {
  it('SIMULATOR=off: no /sim routes (404) and the system clock; on: an OffsetClock the simulator moves', async () => {
    const off = await createServer(
      loadConfig({ DATABASE_URL: ':memory:', SIMULATOR: 'off', RATE_LIMITS: 'off' } as NodeJS.ProcessEnv),
    )
    try {
      assert.equal(off.svc.config.simulator, false)
      assert.equal(off.svc.clock, systemClock)
      const res = await off.app.inject({ method: 'GET', url: '/sim/clock' })
      assert.equal(res.statusCode, 404)
      // Past meetings are Zoom's API and stay.
      assert.equal((await off.app.inject({ method: 'GET', url: '/v2/past_meetings/1' })).statusCode, 401)
    } finally {
      await off.close()
    }
    const on = await createServer(loadConfig({ DATABASE_URL: ':memory:', RATE_LIMITS: 'off' } as NodeJS.ProcessEnv))
    try {
      assert.equal(on.svc.config.simulator, true)
      assert.ok(on.svc.clock instanceof OffsetClock)
      const before = on.svc.clock.now()
      await on.svc.use(Simulator).advance(3 * HOUR)
      assert.ok(on.svc.clock.now() - before >= 3 * HOUR)
      assert.equal((await on.app.inject({ method: 'GET', url: '/sim/clock' })).statusCode, 401)
    } finally {
      await on.close()
    }
  })
})
