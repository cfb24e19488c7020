import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { UsersS2SAuthClient } from '@zoom/rivet/users'
import { apiError, usersClient } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const rejectsWith = async (p: Promise<unknown>, status: number, code: number) =>
  assert.rejects(p, (e) => {
    const err = apiError(e)
    assert.equal(err.status, status, err.message)
    assert.equal(err.code, code, err.message)
    return true
  })

describe('Users profile operations through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof usersClient>
  let n = 0
  before(async () => {
    t = await startTestServer()
    client = usersClient(t.origin, await t.token())
  })
  after(() => t.close())

  const newUser = async (
    type: 1 | 2 | 4 = 2,
    action: 'custCreate' | 'create' | 'autoCreate' = 'custCreate',
    password?: string,
  ) => {
    n++
    const res = await client.endpoints.users.createUsers({
      body: {
        action,
        user_info: { email: `sdk.profile${n}@example.com`, type, first_name: 'Sdk', last_name: `User${n}`, password },
      },
    })
    return must(res.data)
  }

  describe('updateUser', () => {
    it('an update is visible on the next getUser', async () => {
      const u = await newUser()
      const res = await client.endpoints.users.updateUser({
        path: { userId: must(u.id) },
        body: {
          first_name: 'Rivet',
          last_name: 'Person',
          dept: 'QA',
          timezone: 'Europe/Paris',
          pmi: 6139027458,
          use_pmi: true,
          vanity_name: 'rivet.person',
          pronouns_option: 3,
        },
      })
      assert.equal(res.statusCode, 204)
      const got = must((await client.endpoints.users.getUser({ path: { userId: must(u.id) } })).data)
      assert.equal(got.first_name, 'Rivet')
      assert.equal(got.last_name, 'Person')
      assert.equal(got.display_name, 'Rivet Person')
      assert.equal(got.dept, 'QA')
      assert.equal(got.timezone, 'Europe/Paris')
      assert.equal(got.pmi, 6139027458)
      assert.equal(got.use_pmi, true)
      assert.equal(got.pronouns_option, 3)
      assert.equal(got.vanity_url, `${t.origin}/my/rivet.person`)
    })

    it('bad values are 400/300; an unknown user is 404/1001', async () => {
      const u = await newUser()
      await rejectsWith(
        client.endpoints.users.updateUser({ path: { userId: must(u.id) }, body: { first_name: 'f'.repeat(65) } }),
        400,
        300,
      )
      await rejectsWith(
        client.endpoints.users.updateUser({ path: { userId: must(u.id) }, body: { type: 3 as 1 } }),
        400,
        300,
      )
      await rejectsWith(
        client.endpoints.users.updateUser({ path: { userId: must(u.id) }, body: { pmi: 1098765432 } }),
        400,
        300,
      )
      await rejectsWith(
        client.endpoints.users.updateUser({ path: { userId: 'missing@example.com' }, body: { dept: 'x' } }),
        404,
        1001,
      )
    })
  })

  describe('updateUserStatus', () => {
    it('deactivate, list inactive, activate', async () => {
      const u = await newUser()
      assert.equal(
        (
          await client.endpoints.users.updateUserStatus({
            path: { userId: must(u.id) },
            body: { action: 'deactivate' },
          })
        ).statusCode,
        204,
      )
      const inactive = await client.endpoints.users.listUsers({ query: { status: 'inactive' } })
      assert.ok(must(must(inactive.data).users).some((x) => x.id === u.id))
      assert.equal(
        must((await client.endpoints.users.getUser({ path: { userId: must(u.id) } })).data).status,
        'inactive',
      )
      await client.endpoints.users.updateUserStatus({ path: { userId: must(u.id) }, body: { action: 'activate' } })
      assert.equal(must((await client.endpoints.users.getUser({ path: { userId: must(u.id) } })).data).status, 'active')
      await rejectsWith(
        client.endpoints.users.updateUserStatus({ path: { userId: 'me' }, body: { action: 'deactivate' } }),
        400,
        200,
      )
    })
  })

  describe('deleteUser', () => {
    it('deletes, then getUser is 404/1001; the owner is refused', async () => {
      const u = await newUser()
      const res = await client.endpoints.users.deleteUser({ path: { userId: must(u.id) }, query: { action: 'delete' } })
      assert.equal(res.statusCode, 204)
      await rejectsWith(client.endpoints.users.getUser({ path: { userId: must(u.id) } }), 404, 1001)
      await rejectsWith(
        client.endpoints.users.deleteUser({ path: { userId: 'me' }, query: { action: 'delete' } }),
        400,
        200,
      )
    })

    it('refuses to transfer to the deleted user', async () => {
      const u = await newUser()
      await rejectsWith(
        client.endpoints.users.deleteUser({
          path: { userId: must(u.id) },
          query: { transfer_email: must(u.email), transfer_meeting: true },
        }),
        400,
        300,
      )
      const pending = await newUser(1, 'create')
      assert.equal((await client.endpoints.users.deleteUser({ path: { userId: must(pending.id) } })).statusCode, 204)
    })
  })

  describe('updateUsersEmail', () => {
    it('changes the sign-in email', async () => {
      const u = await newUser()
      assert.equal(
        (
          await client.endpoints.users.updateUsersEmail({
            path: { userId: must(u.id) },
            body: { email: 'sdk.renamed@example.com' },
          })
        ).statusCode,
        204,
      )
      assert.equal(
        must((await client.endpoints.users.getUser({ path: { userId: 'sdk.renamed@example.com' } })).data).id,
        u.id,
      )
      await rejectsWith(client.endpoints.users.getUser({ path: { userId: must(u.email) } }), 404, 1001)
      await rejectsWith(
        client.endpoints.users.updateUsersEmail({ path: { userId: must(u.id) }, body: { email: t.seed.ownerEmail } }),
        409,
        1005,
      )
    })
  })

  describe('updateUsersPassword', () => {
    it('accepts a good password and reports rule failures by code', async () => {
      const u = await newUser(2, 'autoCreate', 'Start9Point')
      assert.equal(
        (
          await client.endpoints.users.updateUsersPassword({
            path: { userId: must(u.id) },
            body: { password: 'Quiet4River' },
          })
        ).statusCode,
        204,
      )
      await rejectsWith(
        client.endpoints.users.updateUsersPassword({ path: { userId: must(u.id) }, body: { password: 'short1A' } }),
        400,
        1124,
      )
      await rejectsWith(
        client.endpoints.users.updateUsersPassword({
          path: { userId: must(u.id) },
          body: { password: 'nouppercase1' },
        }),
        400,
        1128,
      )
      await rejectsWith(
        client.endpoints.users.updateUsersPassword({ path: { userId: must(u.id) }, body: { password: 'Quiet4River' } }),
        400,
        300,
      )
      await rejectsWith(
        client.endpoints.users.updateUsersPassword({ path: { userId: must(u.id) }, body: { password: 'Start9Point' } }),
        400,
        1129,
      )
    })
  })

  describe('getUserPermissions', () => {
    it("returns the role's privileges", async () => {
      const owner = await client.endpoints.users.getUserPermissions({ path: { userId: 'me' } })
      assert.ok(must(must(owner.data).permissions).includes('User:Edit'))
      const member = await newUser()
      const mp = await client.endpoints.users.getUserPermissions({ path: { userId: must(member.id) } })
      assert.ok(!must(must(mp.data).permissions).includes('User:Edit'))
    })
  })

  describe('getUsersToken and revokeUsersSSOToken', () => {
    it('returns a token and a ZAK; revoking answers 204', async () => {
      const u = await newUser()
      const tok = await client.endpoints.users.getUsersToken({ path: { userId: must(u.id) } })
      assert.equal(typeof must(tok.data).token, 'string')
      const zak = await client.endpoints.users.getUsersToken({
        path: { userId: must(u.id) },
        query: { type: 'zak', ttl: 3600 },
      })
      assert.equal(typeof must(zak.data).token, 'string')
      assert.notEqual(must(zak.data).token, must(tok.data).token)
      assert.equal((await client.endpoints.users.revokeUsersSSOToken({ path: { userId: must(u.id) } })).statusCode, 204)
      await rejectsWith(client.endpoints.users.getUsersToken({ path: { userId: 'nobody@example.com' } }), 404, 1001)
    })
  })

  describe('getUserSummary', () => {
    it('counts users by type', async () => {
      const before = must((await client.endpoints.users.getUserSummary({})).data)
      await newUser(1)
      await newUser(2, 'create')
      const after = must((await client.endpoints.users.getUserSummary({})).data)
      assert.equal(after.basic_users_count, must(before.basic_users_count) + 1)
      assert.equal(after.pending_users_count, must(before.pending_users_count) + 1)
      assert.equal(after.total_users_count, must(before.total_users_count) + 1)
      assert.equal(after.licensed_users_count, before.licensed_users_count)
    })
  })

  describe('checkUserEmail', () => {
    it('tells whether the email is taken', async () => {
      assert.equal(
        must((await client.endpoints.users.checkUserEmail({ query: { email: t.seed.ownerEmail } })).data).existed_email,
        true,
      )
      assert.equal(
        must((await client.endpoints.users.checkUserEmail({ query: { email: 'free.address@example.com' } })).data)
          .existed_email,
        false,
      )
    })
  })

  describe('the master form for a sub account', () => {
    it("updates, reads and deletes a sub account's user through /accounts/{accountId}/users/{userId}", async () => {
      const sub = await t.server.svc.accounts.create({
        name: 'Sub',
        plan: 'business',
        masterAccountId: t.seed.accountId,
      })
      const u = await t.server.svc.users.create(sub.id, {
        action: 'custCreate',
        email: 'sdk.sub@example.com',
        type: 1,
        first_name: 'Sub',
      })
      // Rivet has no master-form methods; a base URL ending in the account prefix gives them.
      const subClient = new UsersS2SAuthClient({
        clientId: 'unused',
        clientSecret: 'unused',
        accountId: 'unused',
        tokenStore: {
          getLatestToken: async () => ({
            accessToken: await t.token(),
            expirationTimeIso: '2999-01-01T00:00:00Z',
            scopes: [],
          }),
          storeToken: () => {},
        },
        baseUrl: `${t.origin}/v2/accounts/${sub.id}`,
        disableReceiver: true,
      } as ConstructorParameters<typeof UsersS2SAuthClient>[0])
      assert.equal(
        (
          await subClient.endpoints.users.updateUser({
            path: { userId: u.id },
            body: { last_name: 'Account', job_title: 'Remote' },
          })
        ).statusCode,
        204,
      )
      const got = must((await subClient.endpoints.users.getUser({ path: { userId: u.id } })).data)
      assert.equal(got.last_name, 'Account')
      assert.equal(got.job_title, 'Remote')
      assert.equal(got.account_id, sub.id)
      await rejectsWith(
        client.endpoints.users.updateUser({ path: { userId: u.id }, body: { last_name: 'Nope' } }),
        404,
        1001,
      )
      const summary = must((await subClient.endpoints.users.getUserSummary({})).data)
      assert.equal(summary.basic_users_count, 1)
      assert.equal(summary.total_users_count, 1)
      assert.equal(
        (await subClient.endpoints.users.deleteUser({ path: { userId: u.id }, query: { action: 'delete' } }))
          .statusCode,
        204,
      )
      await rejectsWith(subClient.endpoints.users.getUser({ path: { userId: u.id } }), 404, 1001)
    })
  })
})
