import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { addUser, startWithToken } from '../helpers/fixtures.js'
import { find, items, str } from '../helpers/json.js'
import { recordedMeeting } from '../helpers/recordings.js'
import type { TestServer } from '../helpers/server.js'

describe('Recording downloads with granular scopes', () => {
  let t: TestServer
  let token: string
  let memberId: string
  let downloadUrl: string

  /** A token of a new Server-to-Server app holding only `scopes`, acting as `createdBy` (the owner when null). */
  const tokenWith = async (scopes: string[], createdBy: string | null = null) => {
    const app = await t.server.svc.apps.create({ accountId: t.seed.accountId, name: 'granular', scopes, createdBy })
    return t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: t.seed.accountId })
  }

  /** Whether the download URL sends `bearer` to the file (302) rather than to Zoom's refusal page (200 HTML). */
  const downloads = async (bearer: string) => {
    const res = await fetch(downloadUrl, { headers: { authorization: `Bearer ${bearer}` }, redirect: 'manual' })
    await res.arrayBuffer()
    if (res.status === 302) return true
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/)
    return false
  }

  before(async () => {
    ;({ t, token } = await startWithToken())
    memberId = await addUser(t, token, `member-${Date.now()}@example.com`)
    // Hosted by the owner, through the seeded app.
    const rec = await recordedMeeting(t, token, { minutes: 10, record: { start_offset_minutes: 1 } })
    const res = await t.call('GET', `/v2/meetings/${rec.id}/recordings`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    downloadUrl = str(find(items(res.body.recording_files), (f) => f.file_type === 'MP4', 'MP4').download_url)
  })
  after(() => t.close())

  it('an account-level granular recording scope downloads any host’s files', async () => {
    for (const scope of [
      'cloud_recording:read:list_recording_files:admin',
      'cloud_recording:read:list_user_recordings:admin',
      'cloud_recording:read:list_account_recordings:admin',
    ])
      assert.ok(await downloads(await tokenWith([scope], memberId)), scope)
  })

  it('a user-level granular recording scope downloads only the token user’s own recordings', async () => {
    for (const scope of ['cloud_recording:read:list_recording_files', 'cloud_recording:read:list_user_recordings']) {
      assert.ok(await downloads(await tokenWith([scope])), `${scope} as the host`)
      assert.equal(await downloads(await tokenWith([scope], memberId)), false, `${scope} as another user`)
    }
  })

  it('granular scopes of other recording operations, or of other services, do not download', async () => {
    for (const scope of [
      'cloud_recording:delete:recording_file:admin',
      'cloud_recording:read:recording_settings:admin',
      'meeting:read:meeting:admin',
      'archiving:read:list_archived_files:admin',
    ])
      assert.equal(await downloads(await tokenWith([scope])), false, scope)
  })
})
