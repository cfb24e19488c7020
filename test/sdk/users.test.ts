import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { apiError, usersClient } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Users through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof usersClient>
  before(async () => {
    t = await startTestServer()
    client = usersClient(t.origin, await t.token())
  })
  after(() => t.close())

  describe('createUsers', () => {
    it('create invites a pending user; custCreate makes an active one', async () => {
      const invited = await client.endpoints.users.createUsers({
        body: {
          action: 'create',
          user_info: { email: 'Invitee@Example.com', type: 1, first_name: 'In', last_name: 'Vitee' },
        },
      })
      assert.equal(invited.statusCode, 201)
      assert.equal(invited.data?.email, 'invitee@example.com')
      assert.equal(invited.data?.type, 1)
      assert.match(invited.data?.id ?? '', /^[A-Za-z0-9_-]{22}$/)
      const got = await client.endpoints.users.getUser({ path: { userId: must(must(invited.data).id) } })
      assert.equal(got.data?.status, 'pending')
      assert.equal(got.data?.verified, 0)

      const made = await client.endpoints.users.createUsers({
        body: { action: 'custCreate', user_info: { email: 'cust@example.com', type: 2 } },
      })
      const active = await client.endpoints.users.getUser({ path: { userId: must(must(made.data).id) } })
      assert.equal(active.data?.status, 'active')
      assert.equal(active.data?.type, 2)
      assert.equal(active.data?.role_name, 'Member')
    })

    it('a duplicate email is 409/1005', async () => {
      await assert.rejects(
        client.endpoints.users.createUsers({
          body: { action: 'custCreate', user_info: { email: 'cust@example.com', type: 1 } },
        }),
        (e) => {
          const err = apiError(e)
          assert.equal(err.status, 409)
          assert.equal(err.code, 1005)
          return true
        },
      )
    })

    it('autoCreate needs a password that meets the rules', async () => {
      await assert.rejects(
        client.endpoints.users.createUsers({
          body: { action: 'autoCreate', user_info: { email: 'auto@example.com', type: 1, password: 'short' } },
        }),
        (e) => {
          assert.equal(apiError(e).code, 300)
          return true
        },
      )
      const ok = await client.endpoints.users.createUsers({
        body: { action: 'autoCreate', user_info: { email: 'auto@example.com', type: 1, password: 'Str0ngPassw0rd' } },
      })
      assert.equal(ok.statusCode, 201)
    })
  })

  describe('getUser', () => {
    it('by id, by email and by me', async () => {
      const me = await client.endpoints.users.getUser({ path: { userId: 'me' } })
      assert.equal(me.data?.email, t.seed.ownerEmail)
      assert.equal(me.data?.role_name, 'Owner')
      assert.equal(me.data?.account_id, t.seed.accountId)
      assert.equal(typeof me.data?.pmi, 'number')
      assert.equal(String(me.data?.pmi).length, 10)
      const byEmail = await client.endpoints.users.getUser({ path: { userId: t.seed.ownerEmail } })
      assert.equal(byEmail.data?.id, me.data?.id)
      const byId = await client.endpoints.users.getUser({ path: { userId: must(must(me.data).id) } })
      assert.equal(byId.data?.email, t.seed.ownerEmail)
      assert.ok(byId.trackingId)
    })

    it('an unknown user is 404/1001', async () => {
      await assert.rejects(client.endpoints.users.getUser({ path: { userId: 'nobody123' } }), (e) => {
        assert.deepEqual(apiError(e), { status: 404, code: 1001, message: 'User does not exist: nobody123.' })
        return true
      })
    })
  })

  describe('listUsers', () => {
    it('700 users page by page with next_page_token: each exactly once', async () => {
      const svc = t.server.svc
      for (let i = 0; i < 700; i++)
        await svc.users.create(t.seed.accountId, { action: 'custCreate', email: `bulk${i}@example.com`, type: 1 })
      const seen = new Map<string, number>()
      let token = ''
      let pages = 0
      let total = 0
      do {
        const page = await client.endpoints.users.listUsers({
          query: { page_size: 300, status: 'active', ...(token ? { next_page_token: token } : {}) },
        })
        assert.equal(page.statusCode, 200)
        pages++
        total = must(must(page.data).total_records)
        for (const u of must(must(page.data).users)) seen.set(must(u.id), (seen.get(must(u.id)) ?? 0) + 1)
        token = must(page.data).next_page_token ?? ''
      } while (token)
      assert.equal(total, seen.size)
      assert.ok(seen.size >= 701)
      assert.ok([...seen.values()].every((n) => n === 1))
      assert.equal(pages, Math.ceil(seen.size / 300))
    })

    it('status filters: pending users are listed apart', async () => {
      const res = await client.endpoints.users.listUsers({ query: { status: 'pending' } })
      assert.deepEqual(
        must(must(res.data).users).map((u) => u.email),
        ['invitee@example.com'],
      )
    })

    it('include_fields=host_key adds the host key', async () => {
      const res = await client.endpoints.users.listUsers({ query: { include_fields: 'host_key', page_size: 1 } })
      assert.match(must(must(res.data).users)[0].host_key ?? '', /^\d{6}$/)
      const plain = await client.endpoints.users.listUsers({ query: { page_size: 1 } })
      assert.equal(must(must(plain.data).users)[0].host_key, undefined)
    })

    it('role_id filters', async () => {
      const owners = await client.endpoints.users.listUsers({ query: { role_id: '0' } })
      assert.equal(must(must(owners.data).users).length, 1)
      assert.equal(must(must(owners.data).users)[0].email, t.seed.ownerEmail)
    })
  })
})
