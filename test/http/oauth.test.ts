import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { type Json, str } from '../helpers/json.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('POST /oauth/token', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  const basic = (id: string, secret: string) => 'Basic ' + Buffer.from(`${id}:${secret}`).toString('base64')

  it('issues a bearer token for account_credentials in the form body', async () => {
    const res = await fetch(`${t.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: basic(t.seed.clientId, t.seed.clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `grant_type=account_credentials&account_id=${t.seed.accountId}`,
    })
    assert.equal(res.status, 200)
    const body = (await res.json()) as Json
    assert.equal(body.token_type, 'bearer')
    assert.equal(body.expires_in, 3600)
    assert.equal(typeof body.access_token, 'string')
    assert.ok(str(body.scope).split(' ').includes('user:read:admin'))
    assert.ok(str(body.scope).split(' ').includes('user:master'))
    assert.equal(body.api_url, t.origin)
  })

  it('accepts the parameters in the query string', async () => {
    const res = await fetch(`${t.origin}/oauth/token?grant_type=account_credentials&account_id=${t.seed.accountId}`, {
      method: 'POST',
      headers: { authorization: basic(t.seed.clientId, t.seed.clientSecret) },
    })
    assert.equal(res.status, 200)
    assert.ok(((await res.json()) as Json).access_token)
  })

  it('refuses a wrong secret, a wrong account and an unsupported grant in the OAuth error shape', async () => {
    const post = (auth: string, body: string) =>
      fetch(`${t.origin}/oauth/token`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
    let res = await post(
      basic(t.seed.clientId, 'nope'),
      `grant_type=account_credentials&account_id=${t.seed.accountId}`,
    )
    assert.equal(res.status, 400)
    assert.deepEqual(await res.json(), { reason: 'Invalid client_id or client_secret', error: 'invalid_client' })

    res = await post(
      basic(t.seed.clientId, t.seed.clientSecret),
      'grant_type=account_credentials&account_id=someoneElse',
    )
    assert.equal(res.status, 400)
    assert.equal(((await res.json()) as Json).error, 'invalid_request')

    res = await post(basic(t.seed.clientId, t.seed.clientSecret), 'grant_type=password&account_id=' + t.seed.accountId)
    assert.equal(res.status, 400)
    assert.equal(((await res.json()) as Json).error, 'unsupported_grant_type')
  })

  it('tokens expire after an hour of the clock: 401 with code 124', async () => {
    const token = await t.token()
    const ok = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal(ok.status, 200)
    t.clock.advance(3600 * 1000)
    const res = await t.call<User>('GET', '/v2/users/me', { token })
    assert.equal(res.status, 401)
    assert.deepEqual(res.body, { code: 124, message: 'Access token is expired.' })
  })

  it('a missing or unknown token is 401/124', async () => {
    let res = await t.call<User>('GET', '/v2/users/me')
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 124)
    res = await t.call<User>('GET', '/v2/users/me', { token: 'garbage' })
    assert.equal(res.status, 401)
    assert.deepEqual(res.body, { code: 124, message: 'Invalid access token.' })
  })
})
