import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import type { Meeting, Registrant, RegistrantAdded, RegistrantList, RegistrationObject } from '../helpers/shapes.js'
import { array, find, zoomError } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

const HOUR = 3600_000

describe('Meeting registrants over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const createMeeting = async (body: Record<string, unknown>) => {
    const res = await t.call<Meeting>('POST', '/v2/users/me/meetings', {
      token,
      body: { type: 2, start_time: '2026-11-20T15:00:00Z', duration: 45, ...body },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }
  const add = (id: number, body: unknown, qs = '') =>
    t.call<RegistrantAdded>('POST', `/v2/meetings/${id}/registrants${qs}`, { token, body })
  const list = (id: number, qs = '') => t.call<RegistrantList>('GET', `/v2/meetings/${id}/registrants${qs}`, { token })
  const getOne = (id: number, rid: string) =>
    t.call<Registrant>('GET', `/v2/meetings/${id}/registrants/${rid}`, { token })
  const setStatus = (id: number, body: unknown, qs = '') =>
    t.call('PUT', `/v2/meetings/${id}/registrants/status${qs}`, { token, body })

  describe('approval_type 1 (manual approval)', () => {
    it('a new registrant is pending with a personal join link, and approving moves it to the approved list', async () => {
      const m = await createMeeting({ topic: 'Workshop', settings: { approval_type: 1 } })
      assert.ok(m.registration_url)
      const res = await add(m.id, {
        first_name: 'Jill',
        last_name: 'Chill',
        email: 'Jill@Example.com',
        city: 'Mountain View',
        no_of_employees: '1-20',
      })
      assert.equal(res.status, 201)
      const r = res.body
      assert.equal(r.id, m.id)
      assert.match(r.registrant_id, /^[A-Za-z0-9_-]{22}$/)
      assert.equal(r.topic, 'Workshop')
      assert.equal(r.start_time, '2026-11-20T15:00:00Z')
      assert.ok(r.join_url.startsWith(`${t.origin}/w/${m.id}?tk=`), r.join_url)
      assert.ok(r.join_url.endsWith(`&pwd=${m.encrypted_password}.1`))
      assert.equal(typeof r.participant_pin_code, 'number')
      assert.match(String(r.participant_pin_code), /^\d{6}$/)
      assert.equal(r.occurrences, undefined)

      // Pending: not in the default (approved) list.
      let listed = await list(m.id)
      assert.equal(listed.status, 200)
      assert.equal(listed.body.total_records, 0)
      assert.deepEqual(listed.body.registrants, [])
      listed = await list(m.id, '?status=pending')
      assert.equal(listed.body.total_records, 1)
      assert.equal(listed.body.page_size, 30)
      assert.equal(listed.body.next_page_token, '')
      const entry = listed.body.registrants[0]
      assert.equal(entry.id, r.registrant_id)
      assert.equal(entry.status, 'pending')
      assert.equal(entry.join_url, r.join_url)

      const got = await getOne(m.id, r.registrant_id)
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, {
        id: r.registrant_id,
        first_name: 'Jill',
        last_name: 'Chill',
        email: 'Jill@Example.com',
        address: '',
        city: 'Mountain View',
        country: '',
        zip: '',
        state: '',
        phone: '',
        industry: '',
        org: '',
        job_title: '',
        purchasing_time_frame: '',
        role_in_purchase_process: '',
        no_of_employees: '1-20',
        comments: '',
        custom_questions: [],
        status: 'pending',
        create_time: '2026-11-02T09:00:00Z',
        join_url: r.join_url,
        participant_pin_code: r.participant_pin_code,
      })

      const created = find(
        await outboxEvents<RegistrationObject>(t, 'meeting.registration_created'),
        (e) => e.payload.object.registrant.id === r.registrant_id,
      )
      assert.ok(created)
      assert.equal(created.payload.account_id, t.seed.accountId)
      assert.equal(created.payload.operator, undefined)
      assert.equal(created.payload.object.id, m.id)
      assert.equal(created.payload.object.uuid, m.uuid)
      assert.equal(created.payload.object.host_id, ownerId)
      assert.equal(created.payload.object.topic, 'Workshop')
      assert.equal(created.payload.object.start_time, '2026-11-20T15:00:00Z')
      assert.equal(created.payload.object.duration, 45)
      assert.equal(created.payload.object.timezone, 'UTC')
      assert.deepEqual(created.payload.object.registrant, {
        id: r.registrant_id,
        first_name: 'Jill',
        last_name: 'Chill',
        email: 'Jill@Example.com',
        city: 'Mountain View',
        no_of_employees: '1-20',
        status: 'pending',
        join_url: r.join_url,
        participant_pin_code: r.participant_pin_code,
      })

      const approved = await setStatus(m.id, { action: 'approve', registrants: [{ id: r.registrant_id }] })
      assert.equal(approved.status, 204)
      assert.equal(approved.text, '')
      assert.equal((await getOne(m.id, r.registrant_id)).body.status, 'approved')
      listed = await list(m.id)
      assert.deepEqual(
        listed.body.registrants.map((x) => x.id),
        [r.registrant_id],
      )
      assert.equal((await list(m.id, '?status=pending')).body.total_records, 0)
      const ev = find(
        await outboxEvents<RegistrationObject>(t, 'meeting.registration_approved'),
        (e) => e.payload.object.registrant.id === r.registrant_id,
      )
      assert.equal(ev.payload.operator, t.seed.ownerEmail)
      assert.equal(ev.payload.operator_id, ownerId)
      assert.deepEqual(ev.payload.object.registrant, {
        id: r.registrant_id,
        first_name: 'Jill',
        last_name: 'Chill',
        email: 'Jill@Example.com',
        join_url: r.join_url,
        participant_pin_code: r.participant_pin_code,
      })

      // Approving again changes nothing and emits nothing.
      const before = (await outboxEvents<RegistrationObject>(t, 'meeting.registration_approved')).length
      assert.equal(
        (await setStatus(m.id, { action: 'approve', registrants: [{ email: 'jill@example.com' }] })).status,
        204,
      )
      assert.equal((await outboxEvents<RegistrationObject>(t, 'meeting.registration_approved')).length, before)
    })

    it('auto_approve approves a registrant of a manually approved meeting', async () => {
      const m = await createMeeting({ settings: { approval_type: 1 } })
      const r = await add(m.id, { first_name: 'Auto', email: 'auto@example.com', auto_approve: true })
      assert.equal(r.status, 201)
      assert.equal((await getOne(m.id, r.body.registrant_id)).body.status, 'approved')
    })
  })

  describe('approval_type 0 (automatic approval)', () => {
    it('approves at once; the same email (any case) gets the same registration back, without a second event', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const first = await add(m.id, { first_name: 'Ann', email: 'ann@example.com' })
      assert.equal(first.status, 201)
      assert.equal((await getOne(m.id, first.body.registrant_id)).body.status, 'approved')
      const createdBefore = (await outboxEvents<RegistrationObject>(t, 'meeting.registration_created')).length
      const again = await add(m.id, { first_name: 'Annie', email: 'ANN@example.com' })
      assert.equal(again.status, 201)
      assert.equal(again.body.registrant_id, first.body.registrant_id)
      assert.equal(again.body.join_url, first.body.join_url)
      assert.equal(again.body.participant_pin_code, first.body.participant_pin_code)
      assert.equal((await outboxEvents<RegistrationObject>(t, 'meeting.registration_created')).length, createdBefore)
      const listed = await list(m.id)
      assert.equal(listed.body.total_records, 1)
      assert.equal(listed.body.registrants[0].first_name, 'Ann')

      // Simultaneous registrations of one email end up as one registration.
      const racing = await Promise.all(
        Array.from({ length: 5 }, () => add(m.id, { first_name: 'Racer', email: 'racer@example.com' })),
      )
      assert.ok(racing.every((r) => r.status === 201))
      assert.equal(new Set(racing.map((r) => r.body.registrant_id)).size, 1)
      assert.equal((await list(m.id)).body.total_records, 2)

      // Each registrant has a join link of their own.
      const other = await add(m.id, { first_name: 'Bob', email: 'bob@example.com' })
      assert.notEqual(other.body.registrant_id, first.body.registrant_id)
      assert.notEqual(other.body.join_url, first.body.join_url)
    })
  })

  describe('meetingRegistrantStatus', () => {
    it('deny and cancel move registrants to the denied list; cancel only applies to approved ones', async () => {
      const m = await createMeeting({ settings: { approval_type: 1 } })
      const ids: Record<string, string> = {}
      for (const name of ['dora', 'carl', 'pete'])
        ids[name] = (await add(m.id, { first_name: name, email: `${name}@example.com` })).body.registrant_id

      assert.equal((await setStatus(m.id, { action: 'deny', registrants: [{ id: ids.dora }] })).status, 204)
      assert.equal((await setStatus(m.id, { action: 'approve', registrants: [{ id: ids.carl }] })).status, 204)
      assert.equal(
        (await setStatus(m.id, { action: 'cancel', registrants: [{ email: 'carl@example.com' }, { id: ids.pete }] }))
          .status,
        204,
      )

      const denied = await list(m.id, '?status=denied')
      assert.deepEqual(denied.body.registrants.map((x) => x.id).sort(), [ids.dora, ids.carl].sort())
      assert.ok(denied.body.registrants.every((x) => x.status === 'denied'))
      const pending = await list(m.id, '?status=pending')
      assert.deepEqual(
        pending.body.registrants.map((x) => x.id),
        [ids.pete],
      )
      assert.equal((await list(m.id)).body.total_records, 0)

      const deniedEv = (await outboxEvents<RegistrationObject>(t, 'meeting.registration_denied')).filter(
        (e) => e.payload.object.id === m.id,
      )
      assert.equal(deniedEv.length, 1)
      assert.deepEqual(deniedEv[0].payload.object.registrant, {
        id: ids.dora,
        first_name: 'dora',
        email: 'dora@example.com',
      })
      assert.equal(deniedEv[0].payload.operator_id, ownerId)
      const cancelled = (await outboxEvents<RegistrationObject>(t, 'meeting.registration_cancelled')).filter(
        (e) => e.payload.object.id === m.id,
      )
      assert.equal(cancelled.length, 1)
      assert.equal(cancelled[0].payload.object.registrant.id, ids.carl)
      assert.equal(cancelled[0].payload.object.topic, m.topic)

      // A cancelled registrant may register again (same id, pending again); a denied one stays denied.
      const back = await add(m.id, { first_name: 'carl', email: 'carl@example.com' })
      assert.equal(back.body.registrant_id, ids.carl)
      assert.equal((await getOne(m.id, ids.carl)).body.status, 'pending')
      const blocked = await add(m.id, { first_name: 'dora', email: 'dora@example.com' })
      assert.equal(blocked.status, 201)
      assert.equal(blocked.body.registrant_id, ids.dora)
      assert.equal((await getOne(m.id, ids.dora)).body.status, 'denied')

      // Approving a denied registrant lets them in after all.
      await setStatus(m.id, { action: 'approve', registrants: [{ id: ids.dora }] })
      assert.equal((await getOne(m.id, ids.dora)).body.status, 'approved')
    })

    it('refuses unknown registrants (nothing changes), a missing list and a bad action', async () => {
      const m = await createMeeting({ settings: { approval_type: 1 } })
      const rid = (await add(m.id, { first_name: 'Kim', email: 'kim@example.com' })).body.registrant_id
      let res = await setStatus(m.id, {
        action: 'approve',
        registrants: [{ id: rid }, { id: 'nosuchregistrant00000' }],
      })
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 3000, message: 'Registrant nosuchregistrant00000 was not found.' })
      assert.equal((await getOne(m.id, rid)).body.status, 'pending')
      res = await setStatus(m.id, { action: 'approve', registrants: [{ email: 'nobody@example.com' }] })
      assert.equal(res.status, 404)
      res = await setStatus(m.id, { action: 'approve' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      res = await setStatus(m.id, { action: 'approve', registrants: [{}] })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      res = await setStatus(m.id, { action: 'promote', registrants: [{ id: rid }] })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      res = await setStatus(m.id, {
        action: 'approve',
        registrants: Array.from({ length: 31 }, (_, i) => ({ email: `x${i}@example.com` })),
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
    })
  })

  describe('meetingregistrantdelete', () => {
    it('a deleted registrant is gone from reads and lists', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const rid = (await add(m.id, { first_name: 'Del', email: 'del@example.com' })).body.registrant_id
      const keep = (await add(m.id, { first_name: 'Keep', email: 'keep@example.com' })).body.registrant_id
      const res = await t.call('DELETE', `/v2/meetings/${m.id}/registrants/${rid}`, { token })
      assert.equal(res.status, 204)
      const got = await getOne(m.id, rid)
      assert.equal(got.status, 404)
      assert.deepEqual(got.body, { code: 3000, message: `Registrant ${rid} was not found.` })
      assert.deepEqual(
        (await list(m.id)).body.registrants.map((x) => x.id),
        [keep],
      )
      assert.equal((await t.call('DELETE', `/v2/meetings/${m.id}/registrants/${rid}`, { token })).status, 404)
      // Registering again makes a new registration.
      const again = await add(m.id, { first_name: 'Del', email: 'del@example.com' })
      assert.notEqual(again.body.registrant_id, rid)
    })
  })

  describe('registration questions', () => {
    it('round-trip, replace per kind, and enforce required answers when adding', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const path = `/v2/meetings/${m.id}/registrants/questions`
      let got = await t.call('GET', path, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, { questions: [], custom_questions: [] })

      const upd = await t.call('PATCH', path, {
        token,
        body: {
          questions: [
            { field_name: 'last_name', required: true },
            { field_name: 'city', required: false },
            { field_name: 'org' },
          ],
          custom_questions: [
            { title: 'Why attend?', type: 'short', required: true },
            { title: 'Level', type: 'single', required: false, answers: ['Beginner', 'Expert'] },
            { title: 'Topics', type: 'multiple', answers: ['A', 'B', 'C'] },
          ],
        },
      })
      assert.equal(upd.status, 204)
      got = await t.call('GET', path, { token })
      assert.deepEqual(got.body, {
        questions: [
          { field_name: 'last_name', required: true },
          { field_name: 'city', required: false },
          { field_name: 'org', required: false },
        ],
        custom_questions: [
          { title: 'Why attend?', type: 'short', required: true, answers: [] },
          { title: 'Level', type: 'single', required: false, answers: ['Beginner', 'Expert'] },
          { title: 'Topics', type: 'multiple', required: false, answers: ['A', 'B', 'C'] },
        ],
      })

      let res = await add(m.id, {
        first_name: 'No',
        email: 'no-last@example.com',
        custom_questions: [{ title: 'Why attend?', value: 'learn' }],
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'last_name', message: 'This field is required.' }],
      })
      res = await add(m.id, { first_name: 'No', last_name: 'Answer', email: 'no-answer@example.com' })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 300, message: 'The parameter is required in custom_questions: Why attend?.' })
      res = await add(m.id, {
        first_name: 'Bad',
        last_name: 'Choice',
        email: 'bad@example.com',
        custom_questions: [
          { title: 'Why attend?', value: 'x' },
          { title: 'Level', value: 'Guru' },
        ],
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: custom_questions.' })
      res = await add(m.id, {
        first_name: 'Long',
        last_name: 'Answer',
        email: 'long@example.com',
        custom_questions: [{ title: 'Why attend?', value: 'x'.repeat(129) }],
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: custom_questions.' })
      assert.equal((await list(m.id)).body.total_records, 0)

      res = await add(m.id, {
        first_name: 'Good',
        last_name: 'Answers',
        email: 'good@example.com',
        custom_questions: [
          { title: 'Why attend?', value: 'x'.repeat(128) },
          { title: 'Level', value: 'Expert' },
        ],
      })
      assert.equal(res.status, 201)
      const r = await getOne(m.id, res.body.registrant_id)
      assert.deepEqual(r.body.custom_questions, [
        { title: 'Why attend?', value: 'x'.repeat(128) },
        { title: 'Level', value: 'Expert' },
      ])

      // Sending only custom questions leaves the standard ones as they were.
      assert.equal((await t.call('PATCH', path, { token, body: { custom_questions: [] } })).status, 204)
      got = await t.call('GET', path, { token })
      assert.equal(array(got.body.questions).length, 3)
      assert.deepEqual(got.body.custom_questions, [])
      res = await add(m.id, { first_name: 'Later', last_name: 'One', email: 'later@example.com' })
      assert.equal(res.status, 201)
    })

    it('refuses choice questions without answers and unknown fields', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const path = `/v2/meetings/${m.id}/registrants/questions`
      let res = await t.call('PATCH', path, { token, body: { custom_questions: [{ title: 'Pick', type: 'single' }] } })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Validation Failed.',
        errors: [{ field: 'custom_questions.0.answers', message: 'This field is required.' }],
      })
      res = await t.call('PATCH', path, { token, body: { questions: [{ field_name: 'shoe_size', required: true }] } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      res = await t.call('PATCH', path, { token, body: { custom_questions: [{ title: 'Q', type: 'essay' }] } })
      assert.equal(res.status, 400)
      assert.deepEqual((await t.call('GET', path, { token })).body, { questions: [], custom_questions: [] })
    })
  })

  describe('addBatchRegistrants', () => {
    it('registers several people at once, pending or approved by auto_approve', async () => {
      const m = await createMeeting({ settings: { approval_type: 1 } })
      const res = await t.call<RegistrantList>('POST', `/v2/meetings/${m.id}/batch_registrants`, {
        token,
        body: {
          registrants: [
            { email: 'b1@example.com', first_name: 'B1', last_name: 'One' },
            { email: 'b2@example.com', first_name: 'B2' },
          ],
        },
      })
      assert.equal(res.status, 200)
      assert.equal(res.body.registrants.length, 2)
      assert.deepEqual(
        res.body.registrants.map((x) => x.email),
        ['b1@example.com', 'b2@example.com'],
      )
      for (const x of res.body.registrants) {
        assert.match(x.registrant_id, /^[A-Za-z0-9_-]{22}$/)
        assert.ok(x.join_url.startsWith(`${t.origin}/w/${m.id}?tk=`))
        assert.equal(typeof x.participant_pin_code, 'number')
      }
      const pending = await list(m.id, '?status=pending')
      assert.equal(pending.body.total_records, 2)
      assert.equal(pending.body.registrants[0].last_name, 'One')

      const auto = await t.call<RegistrantList>('POST', `/v2/meetings/${m.id}/batch_registrants`, {
        token,
        body: {
          auto_approve: true,
          registrants_confirmation_email: false,
          registrants: [
            { email: 'b3@example.com', first_name: 'B3' },
            { email: 'b1@example.com', first_name: 'B1' },
          ],
        },
      })
      assert.equal(auto.status, 200)
      // An email already registered keeps its registration (and status).
      assert.equal(auto.body.registrants[1].registrant_id, res.body.registrants[0].registrant_id)
      assert.deepEqual(
        (await list(m.id)).body.registrants.map((x) => x.email),
        ['b3@example.com'],
      )
      assert.equal(
        (await outboxEvents<RegistrationObject>(t, 'meeting.registration_created')).filter(
          (e) => e.payload.object.id === m.id,
        ).length,
        3,
      )
    })

    it('is for scheduled meetings only, takes at most 30, and refuses the host (writing nothing)', async () => {
      const recurring = await createMeeting({
        type: 8,
        recurrence: { type: 1, end_times: 3 },
        settings: { approval_type: 0 },
      })
      let res = await t.call('POST', `/v2/meetings/${recurring.id}/batch_registrants`, {
        token,
        body: { registrants: [{ email: 'r@example.com', first_name: 'R' }] },
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 303,
        message:
          'This API can only be used for scheduled meeting(meeting type: 2). Batch registration is not supported for other meeting types.',
      })
      const m = await createMeeting({ settings: { approval_type: 0 } })
      res = await t.call('POST', `/v2/meetings/${m.id}/batch_registrants`, {
        token,
        body: {
          registrants: Array.from({ length: 31 }, (_, i) => ({ email: `p${i}@example.com`, first_name: `P${i}` })),
        },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      res = await t.call('POST', `/v2/meetings/${m.id}/batch_registrants`, {
        token,
        body: {
          registrants: [
            { email: 'fine@example.com', first_name: 'Fine' },
            { email: t.seed.ownerEmail, first_name: 'Host' },
          ],
        },
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 3027, message: 'Host can not register' })
      assert.equal((await list(m.id)).body.total_records, 0)
    })
  })

  describe('pagination', () => {
    it('pages through registrants with next_page_token and page_number', async () => {
      const m = await createMeeting({ settings: { approval_type: 0 } })
      const ids: string[] = []
      for (let i = 0; i < 5; i++)
        ids.push((await add(m.id, { first_name: `P${i}`, email: `page${i}@example.com` })).body.registrant_id)
      const seen: string[] = []
      let qs = '?page_size=2'
      let pages = 0
      for (;;) {
        const res = await list(m.id, qs)
        assert.equal(res.status, 200)
        assert.equal(res.body.total_records, 5)
        assert.equal(res.body.page_count, 3)
        seen.push(...res.body.registrants.map((x) => x.id))
        pages++
        if (!res.body.next_page_token) break
        qs = `?page_size=2&next_page_token=${encodeURIComponent(res.body.next_page_token)}`
      }
      assert.equal(pages, 3)
      assert.deepEqual(seen, ids)
      const third = await list(m.id, '?page_size=2&page_number=3')
      assert.deepEqual(
        third.body.registrants.map((x) => x.id),
        [ids[4]],
      )
      const bad = await list(m.id, '?next_page_token=forged.token')
      assert.equal(bad.status, 400)
      assert.equal(zoomError(bad.body).code, 300)
      const badStatus = await list(m.id, '?status=maybe')
      assert.equal(badStatus.status, 400)
    })
  })

  describe('close_registration', () => {
    it('closes registration once the meeting time is over', async () => {
      const open = await createMeeting({
        start_time: '2026-11-02T10:00:00Z',
        duration: 30,
        settings: { approval_type: 0 },
      })
      const closing = await createMeeting({
        start_time: '2026-11-02T10:00:00Z',
        duration: 30,
        settings: { approval_type: 0, close_registration: true },
      })
      assert.equal((await add(closing.id, { first_name: 'Early', email: 'early@example.com' })).status, 201)
      t.clock.advance(2 * HOUR)
      token = await t.token()
      const res = await add(closing.id, { first_name: 'Late', email: 'late@example.com' })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 3038,
        message:
          'Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.',
      })
      assert.equal((await add(open.id, { first_name: 'Late', email: 'late@example.com' })).status, 201)
    })
  })
})
