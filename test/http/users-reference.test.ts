import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { startWithToken } from '../helpers/fixtures.js'
import { fieldErrors, type Json, must, str } from '../helpers/json.js'
import type { UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Points where the Users group's responses and request checks were compared field by field with Zoom's 2022
// Meeting API document; each test pins what a client sees over HTTP.

describe('Users against the Zoom reference', () => {
  let t: TestServer
  let token: string
  let n = 0
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const call = <T = Json>(method: string, path: string, body?: unknown) =>
    t.call<T>(method, `/v2${path}`, { token, body })
  const email = (tag: string) => `ref-${tag}-${++n}@example.com`

  describe('GET /users/{userId} (user)', () => {
    it("a pending user's created_at is the time of the request; user_created_at keeps the creation time", async () => {
      const invited = await call('POST', '/users', {
        action: 'create',
        user_info: { email: email('pending'), type: 1 },
      })
      assert.equal(invited.status, 201)
      const active = await call('POST', '/users', {
        action: 'custCreate',
        user_info: { email: email('active'), type: 1 },
      })
      assert.equal(active.status, 201)
      const createdAt = new Date(t.clock.now()).toISOString().replace('.000', '')

      t.clock.advance(3 * 3_600_000)
      token = await t.token()
      const now = new Date(t.clock.now()).toISOString().replace('.000', '')
      const pending = await call('GET', `/users/${invited.body.id}`)
      assert.equal(pending.status, 200)
      assert.equal(pending.body.status, 'pending')
      assert.equal(pending.body.created_at, now)
      assert.equal(pending.body.user_created_at, createdAt)

      const confirmed = await call('GET', `/users/${active.body.id}`)
      assert.equal(confirmed.body.created_at, createdAt)
      assert.equal(confirmed.body.user_created_at, createdAt)
    })
  })

  describe('GET /users (users)', () => {
    it('entries of pending users carry no id; active users keep theirs', async () => {
      const address = email('listed')
      assert.equal(
        (await call('POST', '/users', { action: 'create', user_info: { email: address, type: 1 } })).status,
        201,
      )
      const pending = await call<UserList>('GET', '/users?status=pending&page_size=300')
      assert.equal(pending.status, 200)
      const entry = pending.body.users.find((u) => u.email === address)
      assert.ok(entry)
      assert.equal('id' in entry, false)
      assert.equal(entry.status, 'pending')
      const active = await call<UserList>('GET', '/users?page_size=300')
      assert.ok(active.body.users.length > 0)
      assert.ok(active.body.users.every((u) => typeof u.id === 'string' && u.id.length > 0))
    })

    it('custom_attributes appear only when asked for and only on users that have some', async () => {
      const withAttrs = await call('POST', '/users', {
        action: 'custCreate',
        user_info: { email: email('attrs'), type: 1 },
      })
      const without = await call('POST', '/users', {
        action: 'custCreate',
        user_info: { email: email('noattrs'), type: 1 },
      })
      const attrs = [{ key: 'cbf_1', name: 'Badge', value: '42' }]
      assert.equal((await call('PATCH', `/users/${withAttrs.body.id}`, { custom_attributes: attrs })).status, 204)

      const asked = await call<UserList>('GET', '/users?include_fields=custom_attributes&page_size=300')
      const byId = new Map(asked.body.users.map((u) => [u.id, u]))
      assert.deepEqual(must(byId.get(str(withAttrs.body.id))).custom_attributes, attrs)
      assert.equal('custom_attributes' in must(byId.get(str(without.body.id))), false)

      const plain = await call<UserList>('GET', '/users?page_size=300')
      assert.ok(plain.body.users.every((u) => !('custom_attributes' in u)))
    })
  })

  describe('POST /users (userCreate)', () => {
    it("an address held by another account's user is 409/1005 with the reference's wording", async () => {
      const other = await makeAccount(t)
      const res = await call('POST', '/users', { action: 'create', user_info: { email: other.owner.email, type: 1 } })
      assert.equal(res.status, 409)
      assert.deepEqual(res.body, { code: 1005, message: `Email "${other.owner.email}" has already been used.` })
    })

    it("an address of the account's own user keeps saying the user is already in the account", async () => {
      const res = await call('POST', '/users', { action: 'create', user_info: { email: t.seed.ownerEmail, type: 1 } })
      assert.equal(res.status, 409)
      assert.deepEqual(res.body, { code: 1005, message: `User already in the account: ${t.seed.ownerEmail}` })
    })
  })

  describe('PATCH /users/{userId} (userUpdate)', () => {
    it('manager must be an email address', async () => {
      const u = await call('POST', '/users', { action: 'custCreate', user_info: { email: email('managed'), type: 1 } })
      const bad = await call('PATCH', `/users/${u.body.id}`, { manager: 'not an address' })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
      assert.deepEqual(
        fieldErrors(bad.body).map((e) => e.field),
        ['manager'],
      )
      assert.equal((await call('PATCH', `/users/${u.body.id}`, { manager: 'boss@example.com' })).status, 204)
      assert.equal((await call('GET', `/users/${u.body.id}`)).body.manager, 'boss@example.com')
    })
  })

  describe('GET /users/email (userEmail)', () => {
    it("answers for the caller's own account only, and only for users who sign in with email", async () => {
      const other = await makeAccount(t)
      const sso = await call('POST', '/users', { action: 'ssoCreate', user_info: { email: email('sso'), type: 1 } })
      assert.equal(sso.status, 201)
      const check = async (address: string) =>
        (await call('GET', `/users/email?email=${encodeURIComponent(address)}`)).body
      assert.deepEqual(await check(t.seed.ownerEmail), { existed_email: true })
      assert.deepEqual(await check(other.owner.email), { existed_email: false })
      assert.deepEqual(await check(str(sso.body.email)), { existed_email: false })
      assert.deepEqual(await check('nobody.here@example.com'), { existed_email: false })
    })

    it('a token holding user:read alone is accepted', async () => {
      const narrow = await tokenWithScopes(t, ['user:read'])
      const res = await t.call('GET', `/v2/users/email?email=${encodeURIComponent(t.seed.ownerEmail)}`, {
        token: narrow,
      })
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, { existed_email: true })
    })
  })
})

describe('Users: the daily budget of invitations (POST /users, action create)', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer({ rateLimits: true })
  })
  after(() => t.close())

  it('a Free account may invite 50 users a UTC day; other actions are not counted', async () => {
    const free = await makeAccount(t, { plan: 'free' })
    let token = await free.token()
    const create = async (action: string, address: string) => {
      // Keeps the per-second budget out of the way.
      t.clock.advance(1000)
      return t.call('POST', '/v2/users', { token, body: { action, user_info: { email: address, type: 1 } } })
    }
    for (let i = 0; i < 50; i++)
      assert.equal((await create('create', `invite${i}@example.org`)).status, 201, `invitation ${i + 1}`)

    const over = await create('create', 'invite50@example.org')
    assert.equal(over.status, 429)
    assert.deepEqual(over.body, {
      code: 429,
      message:
        'You have exceeded the daily rate limit (50) of user invite requests permitted for this account. You may resume these requests at GMT 00:00:00.',
    })
    assert.equal((await create('custCreate', 'direct@example.org')).status, 201)

    t.clock.advance(86_400_000)
    token = await free.token()
    assert.equal((await create('create', 'invite50@example.org')).status, 201)
  })
})
