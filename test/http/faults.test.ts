import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { startWithOwner } from '../helpers/fixtures.js'
import { rejectsWith, usersClient } from '../helpers/rivet.js'
import type { TestServer } from '../helpers/server.js'

type Journal = { requests: { path: string; status: number; duration_ms: number }[] }

describe('Simulator: fault and latency injection', () => {
  let t: TestServer
  let token: string
  const fault = (body: Record<string, unknown>) => t.call('POST', '/sim/faults', { token, body })

  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())
  beforeEach(async () => {
    assert.equal((await t.call('DELETE', '/sim/faults', { token })).status, 204)
  })

  it('answers 429 with Zoom’s rate-limit headers for the chosen number of calls; rivet sees the 429', async () => {
    const res = await fault({ kind: 'rate_limit', operation_id: 'user', times: 2, retry_after: 7 })
    assert.equal(res.status, 201, res.text)
    const first = await t.call('GET', '/v2/users/me', { token })
    assert.equal(first.status, 429)
    assert.equal(first.body.code, 429)
    assert.equal(first.headers.get('retry-after'), '7')
    assert.equal(first.headers.get('x-ratelimit-type'), 'QPS')
    assert.equal(first.headers.get('x-ratelimit-remaining'), '0')
    await rejectsWith(usersClient(t.origin, token).endpoints.users.getUser({ path: { userId: 'me' } }), 429, 429)
    // Used up: the third call goes through, and the rule shows no uses left.
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
    const [rule] = (await t.call<{ faults: { remaining: number }[] }>('GET', '/sim/faults', { token })).body.faults
    assert.equal(rule.remaining, 0)
    // Other operations were never touched.
    assert.equal((await t.call('GET', '/v2/users', { token })).status, 200)
  })

  it('answers a chosen 5xx or Zoom error, matched by method and path pattern', async () => {
    await fault({ kind: 'error', method: 'GET', path: '/users/{userId}', status: 503, times: 1 })
    const down = await t.call('GET', '/v2/users/me', { token })
    assert.equal(down.status, 503)
    assert.deepEqual(down.body, { code: 503, message: 'Service unavailable.' })
    await fault({ kind: 'error', path: '/v2/users/*', status: 404, code: 1001, message: 'User does not exist: me.' })
    const gone = await t.call('GET', '/v2/users/me', { token })
    assert.deepEqual([gone.status, gone.body], [404, { code: 1001, message: 'User does not exist: me.' }])
    assert.equal((await t.call('GET', '/v2/users', { token })).status, 200)
  })

  it('applies only within its window on the server clock', async () => {
    const now = t.clock.now()
    const iso = (ms: number) => new Date(ms).toISOString()
    await fault({
      kind: 'error',
      operation_id: 'user',
      status: 500,
      start_time: iso(now + 60_000),
      end_time: iso(now + 120_000),
    })
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
    t.clock.advance(60_000)
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 500)
    t.clock.advance(60_000)
    assert.equal((await t.call('GET', '/v2/users/me', { token: await t.token() })).status, 200)
  })

  it('adds latency, seen in the journal’s duration', async () => {
    await t.call('DELETE', '/sim/requests', { token })
    await fault({ kind: 'latency', operation_id: 'user', delay_ms: 150, times: 1 })
    const started = Date.now()
    assert.equal((await t.call('GET', '/v2/users/me', { token })).status, 200)
    assert.ok(Date.now() - started >= 150)
    const [req] = (await t.call<Journal>('GET', '/sim/requests?path=/v2/users/me', { token })).body.requests
    assert.ok(req.duration_ms >= 150, String(req.duration_ms))
  })

  it('lists and deletes rules; refuses unknown ones and incomplete ones', async () => {
    const made = await fault({ kind: 'latency', operation_id: 'users', delay_ms: 5 })
    const id = String(made.body.id)
    const list = (await t.call<{ faults: { id: string }[] }>('GET', '/sim/faults', { token })).body.faults
    assert.deepEqual(
      list.map((f) => f.id),
      [id],
    )
    assert.equal((await t.call('DELETE', `/sim/faults/${id}`, { token })).status, 204)
    const again = await t.call('DELETE', `/sim/faults/${id}`, { token })
    assert.deepEqual([again.status, again.body.code], [404, 404])
    assert.equal((await fault({ kind: 'error', operation_id: 'user' })).status, 400)
    assert.equal((await fault({ kind: 'rate_limit' })).status, 400)
    assert.equal((await fault({ kind: 'latency', operation_id: 'user' })).status, 400)
  })
})
