import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser } from '../helpers/fixtures.js'
import { must } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Webinar registrants and tracking sources through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let client: ReturnType<typeof meetingsClient>
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    client = meetingsClient(t.origin, token)
  })
  after(() => t.close())

  const scheduled = async (settings: Record<string, unknown>, userId = 'me') => {
    const res = await client.endpoints.webinars.createWebinar({
      path: { userId },
      body: { topic: 'Rivet webinar', type: 5, start_time: '2026-11-25T12:00:00Z', duration: 60, settings },
    })
    return must(must(res.data).id)
  }

  it('pending → approved → cancelled → deleted, with the lists and Get following each step', async () => {
    const api = client.endpoints.webinars
    const id = await scheduled({ approval_type: 1 })
    const added = await api.addWebinarRegistrant({
      path: { webinarId: id },
      body: { first_name: 'Riv', last_name: 'Et', email: 'rivet@example.com', org: 'Zoom', language: 'de-DE' },
    })
    assert.equal(added.statusCode, 201)
    assert.equal(added.data?.id, id)
    assert.equal(added.data?.topic, 'Rivet webinar')
    assert.equal(added.data?.start_time, '2026-11-25T12:00:00Z')
    assert.match(must(added.data?.join_url), new RegExp(`/w/${id}\\?tk=`))
    const rid = must(added.data?.registrant_id)

    const pending = await api.listWebinarRegistrants({ path: { webinarId: id }, query: { status: 'pending' } })
    assert.deepEqual(
      pending.data?.registrants?.map((r) => [r.id, r.email, r.status, r.org]),
      [[rid, 'rivet@example.com', 'pending', 'Zoom']],
    )
    assert.equal((await api.listWebinarRegistrants({ path: { webinarId: id } })).data?.total_records, 0)

    const approved = await api.updateRegistrantsStatus({
      path: { webinarId: id },
      body: { action: 'approve', registrants: [{ id: rid }] },
    })
    assert.equal(approved.statusCode, 204)
    const got = await api.getWebinarRegistrant({ path: { webinarId: id, registrantId: rid } })
    assert.equal(got.data?.status, 'approved')
    assert.equal(got.data?.language, 'de-DE')
    assert.equal(got.data?.join_url, added.data?.join_url)
    assert.equal(got.data?.create_time, '2026-11-02T09:00:00Z')
    assert.deepEqual(
      (
        await api.listWebinarRegistrants({ path: { webinarId: id }, query: { status: 'approved', page_size: 10 } })
      ).data?.registrants?.map((r) => r.id),
      [rid],
    )

    await api.updateRegistrantsStatus({
      path: { webinarId: id },
      body: { action: 'cancel', registrants: [{ id: rid }] },
    })
    assert.equal(
      (await api.getWebinarRegistrant({ path: { webinarId: id, registrantId: rid } })).data?.status,
      'denied',
    )

    const deleted = await api.deleteWebinarRegistrant({ path: { webinarId: id, registrantId: rid } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(api.getWebinarRegistrant({ path: { webinarId: id, registrantId: rid } }), 404, 3000)
  })

  it('batch registration and the registration questions', async () => {
    const api = client.endpoints.webinars
    const id = await scheduled({ approval_type: 0 })
    const batch = await api.performBatchRegistration({
      path: { webinarId: String(id) },
      body: {
        registrants: [
          { email: 'one@example.com', first_name: 'One' },
          { email: 'two@example.com', first_name: 'Two', last_name: 'Second' },
        ],
      },
    })
    assert.equal(batch.statusCode, 200)
    assert.deepEqual(
      batch.data?.registrants?.map((r) => r.email),
      ['one@example.com', 'two@example.com'],
    )
    assert.ok(batch.data?.registrants?.every((r) => r.registrant_id && r.join_url?.includes(`/w/${id}?tk=`)))
    assert.equal((await api.listWebinarRegistrants({ path: { webinarId: id } })).data?.total_records, 2)

    const updated = await api.updateRegistrationQuestions({
      path: { webinarId: id },
      body: {
        questions: [{ field_name: 'job_title', required: true }],
        custom_questions: [{ title: 'Team?', type: 'single_dropdown', required: true, answers: ['A', 'B'] }],
      },
    })
    assert.equal(updated.statusCode, 204)
    const form = await api.listRegistrationQuestions({ path: { webinarId: id } })
    assert.deepEqual(form.data, {
      questions: [{ field_name: 'job_title', required: true }],
      custom_questions: [{ title: 'Team?', type: 'single_dropdown', required: true, answers: ['A', 'B'] }],
    })
    await rejectsWith(
      api.addWebinarRegistrant({
        path: { webinarId: id },
        body: { first_name: 'No', email: 'no@example.com', custom_questions: [{ title: 'Team?', value: 'A' }] },
      }),
      400,
      300,
    )
  })

  it('tracking sources: seeded through the simulator, counted through source_id', async () => {
    const api = client.endpoints.webinars
    const id = await scheduled({ approval_type: 0 })
    assert.deepEqual((await api.getWebinarTrackingSources({ path: { webinarId: id } })).data, {
      total_records: 0,
      tracking_sources: [],
    })
    const made = await t.call<{ id: string }>('POST', `/sim/webinars/${id}/tracking_sources`, {
      token,
      body: { source_name: 'Partner site' },
    })
    assert.equal(made.status, 201, made.text)
    const sourceId = made.body.id
    await api.addWebinarRegistrant({
      path: { webinarId: id },
      body: { first_name: 'Src', email: 'src@example.com', source_id: sourceId },
    })
    const sources = await api.getWebinarTrackingSources({ path: { webinarId: id } })
    assert.equal(sources.data?.total_records, 1)
    const s = must(sources.data?.tracking_sources?.[0])
    assert.equal(s.id, sourceId)
    assert.equal(s.source_name, 'Partner site')
    assert.equal(s.registration_count, 1)
    assert.equal(s.visitor_count, 1)
    assert.match(must(s.tracking_url), new RegExp(`/webinar/register/${sourceId}/`))
    const listed = await api.listWebinarRegistrants({
      path: { webinarId: id },
      query: { tracking_source_id: sourceId },
    })
    assert.deepEqual(
      listed.data?.registrants?.map((r) => r.email),
      ['src@example.com'],
    )
  })

  it('refusals: registration off, a recurring webinar in a batch, a host without a webinar licence', async () => {
    const api = client.endpoints.webinars
    const closed = await scheduled({})
    await rejectsWith(
      api.addWebinarRegistrant({ path: { webinarId: closed }, body: { first_name: 'X', email: 'x@example.com' } }),
      400,
      3000,
      `This webinar does not have registration as required: ${closed}.`,
    )
    await rejectsWith(
      api.listWebinarRegistrants({ path: { webinarId: closed } }),
      404,
      404,
      `Registration has not been enabled for this webinar: ${closed}.`,
    )
    await rejectsWith(api.getWebinarTrackingSources({ path: { webinarId: closed } }), 400, 3000)

    const recurring = must(
      (
        await api.createWebinar({
          path: { userId: 'me' },
          body: {
            topic: 'Series',
            type: 9,
            start_time: '2026-11-25T12:00:00Z',
            recurrence: { type: 2, repeat_interval: 1, weekly_days: '4', end_times: 2 },
            settings: { approval_type: 0 },
          },
        })
      ).data?.id,
    )
    await rejectsWith(
      api.performBatchRegistration({
        path: { webinarId: String(recurring) },
        body: { registrants: [{ email: 'r@example.com', first_name: 'R' }] },
      }),
      400,
      300,
    )

    const hostId = await addUser(t, token, 'rivet-host@example.com', { webinar: 500 })
    const theirs = await scheduled({ approval_type: 0 }, hostId)
    const off = await t.call('PATCH', `/v2/users/${hostId}/settings`, { token, body: { feature: { webinar: false } } })
    assert.equal(off.status, 204)
    await rejectsWith(
      api.addWebinarRegistrant({ path: { webinarId: theirs }, body: { first_name: 'Y', email: 'y@example.com' } }),
      400,
      200,
    )
    await rejectsWith(api.listRegistrationQuestions({ path: { webinarId: theirs } }), 400, 200)
    await rejectsWith(api.getWebinarTrackingSources({ path: { webinarId: theirs } }), 400, 200)
  })
})
