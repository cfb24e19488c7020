import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { zoomId } from '../../src/util/ids.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { fieldError, find } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { Meeting, RegistrantAdded, RegistrantList, RegistrationObject } from '../helpers/shapes.js'
import { startTestServer, type Reply, type TestServer } from '../helpers/server.js'

const HOUR = 3600_000
const DAY = 24 * HOUR
const MEETING_SCOPES = ['meeting:read:admin', 'meeting:write:admin', 'user:read:admin']

describe('Meeting registrant rules over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const createMeeting = async (body: Record<string, unknown>, userId = 'me', tok = token) => {
    const res = await t.call<Meeting>('POST', `/v2/users/${userId}/meetings`, {
      token: tok,
      body: { type: 2, start_time: '2026-11-20T15:00:00Z', ...body },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const add = (id: number, body: unknown, qs = '', tok = token) =>
    t.call<RegistrantAdded>('POST', `/v2/meetings/${id}/registrants${qs}`, { token: tok, body })
  const list = (id: number, qs = '', tok = token) =>
    t.call<RegistrantList>('GET', `/v2/meetings/${id}/registrants${qs}`, { token: tok })
  const person = { first_name: 'Pat', email: 'pat@example.com' }

  /** Every registrant operation on the meeting, as [label, reply]. */
  const everyOperation = async (id: number, tok = token) =>
    [
      ['list', await list(id, '', tok)],
      ['add', await add(id, person, '', tok)],
      ['get', await t.call('GET', `/v2/meetings/${id}/registrants/abc`, { token: tok })],
      ['delete', await t.call('DELETE', `/v2/meetings/${id}/registrants/abc`, { token: tok })],
      [
        'status',
        await t.call('PUT', `/v2/meetings/${id}/registrants/status`, {
          token: tok,
          body: { action: 'approve', registrants: [{ id: 'abc' }] },
        }),
      ],
      [
        'batch',
        await t.call('POST', `/v2/meetings/${id}/batch_registrants`, { token: tok, body: { registrants: [person] } }),
      ],
      ['questions', await t.call('GET', `/v2/meetings/${id}/registrants/questions`, { token: tok })],
      [
        'questions update',
        await t.call('PATCH', `/v2/meetings/${id}/registrants/questions`, { token: tok, body: { questions: [] } }),
      ],
    ] as const

  describe('registration must be on', () => {
    it('a meeting without registration answers 404 "Registration has not been enabled" to every operation', async () => {
      const m = await createMeeting({})
      assert.equal(m.settings.approval_type, 2)
      for (const [label, res] of await everyOperation(m.id)) {
        assert.equal(res.status, 404, label)
        assert.deepEqual(
          res.body,
          { code: 404, message: `Registration has not been enabled for this meeting: ${m.id}.` },
          label,
        )
      }
    })

    it('instant meetings and recurring meetings without a fixed time take no registrants, whatever approval_type says', async () => {
      for (const type of [1, 3]) {
        const m = await createMeeting({ type, settings: { approval_type: 0 } })
        const res = await add(m.id, person)
        assert.equal(res.status, 404, `type ${type}`)
        assert.equal(res.body.code, 404)
      }
    })

    it('turning registration off later closes the registrant operations; the registrations stay', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const rid = (await add(m.id, person)).body.registrant_id
      assert.equal(
        (await t.call('PATCH', `/v2/meetings/${m.id}`, { token, body: { settings: { approval_type: 2 } } })).status,
        204,
      )
      assert.equal((await list(m.id)).status, 404)
      assert.equal(
        (await t.call('PATCH', `/v2/meetings/${m.id}`, { token, body: { settings: { approval_type: 1 } } })).status,
        204,
      )
      assert.deepEqual(
        (await list(m.id)).body.registrants.map((r) => r.id),
        [rid],
      )
    })
  })

  describe('who may register and read', () => {
    it('unknown and deleted meetings are 404/3001', async () => {
      let res: Reply = await add(99999999999, person)
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 3001, message: 'Meeting does not exist: 99999999999.' })
      const m = await createMeeting({ settings: { approval_type: 0 } })
      assert.equal((await t.call('DELETE', `/v2/meetings/${m.id}`, { token })).status, 204)
      res = await list(m.id)
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3001)
    })

    it("another account's meeting is 404/3001, never its registrants", async () => {
      const other = await makeAccount(t, { scopes: MEETING_SCOPES })
      const otherToken = await other.token()
      const theirs = await createMeeting({ settings: { approval_type: 0 } }, other.owner.id, otherToken)
      assert.equal((await add(theirs.id, person, '', otherToken)).status, 201)
      for (const [label, res] of await everyOperation(theirs.id)) {
        assert.equal(res.status, 404, label)
        assert.deepEqual(res.body, { code: 3001, message: `Meeting does not exist: ${theirs.id}.` }, label)
      }
      assert.equal((await list(theirs.id, '', otherToken)).body.total_records, 1)
    })

    it('a user-level token reaches only its own meetings', async () => {
      const colleague = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'reg-colleague@example.com',
        type: 2,
      })
      const m = await createMeeting({ settings: { approval_type: 0 } }, colleague.id)
      const userLevel = await tokenWithScopes(t, ['meeting:read', 'meeting:write'])
      const res = await add(m.id, person, '', userLevel)
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3001)
      assert.equal((await add(m.id, person)).status, 201)
    })

    it('a Free account is refused with 400/200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: MEETING_SCOPES })
      const freeToken = await free.token()
      const refused = await t.call('POST', `/v2/users/${free.owner.id}/meetings`, {
        token: freeToken,
        body: { type: 2, settings: { approval_type: 0 } },
      })
      assert.equal(refused.status, 400)
      const m = await createMeeting({}, free.owner.id, freeToken)
      for (const [label, res] of await everyOperation(m.id, freeToken)) {
        assert.equal(res.status, 400, label)
        assert.deepEqual(
          res.body,
          { code: 200, message: `Only available for paid account: ${free.account.id}.` },
          label,
        )
      }
    })

    it('a meeting whose host is not licensed is refused with 400/200', async () => {
      const basic = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'reg-basic@example.com',
        type: 1,
      })
      const m = await createMeeting({ settings: { approval_type: 0 } }, basic.id)
      const res = await add(m.id, person)
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 200, message: `Only available for Paid user: ${basic.id}` })
    })

    it('the host cannot register for their own meeting (400/3027)', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const res = await add(m.id, { first_name: 'Me', email: t.seed.ownerEmail.toUpperCase() })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 3027, message: 'Host can not register' })
    })

    it('bad input is 400/300: missing first name, a malformed email', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      let res = await add(m.id, { email: 'x@example.com' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.deepEqual(res.body.errors, [{ field: 'first_name', message: 'This field is required.' }])
      res = await add(m.id, { first_name: 'X', email: 'not-an-email' })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'email')
      res = await add(m.id, { first_name: 'X', email: 'x@example.com', no_of_employees: 'lots' })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'no_of_employees')
    })

    it('a master account reaches a sub account’s registrants through /accounts/{accountId}', async () => {
      const sub = await makeAccount(t, { sub: true, scopes: MEETING_SCOPES })
      const m = await createMeeting({ settings: { approval_type: 1 } }, sub.owner.id, await sub.token())
      const base = `/v2/accounts/${sub.account.id}/meetings/${m.id}/registrants`
      const added = await t.call('POST', base, { token, body: person })
      assert.equal(added.status, 201)
      assert.equal(
        (
          await t.call('PUT', `${base}/status`, {
            token,
            body: { action: 'approve', registrants: [{ id: added.body.registrant_id }] },
          })
        ).status,
        204,
      )
      const listed = await t.call<RegistrantList>('GET', base, { token })
      assert.equal(listed.status, 200)
      assert.deepEqual(
        listed.body.registrants.map((r) => r.id),
        [added.body.registrant_id],
      )
      // The plain form from the master account does not see the sub account's meeting.
      assert.equal((await list(m.id)).status, 404)
    })
  })

  describe('recurring meetings with a fixed time', () => {
    const weekly = (registrationType: number) =>
      createMeeting({
        type: 8,
        duration: 30,
        recurrence: { type: 2, weekly_days: '5', end_times: 4 },
        settings: { approval_type: 0, registration_type: registrationType },
      })

    it('registration_type 1 registers for every occurrence', async () => {
      const m = await weekly(1)
      const res = await add(m.id, person, `?occurrence_ids=${m.occurrences[0].occurrence_id}`)
      assert.equal(res.status, 201)
      assert.deepEqual(
        res.body.occurrences.map((o) => o.occurrence_id),
        m.occurrences.map((o) => o.occurrence_id),
      )
      assert.equal(res.body.start_time, m.occurrences[0].start_time)
      for (const o of m.occurrences)
        assert.equal((await list(m.id, `?occurrence_id=${o.occurrence_id}`)).body.total_records, 1)
      const ev = find(
        await outboxEvents<RegistrationObject>(t, 'meeting.registration_created'),
        (e) => e.payload.object.registrant.id === res.body.registrant_id,
      )
      assert.equal(ev.payload.object.occurrences.length, 4)
    })

    it('registration_type 3 registers for the chosen occurrences; lists and deletes work per occurrence', async () => {
      const m = await weekly(3)
      const [o1, o2, o3, o4] = m.occurrences.map((o) => o.occurrence_id)
      const res = await add(m.id, person, `?occurrence_ids=${o2},${o4}`)
      assert.equal(res.status, 201)
      assert.deepEqual(res.body.occurrences, [
        { occurrence_id: o2, start_time: m.occurrences[1].start_time, duration: 30, status: 'available' },
        { occurrence_id: o4, start_time: m.occurrences[3].start_time, duration: 30, status: 'available' },
      ])
      assert.equal(res.body.start_time, m.occurrences[1].start_time)
      const ev = find(
        await outboxEvents<RegistrationObject>(t, 'meeting.registration_created'),
        (e) => e.payload.object.registrant.id === res.body.registrant_id,
      )
      assert.deepEqual(
        ev.payload.object.occurrences.map((o) => o.occurrence_id),
        [o2, o4],
      )
      const other = await add(m.id, { first_name: 'Everyone', email: 'all@example.com' })
      assert.equal(other.body.occurrences.length, 4)

      const names = async (occ: string) =>
        (await list(m.id, `?occurrence_id=${occ}`)).body.registrants.map((r) => r.email).sort()
      assert.deepEqual(await names(o1), ['all@example.com'])
      assert.deepEqual(await names(o2), ['all@example.com', 'pat@example.com'])
      assert.deepEqual(await names(o4), ['all@example.com', 'pat@example.com'])
      assert.equal((await list(m.id)).body.total_records, 2)

      // Registering again adds occurrences to the same registration.
      const more = await add(m.id, person, `?occurrence_ids=${o3}`)
      assert.equal(more.body.registrant_id, res.body.registrant_id)
      assert.deepEqual(
        more.body.occurrences.map((o) => o.occurrence_id),
        [o2, o3, o4],
      )

      // Deleting one occurrence leaves the others; deleting the last removes the registration.
      const rid = res.body.registrant_id
      const del = (occ: string) =>
        t.call('DELETE', `/v2/meetings/${m.id}/registrants/${rid}?occurrence_id=${occ}`, { token })
      assert.equal((await del(o2)).status, 204)
      assert.deepEqual(await names(o2), ['all@example.com'])
      assert.deepEqual(await names(o4), ['all@example.com', 'pat@example.com'])
      assert.equal((await del(o2)).status, 404)
      assert.equal((await del(o3)).status, 204)
      assert.equal((await del(o4)).status, 204)
      assert.equal((await t.call('GET', `/v2/meetings/${m.id}/registrants/${rid}`, { token })).status, 404)

      // An every-occurrence registration loses just the one occurrence.
      assert.equal(
        (
          await t.call('DELETE', `/v2/meetings/${m.id}/registrants/${other.body.registrant_id}?occurrence_id=${o1}`, {
            token,
          })
        ).status,
        204,
      )
      assert.deepEqual(await names(o1), [])
      assert.deepEqual(await names(o3), ['all@example.com'])
    })

    it('registration_type 2 without occurrence_ids registers for the next occurrence', async () => {
      const m = await weekly(2)
      const res = await add(m.id, person)
      assert.deepEqual(
        res.body.occurrences.map((o) => o.occurrence_id),
        [m.occurrences[0].occurrence_id],
      )
    })

    it('status changes can name an occurrence; their events carry the registrant’s occurrences', async () => {
      const m = await createMeeting({
        type: 8,
        recurrence: { type: 1, end_times: 3 },
        settings: { approval_type: 1, registration_type: 3 },
      })
      const [o1, o2] = m.occurrences.map((o) => o.occurrence_id)
      const rid = (await add(m.id, person, `?occurrence_ids=${o2}`)).body.registrant_id
      let res = await t.call('PUT', `/v2/meetings/${m.id}/registrants/status?occurrence_id=${o1}`, {
        token,
        body: { action: 'approve', registrants: [{ id: rid }] },
      })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3000)
      res = await t.call('PUT', `/v2/meetings/${m.id}/registrants/status?occurrence_id=${o2}`, {
        token,
        body: { action: 'approve', registrants: [{ id: rid }] },
      })
      assert.equal(res.status, 204)
      const ev = find(
        await outboxEvents<RegistrationObject>(t, 'meeting.registration_approved'),
        (e) => e.payload.object.registrant.id === rid,
      )
      assert.deepEqual(ev.payload.object.occurrences, [{ occurrence_id: o2, start_time: m.occurrences[1].start_time }])
      assert.equal(ev.payload.object.start_time, m.occurrences[1].start_time)
    })

    it('one status change of several registrants gives each event that registrant’s own occurrences', async () => {
      const m = await createMeeting({
        type: 8,
        recurrence: { type: 1, end_times: 3 },
        settings: { approval_type: 1, registration_type: 3 },
      })
      const [o1, o2, o3] = m.occurrences.map((o) => o.occurrence_id)
      const at = (...ids: string[]) =>
        ids.map((id) => ({
          occurrence_id: id,
          start_time: find(m.occurrences, (o) => o.occurrence_id === id).start_time,
        }))
      const pat = (await add(m.id, person, `?occurrence_ids=${o2}`)).body.registrant_id
      const sam = (await add(m.id, { first_name: 'Sam', email: 'sam@example.com' }, `?occurrence_ids=${o1},${o3}`)).body
        .registrant_id
      const all = (await add(m.id, { first_name: 'Everyone', email: 'all@example.com' })).body.registrant_id
      const occurrencesOf = async (event: string) =>
        Object.fromEntries(
          (await outboxEvents<RegistrationObject>(t, event))
            .filter((e) => e.payload.object.id === m.id)
            .map((e) => [e.payload.object.registrant.id, e.payload.object.occurrences]),
        )

      const body = { action: 'approve', registrants: [{ id: pat }, { id: sam }, { id: all }] }
      assert.equal((await t.call('PUT', `/v2/meetings/${m.id}/registrants/status`, { token, body })).status, 204)
      assert.deepEqual(await occurrencesOf('meeting.registration_approved'), {
        [pat]: at(o2),
        [sam]: at(o1, o3),
        [all]: at(o1, o2, o3),
      })

      // Naming an occurrence: only registrants who attend it may be named, and the events still list all of theirs.
      const deny = { action: 'deny', registrants: [{ id: sam }, { id: all }] }
      assert.equal(
        (await t.call('PUT', `/v2/meetings/${m.id}/registrants/status?occurrence_id=${o3}`, { token, body: deny }))
          .status,
        204,
      )
      assert.deepEqual(await occurrencesOf('meeting.registration_denied'), { [sam]: at(o1, o3), [all]: at(o1, o2, o3) })
    })

    it('refuses occurrence ids that are not the meeting’s', async () => {
      const m = await weekly(3)
      let res: Reply = await add(m.id, person, '?occurrence_ids=123')
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: occurrence_ids.' })
      res = await list(m.id, '?occurrence_id=123')
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 3000, message: 'Invalid occurrence_id.' })
      const scheduled = await createMeeting({ settings: { approval_type: 0 } })
      res = await list(scheduled.id, `?occurrence_id=${m.occurrences[0].occurrence_id}`)
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 3000)
    })
  })

  describe('capacity', () => {
    it('a meeting takes at most 4,999 pending or approved registrants (400/3043)', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const db = t.server.svc.db.kysely
      const now = t.clock.now()
      const rows = Array.from({ length: 4999 }, (_, i) => ({
        id: zoomId(),
        account_id: t.seed.accountId,
        meeting_id: m.id,
        email: `filler${i}@example.com`,
        status: i === 0 ? 'denied' : 'approved',
        all_occurrences: 1,
        created_at: now,
        updated_at: now,
        data: JSON.stringify({
          email: `filler${i}@example.com`,
          first_name: 'F',
          custom_questions: [],
          participant_pin_code: 123456,
        }),
      }))
      for (let i = 0; i < rows.length; i += 500)
        await db
          .insertInto('meeting_registrants')
          .values(rows.slice(i, i + 500))
          .execute()
      // 4,998 hold a place: one more fits.
      assert.equal((await add(m.id, { first_name: 'Last', email: 'last@example.com' })).status, 201)
      const res = await add(m.id, { first_name: 'Over', email: 'over@example.com' })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 3043, message: 'Meeting has reached maximum attendee capacity.' })
      // An existing registrant still gets their registration back.
      assert.equal((await add(m.id, { first_name: 'Last', email: 'last@example.com' })).status, 201)
    })
  })
})

