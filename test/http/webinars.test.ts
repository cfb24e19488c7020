import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import type { Webinar, WebinarList } from '../helpers/shapes.js'
import { must, refused } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

describe('Webinars over HTTP: schedule, read, list, change, delete, end', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const create = (body: unknown, userId = 'me') =>
    t.call<Webinar>('POST', `/v2/users/${encodeURIComponent(userId)}/webinars`, { token, body })
  const get = (id: number | string, qs = '') => t.call<Webinar>('GET', `/v2/webinars/${id}${qs}`, { token })

  it('a scheduled webinar: 201 with type 5, webinar settings and defaults, a /w/ join link; GET shows the same', async () => {
    const res = await create({ topic: 'Launch', start_time: '2026-11-20T15:00:00Z', duration: 90, password: 'abc123' })
    assert.equal(res.status, 201, res.text)
    const w = res.body
    assert.equal(w.type, 5)
    assert.equal(w.host_id, ownerId)
    assert.equal(w.start_time, '2026-11-20T15:00:00Z')
    assert.equal(w.password, 'abc123')
    assert.equal(typeof w.encrypted_passcode, 'string')
    assert.match(w.h323_passcode, /^\d+$/)
    assert.match(w.join_url, new RegExp(`/w/${w.id}\\?pwd=`))
    assert.equal(w.registrants_confirmation_email, true)
    const s = w.settings
    assert.equal(s.panelists_video, false)
    assert.equal(s.practice_session, false)
    assert.equal(s.hd_video_for_attendees, false)
    assert.equal(s.approval_type, 2)
    assert.equal(s.registrants_restrict_number, 0)
    assert.equal(s.post_webinar_survey, false)
    assert.equal(s.enable_session_branding, false)
    assert.deepEqual(s.attendees_and_panelists_reminder_email_notification, { enable: true, type: 0 })
    assert.equal((s.question_and_answer as { enable: boolean }).enable, true)
    for (const meetingOnly of ['join_before_host', 'waiting_room', 'breakout_room', 'jbh_time', 'participant_video'])
      assert.equal(meetingOnly in s, false, meetingOnly)
    assert.equal('pmi' in w, false)
    const read = await get(w.id)
    assert.equal(read.status, 200)
    assert.equal(read.body.topic, 'Launch')
    assert.deepEqual(read.body.settings, w.settings)
    const [event] = await outboxEvents(t, 'webinar.created')
    assert.equal(must(event).payload.object.id, w.id)
    assert.equal(must(event).payload.object.type, 5)
  })

  it('a recurring webinar (type 9) lists its occurrences; at most 50; one occurrence reads and changes alone', async () => {
    const res = await create({
      topic: 'Weekly',
      type: 9,
      start_time: '2026-11-10T10:00:00Z',
      recurrence: { type: 2, weekly_days: '3', end_times: 4 },
    })
    assert.equal(res.status, 201, res.text)
    assert.equal(res.body.type, 9)
    assert.equal(res.body.occurrences.length, 4)
    assert.equal(res.body.settings.registration_type, 1)
    const occ = must(res.body.occurrences[1])
    const patch = await t.call('PATCH', `/v2/webinars/${res.body.id}?occurrence_id=${occ.occurrence_id}`, {
      token,
      body: { duration: 30 },
    })
    assert.equal(patch.status, 204, patch.text)
    const one = await get(res.body.id, `?occurrence_id=${occ.occurrence_id}`)
    assert.equal(one.body.duration, 30)
    const many = await create({
      type: 9,
      start_time: '2026-11-10T10:00:00Z',
      recurrence: { type: 1, end_times: 51 },
    })
    refused(many, 400, 300, 'recurrence.end_times')
    const open = await create({
      type: 9,
      start_time: '2026-11-10T10:00:00Z',
      recurrence: { type: 1, end_date_time: '2027-12-31T00:00:00Z' },
    })
    assert.equal(open.status, 201)
    assert.equal(open.body.occurrences.length, 50)
  })

  it('meeting-only types and settings are refused; a meeting id is no webinar and a webinar id no meeting', async () => {
    refused(await create({ type: 2 }), 400, 300, 'type')
    // Settings a webinar does not have are ignored, as Zoom ignores unknown fields, and never stored.
    const ignored = await create({ settings: { join_before_host: true, waiting_room: true } })
    assert.equal(ignored.status, 201)
    assert.equal('join_before_host' in ignored.body.settings, false)
    const meetingId = await createMeeting(t, token, { topic: 'M' })
    refused(await get(meetingId), 404, 3001)
    assert.match(String((await get(meetingId)).body.message), /Webinar does not exist/)
    const w = await create({ topic: 'W' })
    refused(await t.call('GET', `/v2/meetings/${w.body.id}`, { token }), 404, 3001)
  })

  it('list webinars: paginated, webinars only, type upcoming hides those that are over', async () => {
    const { t: t2, token: tok } = await startWithOwner()
    try {
      for (let i = 0; i < 3; i++) {
        const r = await t2.call('POST', '/v2/users/me/webinars', {
          token: tok,
          body: { topic: `W${i}`, start_time: `2026-11-0${i + 1}T10:00:00Z`, duration: 60 },
        })
        assert.equal(r.status, 201)
      }
      await createMeeting(t2, tok, { topic: 'not a webinar' })
      const page1 = await t2.call<WebinarList>('GET', '/v2/users/me/webinars?page_size=2', { token: tok })
      assert.equal(page1.status, 200)
      assert.equal(page1.body.total_records, 3)
      assert.equal(page1.body.webinars.length, 2)
      assert.ok(page1.body.next_page_token)
      assert.ok(page1.body.webinars.every((w) => w.type === 5))
      const page2 = await t2.call<WebinarList>(
        'GET',
        `/v2/users/me/webinars?page_size=2&next_page_token=${page1.body.next_page_token}`,
        { token: tok },
      )
      assert.deepEqual(
        page2.body.webinars.map((w) => w.topic),
        ['W2'],
      )
      // The clock stands at 2026-11-02 09:00: the first webinar is over.
      const upcoming = await t2.call<WebinarList>('GET', '/v2/users/me/webinars?type=upcoming', { token: tok })
      assert.deepEqual(
        upcoming.body.webinars.map((w) => w.topic),
        ['W1', 'W2'],
      )
    } finally {
      await t2.close()
    }
  })

  it('update: only the given fields change, webinar.updated carries old and new; a started webinar is refused with 3000', async () => {
    const w = (await create({ topic: 'Before', settings: { panelists_video: false } })).body
    const res = await t.call('PATCH', `/v2/webinars/${w.id}`, {
      token,
      body: { topic: 'After', settings: { panelists_video: true, practice_session: true } },
    })
    assert.equal(res.status, 204, res.text)
    const read = (await get(w.id)).body
    assert.equal(read.topic, 'After')
    assert.equal(read.settings.panelists_video, true)
    assert.equal(read.settings.practice_session, true)
    assert.equal(read.duration, w.duration)
    const updated = (await outboxEvents(t, 'webinar.updated')).find((e) => e.payload.object.id === w.id)
    assert.equal(must(updated).payload.object.topic, 'After')
    assert.equal((must(updated).payload.old_object as { topic: string }).topic, 'Before')

    const started = await t.call('POST', `/sim/meetings/${w.id}/start`, { token })
    assert.ok(started.status < 300, started.text)
    refused(await t.call('PATCH', `/v2/webinars/${w.id}`, { token, body: { topic: 'x' } }), 400, 3000)
    refused(await t.call('DELETE', `/v2/webinars/${w.id}`, { token }), 400, 3002)
    const end = await t.call('PUT', `/v2/webinars/${w.id}/status`, { token, body: { action: 'end' } })
    assert.equal(end.status, 204, end.text)
    const ended = (await outboxEvents(t, 'webinar.ended')).find((e) => e.payload.object.id === String(w.id))
    assert.equal(must(ended).payload.object.type, 5)
    refused(await t.call('PUT', `/v2/webinars/${w.id}/status`, { token, body: { action: 'recover' } }), 400, 300)
  })

  it('notify_registrants and an updated authentication_name are kept and shown', async () => {
    const created = await create({ topic: 'Notify', settings: { notify_registrants: true } })
    assert.equal(created.status, 201, created.text)
    assert.equal(created.body.settings.notify_registrants, true)
    assert.equal((await get(created.body.id)).body.settings.notify_registrants, true)
    const res = await t.call('PATCH', `/v2/webinars/${created.body.id}`, {
      token,
      body: { settings: { notify_registrants: false, authentication_name: 'Sign in to Zoom' } },
    })
    assert.equal(res.status, 204, res.text)
    const read = (await get(created.body.id)).body.settings
    assert.equal(read.notify_registrants, false)
    assert.equal(read.authentication_name, 'Sign in to Zoom')
  })

  it('delete: the series (webinar.deleted, then 404) or one occurrence', async () => {
    const w = (await create({ topic: 'Gone' })).body
    assert.equal((await t.call('DELETE', `/v2/webinars/${w.id}`, { token })).status, 204)
    refused(await get(w.id), 404, 3001)
    const deleted = (await outboxEvents(t, 'webinar.deleted')).find((e) => e.payload.object.id === w.id)
    assert.ok(deleted)
    const r = (await create({ type: 9, start_time: '2026-11-10T10:00:00Z', recurrence: { type: 1, end_times: 3 } }))
      .body
    const occ = must(r.occurrences[0]).occurrence_id
    assert.equal((await t.call('DELETE', `/v2/webinars/${r.id}?occurrence_id=${occ}`, { token })).status, 204)
    const after = await get(r.id, '?show_previous_occurrences=true')
    assert.equal(after.body.occurrences.find((o) => o.occurrence_id === occ)?.status, 'deleted')
  })

  it('a host without a webinar licence gets 400/200 "Webinar plan is missing" naming the user; a licence lifts it', async () => {
    const plain = await addUser(t, token, 'nolicence@example.com')
    const res = await create({ topic: 'x' }, plain)
    refused(res, 400, 200)
    assert.match(String(res.body.message), new RegExp(`^Webinar plan is missing.*${plain}\\.$`))
    refused(await t.call('GET', `/v2/users/${plain}/webinars`, { token }), 400, 200)
    const licensed = await addUser(t, token, 'licensed@example.com', { webinar: 100 })
    const ok = await create({ topic: 'Mine' }, licensed)
    assert.equal(ok.status, 201, ok.text)
    // Taking the licence away closes the host's existing webinars too.
    const off = await t.call('PATCH', `/v2/users/${licensed}/settings`, {
      token,
      body: { feature: { webinar: false } },
    })
    assert.equal(off.status, 204, off.text)
    refused(await get(ok.body.id), 400, 200)
  })
})
