import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CloudRecordings } from '../../src/domain/cloud-recording/recordings.service.js'
import { BYTES_PER_GB } from '../../src/domain/cloud-recording/storage.js'
import { startWithOwner } from '../helpers/fixtures.js'
import { items, num, obj, refused, str, type Json } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { recordedMeeting, type RecordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

const DAY = 24 * 3600 * 1000

describe('Cloud recording trash, delete and recover over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const repo = () => t.server.svc.use(CloudRecordings).repo
  const accountId = () => t.seed.accountId
  /** Files of a recording as stored, trash included. */
  const stored = (uuid: string) => repo().files(accountId(), uuid)
  const shown = async (m: RecordedMeeting) => {
    const res = await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    return res.body
  }
  const trash = (m: RecordedMeeting, query = '') =>
    t.call('DELETE', `/v2/meetings/${m.id}/recordings${query}`, { token })
  const trashFile = (m: RecordedMeeting, fileId: string, query = '') =>
    t.call('DELETE', `/v2/meetings/${m.id}/recordings/${fileId}${query}`, { token })
  const recover = (uuid: string) =>
    t.call('PUT', `/v2/meetings/${encodeURIComponent(encodeURIComponent(uuid))}/recordings/status`, {
      token,
      body: { action: 'recover' },
    })
  const recoverFile = (m: RecordedMeeting, fileId: string) =>
    t.call('PUT', `/v2/meetings/${m.id}/recordings/${fileId}/status`, { token, body: { action: 'recover' } })
  /** Whether a file's download URL still hands out the file (302), rather than Zoom's refusal page. */
  const serves = async (downloadUrl: string) => {
    const path = new URL(downloadUrl).pathname
    const res = await fetch(`${t.origin}${path}?access_token=${token}`, { redirect: 'manual' })
    await res.arrayBuffer()
    return res.status === 302
  }
  const eventsFor = async (name: string, uuid: string) =>
    (await outboxEvents<Json>(t, name)).filter((e) => e.payload.object.uuid === uuid)
  const setQuota = (quota: number | null) =>
    t.call('PATCH', '/sim/accounts/me/cloud_storage', { token, body: { quota_bytes: quota } })

  it('trashes a whole recording, recovers it, then deletes it for good, with their events', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Round trip' })
    const before = await shown(m)
    const files = items(before.recording_files)
    assert.ok(files.length >= 2)
    const first = files[0] ?? {}
    assert.ok(await serves(str(first.download_url)))

    assert.equal((await trash(m)).status, 204)
    const trashed = await stored(m.uuid)
    assert.equal(trashed.length, files.length)
    for (const f of trashed) {
      assert.notEqual(f.trashed_at, null)
      assert.equal(f.trash_type, 'meeting_recordings')
    }
    assert.equal(await serves(str(first.download_url)), false)
    const [trashedEvent] = await eventsFor('recording.trashed', m.uuid)
    assert.ok(trashedEvent)
    assert.equal(trashedEvent.payload.operator, t.seed.ownerEmail)
    assert.equal(trashedEvent.payload.operator_id, ownerId)
    assert.equal(trashedEvent.payload.account_id, accountId())
    assert.deepEqual(
      items(trashedEvent.payload.object.recording_files)
        .map((f) => f.id)
        .sort(),
      files.map((f) => f.id).sort(),
    )
    assert.equal(trashedEvent.payload.object.id, m.id)
    assert.equal(typeof trashedEvent.download_token, 'string')
    // Nothing is left out of the trash to trash.
    refused(await trash(m), 404, 3301)

    assert.equal((await recover(m.uuid)).status, 204)
    const back = await shown(m)
    assert.deepEqual(
      items(back.recording_files).map((f) => f.id),
      files.map((f) => f.id),
    )
    assert.equal(back.total_size, before.total_size)
    assert.equal(back.recording_count, before.recording_count)
    assert.ok(await serves(str(first.download_url)))
    const [recovered] = await eventsFor('recording.recovered', m.uuid)
    assert.ok(recovered)
    assert.equal(recovered.payload.operator_id, ownerId)
    assert.equal(items(recovered.payload.object.recording_files).length, files.length)
    // Recovering again changes nothing and says nothing.
    assert.equal((await recover(m.uuid)).status, 204)
    assert.equal((await eventsFor('recording.recovered', m.uuid)).length, 1)

    // A file trashed alone goes for good with the rest.
    assert.equal((await trashFile(m, str(first.id))).status, 204)
    assert.equal((await trash(m, '?action=delete')).status, 204)
    assert.deepEqual(await stored(m.uuid), [])
    assert.equal(await repo().recording(accountId(), m.uuid), undefined)
    refused(await t.call('GET', `/v2/meetings/${m.id}/recordings`, { token }), 404, 3301)
    assert.equal(await serves(str(first.download_url)), false)
    const [deleted] = await eventsFor('recording.deleted', m.uuid)
    assert.ok(deleted)
    assert.equal(deleted.payload.operator, t.seed.ownerEmail)
    assert.equal(items(deleted.payload.object.recording_files).length, files.length)
  })

  it('trashes, recovers and deletes one file', async () => {
    const m = await recordedMeeting(t, token, { topic: 'One file' })
    const before = await shown(m)
    const files = items(before.recording_files)
    const [one, other] = files
    assert.ok(one && other)
    const id = str(one.id)

    assert.equal((await trashFile(m, id)).status, 204)
    let now = await shown(m)
    assert.deepEqual(
      items(now.recording_files).map((f) => f.id),
      files.filter((f) => f.id !== id).map((f) => f.id),
    )
    assert.equal(now.total_size, num(before.total_size) - num(one.file_size))
    assert.equal(now.recording_count, num(before.recording_count) - 1)
    const row = (await stored(m.uuid)).find((f) => f.id === id)
    assert.equal(row?.trash_type, 'recording_file')
    const [event] = await eventsFor('recording.trashed', m.uuid)
    assert.deepEqual(
      items(event?.payload.object.recording_files).map((f) => f.id),
      [id],
    )
    refused(await trashFile(m, id), 404, 3301)

    assert.equal((await recoverFile(m, id)).status, 204)
    now = await shown(m)
    assert.equal(items(now.recording_files).length, files.length)
    assert.equal(now.total_size, before.total_size)
    const [recovered] = await eventsFor('recording.recovered', m.uuid)
    assert.deepEqual(
      items(recovered?.payload.object.recording_files).map((f) => f.id),
      [id],
    )

    // Straight to deletion, and from the trash to deletion.
    assert.equal((await trashFile(m, id, '?action=delete')).status, 204)
    assert.equal((await trashFile(m, str(other.id))).status, 204)
    assert.equal((await trashFile(m, str(other.id), '?action=delete')).status, 204)
    const left = (await stored(m.uuid)).map((f) => f.id)
    assert.ok(!left.includes(id) && !left.includes(str(other.id)))
    now = await shown(m)
    assert.equal(items(now.recording_files).length, files.length - 2)
    const deleted = await eventsFor('recording.deleted', m.uuid)
    assert.deepEqual(
      deleted.map((e) => items(e.payload.object.recording_files).map((f) => f.id)),
      [[id], [str(other.id)]],
    )
    refused(await trashFile(m, id, '?action=delete'), 404, 3301)
    refused(await recoverFile(m, id), 404, 3301)
  })

  it('refuses while processing (3303), unknown recordings and files (3301), and bad actions', async () => {
    const pending = await recordedMeeting(t, token, { topic: 'Still processing', processed: false })
    refused(await trash(pending), 400, 3303)
    refused(await trash(pending, '?action=delete'), 400, 3303)
    refused(await trashFile(pending, '7c1e2f4a-0000-4000-8000-000000000000'), 400, 3303)
    refused(await t.call('DELETE', '/v2/meetings/99999999999/recordings', { token }), 404, 3301)
    refused(await recover('bm9yZWNvcmRpbmc9PQ=='), 404, 3301)
    const m = await recordedMeeting(t, token, { topic: 'Refusals' })
    refused(await trashFile(m, 'no-such-file'), 404, 3301)
    refused(await recoverFile(m, 'no-such-file'), 404, 3301)
    refused(await trash(m, '?action=shred'), 400, 300)
    refused(
      await t.call('PUT', `/v2/meetings/${m.id}/recordings/status`, { token, body: { action: 'trash' } }),
      400,
      300,
    )
  })

  it('refuses to delete one file while hosts may not delete cloud recordings', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Setting off' })
    const file = items((await shown(m)).recording_files)[0] ?? {}
    const setting = (on: boolean) =>
      t.call('PATCH', '/v2/accounts/me/settings', {
        token,
        body: { recording: { host_delete_cloud_recording: on } },
      })
    assert.equal((await setting(false)).status, 204)
    try {
      refused(await trashFile(m, str(file.id)), 400, 200)
      refused(await trashFile(m, str(file.id), '?action=delete'), 400, 200)
    } finally {
      assert.equal((await setting(true)).status, 204)
    }
    assert.equal((await trashFile(m, str(file.id))).status, 204)
  })

  it('refuses recovery beyond the cloud storage quota (3309), and plan usage counts the files', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Quota' })
    const files = items((await shown(m)).recording_files)
    const size = files.reduce((n, f) => n + num(f.file_size), 0)
    assert.ok(size > 0)
    const usage = async () => obj((await t.call('GET', '/v2/accounts/me/plans/usage', { token })).body.plan_recording)
    const gb = (bytes: number) => `${Number((bytes / BYTES_PER_GB).toFixed(6))} GB`
    const used = await repo().storageUsed(accountId())
    let plan = await usage()
    assert.equal(plan.free_storage, '5 GB')
    assert.equal(plan.free_storage_usage, gb(used))
    assert.equal(plan.plan_storage_usage, '0 GB')

    assert.equal((await trash(m)).status, 204)
    const outside = await repo().storageUsed(accountId(), undefined, true)
    // Room for less than the smallest file: neither the recording nor any one of its files comes back.
    const room = outside + Math.min(...files.map((f) => num(f.file_size))) - 1
    let res = await setQuota(room)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.quota_bytes, room)
    assert.equal(res.body.plan_quota_bytes, 5 * BYTES_PER_GB)
    assert.equal(res.body.used_bytes, used)
    refused(await recover(m.uuid), 400, 3309)
    for (const f of files) refused(await recoverFile(m, str(f.id)), 400, 3309)
    assert.ok((await stored(m.uuid)).every((f) => f.trashed_at !== null))
    assert.equal((await eventsFor('recording.recovered', m.uuid)).length, 0)

    res = await setQuota(outside + size)
    assert.equal((await recover(m.uuid)).status, 204)
    res = await setQuota(null)
    assert.equal(res.body.quota_bytes, 5 * BYTES_PER_GB)
    refused(
      await t.call('PATCH', '/sim/accounts/no-such-account/cloud_storage', { token, body: { quota_bytes: 1 } }),
      404,
      2001,
    )

    // Deleted for good, the files no longer count.
    assert.equal((await trash(m, '?action=delete')).status, 204)
    plan = await usage()
    assert.equal(plan.free_storage_usage, gb(used - size))
  })

  it('removes files 30 days in the trash for good', async () => {
    const m = await recordedMeeting(t, token, { topic: 'Purged' })
    const files = items((await shown(m)).recording_files)
    assert.equal((await trash(m)).status, 204)
    t.clock.advance(29 * DAY)
    await t.server.svc.use(CloudRecordings).sweep()
    assert.equal((await stored(m.uuid)).length, files.length)
    t.clock.advance(2 * DAY)
    token = await t.token()
    await t.server.svc.use(CloudRecordings).sweep()
    assert.deepEqual(await stored(m.uuid), [])
    assert.equal(await repo().recording(accountId(), m.uuid), undefined)
    for (const f of files) assert.equal(await serves(str(f.download_url)), false)
    refused(await recover(m.uuid), 404, 3301)
  })
})
