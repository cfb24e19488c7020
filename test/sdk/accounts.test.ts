import assert from 'node:assert/strict'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { apiError } from '../helpers/rivet.js'
import { accountsClient, subAccountUsersClient } from '../helpers/rivet-accounts.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// The first bytes of a PNG are what the server checks.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

describe('Accounts through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let client: ReturnType<typeof accountsClient>
  let dir: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    client = accountsClient(t.origin, token)
    dir = mkdtempSync(join(tmpdir(), 'rivet-accounts-'))
  })
  after(async () => {
    rmSync(dir, { recursive: true, force: true })
    await t.close()
  })

  const createSub = async (email: string) => {
    const res = await t.call('POST', '/v2/accounts', {
      token,
      body: { first_name: 'Rivet', last_name: 'Sub', email, password: 'Qx7!mRt2pz' },
    })
    assert.equal(res.status, 201)
    return res.body as { id: string; owner_id: string; owner_email: string }
  }

  describe('a master works in its sub account through the Users SDK', () => {
    it('creates and lists users at /accounts/{accountId}/users with a user:master token', async () => {
      const sub = await createSub('rivet-sub@example.org')
      const users = subAccountUsersClient(t.origin, await tokenWithScopes(t, ['user:master']), sub.id)
      const created = await users.endpoints.users.createUsers({
        body: { action: 'custCreate', user_info: { email: 'rivet-member@example.org', type: 1, first_name: 'Riv' } },
      })
      assert.equal(created.statusCode, 201)
      const list = await users.endpoints.users.listUsers({ query: { page_size: 10 } })
      assert.deepEqual(list.data?.users?.map((u) => u.email).sort(), [
        'rivet-member@example.org',
        'rivet-sub@example.org',
      ])
      assert.equal(list.data?.total_records, 2)
      const got = await users.endpoints.users.getUser({ path: { userId: must(must(created.data).id) } })
      assert.equal(got.data?.account_id, sub.id)
    })

    it("another account's master token gets Zoom's refusal: 400/2001", async () => {
      const sub = await createSub('rivet-sub2@example.org')
      const stranger = await makeAccount(t, { scopes: ['user:master', 'user:read:admin'] })
      const users = subAccountUsersClient(t.origin, await stranger.token(), sub.id)
      await assert.rejects(users.endpoints.users.listUsers({ query: {} }), (e) => {
        assert.deepEqual(apiError(e), { status: 400, code: 2001, message: `Account does not exist: ${sub.id}` })
        return true
      })
      // …and so does a token without the master scope.
      const adminOnly = subAccountUsersClient(t.origin, await tokenWithScopes(t, ['user:read:admin']), sub.id)
      await assert.rejects(adminOnly.endpoints.users.listUsers({ query: {} }), (e) => {
        assert.deepEqual([apiError(e).status, apiError(e).code], [401, 4711])
        return true
      })
    })
  })

  describe('settings', () => {
    it('getAccountSettings / updateAccountSettings', async () => {
      const before = await client.endpoints.accounts.getAccountSettings({ path: { accountId: 'me' } })
      assert.equal(before.statusCode, 200)
      const settings = before.data as {
        schedule_meeting?: { host_video?: boolean }
        in_meeting?: { polling?: boolean }
      }
      assert.equal(settings.schedule_meeting?.host_video, false)
      const updated = await client.endpoints.accounts.updateAccountSettings({
        path: { accountId: 'me' },
        body: { schedule_meeting: { host_video: true }, in_meeting: { polling: false } },
      })
      assert.equal(updated.statusCode, 204)
      const after = (
        await client.endpoints.accounts.getAccountSettings({
          path: { accountId: 'me' },
          query: { custom_query_fields: 'host_video,polling' },
        })
      ).data
      assert.deepEqual(after, { in_meeting: { polling: false }, schedule_meeting: { host_video: true } })
      const security = (
        await client.endpoints.accounts.getAccountSettings({
          path: { accountId: 'me' },
          query: { option: 'meeting_security' },
        })
      ).data as { meeting_security?: { waiting_room?: boolean } }
      assert.equal(security.meeting_security?.waiting_room, true)
    })

    it("a Free sub account's settings are a paid-only feature: 400/200", async () => {
      const free = await createSub('rivet-free@example.org')
      await assert.rejects(client.endpoints.accounts.getAccountSettings({ path: { accountId: free.id } }), (e) => {
        assert.deepEqual(apiError(e), {
          status: 400,
          code: 200,
          message: `Only available for paid account: ${free.id}.`,
        })
        return true
      })
    })

    it('getLockedSettings / updateLockedSettings', async () => {
      const res = await client.endpoints.accounts.updateLockedSettings({
        path: { accountId: 'me' },
        body: { audio_conferencing: { toll_free_and_fee_based_toll_call: true } },
      })
      assert.equal(res.statusCode, 204)
      const got = await client.endpoints.accounts.getLockedSettings({ path: { accountId: 'me' } })
      assert.equal(
        (got.data as { audio_conferencing?: { toll_free_and_fee_based_toll_call?: boolean } }).audio_conferencing
          ?.toll_free_and_fee_based_toll_call,
        true,
      )
    })

    it('webinar registration settings', async () => {
      const res = await client.endpoints.accounts.updateAccountsWebinarRegistrationSettings({
        path: { accountId: 'me' },
        query: { type: 'webinar' },
        body: { approve_type: 1, options: { close_registration: true } },
      })
      assert.equal(res.statusCode, 204)
      const got = await client.endpoints.accounts.getAccountsWebinarRegistrationSettings({
        path: { accountId: 'me' },
        query: { type: 'webinar' },
      })
      assert.equal(got.data?.approve_type, 1)
      assert.equal(got.data?.options?.close_registration, true)
    })

    it('uploadVirtualBackgroundFiles (201) / deleteVirtualBackgroundFiles (204)', async () => {
      const path = join(dir, 'office.png')
      writeFileSync(path, PNG)
      const res = await client.endpoints.accounts.uploadVirtualBackgroundFiles({
        path: { accountId: 'me' },
        body: { file: createReadStream(path) as unknown as string },
      })
      assert.equal(res.statusCode, 201)
      assert.equal(res.data?.name, 'office.png')
      assert.equal(res.data?.type, 'image')
      const del = await client.endpoints.accounts.deleteVirtualBackgroundFiles({
        path: { accountId: 'me' },
        query: { file_ids: must(must(res.data).id) },
      })
      assert.equal(del.statusCode, 204)
      await assert.rejects(
        client.endpoints.accounts.deleteVirtualBackgroundFiles({
          path: { accountId: 'me' },
          query: { file_ids: must(must(res.data).id) },
        }),
        (e) => {
          assert.deepEqual(apiError(e), { status: 400, code: 300, message: 'Invalid parameter: file_ids' })
          return true
        },
      )
    })

    it('managed and trusted domains', async () => {
      const managed = await client.endpoints.accounts.getAccountsManagedDomains({ path: { accountId: 'me' } })
      assert.deepEqual(managed.data, { total_records: 0, domains: [] })
      const trusted = await client.endpoints.accounts.getAccountsTrustedDomains({ path: { accountId: 'me' } })
      assert.deepEqual(trusted.data, { trusted_domains: [] })
    })
  })

  describe('updateAccountOwner', () => {
    it('hands a sub account to another of its users', async () => {
      const sub = await createSub('rivet-owner@example.org')
      const users = subAccountUsersClient(t.origin, await tokenWithScopes(t, ['user:master']), sub.id)
      const next = await users.endpoints.users.createUsers({
        body: { action: 'custCreate', user_info: { email: 'rivet-next@example.org', type: 1 } },
      })
      const res = await client.endpoints.accounts.updateAccountOwner({
        path: { accountId: sub.id },
        body: { email: 'rivet-next@example.org' },
      })
      assert.equal(res.statusCode, 204)
      const former = await users.endpoints.users.getUser({ path: { userId: sub.owner_id } })
      assert.equal(former.data?.role_name, 'Admin')
      assert.equal((await t.server.svc.accounts.get(sub.id))?.owner_id, next.data?.id)
      await assert.rejects(
        client.endpoints.accounts.updateAccountOwner({
          path: { accountId: 'NoSuchAccount' },
          body: { email: 'x@example.org' },
        }),
        (e) => {
          assert.deepEqual(apiError(e), { status: 404, code: 2001, message: 'Account does not exist: NoSuchAccount' })
          return true
        },
      )
    })
  })
})
