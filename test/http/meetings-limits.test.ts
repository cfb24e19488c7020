import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { num } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const LIMIT_MESSAGE =
  'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.'

describe('per-host daily limit of meeting creates and updates (rate limits on)', () => {
  let t: TestServer
  let token: string
  let calls = 0
  before(async () => {
    t = await startTestServer({ rateLimits: true })
    token = await t.token()
  })
  after(() => t.close())

  /** A request that keeps well inside the account's per-second budgets: the clock moves a second every 10 calls. */
  const call = async (method: string, path: string, body?: unknown) => {
    if (++calls % 10 === 0) t.clock.advance(1000)
    return t.call(method, path, { token, body })
  }

  it('the 101st create/update of the UTC day for one host is 429; other hosts and reads are not affected; the next day works', async () => {
    const svc = t.server.svc
    const colleague = await svc.users.create(t.seed.accountId, {
      action: 'custCreate',
      email: 'colleague@example.com',
      type: 2,
    })
    let first = 0
    for (let i = 0; i < 99; i++) {
      const res = await call('POST', '/v2/users/me/meetings', { topic: `m${i}`, type: 2 })
      assert.equal(res.status, 201, `create ${i + 1}: ${res.text}`)
      if (i === 0) first = num(res.body.id)
    }
    // Updates count against the same budget: the 100th request is an update.
    assert.equal((await call('PATCH', `/v2/meetings/${first}`, { topic: 'renamed' })).status, 204)

    const over = await call('POST', '/v2/users/me/meetings', { type: 2 })
    assert.equal(over.status, 429)
    assert.deepEqual(over.body, { code: 429, message: LIMIT_MESSAGE })
    const overUpdate = await call('PATCH', `/v2/meetings/${first}`, { topic: 'again' })
    assert.equal(overUpdate.status, 429)
    assert.equal(overUpdate.body.code, 429)
    assert.equal((await call('GET', `/v2/meetings/${first}`)).body.topic, 'renamed')

    // Another host has a budget of its own, also when scheduled for by the exhausted user.
    assert.equal((await call('POST', `/v2/users/${colleague.id}/meetings`, { type: 2 })).status, 201)
    const forColleague = await call('POST', '/v2/users/me/meetings', { type: 2, schedule_for: colleague.id })
    assert.equal(forColleague.status, 201)
    assert.equal(forColleague.body.host_id, colleague.id)

    // Still the same UTC day an hour before midnight…
    t.clock.set(Date.UTC(2026, 10, 2, 23, 0, 0))
    token = await t.token()
    assert.equal((await call('POST', '/v2/users/me/meetings', { type: 2 })).status, 429)
    // …and fresh at 00:00 UTC.
    t.clock.set(Date.UTC(2026, 10, 3, 0, 0, 0))
    token = await t.token()
    assert.equal((await call('POST', '/v2/users/me/meetings', { type: 2 })).status, 201)
    assert.equal((await call('PATCH', `/v2/meetings/${first}`, { topic: 'next day' })).status, 204)
  })
})

describe('per-host daily limit with rate limits off', () => {
  let t: TestServer
  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  it('is not enforced', async () => {
    const token = await t.token()
    for (let i = 0; i < 101; i++) {
      const res = await t.call('POST', '/v2/users/me/meetings', { token, body: { type: 3 } })
      assert.equal(res.status, 201, `create ${i + 1}`)
    }
  })
})
