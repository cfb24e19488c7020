import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { find, items, str } from '../helpers/json.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Recording analytics through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  let rec: RecordedMeeting
  let today: string

  before(async () => {
    t = await startTestServer()
    const token = await t.token()
    client = meetingsClient(t.origin, token)
    rec = await recordedMeeting(t, token)
    today = new Date(t.clock.now()).toISOString().slice(0, 10)
    const listed = await t.call('GET', `/v2/meetings/${rec.id}/recordings`, { token })
    const mp4 = find(items(listed.body.recording_files), (f) => f.file_type === 'MP4')
    const dl = await fetch(str(mp4.download_url), { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' })
    assert.equal(dl.status, 302)
    const play = await fetch(`${str(mp4.play_url)}?pwd=${encodeURIComponent(str(listed.body.password))}`)
    assert.match(await play.text(), /<video/)
  })
  after(() => t.close())

  it('reads the summary of a day', async () => {
    const api = client.endpoints.cloudRecording
    const res = await api.getMeetingOrWebinarRecordingsAnalyticsSummary({
      path: { meetingId: String(rec.id) },
      query: { from: today, to: today },
    })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.data, {
      from: today,
      to: today,
      analytics_summary: [{ date: today, views_total_count: 1, downloads_total_count: 1 }],
    })
  })

  it('reads the details by view and by download', async () => {
    const api = client.endpoints.cloudRecording
    const views = await api.getMeetingOrWebinarRecordingsAnalyticsDetails({
      path: { meetingId: encodeURIComponent(encodeURIComponent(rec.uuid)) },
      query: { type: 'by_view', page_size: 10 },
    })
    assert.equal(views.statusCode, 200)
    assert.equal(views.data?.total_records, 1)
    assert.equal(views.data?.analytics_details?.[0]?.name, 'Guest')
    const downloads = await api.getMeetingOrWebinarRecordingsAnalyticsDetails({
      path: { meetingId: String(rec.id) },
      query: { type: 'by_download' },
    })
    assert.equal(downloads.data?.analytics_details?.[0]?.email, t.seed.ownerEmail)
    assert.equal(downloads.data?.next_page_token, '')
  })

  it('refuses an unknown meeting with 3301', async () => {
    await rejectsWith(
      client.endpoints.cloudRecording.getMeetingOrWebinarRecordingsAnalyticsSummary({
        path: { meetingId: '123456789' },
      }),
      404,
      3301,
    )
  })
})
