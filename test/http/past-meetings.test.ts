import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { array, find, items, type Json } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { Meeting, ParticipantList, ParticipantObject, SimInstance, SimParticipant } from '../helpers/shapes.js'
import type { TestServer } from '../helpers/server.js'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Past meetings over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const fresh = async () => (token = await t.token())
  /** Moves the clock; tokens live an hour, so a fresh one follows. */
  const advance = async (ms: number) => {
    t.clock.advance(ms)
    await fresh()
  }
  const create = async (body: unknown, userId = 'me') =>
    (await t.call<Meeting>('POST', `/v2/users/${userId}/meetings`, { token, body })).body
  const sim = <T = Json>(id: number, path: string, body?: unknown, method = 'POST') =>
    t.call<T>(method, `/sim/meetings/${id}${path}`, { token, body })
  /** One held instance: start, the given people join at once and stay `minutes`, then the end. */
  const hold = async (id: number, people: Array<Record<string, unknown>>, minutes = 10) => {
    await sim(id, '/start')
    const joined: SimParticipant[] = []
    for (const p of people) joined.push((await sim<SimParticipant>(id, '/participants', p)).body)
    await advance(minutes * MIN)
    const ended = (await sim<SimInstance>(id, '/end')).body
    return { ended, joined }
  }

  describe('pastMeetingDetails', () => {
    it('by instance UUID (raw, single- or double-encoded) and by meeting id (the latest ended instance)', async () => {
      const m = await create({ topic: 'Weekly', type: 3 })
      const first = await hold(m.id, [{ name: 'A' }, { name: 'B' }], 10)
      await advance(DAY)
      const second = await hold(m.id, [{ name: 'C' }], 20)
      assert.notEqual(first.ended.uuid, second.ended.uuid)
      let res = await t.call('GET', `/v2/past_meetings/${m.id}`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.uuid, second.ended.uuid)
      assert.equal(res.body.duration, 20)
      assert.equal(res.body.participants_count, 1)
      assert.equal(res.body.total_minutes, 20)
      assert.equal(res.body.type, 3)
      res = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(first.ended.uuid)}`, { token })
      assert.equal(res.body.uuid, first.ended.uuid)
      assert.equal(res.body.participants_count, 2)
      assert.equal(res.body.total_minutes, 20)
      assert.equal(res.body.duration, 10)
      assert.deepEqual(Object.keys(res.body).sort(), [
        'dept',
        'duration',
        'end_time',
        'host_id',
        'id',
        'participants_count',
        'source',
        'start_time',
        'topic',
        'total_minutes',
        'type',
        'user_email',
        'user_name',
        'uuid',
      ])
    })

    it('a UUID with "/" and "//" must be double-encoded, as Zoom asks', async () => {
      const m = await create({ topic: 'Slashes', type: 3 })
      const uuid = '/ab//cdEFghIJklMNopQR+w=='
      await t.server.svc.db.kysely.updateTable('meetings').set({ uuid }).where('id', '=', m.id).execute()
      await hold(m.id, [{ name: 'Solo' }], 3)
      const double = encodeURIComponent(encodeURIComponent(uuid))
      assert.ok(double.startsWith('%252F'))
      const res = await t.call('GET', `/v2/past_meetings/${double}`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.uuid, uuid)
      assert.equal((await t.call('GET', `/v2/past_meetings/${double}/participants`, { token })).body.total_records, 1)
    })

    it('404/3001 for a meeting that is live, never held or unknown, or another account’s; 400/12702 after a year', async () => {
      const m = await create({ topic: 'Not yet', type: 3 })
      const notEnded = { code: 3001, message: 'Meeting ID is invalid or not end.' }
      let res = await t.call('GET', `/v2/past_meetings/${m.id}`, { token })
      assert.deepEqual([res.status, res.body], [404, notEnded])
      await sim(m.id, '/start')
      res = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(m.uuid)}`, { token })
      assert.deepEqual([res.status, res.body], [404, notEnded])
      await sim(m.id, '/end')
      assert.equal((await t.call('GET', `/v2/past_meetings/${m.id}`, { token })).status, 200)
      assert.deepEqual((await t.call('GET', '/v2/past_meetings/99999999999', { token })).body, notEnded)
      assert.deepEqual((await t.call('GET', '/v2/past_meetings/bm9zdWNoaW5zdGFuY2U%3D%3D', { token })).body, notEnded)
      const other = await makeAccount(t, { scopes: ['meeting:read:admin', 'meeting:write:admin'] })
      const otherToken = await other.token()
      assert.deepEqual((await t.call('GET', `/v2/past_meetings/${m.id}`, { token: otherToken })).body, notEnded)
      assert.equal((await t.call('GET', `/v2/past_meetings/${m.id}/instances`, { token: otherToken })).status, 404)

      await advance(366 * DAY)
      res = await t.call('GET', `/v2/past_meetings/${m.id}`, { token })
      assert.deepEqual([res.status, res.body], [400, { code: 12702, message: 'Can not access a meeting a year ago.' }])
      assert.equal((await t.call('GET', `/v2/past_meetings/${m.id}/participants`, { token })).body.code, 12702)
    })

    it('a user-level token sees only its own past meetings; the master form reaches a sub account', async () => {
      const host = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'other-host@example.com',
        type: 2,
      })
      const theirs = await create({ topic: 'Theirs', type: 3 }, host.id)
      const mine = await create({ topic: 'Mine', type: 3 })
      await hold(theirs.id, [{ name: 'X' }], 2)
      await hold(mine.id, [{ name: 'Y' }], 2)
      const own = await tokenWithScopes(t, ['meeting:read'])
      assert.equal((await t.call('GET', `/v2/past_meetings/${mine.id}`, { token: own })).status, 200)
      assert.equal((await t.call('GET', `/v2/past_meetings/${theirs.id}`, { token: own })).body.code, 3001)
      assert.equal((await t.call('GET', `/v2/past_meetings/${theirs.id}`, { token })).status, 200)

      const sub = await makeAccount(t, {
        sub: true,
        scopes: ['meeting:read:admin', 'meeting:write:admin', 'simulator:write:admin'],
      })
      const subToken = await sub.token()
      const sm = (await t.call('POST', '/v2/users/me/meetings', { token: subToken, body: { topic: 'Sub', type: 3 } }))
        .body
      await t.call('POST', `/sim/meetings/${sm.id}/start`, { token: subToken })
      await t.call('POST', `/sim/meetings/${sm.id}/end`, { token: subToken })
      const viaMaster = await t.call('GET', `/v2/accounts/${sub.account.id}/past_meetings/${sm.id}`, { token })
      assert.equal(viaMaster.status, 200)
      assert.equal(viaMaster.body.topic, 'Sub')
      assert.equal((await t.call('GET', `/v2/past_meetings/${sm.id}`, { token })).body.code, 3001)
    })
  })

  describe('pastMeetings (instances)', () => {
    it('lists every ended instance oldest first; [] before any; 404/3001 for an unknown meeting', async () => {
      await fresh()
      const m = await create({ topic: 'Series', type: 3 })
      let res = await t.call('GET', `/v2/past_meetings/${m.id}/instances`, { token })
      assert.deepEqual([res.status, res.body], [200, { meetings: [] }])
      const starts: number[] = []
      const uuids: string[] = []
      for (let i = 0; i < 3; i++) {
        starts.push(t.clock.now())
        uuids.push((await hold(m.id, [{ name: `P${i}` }], 5)).ended.uuid)
        await advance(DAY)
      }
      // A live instance is not listed.
      await sim(m.id, '/start')
      res = await t.call('GET', `/v2/past_meetings/${m.id}/instances`, { token })
      assert.deepEqual(
        res.body.meetings,
        uuids.map((uuid, i) => ({ uuid, start_time: iso(starts[i]) })),
      )
      await sim(m.id, '/end')
      res = await t.call('GET', '/v2/past_meetings/98765432109/instances', { token })
      assert.deepEqual([res.status, res.body], [404, { code: 3001, message: 'Meeting does not exist: 98765432109.' }])
    })

    it('PUT /meetings/{id}/status end closes the instance too: everyone leaves as the host ends it', async () => {
      const m = await create({ topic: 'Ended by API', type: 3 })
      await sim(m.id, '/start')
      const p = (await sim(m.id, '/participants', { name: 'Stayer', email: 'stayer@guest.example' })).body
      await advance(12 * MIN)
      assert.equal((await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'end' } })).status, 204)
      const past = (await t.call('GET', `/v2/past_meetings/${m.id}`, { token })).body
      assert.equal(past.uuid, m.uuid)
      assert.equal(past.duration, 12)
      assert.equal(past.participants_count, 1)
      assert.equal(past.total_minutes, 12)
      const left = find(
        await outboxEvents<ParticipantObject>(t, 'meeting.participant_left'),
        (e) => e.payload.object.participant.participant_uuid === p.participant_id,
      )
      assert.equal(left.payload.object.participant.leave_reason, 'Host ended the meeting.')
      const ended = find(await outboxEvents(t, 'meeting.ended'), (e) => e.payload.object.uuid === m.uuid)
      assert.equal(ended.payload.object.end_time, past.end_time)
    })

    it('an instant meeting’s id dies with its instance, but its past instance stays readable by id', async () => {
      const m = await create({ topic: 'Quick', type: 1 })
      await hold(m.id, [{ name: 'Q' }], 4)
      assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).status, 404)
      const past = await t.call('GET', `/v2/past_meetings/${m.id}`, { token })
      assert.equal(past.status, 200)
      assert.equal(past.body.type, 1)
      assert.equal(
        items((await t.call('GET', `/v2/past_meetings/${m.id}/instances`, { token })).body.meetings).length,
        1,
      )
    })
  })

  describe('pastMeetingParticipants', () => {
    it('one entry per session in join order, paginated with page_size and next_page_token', async () => {
      await fresh()
      const m = await create({ topic: 'Crowd', type: 3 })
      await sim(m.id, '/start')
      const start = t.clock.now()
      const ids: string[] = []
      for (const name of ['One', 'Two', 'Three', 'Four']) {
        ids.push((await sim<SimParticipant>(m.id, '/participants', { name })).body.participant_id)
        await advance(MIN)
      }
      await sim(m.id, `/participants/${ids[0]}`, undefined, 'DELETE')
      await advance(MIN)
      await sim(m.id, '/participants', { participant_id: ids[0] })
      await advance(MIN)
      await sim(m.id, '/end')

      let res = await t.call<ParticipantList>('GET', `/v2/past_meetings/${m.id}/participants?page_size=2`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.total_records, 5)
      assert.equal(res.body.page_size, 2)
      assert.equal(res.body.page_count, 3)
      assert.deepEqual(
        res.body.participants.map((p) => p.name),
        ['One', 'Two'],
      )
      const first = array(res.body.participants)[0]
      assert.deepEqual(first, {
        id: '',
        name: 'One',
        user_id: '16778240',
        user_email: '',
        join_time: iso(start),
        leave_time: iso(start + 4 * MIN),
        duration: 240,
        failover: false,
        status: 'in_meeting',
        internal_user: false,
      })
      const seen = [...res.body.participants]
      while (res.body.next_page_token) {
        res = await t.call<ParticipantList>(
          'GET',
          `/v2/past_meetings/${m.id}/participants?page_size=2&next_page_token=${res.body.next_page_token}`,
          { token },
        )
        seen.push(...res.body.participants)
      }
      assert.deepEqual(
        seen.map((p) => p.name),
        ['One', 'Two', 'Three', 'Four', 'One'],
      )
      assert.deepEqual(
        seen.map((p) => p.duration),
        [240, 300, 240, 180, 60],
      )
      const past = (await t.call('GET', `/v2/past_meetings/${m.id}`, { token })).body
      assert.equal(past.participants_count, 4)
      assert.equal(past.total_minutes, (240 + 300 + 240 + 180 + 60) / 60)
      res = await t.call('GET', `/v2/past_meetings/${m.id}/participants?next_page_token=forged`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 300])
    })

    it('emails: shown for the account’s users and registrants, empty for other guests; a rejoin by the same email is the same participant', async () => {
      const m = await create({ topic: 'Emails', type: 3 })
      await sim(m.id, '/start')
      await sim(m.id, '/participants', { name: 'Owner', email: t.seed.ownerEmail })
      const g = (await sim<SimParticipant>(m.id, '/participants', { name: 'Guest', email: 'guest@else.example' })).body
      await sim(m.id, '/participants', { name: 'Registered', email: 'reg@else.example', registrant_id: 'REG123' })
      await advance(MIN)
      await sim(m.id, `/participants/${g.participant_id}`, undefined, 'DELETE')
      const again = (
        await sim<SimParticipant>(m.id, '/participants', { name: 'Guest again', email: 'guest@else.example' })
      ).body
      assert.equal(again.participant_id, g.participant_id)
      await sim(m.id, '/end')
      const list = (await t.call('GET', `/v2/past_meetings/${m.id}/participants`, { token })).body.participants
      assert.deepEqual(
        items(list).map((p) => [p.name, p.user_email, p.internal_user, p.registrant_id]),
        [
          ['Owner', t.seed.ownerEmail, true, undefined],
          ['Guest', '', false, undefined],
          ['Registered', 'reg@else.example', false, 'REG123'],
          ['Guest again', '', false, undefined],
        ],
      )
      assert.equal((await t.call('GET', `/v2/past_meetings/${m.id}`, { token })).body.participants_count, 3)
    })

    it('paid accounts only: 400/200 on a free plan', async () => {
      const free = await makeAccount(t, {
        plan: 'free',
        scopes: ['meeting:read:admin', 'meeting:write:admin', 'simulator:write:admin'],
      })
      const ft = await free.token()
      const m = (await t.call('POST', '/v2/users/me/meetings', { token: ft, body: { topic: 'Free', type: 3 } })).body
      await t.call('POST', `/sim/meetings/${m.id}/start`, { token: ft })
      await t.call('POST', `/sim/meetings/${m.id}/end`, { token: ft })
      assert.equal((await t.call('GET', `/v2/past_meetings/${m.id}`, { token: ft })).status, 200)
      const res = await t.call('GET', `/v2/past_meetings/${m.id}/participants`, { token: ft })
      assert.deepEqual(
        [res.status, res.body],
        [400, { code: 200, message: `Only available for paid account: ${free.account.id}.` }],
      )
    })
  })

  describe('inMeetingControl', () => {
    it('recording start, pause, resume, stop on the live instance: 202, recording.* events, state kept', async () => {
      await fresh()
      const m = await create({ topic: 'Recorded', type: 3 })
      const control = (body: unknown, id: number | string = m.id) =>
        t.call('PATCH', `/v2/live_meetings/${id}/events`, { token, body })
      let res = await control({ method: 'recording.start' })
      assert.deepEqual([res.status, res.body], [400, { code: 300, message: 'Meeting does not exist.' }])
      res = await control({ method: 'recording.start' }, 99999999999)
      assert.deepEqual(
        [res.status, res.body],
        [404, { code: 3001, message: 'Meeting 99999999999 is not found or has expired.' }],
      )
      await sim(m.id, '/start')
      const t0 = t.clock.now()
      res = await control({ method: 'recording.start' })
      assert.equal(res.status, 202)
      assert.equal(res.text, '')
      assert.equal((await sim(m.id, '', undefined, 'GET')).body.recording, 'recording')
      await advance(MIN)
      assert.equal((await control({ method: 'recording.pause' })).status, 202)
      assert.equal((await sim(m.id, '', undefined, 'GET')).body.recording, 'paused')
      // Pausing again changes nothing.
      assert.equal((await control({ method: 'recording.pause' })).status, 202)
      await advance(MIN)
      await control({ method: 'recording.resume' })
      await advance(MIN)
      await control({ method: 'recording.stop' })
      await control({ method: 'recording.stop' })
      assert.equal((await sim(m.id, '', undefined, 'GET')).body.recording, 'stopped')
      const mine = async (name: string) =>
        (await outboxEvents(t, name))
          .filter((e) => e.payload.object.uuid === m.uuid)
          .map((e) => e.payload.object.recording_file)
      assert.deepEqual(await mine('recording.started'), [{ recording_start: iso(t0), recording_end: '' }])
      assert.deepEqual(await mine('recording.paused'), [{ recording_start: iso(t0), recording_end: iso(t0 + MIN) }])
      assert.deepEqual(await mine('recording.resumed'), [{ recording_start: iso(t0 + 2 * MIN), recording_end: '' }])
      assert.deepEqual(await mine('recording.stopped'), [
        { recording_start: iso(t0), recording_end: iso(t0 + 3 * MIN) },
      ])
      const started = find(await outboxEvents(t, 'recording.started'), (e) => e.payload.object.uuid === m.uuid)
      assert.equal(started.payload.object.id, m.id)
      assert.equal(started.payload.object.topic, 'Recorded')
      await sim(m.id, '/end')
      const row = await t.server.svc.db.kysely
        .selectFrom('meeting_instances')
        .select('data')
        .where('uuid', '=', m.uuid)
        .executeTakeFirstOrThrow()
      assert.deepEqual(JSON.parse(row.data).recording, {
        status: 'stopped',
        // A pause and resume stay in the first set of files.
        segments: [
          { start: t0, end: t0 + MIN, set: 0 },
          { start: t0 + 2 * MIN, end: t0 + 3 * MIN, set: 0 },
        ],
      })
    })

    it('invite, call-outs and the waiting room; validation; cloud recording off', async () => {
      const m = await create({ topic: 'Controls', type: 3 })
      const control = (body: unknown) => t.call('PATCH', `/v2/live_meetings/${m.id}/events`, { token, body })
      // Call-outs work before the meeting is live.
      let res = await control({
        method: 'participant.invite.callout',
        params: {
          invitee_name: 'Phone Guest',
          phone_number: '+1 555 0100',
          invite_options: { require_greeting: false },
        },
      })
      assert.equal(res.status, 202)
      const ring = find(
        await outboxEvents<ParticipantObject>(t, 'meeting.participant_phone_callout_ringing'),
        (e) => e.payload.object.id === m.id,
      )
      assert.deepEqual(ring.payload.object.participant, { invitee_name: 'Phone Guest', phone_number: 15550100 })
      assert.equal(ring.payload.object.uuid, m.uuid)
      res = await control({ method: 'participant.invite', params: { contacts: [{ email: t.seed.ownerEmail }] } })
      assert.equal(res.body.code, 300)

      await sim(m.id, '/start')
      res = await control({ method: 'participant.invite', params: { contacts: [{ email: t.seed.ownerEmail }] } })
      assert.equal(res.status, 202)
      const inv = (await outboxEvents<ParticipantObject>(t, 'meeting.invitation_dispatched')).filter(
        (e) => e.payload.object.uuid === m.uuid,
      )
      assert.equal(inv.length, 1)
      assert.equal(inv[0].payload.object.participant.email, t.seed.ownerEmail)
      assert.ok(inv[0].payload.operator_id)
      res = await control({ method: 'participant.invite', params: { contacts: [{ email: 'nobody@nowhere.example' }] } })
      assert.deepEqual([res.status, res.body.code], [404, 1001])
      res = await control({ method: 'participant.invite', params: { contacts: [] } })
      assert.deepEqual(res.body.errors, [{ field: 'params.contacts', message: 'This field is required.' }])
      res = await control({
        method: 'participant.invite',
        params: { contacts: Array.from({ length: 11 }, () => ({ email: t.seed.ownerEmail })) },
      })
      assert.equal(res.body.code, 300)
      res = await control({
        method: 'participant.invite.room_system_callout',
        params: { call_type: 'fax', device_ip: '10.0.0.1' },
      })
      assert.deepEqual(res.body.errors, [
        { field: 'params.call_type', message: 'Invalid field. Allowed values: h323, sip.' },
      ])
      res = await control({
        method: 'participant.invite.room_system_callout',
        params: { call_type: 'sip', device_ip: '10.0.0.1', sip_headers: { from_display_name: 'Lobby' } },
      })
      assert.equal(res.status, 202)
      const room = find(
        await outboxEvents<ParticipantObject>(t, 'meeting.participant_room_system_callout_ringing'),
        (e) => e.payload.object.uuid === m.uuid,
      )
      assert.deepEqual(room.payload.object.participant, { call_type: 'sip', device_ip: '10.0.0.1' })
      assert.equal(room.payload.object.inviter_name, 'Account Owner')
      res = await control({
        method: 'waiting_room.update',
        params: { waiting_room_title: 'Hold on', waiting_room_description: 'Starting soon' },
      })
      assert.equal(res.status, 202)
      res = await control({ method: 'waiting_room.update', params: {} })
      assert.equal(res.body.code, 300)
      res = await control({ method: 'recording.explode' })
      assert.equal(res.body.code, 300)
      res = await control({})
      assert.deepEqual(res.body.errors, [{ field: 'method', message: 'This field is required.' }])

      const row = await t.server.svc.db.kysely
        .selectFrom('meeting_instances')
        .select('data')
        .where('uuid', '=', m.uuid)
        .executeTakeFirstOrThrow()
      const doc = JSON.parse(row.data) as { waiting_room: Json; invitations: Json[]; callouts: Json[] }
      assert.equal(doc.waiting_room.title, 'Hold on')
      assert.equal(doc.waiting_room.description, 'Starting soon')
      assert.deepEqual(
        doc.invitations.map((x) => x.email),
        [t.seed.ownerEmail],
      )
      assert.deepEqual(
        doc.callouts.map((x) => [x.kind, x.device_ip]),
        [['room_system', '10.0.0.1']],
      )
      await sim(m.id, '/end')

      const free = await makeAccount(t, { plan: 'free', scopes: ['meeting:write:admin', 'simulator:write:admin'] })
      const ft = await free.token()
      const fm = (await t.call('POST', '/v2/users/me/meetings', { token: ft, body: { type: 3 } })).body
      await t.call('POST', `/sim/meetings/${fm.id}/start`, { token: ft })
      res = await t.call('PATCH', `/v2/live_meetings/${fm.id}/events`, {
        token: ft,
        body: { method: 'recording.start' },
      })
      assert.deepEqual([res.status, res.body], [400, { code: 300, message: 'No permission.' }])
    })
  })
})