describe('Meeting registrant daily limits', () => {
  let t: TestServer
  let token: string
  before(async () => {
    t = await startTestServer({ rateLimits: true })
    token = await t.token()
  })
  after(() => t.close())

  it('three adds per registrant per day, ten status updates; the next UTC day starts afresh', async () => {
    const created = await t.call('POST', '/v2/users/me/meetings', {
      token,
      body: { type: 2, start_time: '2026-11-20T15:00:00Z', settings: { approval_type: 1 } },
    })
    const id = created.body.id
    const add = (email: string) =>
      t.call('POST', `/v2/meetings/${id}/registrants`, { token, body: { first_name: 'R', email } })
    for (let i = 0; i < 3; i++) assert.equal((await add('repeat@example.com')).status, 201)
    const limited = await add('Repeat@example.com')
    assert.equal(limited.status, 429)
    assert.deepEqual(limited.body, {
      code: 429,
      message:
        'You have exceeded the daily rate limit of (3) for Add meeting registrant API requests for the registrant (Repeat@example.com). You can resume these API requests at GMT 00:00:00.',
    })
    assert.equal((await add('someone-else@example.com')).status, 201)

    const rid = (await t.call<RegistrantList>('GET', `/v2/meetings/${id}/registrants?status=pending`, { token })).body
      .registrants[0].id
    const flip = (action: string) =>
      t.call('PUT', `/v2/meetings/${id}/registrants/status`, { token, body: { action, registrants: [{ id: rid }] } })
    for (let i = 0; i < 10; i++) assert.equal((await flip(i % 2 ? 'deny' : 'approve')).status, 204)
    const tooMany = await flip('approve')
    assert.equal(tooMany.status, 429)
    assert.equal(tooMany.body.code, 429)

    t.clock.advance(DAY)
    token = await t.token()
    assert.equal((await add('repeat@example.com')).status, 201)
    assert.equal((await flip('approve')).status, 204)
  })
})
