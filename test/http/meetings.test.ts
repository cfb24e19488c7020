import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { startWithOwner } from '../helpers/fixtures.js'
import type { Meeting, MeetingList } from '../helpers/shapes.js'
import { fieldError, find, must, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const HOUR = 3600_000
const DAY = 24 * HOUR

function zakClaims(startUrl: string): { exp: number; [claim: string]: unknown } {
  const zak = must(new URL(startUrl).searchParams.get('zak'), 'zak')
  return JSON.parse(Buffer.from(zak.split('.')[1], 'base64url').toString()) as { exp: number }
}

describe('Meetings over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  /** Moves the clock; tokens live an hour, so a fresh one follows. */
  const advance = async (ms: number) => {
    t.clock.advance(ms)
    token = await t.token()
  }
  const create = (body: unknown, userId = 'me', tok = token) =>
    t.call<Meeting>('POST', `/v2/users/${encodeURIComponent(userId)}/meetings`, { token: tok, body })
  const get = (id: number | string, qs = '', tok = token) =>
    t.call<Meeting>('GET', `/v2/meetings/${id}${qs}`, { token: tok })

  describe('meetingCreate', () => {
    it('a scheduled meeting: 201 with Zoom’s fields, defaults, links and passcodes; the next GET shows the same', async () => {
      const res = await create({
        topic: 'Planning',
        type: 2,
        start_time: '2026-11-20T15:00:00Z',
        duration: 45,
        agenda: 'Q4',
      })
      assert.equal(res.status, 201)
      const m = res.body
      assert.equal(typeof m.id, 'number')
      assert.match(String(m.id), /^\d{11}$/)
      assert.match(m.uuid, /^[A-Za-z0-9+/]{22}==$/)
      assert.equal(m.host_id, ownerId)
      assert.equal(m.host_email, t.seed.ownerEmail)
      assert.equal(m.topic, 'Planning')
      assert.equal(m.type, 2)
      assert.equal(m.status, 'waiting')
      assert.equal(m.start_time, '2026-11-20T15:00:00Z')
      assert.equal(m.duration, 45)
      assert.equal(m.agenda, 'Q4')
      assert.equal(m.timezone, 'UTC')
      assert.equal(m.created_at, '2026-11-02T09:00:00Z')
      assert.equal(m.pre_schedule, false)
      assert.equal(m.creation_source, 'open_api')
      // The account requires passcodes for new meetings by default: one is generated.
      assert.match(m.password, /^[A-Za-z0-9@_*-]{6,10}$/)
      assert.match(m.h323_password, /^\d{6,10}$/)
      assert.equal(m.pstn_password, m.h323_password)
      assert.ok(m.encrypted_password)
      assert.equal(m.join_url, `${t.origin}/j/${m.id}?pwd=${m.encrypted_password}.1`)
      assert.ok(m.start_url.startsWith(`${t.origin}/s/${m.id}?zak=`))
      assert.equal(m.settings.approval_type, 2)
      assert.equal(m.settings.audio, 'both')
      assert.equal(m.settings.auto_recording, 'none')
      assert.equal(m.settings.waiting_room, true)
      assert.equal(m.settings.join_before_host, false)
      assert.equal(m.settings.jbh_time, 0)
      assert.equal(m.settings.alternative_hosts, '')
      assert.equal(m.settings.registration_type, undefined)
      assert.equal(m.occurrences, undefined)
      assert.equal(m.registration_url, undefined)

      const got = await get(m.id)
      assert.equal(got.status, 200)
      for (const k of [
        'id',
        'uuid',
        'topic',
        'type',
        'start_time',
        'duration',
        'password',
        'join_url',
        'agenda',
        'timezone',
        'created_at',
      ])
        assert.deepEqual(got.body[k], m[k], k)
      assert.deepEqual(got.body.settings, m.settings)
    })

    it('instant (1), recurring without fixed time (3) and with fixed time (8) meetings', async () => {
      const instant = await create({ topic: 'Now', type: 1 })
      assert.equal(instant.status, 201)
      assert.equal(instant.body.type, 1)
      assert.equal(instant.body.start_time, '2026-11-02T09:00:00Z')
      const noFixed = await create({ topic: 'Whenever', type: 3 })
      assert.equal(noFixed.status, 201)
      assert.equal(noFixed.body.type, 3)
      assert.equal(noFixed.body.start_time, undefined)
      assert.equal(noFixed.body.occurrences, undefined)
      const fixed = await create({
        topic: 'Daily',
        type: 8,
        start_time: '2026-11-03T08:00:00Z',
        duration: 15,
        recurrence: { type: 1, end_times: 3 },
      })
      assert.equal(fixed.status, 201)
      assert.equal(fixed.body.type, 8)
      assert.deepEqual(fixed.body.recurrence, { type: 1, repeat_interval: 1, end_times: 3 })
      assert.deepEqual(
        fixed.body.occurrences.map((o) => [o.occurrence_id, o.start_time, o.duration, o.status]),
        [
          [String(Date.UTC(2026, 10, 3, 8)), '2026-11-03T08:00:00Z', 15, 'available'],
          [String(Date.UTC(2026, 10, 4, 8)), '2026-11-04T08:00:00Z', 15, 'available'],
          [String(Date.UTC(2026, 10, 5, 8)), '2026-11-05T08:00:00Z', 15, 'available'],
        ],
      )
      assert.equal(fixed.body.settings.registration_type, 1)
      const ids = new Set([instant.body.id, noFixed.body.id, fixed.body.id])
      assert.equal(ids.size, 3)
    })

    it('start_time without Z is wall-clock time in `timezone` (daylight saving included)', async () => {
      const winter = await create({ type: 2, start_time: '2026-12-01T10:00:00', timezone: 'America/New_York' })
      assert.equal(winter.body.start_time, '2026-12-01T15:00:00Z')
      assert.equal(winter.body.timezone, 'America/New_York')
      const summer = await create({ type: 2, start_time: '2027-07-01T10:00:00', timezone: 'America/New_York' })
      assert.equal(summer.body.start_time, '2027-07-01T14:00:00Z')
      const tokyo = await create({ type: 2, start_time: '2026-12-01T10:00:00', timezone: 'Asia/Tokyo' })
      assert.equal(tokyo.body.start_time, '2026-12-01T01:00:00Z')
      const utc = await create({ type: 2, start_time: '2026-12-01T10:00:00Z', timezone: 'Asia/Tokyo' })
      assert.equal(utc.body.start_time, '2026-12-01T10:00:00Z')
      assert.equal(utc.body.timezone, 'Asia/Tokyo')
    })

    it('bad start_time or timezone is 400/300 naming the field', async () => {
      let res = await create({ type: 2, start_time: 'next tuesday' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.deepEqual(res.body.errors, [{ field: 'start_time', message: 'Invalid field.' }])
      res = await create({ type: 2, start_time: '2026-02-30T10:00:00Z' })
      assert.equal(res.body.code, 300)
      res = await create({ type: 2, timezone: 'Mars/Olympus_Mons' })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body.errors, [{ field: 'timezone', message: 'Invalid field.' }])
      res = await create({ type: 5 })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'type')
    })

    it('passcodes: at most 10 characters of [a-zA-Z0-9@-_*]', async () => {
      let res = await create({ type: 2, password: 'abcdefghijk' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'password')
      res = await create({ type: 2, password: 'abc!def' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'password')
      res = await create({ type: 2, password: 'ab c123' })
      assert.equal(res.body.code, 300)
      res = await create({ type: 2, password: 'Ab1@-_*x' })
      assert.equal(res.status, 201)
      assert.equal(res.body.password, 'Ab1@-_*x')
      assert.match(str(res.body.pstn_password), /^\d{6,}$/)
      res = await create({ type: 2, password: '246810' })
      assert.equal(res.body.pstn_password, '246810')
      assert.equal(res.body.h323_password, '246810')
    })

    it("passcodes follow the account's requirements; none is generated when the account does not require one", async () => {
      const other = await makeAccount(t, { scopes: ['meeting:write:admin', 'meeting:read:admin', 'user:read:admin'] })
      const svc = t.server.svc
      const row = must(await svc.accounts.get(other.account.id))
      const settings = {
        schedule_meeting: {
          require_password_for_scheduling_new_meetings: false,
          meeting_password_requirement: { length: 8, have_number: true, have_upper_and_lower_characters: true },
        },
      }
      await svc.accounts.update(other.account.id, { data: JSON.stringify({ ...svc.accounts.data(row), settings }) })
      const tok = await other.token()
      let res = await create({ type: 2, password: 'Abc12' }, other.owner.id, tok)
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'password')
      assert.match(fieldError(res.body).message, /at least 8/)
      res = await create({ type: 2, password: 'Abcdefgh' }, other.owner.id, tok)
      assert.equal(res.body.code, 300)
      assert.match(fieldError(res.body).message, /number/)
      res = await create({ type: 2, password: 'abcdefg1' }, other.owner.id, tok)
      assert.equal(res.body.code, 300)
      assert.match(fieldError(res.body).message, /uppercase/)
      res = await create({ type: 2, password: 'Abcdefg1' }, other.owner.id, tok)
      assert.equal(res.status, 201)

      res = await create({ type: 2 }, other.owner.id, tok)
      assert.equal(res.status, 201)
      assert.equal(res.body.password, undefined)
      assert.equal(res.body.join_url, `${t.origin}/j/${res.body.id}`)

      res = await create({ type: 2, default_password: true }, other.owner.id, tok)
      assert.equal(res.status, 201)
      assert.match(str(res.body.password), /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{8,10}$/)
    })

    it('the waiting room turns join-before-host off; without it join_before_host and jbh_time stick', async () => {
      let res = await create({ type: 2, settings: { join_before_host: true, jbh_time: 10 } })
      assert.equal(res.body.settings.waiting_room, true)
      assert.equal(res.body.settings.join_before_host, false)
      res = await create({
        type: 2,
        settings: {
          waiting_room: false,
          join_before_host: true,
          jbh_time: 15,
          host_video: true,
          mute_upon_entry: true,
          audio: 'voip',
          auto_recording: 'cloud',
          approval_type: 0,
        },
      })
      const s = res.body.settings
      assert.deepEqual(
        [
          s.waiting_room,
          s.join_before_host,
          s.jbh_time,
          s.host_video,
          s.mute_upon_entry,
          s.audio,
          s.auto_recording,
          s.approval_type,
        ],
        [false, true, 15, true, true, 'voip', 'cloud', 0],
      )
      assert.equal(
        res.body.registration_url,
        `${t.origin}/meeting/register/${new URL(res.body.registration_url).pathname.split('/').pop()}`,
      )
      res = await create({ type: 2, settings: { jbh_time: 7 } })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'settings.jbh_time')
    })

    it('alternative hosts must be licensed users of the account', async () => {
      const svc = t.server.svc
      const licensed = await svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'alt-licensed@example.com',
        type: 2,
      })
      await svc.users.create(t.seed.accountId, { action: 'custCreate', email: 'alt-basic@example.com', type: 1 })
      let res = await create({ type: 2, settings: { alternative_hosts: `${licensed.id}; ALT-licensed@example.com` } })
      assert.equal(res.status, 201)
      assert.equal(res.body.settings.alternative_hosts, 'alt-licensed@example.com')
      res = await create({ type: 2, settings: { alternative_hosts: 'alt-basic@example.com' } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 200)
      res = await create({ type: 2, settings: { alternative_hosts: 'nobody-here@example.com' } })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 1001)
    })

    it('schedule_for another user of the account makes them the host; others are 400/3000', async () => {
      const svc = t.server.svc
      const colleague = await svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'colleague@example.com',
        type: 2,
      })
      const res = await create({ topic: 'For a colleague', type: 2, schedule_for: 'colleague@example.com' })
      assert.equal(res.status, 201)
      assert.equal(res.body.host_id, colleague.id)
      assert.equal(res.body.host_email, 'colleague@example.com')
      assert.equal(res.body.assistant_id, ownerId)
      const listed = await t.call<MeetingList>('GET', `/v2/users/${colleague.id}/meetings`, { token })
      assert.deepEqual(
        listed.body.meetings.map((m) => m.id),
        [res.body.id],
      )

      const other = await makeAccount(t)
      let bad = await create({ type: 2, schedule_for: other.owner.email })
      assert.equal(bad.status, 400)
      assert.deepEqual(bad.body, { code: 3000, message: `You cannot schedule a meeting for ${other.owner.email}.` })
      bad = await create({ type: 1, schedule_for: colleague.id })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 3000)
      assert.match(str(bad.body.message), /^Instant meetings do not support the schedule_for parameter/)
    })

    it('tracking fields are echoed; pre_schedule is for types 2 and 3 only', async () => {
      // A meeting's tracking fields must be defined in the account (see integration-groups-meetings.test.ts).
      const field = await t.call('POST', '/v2/tracking_fields', { token, body: { field: 'Cost center' } })
      assert.equal(field.status, 201)
      let res = await create({ type: 2, tracking_fields: [{ field: 'Cost center', value: 'R&D' }], pre_schedule: true })
      assert.equal(res.status, 201)
      assert.deepEqual(res.body.tracking_fields, [{ field: 'Cost center', value: 'R&D', visible: true }])
      assert.equal(res.body.pre_schedule, true)
      res = await create({ type: 8, pre_schedule: true, recurrence: { type: 1 } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 3000)
    })

    it("another account's user is 404/1001; a user-level token cannot create for others", async () => {
      const other = await makeAccount(t)
      const res = await create({ type: 2 }, other.owner.id)
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 1001)
      const userLevel = await tokenWithScopes(t, ['meeting:write', 'meeting:read'])
      const mine = await create({ type: 2, topic: 'mine' }, 'me', userLevel)
      assert.equal(mine.status, 201)
      const colleague = await t.server.svc.users.byEmail(t.seed.accountId, 'colleague@example.com')
      const theirs = await create({ type: 2 }, must(colleague).id, userLevel)
      assert.equal(theirs.status, 400)
      assert.equal(theirs.body.code, 200)
    })

    it('emits meeting.created with operator and the meeting', async () => {
      const res = await create({ topic: 'Evented', type: 2, start_time: '2026-12-24T18:00:00Z' })
      const ev = find(await outboxEvents<Meeting>(t, 'meeting.created'), (e) => e.payload.object.id === res.body.id)
      assert.ok(ev)
      assert.equal(ev.payload.account_id, t.seed.accountId)
      assert.equal(ev.payload.operator, t.seed.ownerEmail)
      assert.equal(ev.payload.operator_id, ownerId)
      assert.equal(ev.payload.object.uuid, res.body.uuid)
      assert.equal(ev.payload.object.topic, 'Evented')
      assert.equal(ev.payload.object.start_time, '2026-12-24T18:00:00Z')
      assert.equal(ev.payload.object.join_url, res.body.join_url)
      assert.equal(ev.payload.object.settings.use_pmi, false)
    })
  })

  describe('meeting', () => {
    it("another account's meeting is 404/3001, both ways", async () => {
      const other = await makeAccount(t, { scopes: ['meeting:write:admin', 'meeting:read:admin'] })
      const theirs = await create({ type: 2, topic: 'theirs' }, other.owner.id, await other.token())
      assert.equal(theirs.status, 201)
      const res = await get(theirs.body.id)
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 3001, message: `Meeting does not exist: ${theirs.body.id}.` })
      const mine = await create({ type: 2 })
      const back = await get(mine.body.id, '', await other.token())
      assert.equal(back.status, 404)
      assert.equal(back.body.code, 3001)
      assert.equal((await get(theirs.body.id, '', await other.token())).status, 200)
    })

    it('an unknown meeting id is 404/3001', async () => {
      const res = await get('12345678901')
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 3001, message: 'Meeting does not exist: 12345678901.' })
    })

    it("a user-level token sees only its user's meetings", async () => {
      const colleague = await t.server.svc.users.byEmail(t.seed.accountId, 'colleague@example.com')
      const theirs = await create({ type: 2 }, must(colleague).id)
      const mine = await create({ type: 2 })
      const userLevel = await tokenWithScopes(t, ['meeting:read'])
      assert.equal((await get(mine.body.id, '', userLevel)).status, 200)
      assert.equal((await get(theirs.body.id, '', userLevel)).body.code, 3001)
    })

    it('start_url carries a ZAK that expires two hours after each read, so a later GET gives a new one', async () => {
      const host = await t.server.svc.users.create(t.seed.accountId, {
        action: 'autoCreate',
        email: 'zak-host@example.com',
        type: 2,
        password: 'Str0ngPassw0rd',
      })
      const m = (await create({ type: 2 }, host.id)).body
      const first = await get(m.id)
      const again = await get(m.id)
      assert.equal(again.body.start_url, first.body.start_url)
      const claims = zakClaims(first.body.start_url)
      assert.equal(claims.exp * 1000, t.clock.now() + 2 * HOUR)
      assert.equal(claims.uid, host.id)
      assert.equal(claims.mnum, String(m.id))
      await advance(3 * HOUR)
      const later = await get(m.id)
      assert.notEqual(later.body.start_url, first.body.start_url)
      assert.equal(zakClaims(later.body.start_url).exp * 1000, t.clock.now() + 2 * HOUR)
      const meetings = t.server.svc.use(MeetingService)
      assert.ok(await meetings.verifyZak(must(new URL(later.body.start_url).searchParams.get('zak'))))
      await advance(2 * HOUR + 1000)
      assert.equal(await meetings.verifyZak(must(new URL(later.body.start_url).searchParams.get('zak'))), undefined)
      // Hosts made with custCreate get start URLs that last 90 days.
      const own = (await create({ type: 2 })).body
      assert.equal(zakClaims(own.start_url).exp * 1000, t.clock.now() + 90 * DAY)
    })

    it('a scheduled meeting id expires 30 days after its time', async () => {
      const m = (await create({ type: 2, start_time: new Date(t.clock.now() + DAY).toISOString() })).body
      await advance(30 * DAY)
      assert.equal((await get(m.id)).status, 200)
      await advance(2 * DAY)
      const res = await get(m.id)
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3001)
    })
  })

  describe('meetingUpdate', () => {
    it('PATCH changes only the given fields; 204 and the next GET shows them; meeting.updated carries old and new', async () => {
      const m = (
        await create({
          topic: 'Before',
          type: 2,
          start_time: '2027-01-10T10:00:00Z',
          agenda: 'a',
          settings: { waiting_room: false, host_video: true },
        })
      ).body
      const res = await t.call('PATCH', `/v2/meetings/${m.id}`, {
        token,
        body: { topic: 'After', settings: { mute_upon_entry: true }, duration: 90 },
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      const got = (await get(m.id)).body
      assert.equal(got.topic, 'After')
      assert.equal(got.duration, 90)
      assert.equal(got.agenda, 'a')
      assert.equal(got.start_time, '2027-01-10T10:00:00Z')
      assert.equal(got.settings.mute_upon_entry, true)
      assert.equal(got.settings.waiting_room, false)
      assert.equal(got.settings.host_video, true)
      assert.equal(got.password, m.password)
      const ev = find(await outboxEvents<Meeting>(t, 'meeting.updated'), (e) => e.payload.object.id === m.id)
      assert.ok(ev)
      assert.deepEqual(ev.payload.object, {
        id: m.id,
        uuid: m.uuid,
        topic: 'After',
        duration: 90,
        settings: { mute_upon_entry: true },
      })
      assert.deepEqual(ev.payload.old_object, {
        id: m.id,
        uuid: m.uuid,
        topic: 'Before',
        duration: 60,
        settings: { mute_upon_entry: false },
      })
      assert.equal(ev.payload.operator, t.seed.ownerEmail)
      assert.equal(ev.payload.operator_id, ownerId)
      assert.equal(ev.payload.time_stamp, t.clock.now())
    })

    it('password, start_time with timezone, and type changes', async () => {
      const m = (await create({ type: 2, start_time: '2027-01-10T10:00:00Z' })).body
      let res = await t.call('PATCH', `/v2/meetings/${m.id}`, { token, body: { password: 'no way!' } })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'password')
      res = await t.call('PATCH', `/v2/meetings/${m.id}`, {
        token,
        body: { password: 'Fresh123', start_time: '2027-01-11T09:30:00', timezone: 'Europe/Paris' },
      })
      assert.equal(res.status, 204)
      let got = (await get(m.id)).body
      assert.equal(got.password, 'Fresh123')
      assert.notEqual(got.join_url, m.join_url)
      assert.equal(got.start_time, '2027-01-11T08:30:00Z')
      assert.equal(got.timezone, 'Europe/Paris')
      res = await t.call('PATCH', `/v2/meetings/${m.id}`, {
        token,
        body: { type: 8, recurrence: { type: 1, repeat_interval: 2, end_times: 3 } },
      })
      assert.equal(res.status, 204)
      got = (await get(m.id)).body
      assert.equal(got.type, 8)
      assert.deepEqual(
        got.occurrences.map((o) => o.start_time),
        ['2027-01-11T08:30:00Z', '2027-01-13T08:30:00Z', '2027-01-15T08:30:00Z'],
      )
      res = await t.call('PATCH', `/v2/meetings/${m.id}`, { token, body: { type: 2 } })
      got = (await get(m.id)).body
      assert.equal(got.type, 2)
      assert.equal(got.occurrences, undefined)
      assert.equal(got.recurrence, undefined)
    })

    it('a started meeting cannot be updated (400/3000); an unknown one is 404/3001', async () => {
      const m = (await create({ type: 2 })).body
      const meetings = t.server.svc.use(MeetingService)
      await meetings.setStatus(await meetings.get(t.seed.accountId, m.id), 'started')
      const res = await t.call('PATCH', `/v2/meetings/${m.id}`, { token, body: { topic: 'x' } })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 3000,
        message: 'You cannot update or delete meetings that have started using this method.',
      })
      const del = await t.call('DELETE', `/v2/meetings/${m.id}`, { token })
      assert.equal(del.status, 400)
      assert.equal(del.body.code, 3002)
      const missing = await t.call('PATCH', '/v2/meetings/99999999999', { token, body: { topic: 'x' } })
      assert.equal(missing.status, 404)
      assert.equal(missing.body.code, 3001)
    })
  })

  describe('meetingDelete and meetingStatus', () => {
    it('DELETE is 204; the meeting is then 404/3001 and out of lists; recover brings it back within 7 days', async () => {
      const m = (await create({ topic: 'Doomed', type: 2, start_time: '2027-02-01T10:00:00Z' })).body
      const res = await t.call(
        'DELETE',
        `/v2/meetings/${m.id}?schedule_for_reminder=true&cancel_meeting_reminder=false`,
        { token },
      )
      assert.equal(res.status, 204)
      assert.equal((await get(m.id)).body.code, 3001)
      assert.equal((await t.call('DELETE', `/v2/meetings/${m.id}`, { token })).status, 404)
      const list = await t.call<MeetingList>('GET', '/v2/users/me/meetings?page_size=300', { token })
      assert.ok(!list.body.meetings.some((x) => x.id === m.id))
      const deleted = find(await outboxEvents<Meeting>(t, 'meeting.deleted'), (e) => e.payload.object.id === m.id)
      assert.equal(deleted.payload.operation, 'all')
      assert.equal(deleted.payload.object.topic, 'Doomed')
      assert.equal(deleted.payload.object.uuid, m.uuid)

      await advance(6 * DAY)
      const rec = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'recover' } })
      assert.equal(rec.status, 204)
      const back = await get(m.id)
      assert.equal(back.status, 200)
      assert.equal(back.body.topic, 'Doomed')
      assert.equal(back.body.password, m.password)
      const recovered = find(await outboxEvents<Meeting>(t, 'meeting.recovered'), (e) => e.payload.object.id === m.id)
      assert.equal(recovered.payload.operation, 'all')
      assert.equal(recovered.payload.operator_id, ownerId)
    })

    it('after the recovery window a deleted meeting is gone for good', async () => {
      const m = (await create({ type: 3 })).body
      await t.call('DELETE', `/v2/meetings/${m.id}`, { token })
      await advance(8 * DAY)
      const rec = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'recover' } })
      assert.equal(rec.status, 404)
      assert.equal(rec.body.code, 3001)
    })

    it('end finishes the instance in progress: waiting again, a new UUID, meeting.ended', async () => {
      const m = (await create({ type: 3, topic: 'Standup' })).body
      const noop = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'end' } })
      assert.equal(noop.status, 204)
      assert.equal((await get(m.id)).body.uuid, m.uuid)
      const meetings = t.server.svc.use(MeetingService)
      await meetings.setStatus(await meetings.get(t.seed.accountId, m.id), 'started')
      assert.equal((await get(m.id)).body.status, 'started')
      await advance(25 * 60_000)
      const res = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'end' } })
      assert.equal(res.status, 204)
      const got = (await get(m.id)).body
      assert.equal(got.status, 'waiting')
      assert.notEqual(got.uuid, m.uuid)
      const ended = find(await outboxEvents(t, 'meeting.ended'), (e) => e.payload.object.id === String(m.id))
      assert.ok(ended)
      assert.equal(ended.payload.object.uuid, m.uuid)
      assert.equal(ended.payload.object.topic, 'Standup')
      assert.equal(
        Date.parse(str(ended.payload.object.end_time)) - Date.parse(str(ended.payload.object.start_time)),
        25 * 60_000,
      )
      // An instant meeting's id dies with its instance.
      const instant = (await create({ type: 1 })).body
      await meetings.setStatus(await meetings.get(t.seed.accountId, instant.id), 'started')
      assert.equal(
        (await t.call('PUT', `/v2/meetings/${instant.id}/status`, { token, body: { action: 'end' } })).status,
        204,
      )
      assert.equal((await get(instant.id)).body.code, 3001)
      const bad = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'pause' } })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
    })
  })

  describe('meetings (list)', () => {
    it('type filters: scheduled (no instant), live, upcoming, previous_meetings', async () => {
      const host = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'lister@example.com',
        type: 2,
      })
      const now = t.clock.now()
      const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
      const past = (await create({ topic: 'past', type: 2, start_time: at(now - 3 * DAY) }, host.id)).body
      const future = (await create({ topic: 'future', type: 2, start_time: at(now + 3 * DAY) }, host.id)).body
      const open = (await create({ topic: 'open', type: 3 }, host.id)).body
      const instant = (await create({ topic: 'instant', type: 1 }, host.id)).body
      const series = (
        await create(
          { topic: 'series', type: 8, start_time: at(now + DAY), recurrence: { type: 1, end_times: 2 } },
          host.id,
        )
      ).body
      const meetings = t.server.svc.use(MeetingService)
      await meetings.setStatus(await meetings.get(t.seed.accountId, instant.id), 'started')

      const topics = async (qs: string) =>
        (await t.call<MeetingList>('GET', `/v2/users/${host.id}/meetings${qs}`, { token })).body.meetings.map(
          (m) => m.topic,
        )
      assert.deepEqual(await topics(''), ['past', 'future', 'open', 'series'])
      assert.deepEqual(await topics('?type=scheduled'), ['past', 'future', 'open', 'series'])
      assert.deepEqual(await topics('?type=live'), ['instant'])
      assert.deepEqual(await topics('?type=upcoming'), ['future', 'open', 'series'])
      assert.deepEqual(await topics('?type=upcoming_meetings'), ['future', 'open', 'series'])
      assert.deepEqual(await topics('?type=previous_meetings'), ['past'])
      assert.deepEqual(await topics(`?from=${at(now + 2 * DAY).slice(0, 10)}`), ['future', 'series'])
      assert.deepEqual(await topics(`?to=${at(now).slice(0, 10)}`), ['past'])
      const item = (await t.call<MeetingList>('GET', `/v2/users/${host.id}/meetings`, { token })).body.meetings[1]
      assert.deepEqual(Object.keys(item).sort(), [
        'created_at',
        'duration',
        'host_id',
        'id',
        'join_url',
        'start_time',
        'timezone',
        'topic',
        'type',
        'uuid',
      ])
      assert.equal(item.id, future.id)
      assert.equal(item.start_time, future.start_time)
      void past
      void open
      void series
    })

    it('pages with next_page_token: every meeting exactly once; page_size above 300 is cut to 300', async () => {
      const host = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'pager@example.com',
        type: 2,
      })
      const made: number[] = []
      for (let i = 0; i < 23; i++) made.push((await create({ topic: `m${i}`, type: 3 }, host.id)).body.id)
      const seen: number[] = []
      let next = ''
      let pages = 0
      do {
        const res = await t.call<MeetingList>(
          'GET',
          `/v2/users/${host.id}/meetings?page_size=10${next ? `&next_page_token=${next}` : ''}`,
          { token },
        )
        assert.equal(res.status, 200)
        assert.equal(res.body.total_records, 23)
        assert.equal(res.body.page_size, 10)
        seen.push(...res.body.meetings.map((m) => m.id))
        next = res.body.next_page_token
        pages++
      } while (next)
      assert.equal(pages, 3)
      assert.deepEqual(seen, made)
      const big = await t.call('GET', `/v2/users/${host.id}/meetings?page_size=500`, { token })
      assert.equal(big.body.page_size, 300)
      const bad = await t.call('GET', `/v2/users/${host.id}/meetings?next_page_token=forged.token`, { token })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
    })

    it('an unknown user is 404/1001', async () => {
      const res = await t.call('GET', '/v2/users/nobody-at-all/meetings', { token })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 1001)
    })
  })

  describe('master account form', () => {
    it("a master account creates, reads, updates and deletes a sub account's user's meeting", async () => {
      const sub = await makeAccount(t, { sub: true, scopes: ['meeting:read:admin'] })
      const res = await t.call<Meeting>('POST', `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/meetings`, {
        token,
        body: { topic: 'In the sub account', type: 2 },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.host_id, sub.owner.id)
      const id = res.body.id
      assert.equal(
        (await t.call('GET', `/v2/accounts/${sub.account.id}/meetings/${id}`, { token })).body.topic,
        'In the sub account',
      )
      // The master's own account does not hold it…
      assert.equal((await get(id)).body.code, 3001)
      // …the sub account does.
      assert.equal((await get(id, '', await sub.token())).status, 200)
      const listed = await t.call<MeetingList>('GET', `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/meetings`, {
        token,
      })
      assert.deepEqual(
        listed.body.meetings.map((m) => m.id),
        [id],
      )
      assert.equal(
        (await t.call('PATCH', `/v2/accounts/${sub.account.id}/meetings/${id}`, { token, body: { topic: 'Renamed' } }))
          .status,
        204,
      )
      assert.equal((await get(id, '', await sub.token())).body.topic, 'Renamed')
      const ev = find(await outboxEvents<Meeting>(t, 'meeting.created'), (e) => e.payload.object.id === id)
      assert.equal(ev.payload.account_id, sub.account.id)
      assert.equal((await t.call('DELETE', `/v2/accounts/${sub.account.id}/meetings/${id}`, { token })).status, 204)
      assert.equal((await get(id, '', await sub.token())).body.code, 3001)
      const stranger = await makeAccount(t)
      const denied = await t.call('POST', `/v2/accounts/${stranger.account.id}/users/${stranger.owner.id}/meetings`, {
        token,
        body: { type: 2 },
      })
      assert.equal(denied.status, 400)
      assert.equal(denied.body.code, 2001)
    })
  })
})
