import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { refused, str, type Json, type View } from '../helpers/json.js'
import type { SimInstance } from '../helpers/shapes.js'
import type { TestServer } from '../helpers/server.js'
import type { AbsenteesOut, PastWebinarInstancesOut } from '../../src/schemas/webinars/past.js'

const MIN = 60_000
const DAY = 24 * 60 * MIN
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Past webinars over HTTP: instances and absentees', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  /** Moves the clock; tokens live an hour, so a fresh one follows. */
  const advance = async (ms: number) => {
    t.clock.advance(ms)
    token = await t.token()
  }
  const sim = (id: number, p: string, body?: unknown) =>
    t.call<SimInstance>('POST', `/sim/meetings/${id}${p}`, { token, body })
  /** One held instance: start, the given people join, ten minutes, the end. */
  const hold = async (id: number, people: Json[] = []) => {
    assert.equal((await sim(id, '/start')).status, 200)
    for (const p of people) assert.equal((await sim(id, '/participants', p)).status, 201)
    await advance(10 * MIN)
    const ended = await sim(id, '/end')
    assert.equal(ended.status, 200, ended.text)
    return ended.body
  }
  const instances = (key: string | number) =>
    t.call<View<typeof PastWebinarInstancesOut>>('GET', `/v2/past_webinars/${key}/instances`, { token })
  const absentees = (key: string | number, qs = '') =>
    t.call<View<typeof AbsenteesOut>>('GET', `/v2/past_webinars/${key}/absentees${qs}`, { token })
  /** Registers someone for the webinar; returns the registrant id. */
  const register = async (id: number, first_name: string, email: string, qs = '') => {
    const res = await t.call('POST', `/v2/webinars/${id}/registrants${qs}`, { token, body: { first_name, email } })
    assert.equal(res.status, 201, res.text)
    return str(res.body.registrant_id)
  }
  const registering = (body: Json = {}) =>
    createWebinar(t, token, {
      topic: 'Registered',
      start_time: iso(t.clock.now() + 60 * MIN),
      duration: 60,
      ...body,
      settings: { approval_type: 0, ...(body.settings as Json | undefined) },
    })

  describe('pastWebinars (instances)', () => {
    it('lists ended instances oldest first, by webinar id or an instance UUID; [] before any; a live one is left out', async () => {
      const id = await createWebinar(t, token, { topic: 'Series' })
      assert.deepEqual((await instances(id)).body, { webinars: [] })
      const held: Array<{ uuid: string; start_time: string }> = []
      for (let i = 0; i < 2; i++) {
        const start = iso(t.clock.now())
        held.push({ uuid: (await hold(id, [{ name: `P${i}` }])).uuid, start_time: start })
        await advance(DAY)
      }
      assert.notEqual(held[0]?.uuid, held[1]?.uuid)
      await sim(id, '/start')
      let res = await instances(id)
      assert.equal(res.status, 200, res.text)
      assert.deepEqual(res.body, { webinars: held })
      res = await instances(encodeURIComponent(encodeURIComponent(held[0]?.uuid ?? '')))
      assert.deepEqual(res.body, { webinars: held })
      await sim(id, '/end')
      assert.equal((await instances(id)).body.webinars.length, 3)
    })

    it('is kind-aware: a meeting is not a past webinar, nor a webinar a past meeting', async () => {
      const w = await createWebinar(t, token, { topic: 'Webinar held' })
      const m = await createMeeting(t, token, { topic: 'Meeting held', type: 3 })
      const wi = await hold(w)
      const mi = await hold(m)
      const notEnded = { code: 3001, message: 'Meeting ID is invalid or not end.' }
      const listed = await instances(m)
      assert.deepEqual([listed.status, listed.body], [404, { code: 3001, message: `Webinar does not exist: ${m}.` }])
      refused(await instances(encodeURIComponent(mi.uuid)), 404, 3001)
      const absent = await absentees(encodeURIComponent(mi.uuid))
      assert.deepEqual([absent.status, absent.body], [404, notEnded])
      refused(await absentees(m), 404, 3001)
      let res = await t.call('GET', `/v2/past_meetings/${w}/instances`, { token })
      assert.deepEqual([res.status, res.body], [404, { code: 3001, message: `Meeting does not exist: ${w}.` }])
      res = await t.call('GET', `/v2/past_meetings/${encodeURIComponent(wi.uuid)}`, { token })
      assert.deepEqual([res.status, res.body], [404, notEnded])
      refused(await t.call('GET', `/v2/past_meetings/${w}/participants`, { token }), 404, 3001)
      // Each still reads through its own kind.
      assert.deepEqual(
        (await instances(w)).body.webinars?.map((x) => x.uuid),
        [wi.uuid],
      )
      const past = await t.call('GET', `/v2/past_meetings/${m}/instances`, { token })
      assert.deepEqual(
        (past.body.meetings as Json[]).map((x) => x.uuid),
        [mi.uuid],
      )
    })

    it('404/3001 for an unknown webinar or UUID; 400/200 once the host has no webinar licence', async () => {
      const res = await instances(99999999999)
      assert.deepEqual([res.status, res.body], [404, { code: 3001, message: 'Webinar does not exist: 99999999999.' }])
      refused(await instances('bm9zdWNoaW5zdGFuY2U%3D%3D'), 404, 3001)
      const hostId = await addUser(t, token, 'past-lapsed@example.com', { webinar: 100 })
      const id = await registering({ topic: 'Lapsed' })
      const theirs = await createWebinar(t, token, { topic: 'Theirs', settings: { approval_type: 0 } }, hostId)
      await hold(id)
      const held = await hold(theirs)
      const off = await t.call('PATCH', `/v2/users/${hostId}/settings`, {
        token,
        body: { feature: { webinar: false } },
      })
      assert.equal(off.status, 204, off.text)
      refused(await instances(theirs), 400, 200)
      refused(await absentees(encodeURIComponent(held.uuid)), 400, 200)
      assert.equal((await instances(id)).status, 200)
    })
  })

  describe('getWebinarAbsentees', () => {
    it('approved registrants of the instance who never joined (by registrant id or email), page by page', async () => {
      const id = await registering({ topic: 'Absentees' })
      const ada = await register(id, 'Ada', 'ada@example.com')
      const bob = await register(id, 'Bob', 'Bob@Example.com')
      const cy = await register(id, 'Cy', 'cy@example.com')
      const dee = await register(id, 'Dee', 'dee@example.com')
      const eve = await register(id, 'Eve', 'eve@example.com')
      const denied = await t.call('PUT', `/v2/webinars/${id}/registrants/status`, {
        token,
        body: { action: 'deny', registrants: [{ id: eve }] },
      })
      assert.equal(denied.status, 204, denied.text)
      const held = await hold(id, [
        { name: 'Ada', email: 'ada@example.com', registrant_id: ada },
        // Joined with the registered email in another case, without the personal link.
        { name: 'Bob', email: 'bob@example.com' },
        { name: 'Walk-in', email: 'walkin@example.com' },
      ])
      // Registered after the instance: not one of its absentees.
      await advance(MIN)
      await register(id, 'Late', 'late@example.com')

      let res = await absentees(id)
      assert.equal(res.status, 200, res.text)
      assert.equal(res.body.total_records, 2, res.text)
      assert.equal(res.body.page_count, 1)
      assert.equal(res.body.page_size, 30)
      assert.equal(res.body.next_page_token, '')
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [cy, dee],
      )
      const first = res.body.registrants[0]
      assert.ok(first)
      assert.equal(first.first_name, 'Cy')
      assert.equal(first.email, 'cy@example.com')
      assert.equal(first.status, 'approved')
      assert.match(first.join_url, new RegExp(`/w/${id}\\?tk=`))
      assert.match(first.create_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      assert.equal('participant_pin_code' in first, false)
      assert.ok(![bob, eve, ada].includes(first.id))

      // The same by the instance's UUID (double-encoded), and in pages of one.
      const key = encodeURIComponent(encodeURIComponent(held.uuid))
      res = await absentees(key, '?page_size=1')
      assert.equal(res.body.total_records, 2)
      assert.equal(res.body.page_count, 2)
      assert.equal(res.body.page_size, 1)
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [cy],
      )
      const next = res.body.next_page_token
      assert.ok(next)
      res = await absentees(key, `?page_size=1&next_page_token=${encodeURIComponent(next)}`)
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [dee],
      )
      assert.equal(res.body.next_page_token, '')
      refused(await absentees(key, '?next_page_token=forged'), 400, 300)

      // The next instance has its own absentees: Cy comes this time.
      await advance(DAY)
      const again = await hold(id, [{ name: 'Cy', email: 'cy@example.com', registrant_id: cy }])
      res = await absentees(id)
      assert.deepEqual(
        res.body.registrants.map((r) => r.first_name),
        ['Ada', 'Bob', 'Dee', 'Late'],
      )
      assert.notEqual(again.uuid, held.uuid)
      res = await absentees(encodeURIComponent(held.uuid))
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [cy, dee],
      )
    })

    it('404/3001 until the instance has ended; 400/3000 without registration; 400/12702 after a year', async () => {
      const id = await registering({ topic: 'Not yet' })
      const notEnded = { code: 3001, message: 'Meeting ID is invalid or not end.' }
      let res = await absentees(id)
      assert.deepEqual([res.status, res.body], [404, notEnded])
      const live = await sim(id, '/start')
      res = await absentees(encodeURIComponent(live.body.uuid))
      assert.deepEqual([res.status, res.body], [404, notEnded])
      await sim(id, '/end')
      assert.equal((await absentees(id)).status, 200)
      refused(await absentees(99999999999), 404, 3001)

      const open = await createWebinar(t, token, { topic: 'Open door' })
      const held = await hold(open)
      res = await absentees(open)
      assert.deepEqual(
        [res.status, res.body],
        [400, { code: 3000, message: `This Webinar has not registration required: ${held.uuid}` }],
      )

      await advance(366 * DAY)
      res = await absentees(id)
      assert.deepEqual([res.status, res.body], [400, { code: 12702, message: 'Can not access a webinar a year ago.' }])
      assert.deepEqual((await instances(id)).body, { webinars: [] }, 'older than a year, no longer listed')
    })

    it('a recurring webinar: the registrants of the occurrence held, or of the occurrence asked for', async () => {
      const start = t.clock.now() + DAY
      const id = await registering({
        topic: 'Weekly',
        type: 9,
        start_time: iso(start),
        duration: 30,
        recurrence: { type: 1, repeat_interval: 7, end_times: 3 },
        settings: { registration_type: 3 },
      })
      const w = (await t.call('GET', `/v2/webinars/${id}`, { token })).body as {
        occurrences: Array<{ occurrence_id: string }>
      }
      const [o1, o2] = w.occurrences.map((o) => o.occurrence_id)
      assert.ok(o1 && o2)
      const first = await register(id, 'First', 'first@example.com', `?occurrence_ids=${o1}`)
      const second = await register(id, 'Second', 'second@example.com', `?occurrence_ids=${o2}`)
      const both = await register(id, 'Both', 'both@example.com', `?occurrence_ids=${o1},${o2}`)
      await advance(start - t.clock.now())
      await hold(id, [{ name: 'Both', email: 'both@example.com', registrant_id: both }])
      let res = await absentees(id)
      assert.equal(res.status, 200, res.text)
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [first],
      )
      res = await absentees(id, `?occurrence_id=${o2}`)
      assert.deepEqual(
        res.body.registrants.map((r) => r.id),
        [second],
      )
      refused(await absentees(id, '?occurrence_id=1234'), 400, 300)
    })
  })
})
