import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

describe('Instance reports through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let client: ReturnType<typeof meetingsClient>
  let meetingId: number
  let meetingUuid: string
  let webinarId: number
  let webinarUuid: string

  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    client = meetingsClient(t.origin, token)
    const people = [
      { name: 'Host', user_id: ownerId, join_offset_minutes: 0 },
      { name: 'Registered', email: 'reg@guests.example', register: true, join_offset_minutes: 3 },
      { name: 'Drop In', join_offset_minutes: 10, leave_offset_minutes: 20 },
    ]
    const meeting = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { create: { userId: 'me', topic: 'Board', type: 2, settings: { approval_type: 0 } } },
        duration_minutes: 30,
        participants: people,
      },
    })
    assert.equal(meeting.status, 200, meeting.text)
    meetingId = Number(meeting.body.id)
    meetingUuid = str(meeting.body.uuid)
    webinarId = await createWebinar(t, token, {
      topic: 'Town hall',
      type: 5,
      start_time: iso(t.clock.now() + 86_400_000),
      settings: { approval_type: 0 },
    })
    const webinar = await t.call('POST', '/sim/scenarios', {
      token,
      body: { webinar: { id: webinarId }, duration_minutes: 30, participants: people },
    })
    assert.equal(webinar.status, 200, webinar.text)
    webinarUuid = str(webinar.body.uuid)
  })
  after(() => t.close())

  it('getMeetingDetailReports and getMeetingParticipantReports agree with the past meeting operations', async () => {
    const api = client.endpoints.reports
    const details = await api.getMeetingDetailReports({ path: { meetingId } })
    assert.equal(details.statusCode, 200)
    const past = await client.endpoints.meetings.getPastMeetingDetails({ path: { meetingId: String(meetingId) } })
    assert.equal(details.data?.uuid, meetingUuid)
    assert.equal(details.data?.participants_count, past.data?.participants_count)
    assert.equal(details.data?.total_minutes, past.data?.total_minutes)
    assert.equal(details.data?.duration, 30)
    assert.equal(details.data?.start_time, past.data?.start_time)
    assert.equal(details.data?.end_time, past.data?.end_time)

    const rows = await api.getMeetingParticipantReports({
      path: { meetingId: encodeURIComponent(encodeURIComponent(meetingUuid)) },
      query: { page_size: 300, include_fields: 'registrant_id' },
    })
    assert.equal(rows.statusCode, 200)
    const pastRows = await client.endpoints.meetings.getPastMeetingParticipants({
      path: { meetingId: String(meetingId) },
    })
    assert.equal(rows.data?.total_records, pastRows.data?.total_records)
    assert.deepEqual(
      rows.data?.participants?.map((p) => [p.name, p.join_time, p.leave_time, p.duration]),
      pastRows.data?.participants?.map((p) => [p.name, p.join_time, p.leave_time, p.duration]),
    )
    const registered = rows.data?.participants?.find((p) => p.name === 'Registered')
    assert.ok(registered?.registrant_id)
    assert.equal(rows.data?.participants?.find((p) => p.name === 'Host')?.participant_user_id, ownerId)
  })

  it('getWebinarDetailReports and getWebinarParticipantReports', async () => {
    const api = client.endpoints.reports
    const details = await api.getWebinarDetailReports({ path: { webinarId: String(webinarId) } })
    assert.equal(details.statusCode, 200)
    assert.equal(details.data?.uuid, webinarUuid)
    assert.equal(details.data?.type, 5)
    assert.equal(details.data?.participants_count, 3)
    // Host 30, the registrant 27, the drop-in 10.
    assert.equal(details.data?.total_minutes, 67)
    const rows = await api.getWebinarParticipantReports({
      path: { webinarId: encodeURIComponent(encodeURIComponent(webinarUuid)) },
      query: { page_size: 2 },
    })
    assert.equal(rows.statusCode, 200)
    assert.equal(rows.data?.total_records, 3)
    assert.equal(rows.data?.participants?.length, 2)
    assert.ok(rows.data?.next_page_token)
    const rest = await api.getWebinarParticipantReports({
      path: { webinarId: String(webinarId) },
      query: { page_size: 2, next_page_token: rows.data?.next_page_token },
    })
    assert.equal(rest.data?.participants?.length, 1)
    const seconds = [...(rows.data?.participants ?? []), ...(rest.data?.participants ?? [])].reduce(
      (n, p) => n + (p.duration ?? 0),
      0,
    )
    assert.equal(Math.round(seconds / 60), details.data?.total_minutes)
  })

  it('a meeting number the account never held: 404/3001', async () => {
    await rejectsWith(client.endpoints.reports.getMeetingDetailReports({ path: { meetingId: 99999999999 } }), 404, 3001)
    await rejectsWith(
      client.endpoints.reports.getWebinarParticipantReports({ path: { webinarId: String(meetingId) } }),
      404,
      3001,
    )
  })
})
