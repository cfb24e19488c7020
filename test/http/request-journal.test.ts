import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { SIMULATOR_SCOPES } from '../../src/domain/auth/scopes.js'
import { RequestJournal } from '../../src/domain/sim-tools/journal.js'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

interface Entry {
  method: string
  path: string
  query: Record<string, string>
  body?: Record<string, unknown>
  status: number
  response?: Record<string, unknown>
  account_id?: string
  client_id?: string
  time: string
  duration_ms: number
}
type Journal = { requests: Entry[] }

describe('Simulator: request journal', () => {
  let t: TestServer
  let token: string

  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  it('keeps API calls newest first, with their answers, account and app, filtered by path, method and status', async () => {
    assert.equal((await t.call('DELETE', '/sim/requests', { token })).status, 204)
    await t.call('GET', '/v2/users?page_size=5', { token })
    await t.call('POST', '/v2/users', { token, body: { action: 'custCreate', user_info: { type: 9 } } })
    await t.call('GET', '/v2/users/nobody@example.com', { token })

    const all = (await t.call<Journal>('GET', '/sim/requests', { token })).body.requests
    assert.deepEqual(
      all.map((r) => `${r.method} ${r.path} ${r.status}`),
      ['GET /v2/users/nobody@example.com 404', 'POST /v2/users 400', 'GET /v2/users 200'],
    )
    const [missing, bad, list] = all
    assert.equal(missing.response?.code, 1001)
    assert.deepEqual(bad.body, { action: 'custCreate', user_info: { type: 9 } })
    assert.deepEqual(list.query, { page_size: '5' })
    assert.ok(Array.isArray(list.response?.users))
    assert.equal(list.account_id, t.seed.accountId)
    assert.equal(list.client_id, t.seed.clientId)
    assert.equal(list.time, '2026-11-02T09:00:00Z')
    assert.ok(list.duration_ms >= 0)

    const byPath = await t.call<Journal>('GET', '/sim/requests?path=/v2/users/*', { token })
    assert.deepEqual(
      byPath.body.requests.map((r) => r.path),
      ['/v2/users/nobody@example.com'],
    )
    const byMethod = await t.call<Journal>('GET', '/sim/requests?method=POST', { token })
    assert.deepEqual(
      byMethod.body.requests.map((r) => r.status),
      [400],
    )
    const byStatus = await t.call<Journal>('GET', '/sim/requests?status=200&limit=1', { token })
    assert.deepEqual(
      byStatus.body.requests.map((r) => r.path),
      ['/v2/users'],
    )
  })

  it('stores no credentials: neither the client secret of a token request nor the token it answers', async () => {
    await t.call('DELETE', '/sim/requests', { token })
    const fresh = await t.token()
    assert.ok(fresh)
    const [req] = (await t.call<Journal>('GET', '/sim/requests?path=/oauth/*', { token })).body.requests
    assert.equal(req.status, 200)
    assert.ok(!JSON.stringify(req).includes(fresh))
    assert.ok(!JSON.stringify(req).includes(t.seed.clientSecret))
    assert.equal(req.response?.access_token, '[hidden]')
  })

  it('empties on DELETE, and keeps its own calls out', async () => {
    await t.call('GET', '/v2/users/me', { token })
    assert.equal((await t.call('DELETE', '/sim/requests', { token })).status, 204)
    assert.deepEqual((await t.call<Journal>('GET', '/sim/requests', { token })).body.requests, [])
  })

  it('hides a user’s ZAK, the zak of start links and a revoked token', async () => {
    await t.call('DELETE', '/sim/requests', { token })
    const zak = await t.call('GET', '/v2/users/me/token?type=zak', { token })
    assert.equal(zak.status, 200, zak.text)
    const meetingId = await createMeeting(t, token, { topic: 'Keyed', type: 2 })
    const revoke = await fetch(`${t.origin}/oauth/revoke?token=${encodeURIComponent(token)}`, { method: 'POST' })
    await revoke.body?.cancel()
    const all = (await t.call<Journal>('GET', '/sim/requests', { token })).body.requests
    const text = JSON.stringify(all)
    assert.ok(!text.includes(str(zak.body.token)), 'the ZAK is stored')
    assert.ok(!text.includes(token), 'the revoked token is stored')
    const created = all.find((r) => r.method === 'POST' && r.path.endsWith('/meetings'))
    assert.equal(created?.response?.id, meetingId)
    assert.match(str(created?.response?.start_url), /\?zak=\[hidden\]$/)
    assert.equal(all.find((r) => r.path === '/v2/users/me/token')?.response?.token, '[hidden]')
  })

  it('matches `_` in a path filter literally, on both databases', async () => {
    await t.call('DELETE', '/sim/requests', { token })
    await t.call('GET', '/v2/users/no_body@example.com', { token })
    await t.call('GET', '/v2/users/noXbody@example.com', { token })
    const got = await t.call<Journal>('GET', '/sim/requests?path=/v2/users/no_body*', { token })
    assert.deepEqual(
      got.body.requests.map((r) => r.path),
      ['/v2/users/no_body@example.com'],
    )
  })

  it('shows a token without a master scope its own account’s requests only', async () => {
    const journal = t.server.svc.use(RequestJournal)
    await t.call('DELETE', '/sim/requests', { token })
    const elsewhere = { method: 'GET', body: undefined, status: 200, response: undefined, durationMs: 1 }
    await journal.record({ ...elsewhere, url: '/v2/users/me', accountId: 'otherAccount' })
    const app = await t.server.svc.apps.create({
      accountId: t.seed.accountId,
      name: 'Journal reader',
      scopes: [SIMULATOR_SCOPES.read, SIMULATOR_SCOPES.write, 'user:read:admin'],
      createdBy: null,
    })
    const own = await t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: t.seed.accountId })
    await t.call('GET', '/v2/users/me', { token: own })
    const seen = (await t.call<Journal>('GET', '/sim/requests', { token: own })).body.requests
    assert.deepEqual(
      seen.map((r) => `${r.path} ${r.account_id}`),
      [`/v2/users/me ${t.seed.accountId}`],
    )
    const asked = await t.call<Journal>('GET', '/sim/requests?account_id=otherAccount', { token: own })
    assert.deepEqual(asked.body.requests, [])
    assert.equal((await t.call('DELETE', '/sim/requests', { token: own })).status, 204)
    // The master token still finds the other account's entry (and the account-less token request), which the
    // other token could not clear.
    const left = (await t.call<Journal>('GET', '/sim/requests', { token })).body.requests.map((r) => r.account_id)
    assert.ok(left.includes('otherAccount'))
    assert.ok(!left.includes(t.seed.accountId))
  })

  it('shows an answer that only starts like JSON as the text it was', async () => {
    await t.call('DELETE', '/sim/requests', { token })
    await t.server.svc.use(RequestJournal).record({
      method: 'GET',
      url: '/v2/users/me',
      body: undefined,
      status: 200,
      response: '{not json',
      accountId: t.seed.accountId,
      durationMs: 1,
    })
    const res = await t.call<{ requests: Array<{ response?: unknown }> }>('GET', '/sim/requests', { token })
    assert.equal(res.status, 200, res.text)
    assert.deepEqual(
      res.body.requests.map((r) => r.response),
      ['{not json'],
    )
  })

  it('answers 401 to a call without a token', async () => {
    const res = await t.call('GET', '/sim/requests')
    assert.equal(res.status, 401)
  })
})

describe('Simulator: request journal size', () => {
  it('keeps only the newest REQUEST_JOURNAL_SIZE calls', async () => {
    const { t, token } = await startWithOwner()
    try {
      t.server.svc.config.requestJournalSize = 2
      for (let i = 0; i < 4; i++) await t.call('GET', `/v2/users/me?n=${i}`, { token })
      const got = (await t.call<Journal>('GET', '/sim/requests', { token })).body.requests
      assert.deepEqual(
        got.map((r) => r.query.n),
        ['3', '2'],
      )
    } finally {
      await t.close()
    }
  })
})
