import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { must } from '../helpers/json.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Recording settings and registrants through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  let rec: RecordedMeeting

  before(async () => {
    t = await startTestServer()
    const token = await t.token()
    client = meetingsClient(t.origin, token)
    rec = await recordedMeeting(t, token, { topic: 'Rivet recording' })
  })
  after(() => t.close())

  it('reads and updates the settings', async () => {
    const api = client.endpoints.cloudRecording
    const path = { meetingId: String(rec.id) }
    const got = await api.getMeetingRecordingSettings({ path })
    assert.equal(got.statusCode, 200)
    assert.equal(got.data?.topic, 'Rivet recording')
    assert.equal(got.data?.share_recording, 'publicly')
    assert.equal(got.data?.approval_type, 2)

    const upd = await api.updateMeetingRecordingSettings({
      path,
      body: { share_recording: 'internally', topic: 'Renamed by rivet', on_demand: true, approval_type: 1 },
    })
    assert.equal(upd.statusCode, 204)
    const after = must((await api.getMeetingRecordingSettings({ path })).data)
    assert.equal(after.share_recording, 'internally')
    assert.equal(after.topic, 'Renamed by rivet')
    assert.equal(after.on_demand, true)
    assert.equal(after.approval_type, 1)
    assert.equal(after.password, got.data?.password)

    await rejectsWith(api.getMeetingRecordingSettings({ path: { meetingId: '123456789' } }), 404, 3301)
  })

  it('sets the questions, registers, lists and approves', async () => {
    const api = client.endpoints.cloudRecording
    const q = await api.updateRegistrationQuestions({
      path: { meetingId: String(rec.id) },
      body: { questions: [{ field_name: 'job_title', required: true }] },
    })
    assert.equal(q.statusCode, 204)
    const form = await api.getRegistrationQuestions({ path: { meetingId: String(rec.id) } })
    assert.deepEqual(form.data, { questions: [{ field_name: 'job_title', required: true }], custom_questions: [] })

    await rejectsWith(
      api.createRecordingRegistrant({
        path: { meetingId: rec.id },
        body: { email: 'riv@example.com', first_name: 'Riv' },
      }),
      400,
      300,
    )
    const added = await api.createRecordingRegistrant({
      path: { meetingId: rec.id },
      body: { email: 'riv@example.com', first_name: 'Riv', last_name: 'Et', job_title: 'Engineer' },
    })
    assert.equal(added.statusCode, 201)
    assert.equal(added.data?.id, rec.id)
    assert.equal(added.data?.topic, 'Renamed by rivet')
    const rid = must(added.data?.registrant_id)

    const pending = await api.listRecordingRegistrants({ path: { meetingId: rec.id }, query: { status: 'pending' } })
    assert.deepEqual(
      pending.data?.registrants?.map((r) => [r.id, r.email, r.status, r.job_title]),
      [[rid, 'riv@example.com', 'pending', 'Engineer']],
    )
    const status = await api.updateRegistrantsStatus({
      path: { meetingId: rec.id },
      body: { action: 'approve', registrants: [{ id: rid }] },
    })
    assert.equal(status.statusCode, 204)
    const approved = await api.listRecordingRegistrants({ path: { meetingId: rec.id } })
    assert.equal(approved.data?.total_records, 1)
    assert.equal(approved.data?.registrants?.[0]?.status, 'approved')
  })
})
