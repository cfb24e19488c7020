import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { must } from '../helpers/json.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

describe('Recording lists through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let client: ReturnType<typeof meetingsClient>
  let rec: RecordedMeeting
  before(async () => {
    ;({ t, token } = await startWithOwner())
    rec = await recordedMeeting(t, token, { topic: 'SDK sync' })
    client = meetingsClient(t.origin, await t.token())
  })
  after(() => t.close())

  it('listAllRecordings pages a user’s recordings and echoes a clamped window', async () => {
    const api = client.endpoints.cloudRecording
    const res = await api.listAllRecordings({
      path: { userId: 'me' },
      query: { from: '2026-09-01', to: '2026-11-02', page_size: 10, mc: 'false', trash: false },
    })
    assert.equal(res.statusCode, 200)
    const body = must(res.data)
    assert.deepEqual([body.from, body.to], ['2026-10-02', '2026-11-02'])
    assert.equal(body.next_page_token, '')
    assert.equal(body.total_records, 1)
    const m = must(body.meetings?.[0])
    assert.equal(m.uuid, rec.uuid)
    assert.equal(m.topic, 'SDK sync')
    const files = must(m.recording_files)
    assert.equal(m.recording_count, files.length)
    assert.ok(files.some((f) => f.file_type === 'MP4' && f.recording_type === 'shared_screen_with_speaker_view'))
    assert.ok(files.every((f) => f.meeting_id === rec.uuid && f.download_url?.includes('/rec/download/')))
    // The play passcode opens a file's player without the passcode prompt.
    const player = must(files.find((f) => f.file_type === 'MP4')?.play_url)
    const asked = await (await fetch(player)).text()
    assert.ok(asked.includes('Enter the passcode'))
    const opened = await (await fetch(`${player}?pwd=${must(m.recording_play_passcode)}`)).text()
    assert.ok(opened.includes('<video'))
    await rejectsWith(
      api.listAllRecordings({ path: { userId: 'me' }, query: { from: '2026-01-01', to: '2026-01-05' } }),
      400,
      300,
    )
  })

  it('getMeetingRecordings adds a download access token when asked', async () => {
    const api = client.endpoints.cloudRecording
    const plain = await api.getMeetingRecordings({ path: { meetingId: String(rec.id) } })
    assert.equal(plain.statusCode, 200)
    assert.equal(plain.data?.download_access_token, undefined)
    const res = await api.getMeetingRecordings({
      path: { meetingId: String(rec.id) },
      query: { include_fields: 'download_access_token', ttl: 3600 },
    })
    assert.equal(res.statusCode, 200)
    const data = must(res.data)
    assert.equal(data.uuid, rec.uuid)
    const access = must(data.download_access_token)
    const file = must(data.recording_files?.find((f) => f.file_type === 'MP4'))
    const download = await fetch(`${must(file.download_url)}?access_token=${encodeURIComponent(access)}`, {
      redirect: 'manual',
    })
    assert.equal(download.status, 302)
  })
})
