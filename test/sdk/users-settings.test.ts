import assert from 'node:assert/strict'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { png } from '../helpers/media.js'
import { apiError, usersClient } from '../helpers/rivet.js'
import { asSettings, items, must, obj } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Rivet's upload endpoints put each body member into a `form-data` form; a file goes in as a read stream (its
// path gives the part a filename). The declared type says string, hence the casts.
const asFile = (path: string) => createReadStream(path) as unknown as string

describe('User settings and uploads through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof usersClient>
  let dir: string
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return path
  }

  before(async () => {
    t = await startTestServer()
    client = usersClient(t.origin, await t.token())
    dir = mkdtempSync(join(tmpdir(), 'zoom-settings-'))
  })
  after(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('getUserSettings returns the full document', async () => {
    const res = await client.endpoints.users.getUserSettings({ path: { userId: 'me' } })
    assert.equal(res.statusCode, 200)
    const data = asSettings(res.data)
    assert.equal(data.schedule_meeting.host_video, false)
    assert.equal(data.in_meeting.entry_exit_chime, 'none')
    assert.equal(data.recording.auto_recording, 'none')
    assert.equal(typeof data.feature.meeting_capacity, 'number')
    assert.deepEqual(obj(data.in_meeting.virtual_background_settings).files, [])
  })

  it('updateUserSettings (204) then getUserSettings shows the change', async () => {
    const res = await client.endpoints.users.updateUserSettings({
      path: { userId: 'me' },
      body: {
        in_meeting: { entry_exit_chime: 'all', waiting_room: false },
        email_notification: { jbh_reminder: false },
        recording: { auto_delete_cmr: true, auto_delete_cmr_days: 60 },
      },
    })
    assert.equal(res.statusCode, 204)
    const data = asSettings((await client.endpoints.users.getUserSettings({ path: { userId: 'me' } })).data)
    assert.equal(data.in_meeting.entry_exit_chime, 'all')
    assert.equal(data.in_meeting.waiting_room, false)
    assert.equal(data.in_meeting.chat, true)
    assert.equal(data.email_notification.jbh_reminder, false)
    assert.equal(data.recording.auto_delete_cmr, true)
    assert.equal(data.recording.auto_delete_cmr_days, 60)
    const security = asSettings(
      (await client.endpoints.users.getUserSettings({ path: { userId: 'me' }, query: { option: 'meeting_security' } }))
        .data,
    )
    assert.equal(security.meeting_security.waiting_room, false)
  })

  it('an invalid enum is 400/300', async () => {
    await assert.rejects(
      client.endpoints.users.updateUserSettings({
        path: { userId: 'me' },
        body: { schedule_meeting: { audio_type: 'carrier_pigeon' as 'both' } },
      }),
      (e) => {
        assert.deepEqual(apiError(e), { status: 400, code: 300, message: 'Validation Failed.' })
        return true
      },
    )
  })

  it('meeting_security through the option query', async () => {
    const res = await client.endpoints.users.updateUserSettings({
      path: { userId: 'me' },
      query: { option: 'meeting_security' },
      body: {
        meeting_security: { only_authenticated_can_join_from_webclient: true, embed_password_in_join_link: false },
      },
    })
    assert.equal(res.statusCode, 204)
    const ms = asSettings(
      (await client.endpoints.users.getUserSettings({ path: { userId: 'me' }, query: { option: 'meeting_security' } }))
        .data,
    ).meeting_security
    assert.equal(ms.only_authenticated_can_join_from_webclient, true)
    assert.equal(ms.embed_password_in_join_link, false)
    const full = (
      await client.endpoints.users.getUserSettings({
        path: { userId: 'me' },
        query: { custom_query_fields: 'embed_password_in_join_link' },
      })
    ).data
    assert.deepEqual(full, { schedule_meeting: { embed_password_in_join_link: false } })
  })

  it('uploadUsersProfilePicture (201) sets pic_url to the same bytes; deleteUsersProfilePicture (204) removes it', async () => {
    const bytes = png(1, 1, [10, 120, 240])
    const res = await client.endpoints.users.uploadUsersProfilePicture({
      path: { userId: 'me' },
      body: { pic_file: asFile(file('avatar.png', bytes)) },
    })
    assert.equal(res.statusCode, 201)
    const me = await client.endpoints.users.getUser({ path: { userId: 'me' } })
    const served = await fetch(must(must(me.data).pic_url))
    assert.equal(served.headers.get('content-type'), 'image/png')
    assert.deepEqual(Buffer.from(await served.arrayBuffer()), bytes)

    const del = await client.endpoints.users.deleteUsersProfilePicture({ path: { userId: 'me' } })
    assert.equal(del.statusCode, 204)
    assert.equal((await client.endpoints.users.getUser({ path: { userId: 'me' } })).data?.pic_url, undefined)
  })

  it('a picture that is not jpg/png is 400/120', async () => {
    await assert.rejects(
      client.endpoints.users.uploadUsersProfilePicture({
        path: { userId: 'me' },
        body: { pic_file: asFile(file('notes.png', Buffer.from('plain text'))) },
      }),
      (e) => {
        assert.deepEqual(apiError(e), {
          status: 400,
          code: 120,
          message: 'Only jpg/jpeg or png image file can be uploaded.',
        })
        return true
      },
    )
  })

  it('uploadVirtualBackgroundFiles (201) lists the file in settings; deleteVirtualBackgroundFiles (204) removes it', async () => {
    const bytes = png(1, 1, [0, 200, 0])
    const res = await client.endpoints.users.uploadVirtualBackgroundFiles({
      path: { userId: 'me' },
      body: { file: asFile(file('green.png', bytes)) },
    })
    assert.equal(res.statusCode, 201)
    assert.equal(res.data?.name, 'green.png')
    assert.equal(res.data?.size, bytes.length)
    assert.equal(res.data?.type, 'image')
    assert.equal(res.data?.is_default, false)
    const id = must(must(res.data).id)
    const settings = asSettings((await client.endpoints.users.getUserSettings({ path: { userId: 'me' } })).data)
    assert.deepEqual(
      items(obj(settings.in_meeting.virtual_background_settings).files).map((f) => f.id),
      [id],
    )
    await assert.rejects(
      client.endpoints.users.deleteVirtualBackgroundFiles({ path: { userId: 'me' }, query: { file_ids: 'missing' } }),
      (e) => {
        assert.deepEqual(apiError(e), { status: 400, code: 300, message: 'Invalid parameter: file_ids' })
        return true
      },
    )
    const del = await client.endpoints.users.deleteVirtualBackgroundFiles({
      path: { userId: 'me' },
      query: { file_ids: id },
    })
    assert.equal(del.statusCode, 204)
    const after = asSettings((await client.endpoints.users.getUserSettings({ path: { userId: 'me' } })).data)
    assert.deepEqual(obj(after.in_meeting.virtual_background_settings).files, [])
  })
})
