import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Meeting registrants through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  before(async () => {
    t = await startTestServer()
    client = meetingsClient(t.origin, await t.token())
  })
  after(() => t.close())

  const scheduled = async (settings: Record<string, unknown>) => {
    const res = await client.endpoints.meetings.createMeeting({
      path: { userId: 'me' },
      body: { topic: 'Rivet registration', type: 2, start_time: '2026-11-25T12:00:00Z', settings },
    })
    return must(must(res.data).id)
  }

  it('pending → approved → cancelled, with the lists following each step', async () => {
    const api = client.endpoints.meetings
    const id = await scheduled({ approval_type: 1 })
    const added = await api.addMeetingRegistrant({
      path: { meetingId: id },
      body: { first_name: 'Riv', last_name: 'Et', email: 'rivet@example.com', org: 'Zoom' },
    })
    assert.equal(added.statusCode, 201)
    assert.equal(added.data?.id, id)
    assert.equal(added.data?.topic, 'Rivet registration')
    assert.equal(added.data?.start_time, '2026-11-25T12:00:00Z')
    assert.equal(typeof added.data?.participant_pin_code, 'number')
    const rid = must(must(added.data).registrant_id)

    const pending = await api.listMeetingRegistrants({ path: { meetingId: id }, query: { status: 'pending' } })
    assert.deepEqual(
      pending.data?.registrants?.map((r) => [r.id, r.email, r.status, r.org]),
      [[rid, 'rivet@example.com', 'pending', 'Zoom']],
    )
    assert.equal((await api.listMeetingRegistrants({ path: { meetingId: id } })).data?.total_records, 0)

    const approved = await api.updateRegistrantsStatus({
      path: { meetingId: id },
      body: { action: 'approve', registrants: [{ id: rid, email: 'rivet@example.com' }] },
    })
    assert.equal(approved.statusCode, 204)
    const got = await api.getMeetingRegistrant({ path: { meetingId: id, registrantId: rid } })
    assert.equal(got.data?.status, 'approved')
    assert.equal(got.data?.join_url, added.data?.join_url)
    assert.equal(got.data?.create_time, '2026-11-02T09:00:00Z')
    assert.deepEqual(
      (
        await api.listMeetingRegistrants({ path: { meetingId: id }, query: { status: 'approved', page_size: 10 } })
      ).data?.registrants?.map((r) => r.id),
      [rid],
    )

    await api.updateRegistrantsStatus({
      path: { meetingId: id },
      body: { action: 'cancel', registrants: [{ id: rid }] },
    })
    assert.equal(
      (await api.getMeetingRegistrant({ path: { meetingId: id, registrantId: rid } })).data?.status,
      'denied',
    )
    assert.deepEqual(
      (
        await api.listMeetingRegistrants({ path: { meetingId: id }, query: { status: 'denied' } })
      ).data?.registrants?.map((r) => r.id),
      [rid],
    )

    const deleted = await api.deleteMeetingRegistrant({ path: { meetingId: id, registrantId: rid } })
    assert.equal(deleted.statusCode, 204)
    await rejectsWith(
      api.getMeetingRegistrant({ path: { meetingId: id, registrantId: rid } }),
      404,
      3000,
      `Registrant ${rid} was not found.`,
    )
  })

  it('registration questions round-trip and are enforced', async () => {
    const api = client.endpoints.meetings
    const id = await scheduled({ approval_type: 0 })
    const upd = await api.updateRegistrationQuestions({
      path: { meetingId: id },
      body: {
        questions: [{ field_name: 'job_title', required: true }],
        custom_questions: [{ title: 'Team?', type: 'single', required: true, answers: ['Red', 'Blue'] }],
      },
    })
    assert.equal(upd.statusCode, 204)
    const got = await api.listRegistrationQuestions({ path: { meetingId: id } })
    assert.deepEqual(got.data, {
      questions: [{ field_name: 'job_title', required: true }],
      custom_questions: [{ title: 'Team?', type: 'single', required: true, answers: ['Red', 'Blue'] }],
    })
    await rejectsWith(
      api.addMeetingRegistrant({
        path: { meetingId: id },
        body: { first_name: 'A', email: 'a@example.com', custom_questions: [{ title: 'Team?', value: 'Red' }] },
      }),
      400,
      300,
      'Validation Failed.',
    )
    await rejectsWith(
      api.addMeetingRegistrant({
        path: { meetingId: id },
        body: { first_name: 'A', email: 'a@example.com', job_title: 'Chef' },
      }),
      400,
      300,
      'The parameter is required in custom_questions: Team?.',
    )
    const ok = await api.addMeetingRegistrant({
      path: { meetingId: id },
      body: {
        first_name: 'A',
        email: 'a@example.com',
        job_title: 'Chef',
        custom_questions: [{ title: 'Team?', value: 'Blue' }],
      },
    })
    assert.equal(ok.statusCode, 201)
    const r = await api.getMeetingRegistrant({
      path: { meetingId: id, registrantId: must(must(ok.data).registrant_id) },
    })
    assert.equal(r.data?.job_title, 'Chef')
    assert.deepEqual(r.data?.custom_questions, [{ title: 'Team?', value: 'Blue' }])
  })

  it('performBatchRegistration registers everyone and returns their links', async () => {
    const api = client.endpoints.meetings
    const id = await scheduled({ approval_type: 1 })
    const res = await api.performBatchRegistration({
      path: { meetingId: String(id) },
      body: {
        auto_approve: true,
        registrants: [
          { email: 'one@example.com', first_name: 'One' },
          { email: 'two@example.com', first_name: 'Two', last_name: 'Second' },
        ],
      },
    })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(
      res.data?.registrants?.map((r) => r.email),
      ['one@example.com', 'two@example.com'],
    )
    const listed = await api.listMeetingRegistrants({ path: { meetingId: id } })
    assert.deepEqual(
      listed.data?.registrants?.map((r) => r.id),
      res.data?.registrants?.map((r) => r.registrant_id),
    )
    assert.deepEqual(
      listed.data?.registrants?.map((r) => r.join_url),
      res.data?.registrants?.map((r) => r.join_url),
    )
  })

  it('recurring meetings take occurrence_ids', async () => {
    const api = client.endpoints.meetings
    const created = await api.createMeeting({
      path: { userId: 'me' },
      body: {
        type: 8,
        start_time: '2026-11-20T10:00:00Z',
        recurrence: { type: 1, end_times: 3 },
        settings: { approval_type: 0, registration_type: 3 },
      },
    })
    const id = must(must(created.data).id)
    const last = must(must(must(created.data).occurrences)[2].occurrence_id)
    const added = await api.addMeetingRegistrant({
      path: { meetingId: id },
      query: { occurrence_ids: last },
      body: { first_name: 'Occ', email: 'occ@example.com' },
    })
    assert.deepEqual(
      added.data?.occurrences?.map((o) => o.occurrence_id),
      [last],
    )
    const forLast = await api.listMeetingRegistrants({ path: { meetingId: id }, query: { occurrence_id: last } })
    assert.equal(forLast.data?.total_records, 1)
    const forFirst = await api.listMeetingRegistrants({
      path: { meetingId: id },
      query: { occurrence_id: must(must(created.data).occurrences)[0].occurrence_id },
    })
    assert.equal(forFirst.data?.total_records, 0)
  })

  it('errors: no registration, a Free account, another account’s meeting', async () => {
    const api = client.endpoints.meetings
    const plain = await scheduled({})
    await rejectsWith(
      api.addMeetingRegistrant({ path: { meetingId: plain }, body: { first_name: 'N', email: 'n@example.com' } }),
      404,
      404,
      `Registration has not been enabled for this meeting: ${plain}.`,
    )
    await rejectsWith(api.listRegistrationQuestions({ path: { meetingId: plain } }), 404, 404)

    const scopes = ['meeting:read:admin', 'meeting:write:admin']
    const free = await makeAccount(t, { plan: 'free', scopes })
    const freeClient = meetingsClient(t.origin, await free.token())
    const theirs = await freeClient.endpoints.meetings.createMeeting({
      path: { userId: free.owner.id },
      body: { type: 2 },
    })
    await rejectsWith(
      freeClient.endpoints.meetings.listMeetingRegistrants({ path: { meetingId: must(must(theirs.data).id) } }),
      400,
      200,
      `Only available for paid account: ${free.account.id}.`,
    )

    const other = await makeAccount(t, { scopes })
    const otherClient = meetingsClient(t.origin, await other.token())
    const otherMeeting = await otherClient.endpoints.meetings.createMeeting({
      path: { userId: other.owner.id },
      body: { type: 2, settings: { approval_type: 0 } },
    })
    const oid = must(must(otherMeeting.data).id)
    await rejectsWith(
      api.addMeetingRegistrant({ path: { meetingId: oid }, body: { first_name: 'X', email: 'x@example.com' } }),
      404,
      3001,
      `Meeting does not exist: ${oid}.`,
    )
    await rejectsWith(
      api.performBatchRegistration({
        path: { meetingId: String(oid) },
        body: { registrants: [{ first_name: 'X', email: 'x@example.com' }] },
      }),
      404,
      3001,
    )
  })
})
