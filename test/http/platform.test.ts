import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { fieldError, fieldErrors } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { OpenApiDoc, User, UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('request pipeline', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('every response carries x-zm-trackingid, errors included', async () => {
    const ok = await t.call<User>('GET', '/v2/users/me', { token })
    assert.match(ok.headers.get('x-zm-trackingid') ?? '', /^v=2\.0;/)
    const bad = await t.call<User>('GET', '/v2/users/me')
    assert.ok(bad.headers.get('x-zm-trackingid'))
  })

  it('a token without the operation scope gets 401/4711 naming the scopes', async () => {
    const narrow = await tokenWithScopes(t, ['meeting:read:admin'])
    const res = await t.call<UserList>('GET', '/v2/users', { token: narrow })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
    assert.equal(res.body.message, 'Invalid access token, does not contain scopes:[user:read:list_users:admin].')
  })

  it('the master form needs a :master scope', async () => {
    const sub = await makeAccount(t, { sub: true })
    const adminOnly = await tokenWithScopes(t, ['user:read:admin'])
    const res = await t.call<UserList>('GET', `/v2/accounts/${sub.account.id}/users`, { token: adminOnly })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
    assert.equal(res.body.message, 'Invalid access token, does not contain scopes:[user:read:list_users:master].')
  })

  it("another account's user is invisible: 404/1001 by id and by email", async () => {
    const other = await makeAccount(t)
    let res = await t.call<User>('GET', `/v2/users/${other.owner.id}`, { token })
    assert.equal(res.status, 404)
    assert.deepEqual(res.body, { code: 1001, message: `User does not exist: ${other.owner.id}.` })
    res = await t.call<User>('GET', `/v2/users/${encodeURIComponent(other.owner.email)}`, { token })
    assert.equal(res.status, 404)
    assert.equal(res.body.code, 1001)
    // …and the other account sees its own owner, but not ours.
    const theirs = await other.token()
    assert.equal((await t.call<User>('GET', `/v2/users/${other.owner.id}`, { token: theirs })).status, 200)
    const mine = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal((await t.call<User>('GET', `/v2/users/${mine.body.id}`, { token: theirs })).status, 404)
  })

  it('a master account acts on its sub account through /accounts/{accountId}/…; others cannot', async () => {
    const sub = await makeAccount(t, { sub: true })
    const created = await t.call('POST', `/v2/accounts/${sub.account.id}/users`, {
      token,
      body: { action: 'custCreate', user_info: { email: 'in-sub@example.com', type: 1, first_name: 'Sub' } },
    })
    assert.equal(created.status, 201)
    const list = await t.call<UserList>('GET', `/v2/accounts/${sub.account.id}/users`, { token })
    assert.equal(list.status, 200)
    assert.deepEqual(list.body.users.map((u) => u.email).sort(), [sub.owner.email, 'in-sub@example.com'].sort())
    // The sub account's user is not in the master's own list.
    const own = await t.call<UserList>('GET', '/v2/users?page_size=300', { token })
    assert.ok(!own.body.users.some((u) => u.email === 'in-sub@example.com'))
    // The sub account itself sees the user.
    const subToken = await sub.token()
    assert.equal((await t.call<User>('GET', `/v2/users/${created.body.id}`, { token: subToken })).status, 200)
    // An unrelated account is not reachable through the master form.
    const stranger = await makeAccount(t)
    const res = await t.call<UserList>('GET', `/v2/accounts/${stranger.account.id}/users`, { token })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 2001)
    // And a sub account cannot reach its master.
    const up = await t.call<UserList>('GET', `/v2/accounts/${t.seed.accountId}/users`, { token: subToken })
    assert.equal(up.status, 400)
    assert.equal(up.body.code, 2001)
  })

  it('bad bodies give 400/300 with the field named; malformed JSON likewise', async () => {
    let res = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'create', user_info: { email: 'not-an-email', type: 3, first_name: 'x'.repeat(65) } },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(res.body.message, 'Validation Failed.')
    const fields = fieldErrors(res.body)
      .map((e) => e.field)
      .sort()
    assert.deepEqual(fields, ['user_info.email', 'user_info.first_name', 'user_info.type'])

    res = await t.call('POST', '/v2/users', { token, body: { user_info: { email: 'a@b.co', type: 1 } } })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body.errors, [{ field: 'action', message: 'This field is required.' }])

    res = await t.call('POST', '/v2/users', { token, body: '{"action": "create",' })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 300, message: 'Request Body should be a valid JSON object.' })

    res = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'create', user_info: { email: 'a@b.co', type: '1' } },
    })
    assert.equal(res.status, 400)
    assert.equal(fieldError(res.body).field, 'user_info.type')

    res = await t.call<UserList>('GET', '/v2/users?page_size=abc', { token })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(fieldError(res.body).field, 'page_size')
  })

  it('a bad token wins over a bad body', async () => {
    const res = await t.call('POST', '/v2/users', { token: 'nope', body: '{' })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 124)
  })

  it('unknown paths answer a Zoom-shaped 404', async () => {
    const res = await t.call('GET', '/v2/nothing/here', { token })
    assert.equal(res.status, 404)
    assert.equal(typeof res.body.code, 'number')
    assert.equal(typeof res.body.message, 'string')
  })

  it('an empty JSON body on DELETE/GET is tolerated (clients send the JSON content type on every call)', async () => {
    const res = await fetch(`${t.origin}/v2/users/me`, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    })
    assert.equal(res.status, 200)
  })
})

describe('/openapi.json and /docs', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  it('the OpenAPI document is generated from the declarations, with zh and en summaries', async () => {
    const res = await t.call<OpenApiDoc>('GET', '/openapi.json')
    assert.equal(res.status, 200)
    assert.equal(res.body.openapi, '3.1.0')
    const get = res.body.paths['/users/{userId}'].get
    assert.equal(get.operationId, 'user')
    assert.equal(get['x-summary-zh'], '获取用户')
    assert.equal(get['x-summary-en'], 'Get a user')
    assert.ok(get.responses['200'].content['application/json'].schema.properties.email)
    const master = res.body.paths['/accounts/{accountId}/users/{userId}'].get
    assert.deepEqual(master['x-scopes'], ['user:master'])
    for (const ops of Object.values(res.body.paths))
      for (const op of Object.values(ops)) assert.ok(op['x-summary-zh'] && op['x-summary-en'])
  })

  it('/docs leads to the reference in the language the browser prefers', async () => {
    for (const [accept, lang] of [
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
      ['en-US,en;q=0.9', 'en'],
      ['', 'en'],
    ]) {
      const r = await fetch(`${t.origin}/docs`, { headers: { 'accept-language': accept }, redirect: 'manual' })
      assert.equal(r.status, 302)
      assert.equal(r.headers.get('location'), `/docs/${lang}`)
    }
    const res = await t.call('GET', '/docs')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /text\/html/)
    assert.match(res.text, /openapi\.json/)
  })
})

describe('bodies that are not objects', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  it('a missing or non-object JSON body is 400/300 "Request Body should be a valid JSON object."', async () => {
    const token = await t.token()
    for (const body of [undefined, '[1,2]', '"text"']) {
      const res = await t.call('POST', '/v2/users', { token, body, headers: { 'content-type': 'application/json' } })
      assert.equal(res.status, 400, String(body))
      assert.deepEqual(res.body, { code: 300, message: 'Request Body should be a valid JSON object.' })
    }
  })
})
