import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { num, str } from '../helpers/json.js'
import { recordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('Account reports through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let client: ReturnType<typeof meetingsClient>
  let uuid: string

  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
    client = meetingsClient(t.origin, token)
    uuid = (await recordedMeeting(t, token, { topic: 'Synced' })).uuid
  })
  after(() => t.close())

  it('getDailyUsageReport and getActiveOrInactiveHostReports agree with the past meeting', async () => {
    const past = (await t.call('GET', `/v2/past_meetings/${encodeURIComponent(encodeURIComponent(uuid))}`, { token }))
      .body
    const start = new Date(str(past.start_time))
    const api = client.endpoints.reports
    const daily = await api.getDailyUsageReport({
      query: { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1 },
    })
    assert.equal(daily.statusCode, 200)
    const entry = daily.data?.dates?.find((d) => d.date === day(start.getTime()))
    assert.equal(entry?.meetings, 1)
    assert.equal(entry?.meeting_minutes, num(past.total_minutes))

    const hosts = await api.getActiveOrInactiveHostReports({
      query: { type: 'active', from: day(t.clock.now() - DAY), to: day(t.clock.now()) },
    })
    assert.equal(hosts.statusCode, 200)
    assert.equal(hosts.data?.users?.[0]?.id, ownerId)
    assert.equal(hosts.data?.total_meeting_minutes, num(past.total_minutes))
  })

  it('getMeetingReports lists the host’s meeting; an unknown user is 404/1001', async () => {
    const api = client.endpoints.reports
    const res = await api.getMeetingReports({
      path: { userId: 'me' },
      query: { from: day(t.clock.now() - DAY), to: day(t.clock.now()), type: 'past' },
    })
    assert.equal(res.statusCode, 200)
    assert.equal(res.data?.meetings?.[0]?.uuid, uuid)
    assert.equal(res.data?.meetings?.[0]?.participants_count, 2)
    await rejectsWith(
      api.getMeetingReports({
        path: { userId: 'ghost@example.com' },
        query: { from: day(t.clock.now()), to: day(t.clock.now()) },
      }),
      404,
      1001,
    )
  })

  it('getUpcomingEventsReport and getCloudRecordingUsageReport', async () => {
    const start = new Date(t.clock.now() + 2 * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z')
    await createMeeting(t, token, { topic: 'Ahead', type: 2, start_time: start, duration: 30 })
    const api = client.endpoints.reports
    const upcoming = await api.getUpcomingEventsReport({
      query: { from: day(t.clock.now()), to: day(t.clock.now() + 7 * DAY), type: 'meeting' },
    })
    assert.equal(upcoming.statusCode, 200)
    assert.deepEqual(
      upcoming.data?.upcoming_events?.map((e) => [e.topic, e.start_time]),
      [['Ahead', start]],
    )

    const storage = await api.getCloudRecordingUsageReport({
      query: { from: day(t.clock.now() - 2 * DAY), to: day(t.clock.now()) },
    })
    assert.equal(storage.statusCode, 200)
    assert.equal(storage.data?.cloud_recording_storage?.length, 2)
    await rejectsWith(api.getDailyUsageReport({ query: { year: 2000, month: 1 } }), 400, 300)
  })
})
