import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CloudRecordings } from '../../src/domain/cloud-recording/recordings.service.js'
import { startWithToken } from '../helpers/fixtures.js'
import { items, str } from '../helpers/json.js'
import { recordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

describe('Cloud recording trash through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let api: ReturnType<typeof meetingsClient>['endpoints']['cloudRecording']
  before(async () => {
    ;({ t, token } = await startWithToken())
    api = meetingsClient(t.origin, token).endpoints.cloudRecording
  })
  after(() => t.close())

  const fileIds = async (meetingId: number) => {
    const res = await api.getMeetingRecordings({ path: { meetingId: String(meetingId) } })
    return items(res.data?.recording_files).map((f) => str(f.id))
  }
  const trashed = async (uuid: string) =>
    (await t.server.svc.use(CloudRecordings).repo.files(t.seed.accountId, uuid)).filter((f) => f.trashed_at !== null)

  it('trashes and recovers a meeting’s recording, then deletes it for good', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Rivet round trip' })
    const ids = await fileIds(m.id)
    const meetingId = String(m.id)
    const del = await api.deleteMeetingOrWebinarRecordings({ path: { meetingId } })
    assert.equal(del.statusCode, 204)
    assert.equal((await trashed(m.uuid)).length, ids.length)
    // Rivet puts path values in as given: the caller encodes a UUID (twice, as Zoom asks for one with slashes).
    // Its body is optional in rivet's types, but Zoom requires one.
    const meetingUUID = encodeURIComponent(encodeURIComponent(m.uuid))
    await rejectsWith(api.recoverMeetingRecordings({ path: { meetingUUID } }), 400, 300)
    const back = await api.recoverMeetingRecordings({ path: { meetingUUID }, body: { action: 'recover' } })
    assert.equal(back.statusCode, 204)
    assert.deepEqual(await fileIds(m.id), ids)
    const gone = await api.deleteMeetingOrWebinarRecordings({ path: { meetingId }, query: { action: 'delete' } })
    assert.equal(gone.statusCode, 204)
    await rejectsWith(api.getMeetingRecordings({ path: { meetingId } }), 404, 3301)
    await rejectsWith(api.deleteMeetingOrWebinarRecordings({ path: { meetingId } }), 404, 3301)
  })

  it('trashes, recovers and deletes one file', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Rivet one file' })
    const ids = await fileIds(m.id)
    const recordingId = ids[0] ?? ''
    const path = { meetingId: String(m.id), recordingId }
    assert.equal((await api.deleteRecordingFileForMeetingOrWebinar({ path })).statusCode, 204)
    assert.deepEqual(await fileIds(m.id), ids.slice(1))
    const back = await api.recoverSingleRecording({ path, body: { action: 'recover' } })
    assert.equal(back.statusCode, 204)
    assert.deepEqual(await fileIds(m.id), ids)
    const gone = await api.deleteRecordingFileForMeetingOrWebinar({ path, query: { action: 'delete' } })
    assert.equal(gone.statusCode, 204)
    assert.deepEqual(await fileIds(m.id), ids.slice(1))
    await rejectsWith(api.recoverSingleRecording({ path, body: { action: 'recover' } }), 404, 3301)
  })

  it('refuses a recording still processing with 3303', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Rivet processing', processed: false })
    await rejectsWith(
      api.deleteMeetingOrWebinarRecordings({ path: { meetingId: String(m.id) }, query: { action: 'trash' } }),
      400,
      3303,
      'You can not delete an uncompleted meeting.',
    )
  })
})
