import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CloudRecordings } from '../../src/domain/cloud-recording/recordings.service.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { recordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 24 * 3600 * 1000

describe('Cloud recording auto-delete', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const sweep = () => t.server.svc.use(CloudRecordings).sweep()

  it('moves the files to the trash on the auto-delete day, and the trash empties 30 days after that', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Auto-deleted' })
    const res = await t.call('PATCH', `/v2/meetings/${m.id}/recordings/settings`, {
      token,
      body: { auto_delete: true },
    })
    assert.equal(res.status, 204, res.text)
    const settings = await t.call('GET', `/v2/meetings/${m.id}/recordings/settings`, { token })
    const day = str(settings.body.auto_delete_date)
    assert.match(day, /^\d{4}-\d{2}-\d{2}$/)
    const dueAt = Date.parse(`${day}T00:00:00Z`)
    // The default is 30 days after the recording ends.
    assert.ok(dueAt - t.clock.now() > 28 * DAY && dueAt - t.clock.now() <= 31 * DAY, day)
    const listed = await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token })
    assert.equal(listed.body.auto_delete, true)
    assert.equal(listed.body.auto_delete_date, day)

    // The day before: still there.
    t.clock.advance(dueAt - t.clock.now() - DAY)
    token = await t.token()
    await sweep()
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token })).status, 200)
    assert.equal((await outboxEvents(t, 'recording.trashed')).length, 0)

    t.clock.advance(DAY)
    token = await t.token()
    await sweep()
    // Everything is in the trash: only the trash list shows the recording now.
    const gone = await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token })
    assert.equal(gone.status, 404)
    assert.equal(gone.body.code, 3301)
    const inTrash = await t.call('GET', `/v2/users/me/recordings?trash=true&meeting_id=${m.id}`, { token })
    assert.equal((inTrash.body.meetings as unknown[]).length, 1)
    const trashed = await outboxEvents<{ uuid: string; recording_files: unknown[] }>(t, 'recording.trashed')
    assert.equal(trashed.length, 1)
    assert.equal(trashed[0]?.payload.object.uuid, m.uuid)
    assert.ok((trashed[0]?.payload.object.recording_files.length ?? 0) >= 3)
    const stored = await t.server.svc.use(CloudRecordings).repo.files(t.seed.accountId, m.uuid)
    assert.ok(stored.every((f) => f.trash_type === 'meeting_recordings' && f.trashed_at !== null))
    // A second sweep does nothing more.
    await sweep()
    assert.equal((await outboxEvents(t, 'recording.trashed')).length, 1)

    t.clock.advance(31 * DAY)
    token = await t.token()
    await sweep()
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token })).body.code, 3301)
  })
})
