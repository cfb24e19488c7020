import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fieldError, must, str } from '../helpers/json.js'
import type { User, UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('pagination of GET /users', () => {
  let t: TestServer
  let token: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    for (let i = 0; i < 120; i++) {
      await t.server.svc.users.create(t.seed.accountId, { action: 'custCreate', email: `p${i}@example.com`, type: 1 })
    }
  })
  after(() => t.close())

  it('defaults to 30 a page with total_records, page_count and a token', async () => {
    const res = await t.call<UserList>('GET', '/v2/users', { token })
    assert.equal(res.status, 200)
    assert.equal(res.body.page_size, 30)
    assert.equal(res.body.users.length, 30)
    assert.equal(res.body.total_records, 121)
    assert.equal(res.body.page_count, 5)
    assert.ok(res.body.next_page_token)
  })

  it('the last page has an empty next_page_token', async () => {
    const res = await t.call<UserList>('GET', '/v2/users?page_size=300', { token })
    assert.equal(res.body.users.length, 121)
    assert.equal(res.body.next_page_token, '')
  })

  it('a token expires after 15 minutes of the clock: 400/300', async () => {
    const first = await t.call<UserList>('GET', '/v2/users?page_size=50', { token })
    t.clock.advance(14 * 60 * 1000)
    const ok = await t.call<UserList>('GET', `/v2/users?page_size=50&next_page_token=${first.body.next_page_token}`, {
      token,
    })
    assert.equal(ok.status, 200)
    t.clock.advance(2 * 60 * 1000)
    const late = await t.call<UserList>('GET', `/v2/users?page_size=50&next_page_token=${first.body.next_page_token}`, {
      token: await t.token(),
    })
    assert.equal(late.status, 400)
    assert.deepEqual(late.body, { code: 300, message: 'The next page token is invalid or expired.' })
  })

  it('a forged token, or one of another list, is refused', async () => {
    const fresh = await t.token()
    let res = await t.call<UserList>('GET', '/v2/users?next_page_token=abc.def', { token: fresh })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    const first = await t.call<UserList>('GET', '/v2/users?page_size=10', { token: fresh })
    res = await t.call<UserList>('GET', `/v2/users?status=pending&next_page_token=${first.body.next_page_token}`, {
      token: fresh,
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
  })

  it('legacy page_number still pages', async () => {
    const fresh = await t.token()
    const p1 = await t.call<UserList>('GET', '/v2/users?page_size=50&page_number=1', { token: fresh })
    const p3 = await t.call<UserList>('GET', '/v2/users?page_size=50&page_number=3', { token: fresh })
    assert.equal(p3.body.page_number, 3)
    assert.equal(p3.body.users.length, 21)
    assert.ok(!p3.body.users.some((u) => p1.body.users.some((v) => v.id === u.id)))
  })

  it('page_size above the maximum is refused with the field named', async () => {
    const res = await t.call<UserList>('GET', '/v2/users?page_size=5000', { token: await t.token() })
    assert.equal(res.status, 400)
    assert.equal(fieldError(res.body).field, 'page_size')
  })
})

describe('rate limits', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer({ rateLimits: true })
  })
  after(() => t.close())

  it('successful calls carry the label headers', async () => {
    const token = await t.token()
    const res = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal(res.headers.get('x-ratelimit-category'), 'Light')
    assert.equal(res.headers.get('x-ratelimit-type'), 'QPS')
    assert.equal(res.headers.get('x-ratelimit-limit'), '80')
    assert.equal(res.headers.get('x-ratelimit-remaining'), '79')
  })

  it('a Free account gets 429 past 4 Light calls a second, and again after the second passes', async () => {
    const { makeAccount } = await import('../helpers/accounts.js')
    const free = await makeAccount(t, { plan: 'free' })
    const token = await free.token()
    for (let i = 0; i < 4; i++) {
      const ok = await t.call<User>('GET', '/v2/users/me', { token })
      assert.equal(ok.status, 200)
      assert.equal(ok.headers.get('x-ratelimit-type'), 'Daily-limit')
    }
    const res = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal(res.status, 429)
    assert.equal(res.body.code, 429)
    assert.match(str(res.body.message), /per-second rate limit/)
    assert.equal(res.headers.get('x-ratelimit-category'), 'Light')
    assert.equal(res.headers.get('x-ratelimit-type'), 'QPS')
    assert.ok(res.headers.get('retry-after'))
    t.clock.advance(1000)
    assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).status, 200)
  })

  it('the daily budget runs out with Retry-After at the next UTC midnight', async () => {
    const { makeAccount } = await import('../helpers/accounts.js')
    const free = await makeAccount(t, { plan: 'free' })
    const token = await free.token()
    // Medium on Free: 2/s and 2,000/day.
    let last
    for (let i = 0; i < 2000; i++) {
      if (i % 2 === 0) t.clock.advance(1000)
      last = await t.call<UserList>('GET', '/v2/users', { token })
      assert.equal(last.status, 200, `call ${i}`)
    }
    assert.equal(must(last).headers.get('x-ratelimit-remaining'), '0')
    t.clock.advance(1000)
    const res = await t.call<UserList>('GET', '/v2/users', { token })
    assert.equal(res.status, 429)
    assert.match(str(res.body.message), /daily rate limit/)
    assert.equal(res.headers.get('x-ratelimit-type'), 'Daily-limit')
    assert.match(res.headers.get('retry-after') ?? '', /^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
  })

  it('limits are per account: another account is unaffected', async () => {
    const token = await t.token()
    assert.equal((await t.call<UserList>('GET', '/v2/users', { token })).status, 200)
  })
})
