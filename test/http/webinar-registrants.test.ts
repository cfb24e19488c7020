import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { find, must, refused, zoomError, type View } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'
import type { Webinar } from '../helpers/shapes.js'
import type {
  AddWebinarRegistrantResponse,
  ListWebinarRegistrantsResponse,
  SimTrackingSourceOut,
  TrackingSourcesResponse,
  WebinarBatchRegistrantsResponse,
  WebinarRegistrantDetailOut,
  WebinarRegistrationQuestions,
} from '../../src/schemas/webinars/registrants.js'

type Added = View<typeof AddWebinarRegistrantResponse>
type Listed = View<typeof ListWebinarRegistrantsResponse>
type Detail = View<typeof WebinarRegistrantDetailOut>
type Source = View<typeof SimTrackingSourceOut>

/** `payload.object` of the webinar.registration_* events. */
interface RegistrationObject {
  id: number
  uuid: string
  type: number
  topic: string
  start_time: string
  registrant: {
    id: string
    email: string
    status: string
    join_url: string
    tracking_source?: { id: string; source_name: string; tracking_url: string }
    [key: string]: unknown
  }
}

const HOUR = 3600_000

describe('Webinar registrants and tracking sources over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const webinar = async (body: Record<string, unknown>, userId = 'me') => {
    const res = await t.call<Webinar>('POST', `/v2/users/${userId}/webinars`, {
      token,
      body: { topic: 'Launch', start_time: '2026-11-20T15:00:00Z', duration: 60, ...body },
    })
    assert.equal(res.status, 201, res.text)
    return res.body
  }
  const base = (id: number) => `/v2/webinars/${id}`
  const add = (id: number, body: unknown, qs = '') =>
    t.call<Added>('POST', `${base(id)}/registrants${qs}`, { token, body })
  const list = (id: number, qs = '') => t.call<Listed>('GET', `${base(id)}/registrants${qs}`, { token })
  const getOne = (id: number, rid: string, qs = '') =>
    t.call<Detail>('GET', `${base(id)}/registrants/${rid}${qs}`, { token })
  const setStatus = (id: number, body: unknown, qs = '') =>
    t.call('PUT', `${base(id)}/registrants/status${qs}`, { token, body })
  const batch = (id: number, body: unknown) =>
    t.call<View<typeof WebinarBatchRegistrantsResponse>>('POST', `${base(id)}/batch_registrants`, { token, body })
  const questions = (id: number) =>
    t.call<View<typeof WebinarRegistrationQuestions>>('GET', `${base(id)}/registrants/questions`, { token })
  const setQuestions = (id: number, body: unknown) =>
    t.call('PATCH', `${base(id)}/registrants/questions`, { token, body })
  const sources = (id: number) =>
    t.call<View<typeof TrackingSourcesResponse>>('GET', `${base(id)}/tracking_sources`, { token })
  const newSource = (id: number, source_name: string) =>
    t.call<Source>('POST', `/sim/webinars/${id}/tracking_sources`, { token, body: { source_name } })
  const createdEvent = async (rid: string) =>
    find(
      await outboxEvents<RegistrationObject>(t, 'webinar.registration_created'),
      (e) => e.payload.object.registrant.id === rid,
      `webinar.registration_created of ${rid}`,
    )

  it('approval_type 1: a registrant is pending with a /w/ link, approving moves them to the approved list', async () => {
    const w = await webinar({ topic: 'Pending first', password: 'pw1234', settings: { approval_type: 1 } })
    const res = await add(w.id, { first_name: 'Jill', last_name: 'Chill', email: 'Jill@Example.com', org: 'Zoom' })
    assert.equal(res.status, 201, res.text)
    const r = res.body
    assert.equal(r.id, w.id)
    assert.equal(typeof r.id, 'number')
    assert.match(r.registrant_id, /^[A-Za-z0-9_-]{22}$/)
    assert.equal(r.topic, 'Pending first')
    assert.equal(r.start_time, '2026-11-20T15:00:00Z')
    assert.match(r.join_url, new RegExp(`^${t.origin}/w/${w.id}\\?tk=[^&]+&pwd=${w.encrypted_passcode}\\.1$`))
    assert.equal('participant_pin_code' in r, false)
    assert.equal('occurrences' in r, false)

    assert.equal((await list(w.id)).body.total_records, 0)
    const pending = await list(w.id, '?status=pending')
    assert.equal(pending.status, 200)
    assert.equal(pending.body.total_records, 1)
    const entry = must(pending.body.registrants[0])
    assert.equal(entry.id, r.registrant_id)
    assert.equal(entry.status, 'pending')
    assert.equal(entry.org, 'Zoom')
    assert.equal(entry.join_url, r.join_url)
    assert.equal('participant_pin_code' in entry, false)

    const created = await createdEvent(r.registrant_id)
    assert.equal(created.payload.object.id, w.id)
    assert.equal(typeof created.payload.object.id, 'number')
    assert.equal(created.payload.object.type, 5)
    assert.equal(created.payload.object.uuid, w.uuid)
    assert.deepEqual(created.payload.object.registrant, {
      id: r.registrant_id,
      first_name: 'Jill',
      last_name: 'Chill',
      email: 'Jill@Example.com',
      org: 'Zoom',
      status: 'pending',
      join_url: r.join_url,
    })

    assert.equal((await setStatus(w.id, { action: 'approve', registrants: [{ id: r.registrant_id }] })).status, 204)
    const got = await getOne(w.id, r.registrant_id)
    assert.equal(got.status, 200)
    assert.equal(got.body.status, 'approved')
    assert.equal(got.body.create_time, '2026-11-02T09:00:00Z')
    assert.equal(got.body.last_name, 'Chill')
    assert.deepEqual(
      (await list(w.id)).body.registrants.map((x) => x.id),
      [r.registrant_id],
    )
    assert.equal((await list(w.id, '?status=pending')).body.total_records, 0)
    const approved = find(
      await outboxEvents<RegistrationObject>(t, 'webinar.registration_approved'),
      (e) => e.payload.object.registrant.id === r.registrant_id,
    )
    assert.equal(approved.payload.operator_id, ownerId)
    assert.equal(approved.payload.object.id, w.id)
    assert.deepEqual(approved.payload.object.registrant, {
      id: r.registrant_id,
      first_name: 'Jill',
      last_name: 'Chill',
      email: 'Jill@Example.com',
      join_url: r.join_url,
    })

    // Cancelling the approval lists the registrant as denied; deny and cancel emit their own events.
    assert.equal(
      (await setStatus(w.id, { action: 'cancel', registrants: [{ email: 'jill@example.com' }] })).status,
      204,
    )
    assert.equal((await getOne(w.id, r.registrant_id)).body.status, 'denied')
    assert.equal((await list(w.id, '?status=denied')).body.total_records, 1)
    const cancelled = await outboxEvents<RegistrationObject>(t, 'webinar.registration_cancelled')
    assert.ok(cancelled.some((e) => e.payload.object.registrant.id === r.registrant_id))
    const other = await add(w.id, { first_name: 'Dan', email: 'dan@example.com' })
    assert.equal(
      (await setStatus(w.id, { action: 'deny', registrants: [{ id: other.body.registrant_id }] })).status,
      204,
    )
    const denied = await outboxEvents<RegistrationObject>(t, 'webinar.registration_denied')
    assert.ok(denied.some((e) => e.payload.object.registrant.id === other.body.registrant_id))
    refused(await setStatus(w.id, { action: 'approve', registrants: [{ id: 'nobody' }] }), 404, 3000)
  })

  it('approval_type 0 approves at once; the same email gets its registration back; delete removes it', async () => {
    const w = await webinar({ settings: { approval_type: 0 } })
    const first = await add(w.id, { first_name: 'Ann', email: 'ann@example.com', language: 'fr-FR' })
    assert.equal(first.status, 201)
    const got = await getOne(w.id, first.body.registrant_id)
    assert.equal(got.body.status, 'approved')
    assert.equal(got.body.language, 'fr-FR')
    const again = await add(w.id, { first_name: 'Annie', email: 'ANN@example.com' })
    assert.equal(again.body.registrant_id, first.body.registrant_id)
    assert.equal((await list(w.id)).body.total_records, 1)
    const ev = await createdEvent(first.body.registrant_id)
    assert.equal(ev.payload.object.registrant.status, 'approved')

    const del = await t.call('DELETE', `${base(w.id)}/registrants/${first.body.registrant_id}`, { token })
    assert.equal(del.status, 204)
    refused(await getOne(w.id, first.body.registrant_id), 404, 3000)
    refused(await t.call('DELETE', `${base(w.id)}/registrants/${first.body.registrant_id}`, { token }), 404, 3000)
    assert.equal((await list(w.id)).body.total_records, 0)
  })

  it('registration off: add is 400/3000, the other registrant calls 404/404, tracking sources 400/3000', async () => {
    const w = await webinar({})
    const res = await add(w.id, { first_name: 'No', email: 'no@example.com' })
    refused(res, 400, 3000)
    assert.equal(zoomError(res.body).message, `This webinar does not have registration as required: ${w.id}.`)
    const off = `Registration has not been enabled for this webinar: ${w.id}.`
    for (const r of [
      await list(w.id),
      await getOne(w.id, 'abc'),
      await setStatus(w.id, { action: 'approve', registrants: [{ id: 'abc' }] }),
      await batch(w.id, { registrants: [{ email: 'b@example.com', first_name: 'B' }] }),
      await questions(w.id),
      await setQuestions(w.id, { questions: [] }),
      await t.call('DELETE', `${base(w.id)}/registrants/abc`, { token }),
    ]) {
      refused(r, 404, 404)
      assert.equal(zoomError(r.body).message, off)
    }
    refused(await sources(w.id), 400, 3000)
    refused(await newSource(w.id, 'Newsletter'), 400, 3000)
    // Type 6 (recurring, no fixed time) cannot take registrations either.
    const floating = await webinar({ type: 6, settings: { approval_type: 0 } })
    refused(await add(floating.id, { first_name: 'F', email: 'f@example.com' }), 400, 3000)

    // A meeting's ID is no webinar; a webinar's ID is no meeting.
    const meetingId = await createMeeting(t, token, {
      type: 2,
      start_time: '2026-11-20T15:00:00Z',
      settings: { approval_type: 0 },
    })
    refused(await add(meetingId, { first_name: 'M', email: 'm@example.com' }), 404, 3001)
    refused(await sources(meetingId), 404, 3001)
    const open = await webinar({ settings: { approval_type: 0 } })
    refused(
      await t.call('POST', `/v2/meetings/${open.id}/registrants`, {
        token,
        body: { first_name: 'W', email: 'w@example.com' },
      }),
      404,
      3001,
    )
  })

  it('registrants_restrict_number caps approved registrants: 400/3000 on add, 400/3035 on approval', async () => {
    const auto = await webinar({ settings: { approval_type: 0, registrants_restrict_number: 2 } })
    assert.equal((await add(auto.id, { first_name: 'A', email: 'a@example.com' })).status, 201)
    assert.equal((await add(auto.id, { first_name: 'B', email: 'b@example.com' })).status, 201)
    const third = await add(auto.id, { first_name: 'C', email: 'c@example.com' })
    refused(third, 400, 3000)
    assert.match(zoomError(third.body).message, /limit for the number of attendees/)
    // Someone already registered still gets their registration back.
    assert.equal((await add(auto.id, { first_name: 'A', email: 'a@example.com' })).status, 201)
    refused(await batch(auto.id, { registrants: [{ email: 'd@example.com', first_name: 'D' }] }), 400, 3000)
    assert.equal((await list(auto.id)).body.total_records, 2)

    const manual = await webinar({ settings: { approval_type: 1, registrants_restrict_number: 2 } })
    const ids: string[] = []
    for (const email of ['p1@example.com', 'p2@example.com', 'p3@example.com']) {
      const r = await add(manual.id, { first_name: 'P', email })
      assert.equal(r.status, 201, r.text)
      ids.push(r.body.registrant_id)
    }
    const all = ids.map((id) => ({ id }))
    const over = await setStatus(manual.id, { action: 'approve', registrants: all })
    refused(over, 400, 3035)
    assert.equal(zoomError(over.body).message, 'Webinar has reached maximum attendee capacity.')
    assert.equal((await list(manual.id)).body.total_records, 0)
    assert.equal((await setStatus(manual.id, { action: 'approve', registrants: all.slice(0, 2) })).status, 204)
    refused(await setStatus(manual.id, { action: 'approve', registrants: all.slice(2) }), 400, 3035)
    // A cancelled approval frees its place.
    assert.equal((await setStatus(manual.id, { action: 'cancel', registrants: all.slice(0, 1) })).status, 204)
    assert.equal((await setStatus(manual.id, { action: 'approve', registrants: all.slice(2) })).status, 204)
    assert.equal((await list(manual.id)).body.total_records, 2)
  })

  it('the host cannot register (3027); registration closes once the webinar is over (3038)', async () => {
    const w = await webinar({
      start_time: '2026-11-02T10:00:00Z',
      duration: 30,
      settings: { approval_type: 0, close_registration: true },
    })
    const host = await add(w.id, { first_name: 'Me', email: t.seed.ownerEmail.toUpperCase() })
    refused(host, 400, 3027)
    assert.equal(zoomError(host.body).message, 'Host cannot register.')
    refused(await batch(w.id, { registrants: [{ email: t.seed.ownerEmail, first_name: 'Me' }] }), 400, 3027)
    assert.equal((await add(w.id, { first_name: 'Early', email: 'early@example.com' })).status, 201)
    t.clock.advance(2 * HOUR)
    // The clock moved past the token's hour.
    token = await t.token()
    const late = await add(w.id, { first_name: 'Late', email: 'late@example.com' })
    refused(late, 400, 3038)
    assert.equal(
      zoomError(late.body).message,
      'Webinar is over, you cannot register now. If you have any questions, contact the webinar host.',
    )
  })

  it('batch registration: type 5 only, 1–30 people, all or none, auto_approve', async () => {
    const w = await webinar({ settings: { approval_type: 1 } })
    const people = [
      { email: 'b1@example.com', first_name: 'B1', last_name: 'One' },
      { email: 'b2@example.com', first_name: 'B2' },
    ]
    const res = await batch(w.id, { registrants: people })
    assert.equal(res.status, 200, res.text)
    assert.deepEqual(
      res.body.registrants.map((r) => r.email),
      ['b1@example.com', 'b2@example.com'],
    )
    for (const r of res.body.registrants) {
      assert.match(r.join_url, new RegExp(`/w/${w.id}\\?tk=`))
      assert.equal('participant_pin_code' in r, false)
      assert.equal((await getOne(w.id, r.registrant_id)).body.status, 'pending')
      assert.equal((await createdEvent(r.registrant_id)).payload.object.registrant.status, 'pending')
    }
    const auto = await batch(w.id, { auto_approve: true, registrants: [{ email: 'b3@example.com', first_name: 'B3' }] })
    assert.equal((await getOne(w.id, must(auto.body.registrants[0]).registrant_id)).body.status, 'approved')

    refused(await batch(w.id, { registrants: [] }), 400, 300)
    refused(await batch(w.id, {}), 400, 300)
    const many = Array.from({ length: 31 }, (_, i) => ({ email: `m${i}@example.com`, first_name: 'M' }))
    refused(await batch(w.id, { registrants: many }), 400, 300)
    // One refusal (the host among them) registers nobody.
    refused(
      await batch(w.id, {
        registrants: [
          { email: 'b4@example.com', first_name: 'B4' },
          { email: t.seed.ownerEmail, first_name: 'Host' },
        ],
      }),
      400,
      3027,
    )
    assert.equal((await list(w.id, '?status=pending')).body.total_records, 2)

    const recurring = await webinar({
      type: 9,
      recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
      settings: { approval_type: 0 },
    })
    const refusal = await batch(recurring.id, { registrants: [{ email: 'r@example.com', first_name: 'R' }] })
    refused(refusal, 400, 300)
    assert.match(zoomError(refusal.body).message, /scheduled webinars \(type 5\)/)
  })

  it('a recurring webinar registers for occurrences; Get and Delete take occurrence_id', async () => {
    const w = await webinar({
      type: 9,
      start_time: '2026-11-10T10:00:00Z',
      recurrence: { type: 1, repeat_interval: 1, end_times: 3 },
      settings: { approval_type: 0, registration_type: 3 },
    })
    const [o1, o2, o3] = w.occurrences.map((o) => o.occurrence_id)
    const res = await add(w.id, { first_name: 'R', email: 'r@example.com' }, `?occurrence_ids=${o1},${o2}`)
    assert.equal(res.status, 201, res.text)
    assert.deepEqual(
      res.body.occurrences.map((o) => o.occurrence_id),
      [o1, o2],
    )
    const rid = res.body.registrant_id
    assert.equal((await getOne(w.id, rid, `?occurrence_id=${o1}`)).status, 200)
    refused(await getOne(w.id, rid, `?occurrence_id=${o3}`), 404, 3000)
    refused(await getOne(w.id, rid, '?occurrence_id=123'), 400, 3000)
    assert.equal((await list(w.id, `?occurrence_id=${o3}`)).body.total_records, 0)
    assert.equal((await list(w.id, `?occurrence_id=${o2}`)).body.total_records, 1)
    refused(await add(w.id, { first_name: 'X', email: 'x@example.com' }, '?occurrence_ids=999'), 400, 300)
    assert.equal(
      (await t.call('DELETE', `${base(w.id)}/registrants/${rid}?occurrence_id=${o1}`, { token })).status,
      204,
    )
    refused(await getOne(w.id, rid, `?occurrence_id=${o1}`), 404, 3000)
    assert.equal((await getOne(w.id, rid, `?occurrence_id=${o2}`)).status, 200)
  })

  it('registration questions use the webinar question types, and registrations must answer them', async () => {
    const w = await webinar({ settings: { approval_type: 0 } })
    assert.deepEqual((await questions(w.id)).body, { questions: [], custom_questions: [] })
    const set = await setQuestions(w.id, {
      questions: [
        { field_name: 'city', required: true },
        { field_name: 'org', required: false },
      ],
      custom_questions: [
        { title: 'Role?', type: 'single_radio', required: true, answers: ['Dev', 'Ops'] },
        { title: 'Size?', type: 'single_dropdown', required: false, answers: ['S', 'L'] },
        { title: 'Why?', type: 'short', required: false },
      ],
    })
    assert.equal(set.status, 204, set.text)
    const got = await questions(w.id)
    assert.equal(got.status, 200)
    assert.deepEqual(got.body, {
      questions: [
        { field_name: 'city', required: true },
        { field_name: 'org', required: false },
      ],
      custom_questions: [
        { title: 'Role?', type: 'single_radio', required: true, answers: ['Dev', 'Ops'] },
        { title: 'Size?', type: 'single_dropdown', required: false, answers: ['S', 'L'] },
        { title: 'Why?', type: 'short', required: false, answers: [] },
      ],
    })
    refused(await add(w.id, { first_name: 'Q', email: 'q@example.com' }), 400, 300, 'city')
    const answers = [{ title: 'Role?', value: 'Dev' }]
    refused(await add(w.id, { first_name: 'Q', email: 'q@example.com', city: 'Oslo' }), 400, 300)
    refused(
      await add(w.id, {
        first_name: 'Q',
        email: 'q@example.com',
        city: 'Oslo',
        custom_questions: [{ title: 'Role?', value: 'CEO' }],
      }),
      400,
      300,
    )
    const ok = await add(w.id, { first_name: 'Q', email: 'q@example.com', city: 'Oslo', custom_questions: answers })
    assert.equal(ok.status, 201, ok.text)
    assert.deepEqual((await getOne(w.id, ok.body.registrant_id)).body.custom_questions, answers)
    // The meeting spelling of a one-choice question is not a webinar's.
    refused(await setQuestions(w.id, { custom_questions: [{ title: 'T', type: 'single', answers: ['a'] }] }), 400, 300)
  })

  it('tracking sources: the simulator adds them, registrations through them count and are listed by them', async () => {
    const w = await webinar({ settings: { approval_type: 1 } })
    assert.deepEqual((await sources(w.id)).body, { total_records: 0, tracking_sources: [] })
    const made = await newSource(w.id, 'Newsletter')
    assert.equal(made.status, 201, made.text)
    const src = made.body
    assert.match(src.id, /^\d{13}$/)
    assert.equal(src.source_name, 'Newsletter')
    assert.equal(src.visitor_count, 0)
    assert.equal(src.registration_count, 0)
    assert.match(src.tracking_url, new RegExp(`^${t.origin}/webinar/register/${src.id}/[\\w-]{32}$`))
    const social = (await newSource(w.id, 'Social')).body

    const via = await add(w.id, { first_name: 'Via', email: 'via@example.com', source_id: src.id })
    assert.equal(via.status, 201, via.text)
    await add(w.id, { first_name: 'Direct', email: 'direct@example.com' })
    // The same person coming back through the link is a visit, not a second registration.
    await add(w.id, { first_name: 'Via', email: 'via@example.com', source_id: src.id })
    refused(await add(w.id, { first_name: 'Bad', email: 'bad@example.com', source_id: '123' }), 400, 300)

    const listed = await sources(w.id)
    assert.equal(listed.status, 200)
    assert.deepEqual(listed.body, {
      total_records: 2,
      tracking_sources: [
        { ...src, visitor_count: 2, registration_count: 1 },
        { ...social, visitor_count: 0, registration_count: 0 },
      ],
    })

    const bySource = await list(w.id, `?status=pending&tracking_source_id=${src.id}`)
    assert.deepEqual(
      bySource.body.registrants.map((r) => r.email),
      ['via@example.com'],
    )
    assert.equal((await list(w.id, `?status=pending&tracking_source_id=${social.id}`)).body.total_records, 0)
    assert.equal((await list(w.id, '?status=pending')).body.total_records, 2)

    const ref = { id: src.id, source_name: 'Newsletter', tracking_url: src.tracking_url }
    assert.deepEqual((await createdEvent(via.body.registrant_id)).payload.object.registrant.tracking_source, ref)
    await setStatus(w.id, { action: 'approve', registrants: [{ id: via.body.registrant_id }] })
    const approved = find(
      await outboxEvents<RegistrationObject>(t, 'webinar.registration_approved'),
      (e) => e.payload.object.registrant.id === via.body.registrant_id,
    )
    assert.deepEqual(approved.payload.object.registrant.tracking_source, ref)

    await t.call('DELETE', `${base(w.id)}/registrants/${via.body.registrant_id}`, { token })
    assert.equal(must((await sources(w.id)).body.tracking_sources[0]).registration_count, 0)
    refused(await t.call('POST', `/sim/webinars/${w.id}/tracking_sources`, { token, body: {} }), 400, 300)
  })

  it('a host without a webinar licence: every registrant call and the tracking sources are 400/200', async () => {
    const hostId = await addUser(t, token, 'reg-licensed@example.com', { webinar: 100 })
    const w = await webinar({ settings: { approval_type: 0 } }, hostId)
    const r = await add(w.id, { first_name: 'Before', email: 'before@example.com' })
    assert.equal(r.status, 201)
    const src = await newSource(w.id, 'Mail')
    assert.equal(src.status, 201)
    const off = await t.call('PATCH', `/v2/users/${hostId}/settings`, { token, body: { feature: { webinar: false } } })
    assert.equal(off.status, 204, off.text)
    for (const res of [
      await add(w.id, { first_name: 'After', email: 'after@example.com' }),
      await list(w.id),
      await getOne(w.id, r.body.registrant_id),
      await setStatus(w.id, { action: 'deny', registrants: [{ id: r.body.registrant_id }] }),
      await batch(w.id, { registrants: [{ email: 'b@example.com', first_name: 'B' }] }),
      await questions(w.id),
      await setQuestions(w.id, { questions: [] }),
      await t.call('DELETE', `${base(w.id)}/registrants/${r.body.registrant_id}`, { token }),
      await sources(w.id),
      await newSource(w.id, 'Late'),
    ]) {
      refused(res, 400, 200)
      assert.match(zoomError(res.body).message, new RegExp(`^Webinar plan is missing.*${hostId}\\.$`))
    }
  })
})
