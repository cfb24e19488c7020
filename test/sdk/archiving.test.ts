import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { recordedMeeting } from '../helpers/recordings.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Archiving through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
  })
  after(() => t.close())

  it('listArchivedFiles: refused until archiving is on, then lists the archived meeting with its files', async () => {
    const api = () => meetingsClient(t.origin, token).endpoints.archiving
    await rejectsWith(api().listArchivedFiles({}), 400, 200, 'Not available for this account.')
    const free = await makeAccount(t, { plan: 'free', scopes: ['recording:read:admin'] })
    await rejectsWith(
      meetingsClient(t.origin, await free.token()).endpoints.archiving.listArchivedFiles({}),
      400,
      200,
      'Only available for Paid account.',
    )

    const patch = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { recording: { archive: { enable: true, settings: { video_file: true, audio_file: true } } } },
    })
    assert.equal(patch.status, 204)
    const held = await recordedMeeting(t, token, { topic: 'Archived through the SDK' })
    token = await t.token()

    const res = await api().listArchivedFiles({ query: { page_size: 10, query_date_type: 'meeting_start_time' } })
    assert.equal(res.statusCode, 200)
    assert.equal(res.data?.page_size, 10)
    assert.equal(res.data?.total_records, 1)
    const archived = res.data?.meetings?.[0]
    assert.ok(archived)
    assert.equal(archived.uuid, held.uuid)
    assert.equal(archived.id, held.id)
    assert.equal(archived.status, 'completed')
    assert.equal(archived.meeting_type, 'external')
    assert.deepEqual(archived.archive_files.map((f) => f.file_type).sort(), ['M4A', 'MP4'])
    assert.ok(archived.archive_files.every((f) => f.status === 'completed' && f.file_size > 0))

    await rejectsWith(
      api().listArchivedFiles({ query: { from: '2020-01-01T00:00:00Z', to: '2020-01-09T00:00:00Z' } }),
      400,
      300,
    )
  })
})
