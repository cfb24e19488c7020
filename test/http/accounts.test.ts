import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { at, fieldError, items, obj, type Settings, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { AccountList, User, UserList } from '../helpers/shapes.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { TestServer } from '../helpers/server.js'

describe('Accounts: sub accounts over HTTP', () => {
  let t: TestServer
  let token: string
  let n = 0
  const subBody = (extra: Record<string, unknown> = {}) => ({
    first_name: 'Sub',
    last_name: `Owner${++n}`,
    email: `sub${n}@example.org`,
    password: 'Qx7!mRt2pz',
    ...extra,
  })
  const createSub = async (extra: Record<string, unknown> = {}) => {
    const res = await t.call('POST', '/v2/accounts', { token, body: subBody(extra) })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body as { id: string; owner_id: string; owner_email: string; created_at: string }
  }

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  describe('POST /accounts', () => {
    it('creates a Free sub account with an active owner, and announces account.created', async () => {
      const res = await t.call('POST', '/v2/accounts', {
        token,
        body: {
          ...subBody(),
          account_name: 'Acme Team',
          company_name: 'Acme',
          phone_country: 'US',
          phone_number: '+1 555 0100',
          options: { share_rc: true, room_connectors: '10.0.0.1,10.0.0.2', pay_mode: 'master' },
        },
      })
      assert.equal(res.status, 201)
      assert.deepEqual(Object.keys(res.body).sort(), ['created_at', 'id', 'owner_email', 'owner_id'])
      assert.match(str(res.body.id), /^[A-Za-z0-9_-]{22}$/)
      assert.equal(res.body.created_at, '2026-11-02T09:00:00Z')
      const sub = await t.server.svc.accounts.get(str(res.body.id))
      assert.equal(sub?.master_account_id, t.seed.accountId)
      assert.equal(sub?.plan, 'free')
      assert.equal(sub?.name, 'Acme Team')
      const owner = await t.server.svc.users.byId(str(res.body.id), str(res.body.owner_id))
      assert.equal(owner?.role_id, '0')
      assert.equal(owner?.status, 'active')
      assert.equal(owner?.type, 1)
      assert.equal(owner?.doc.phone_number, '+1 555 0100')
      const [created] = (await outboxEvents(t, 'account.created')).slice(-1)
      assert.equal(created.payload.account_id, t.seed.accountId)
      assert.deepEqual(created.payload.object, {
        id: res.body.id,
        owner_id: res.body.owner_id,
        email: res.body.owner_email,
      })
      assert.equal(created.payload.operator, t.seed.ownerEmail)
      const details = await t.call('GET', `/v2/accounts/${res.body.id}`, { token })
      assert.equal(obj(details.body.options).share_rc, true)
      assert.deepEqual(obj(details.body.options).room_connector_list, ['10.0.0.1', '10.0.0.2'])
    })

    it('an email already used anywhere is 409/1005', async () => {
      const res = await t.call('POST', '/v2/accounts', { token, body: subBody({ email: t.seed.ownerEmail }) })
      assert.equal(res.status, 409)
      assert.deepEqual(res.body, { code: 1005, message: `Email "${t.seed.ownerEmail}" has already been used.` })
    })

    it('checks the body and the password as Zoom does', async () => {
      let res = await t.call('POST', '/v2/accounts', {
        token,
        body: { first_name: 'A', last_name: 'B', password: 'Qx7!mRt2pz' },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.deepEqual(res.body.errors, [{ field: 'email', message: 'This field is required.' }])
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ password: 'short1!' }) })
      assert.equal(res.body.code, 300)
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ password: 'aaaaaaaaaa' }) })
      assert.deepEqual([res.status, res.body.code], [400, 1111])
      assert.match(str(res.body.message), /repeated characters/)
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ password: 'xy123456789' }) })
      assert.deepEqual([res.status, res.body.code], [400, 1111])
      assert.match(str(res.body.message), /consecutive characters/)
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ first_name: '<b>Bob</b>' }) })
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Your request was not accepted because "first_name" contains special character(s).',
      })
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ transfer_code: 'abc' }) })
      assert.equal(res.body.code, 11101)
      res = await t.call('POST', '/v2/accounts', { token, body: subBody({ options: { pay_mode: 'nobody' } }) })
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'options.pay_mode')
    })

    it('only a master account creates or lists sub accounts: 400/200 for others', async () => {
      const sub = await makeAccount(t, { sub: true, scopes: ['account:read:admin', 'account:write:admin'] })
      const subToken = await sub.token()
      let res = await t.call('POST', '/v2/accounts', { token: subToken, body: subBody() })
      assert.deepEqual([res.status, res.body], [400, { code: 200, message: 'No permission.' }])
      res = await t.call<AccountList>('GET', '/v2/accounts', { token: subToken })
      assert.deepEqual([res.status, res.body.code], [400, 200])
      // A free standalone account is no master either.
      const free = await makeAccount(t, { plan: 'free', scopes: ['account:write:admin'] })
      res = await t.call('POST', '/v2/accounts', { token: await free.token(), body: subBody() })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })

    it('a token without the scope is 401/4711', async () => {
      const narrow = await tokenWithScopes(t, ['user:read:admin'])
      const res = await t.call('POST', '/v2/accounts', { token: narrow, body: subBody() })
      assert.deepEqual([res.status, res.body.code], [401, 4711])
      assert.match(str(res.body.message), /account:write:admin/)
    })
  })

  describe('GET /accounts', () => {
    it('lists the sub accounts page by page, each once, and filters by owner email', async () => {
      const master = await makeAccount(t, { scopes: ['account:read:admin', 'account:write:admin'] })
      const masterToken = await master.token()
      const ids: string[] = []
      for (let i = 0; i < 5; i++) {
        const res = await t.call('POST', '/v2/accounts', { token: masterToken, body: subBody() })
        ids.push(str(res.body.id))
      }
      const seen: string[] = []
      let next = ''
      let pages = 0
      do {
        const res = await t.call<AccountList>(
          'GET',
          `/v2/accounts?page_size=2${next ? `&next_page_token=${next}` : ''}`,
          {
            token: masterToken,
          },
        )
        assert.equal(res.status, 200)
        assert.equal(res.body.total_records, 5)
        assert.equal(res.body.page_size, 2)
        assert.equal(res.body.page_count, 3)
        seen.push(...res.body.accounts.map((a) => a.id))
        next = res.body.next_page_token
        pages++
      } while (next)
      assert.equal(pages, 3)
      assert.deepEqual(seen, ids)
      const first = at(
        (await t.call<AccountList>('GET', '/v2/accounts?page_size=1', { token: masterToken })).body.accounts,
        0,
      )
      assert.equal(first.account_type, 'Free')
      assert.equal(first.seats, 0)
      assert.equal(typeof first.account_number, 'number')
      assert.match(first.owner_email, /@example\.org$/)
      const byEmail = await t.call<AccountList>('GET', `/v2/accounts?email=${encodeURIComponent(first.owner_email)}`, {
        token: masterToken,
      })
      assert.deepEqual(
        byEmail.body.accounts.map((a) => a.id),
        [first.id],
      )
      // The seeded master does not see another master's sub accounts.
      const mine = await t.call<AccountList>('GET', '/v2/accounts?page_size=300', { token })
      assert.ok(!mine.body.accounts.some((a) => ids.includes(a.id)))
    })

    it('a garbage page token is 400/300', async () => {
      const res = await t.call<AccountList>('GET', '/v2/accounts?next_page_token=nope', { token })
      assert.deepEqual(res.body, { code: 300, message: 'The next page token is invalid or expired.' })
    })
  })

  describe('GET /accounts/{accountId}', () => {
    it("shows a sub account, and with me the caller's own account", async () => {
      const created = await createSub()
      const res = await t.call('GET', `/v2/accounts/${created.id}`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.id, created.id)
      assert.equal(res.body.owner_id, created.owner_id)
      assert.equal(res.body.owner_email, created.owner_email)
      assert.equal(res.body.account_type, 'Free')
      assert.equal(obj(res.body.options).pay_mode, 'master')
      assert.equal(obj(res.body.options).share_mc, false)
      const me = await t.call('GET', '/v2/accounts/me', { token })
      assert.equal(me.body.id, t.seed.accountId)
      assert.equal(me.body.account_type, 'Business')
    })

    it("an unknown account, or another master's sub account, is 404/2001", async () => {
      let res = await t.call('GET', '/v2/accounts/NoSuchAccount123456789', { token })
      assert.deepEqual(
        [res.status, res.body],
        [404, { code: 2001, message: 'Account does not exist: NoSuchAccount123456789' }],
      )
      const other = await makeAccount(t, { scopes: ['account:read:admin', 'account:write:admin'] })
      const created = await createSub()
      res = await t.call('GET', `/v2/accounts/${created.id}`, { token: await other.token() })
      assert.deepEqual([res.status, res.body.code], [404, 2001])
      // A sub account cannot read its master either.
      const sub = await makeAccount(t, { sub: true, scopes: ['account:write:admin'] })
      res = await t.call('GET', `/v2/accounts/${t.seed.accountId}`, { token: await sub.token() })
      assert.deepEqual([res.status, res.body.code], [404, 2001])
    })
  })

  describe('the master works in its sub account', () => {
    it('creates and lists users there through /accounts/{accountId}/users with a user:master token', async () => {
      const created = await createSub()
      const master = await tokenWithScopes(t, ['user:master'])
      const made = await t.call('POST', `/v2/accounts/${created.id}/users`, {
        token: master,
        body: { action: 'custCreate', user_info: { email: 'member@sub.example.org', type: 1, first_name: 'Mem' } },
      })
      assert.equal(made.status, 201)
      const list = await t.call<UserList>('GET', `/v2/accounts/${created.id}/users`, { token: master })
      assert.deepEqual(
        items(list.body.users)
          .map((u) => u.email)
          .sort(),
        ['member@sub.example.org', created.owner_email].sort(),
      )
      // The account-level scope does not reach the sub account.
      const adminOnly = await tokenWithScopes(t, ['user:read:admin'])
      const refused = await t.call<UserList>('GET', `/v2/accounts/${created.id}/users`, { token: adminOnly })
      assert.deepEqual([refused.status, refused.body.code], [401, 4711])
    })
  })

  describe('PATCH /accounts/{accountId}/options', () => {
    it('changes the options the next read shows', async () => {
      const created = await createSub()
      const res = await t.call('PATCH', `/v2/accounts/${created.id}/options`, {
        token,
        body: { share_mc: true, meeting_connector_list: ['203.0.113.1'], pay_mode: 'sub' },
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      const got = await t.call('GET', `/v2/accounts/${created.id}`, { token })
      assert.equal(obj(got.body.options).share_mc, true)
      assert.deepEqual(obj(got.body.options).meeting_connector_list, ['203.0.113.1'])
      assert.equal(obj(got.body.options).meeting_connectors, '203.0.113.1')
      assert.equal(obj(got.body.options).pay_mode, 'sub')
      assert.equal(obj(got.body.options).share_rc, false)
    })

    it("a bad value is 400/300; the caller's own account has no sub account options (404/2001)", async () => {
      const created = await createSub()
      let res = await t.call('PATCH', `/v2/accounts/${created.id}/options`, { token, body: { share_rc: 'yes' } })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call('PATCH', '/v2/accounts/me/options', { token, body: { share_rc: true } })
      assert.deepEqual([res.status, res.body.code], [404, 2001])
    })
  })

  describe('DELETE /accounts/{accountId}', () => {
    it('a paid sub account cannot be disassociated: 404/2000', async () => {
      const paid = await makeAccount(t, { sub: true, plan: 'pro' })
      const res = await t.call('DELETE', `/v2/accounts/${paid.account.id}`, { token })
      assert.deepEqual(
        [res.status, res.body],
        [404, { code: 2000, message: 'You cannot disassociate a paid account.' }],
      )
    })

    it('the sub account goes on alone: the master no longer reaches it, its own token still works', async () => {
      const sub = await makeAccount(t, { sub: true, plan: 'free', scopes: ['user:read:admin', 'account:write:admin'] })
      const res = await t.call('DELETE', `/v2/accounts/${sub.account.id}`, { token })
      assert.equal(res.status, 204)
      const row = await t.server.svc.accounts.get(sub.account.id)
      assert.equal(row?.master_account_id, null)
      let after = await t.call('GET', `/v2/accounts/${sub.account.id}`, { token })
      assert.deepEqual([after.status, after.body.code], [404, 2001])
      after = await t.call<UserList>('GET', `/v2/accounts/${sub.account.id}/users`, { token })
      assert.deepEqual([after.status, after.body.code], [400, 2001])
      const list = await t.call<AccountList>('GET', '/v2/accounts?page_size=300', { token })
      assert.ok(!list.body.accounts.some((a) => a.id === sub.account.id))
      const own = await t.call<User>('GET', '/v2/users/me', { token: await sub.token() })
      assert.equal(own.status, 200)
      // It does not become a master itself.
      const again = await t.call('POST', '/v2/accounts', { token: await sub.token(), body: subBody() })
      assert.deepEqual([again.status, again.body.code], [400, 200])
      const [event] = (await outboxEvents(t, 'account.disassociated')).slice(-1)
      assert.equal(event.payload.account_id, t.seed.accountId)
      assert.deepEqual(event.payload.object, {
        id: sub.account.id,
        owner_id: sub.owner.id,
        owner_email: sub.owner.email,
      })
      // Disassociating it twice: it is no longer a sub account.
      const twice = await t.call('DELETE', `/v2/accounts/${sub.account.id}`, { token })
      assert.deepEqual([twice.status, twice.body.code], [404, 2001])
    })
  })

  describe('PUT /accounts/{accountId}/owner', () => {
    it('an active user takes over; the former owner becomes an admin; both changes are announced', async () => {
      const created = await createSub()
      const master = await tokenWithScopes(t, ['user:master'])
      const made = await t.call('POST', `/v2/accounts/${created.id}/users`, {
        token: master,
        body: { action: 'custCreate', user_info: { email: 'next-owner@sub.example.org', type: 1 } },
      })
      const res = await t.call('PUT', `/v2/accounts/${created.id}/owner`, {
        token,
        body: { email: 'Next-Owner@sub.example.org' },
      })
      assert.equal(res.status, 204)
      const details = await t.call('GET', `/v2/accounts/${created.id}`, { token })
      assert.equal(details.body.owner_id, made.body.id)
      assert.equal(details.body.owner_email, 'next-owner@sub.example.org')
      const former = await t.call('GET', `/v2/accounts/${created.id}/users/${created.owner_id}`, { token: master })
      assert.equal(former.body.role_name, 'Admin')
      const now = await t.call('GET', `/v2/accounts/${created.id}/users/${made.body.id}`, { token: master })
      assert.equal(now.body.role_name, 'Owner')
      const updates = (await outboxEvents(t, 'user.updated')).filter((e) => e.payload.account_id === created.id)
      assert.deepEqual(
        updates.map((e) => [e.payload.object.id, e.payload.old_object.role, e.payload.object.role]),
        [
          [made.body.id, 'Member', 'Owner'],
          [created.owner_id, 'Owner', 'Admin'],
        ],
      )
    })

    it('someone outside the account, or not active, is 404/1001; the body needs an email', async () => {
      const created = await createSub()
      let res = await t.call('PUT', `/v2/accounts/${created.id}/owner`, { token, body: { email: t.seed.ownerEmail } })
      assert.deepEqual(
        [res.status, res.body],
        [404, { code: 1001, message: `User ${t.seed.ownerEmail} not exist or not belong to this account.` }],
      )
      const master = await tokenWithScopes(t, ['user:master'])
      await t.call('POST', `/v2/accounts/${created.id}/users`, {
        token: master,
        body: { action: 'create', user_info: { email: 'invited@sub.example.org', type: 1 } },
      })
      res = await t.call('PUT', `/v2/accounts/${created.id}/owner`, {
        token,
        body: { email: 'invited@sub.example.org' },
      })
      assert.deepEqual([res.status, res.body.code], [404, 1001])
      res = await t.call('PUT', `/v2/accounts/${created.id}/owner`, { token, body: {} })
      assert.deepEqual([res.status, res.body.code], [400, 300])
    })
  })

  describe('scopes of the native operations', () => {
    it("an account-level scope acts on the caller's own account; the master scope works too", async () => {
      const regular = await makeAccount(t, { scopes: ['account:read:admin'] })
      const own = await t.call<Settings>('GET', '/v2/accounts/me/settings?custom_query_fields=host_video', {
        token: await regular.token(),
      })
      assert.deepEqual([own.status, own.body], [200, { schedule_meeting: { host_video: false } }])
      const masterOnly = await tokenWithScopes(t, ['account:master'])
      const created = await createSub()
      const res = await t.call('GET', `/v2/accounts/${created.id}`, { token: masterOnly })
      assert.equal(res.status, 200)
      const none = await tokenWithScopes(t, ['user:read:admin'])
      const refused = await t.call('GET', `/v2/accounts/${created.id}`, { token: none })
      assert.deepEqual([refused.status, refused.body.code], [401, 4711])
      assert.match(str(refused.body.message), /\[account:read:sub_account:admin, account:read:sub_account:master\]/)
    })
  })
})
