import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { additional, catalog } from '../../src/catalog/operations.js'
import { DERIVED_GRANULAR, GRANULAR_SCOPES, granularForms } from '../../src/catalog/granular-scopes.js'
import { allScopes } from '../../src/domain/auth/scopes.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

const DAY = '2026-11-02'

/** One call per group, with the classic and the granular scope that each grant it account-wide. */
const SAMPLE: { name: string; path: (ctx: { ownerId: string; meetingId: number; subId: string }) => string }[] = [
  { name: 'list users', path: () => '/v2/users' },
  { name: 'get a user', path: (c) => `/v2/users/${c.ownerId}` },
  { name: 'get a meeting', path: (c) => `/v2/meetings/${c.meetingId}` },
  { name: 'list webinars', path: (c) => `/v2/users/${c.ownerId}/webinars` },
  { name: 'list recordings', path: (c) => `/v2/users/${c.ownerId}/recordings?from=${DAY}&to=${DAY}` },
  { name: 'active/inactive users report', path: () => `/v2/report/users?from=${DAY}&to=${DAY}` },
  { name: 'dashboard meetings', path: () => `/v2/metrics/meetings?type=past&from=${DAY}&to=${DAY}` },
  { name: "a sub account's users (master)", path: (c) => `/v2/accounts/${c.subId}/users` },
]

const CLASSIC = [
  'user:read:admin',
  'meeting:read:admin',
  'meeting:write:admin',
  'webinar:read:admin',
  'recording:read:admin',
  'report:read:admin',
  'dashboard_meetings:read:admin',
  'user:master',
]
const GRANULAR = [
  'user:read:list_users:admin',
  'user:read:user:admin',
  'meeting:read:meeting:admin',
  'meeting:write:meeting:admin',
  'webinar:read:list_webinars:admin',
  'cloud_recording:read:list_user_recordings:admin',
  'report:read:list_users:admin',
  'dashboard:read:list_meetings:admin',
  'user:read:list_users:master',
]

describe('granular scopes', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  it('a granular-scoped app and a classic-scoped app reach the same operations with the same answers', async () => {
    const classic = await tokenWithScopes(t, CLASSIC)
    const granular = await tokenWithScopes(t, GRANULAR)
    const meetingId = await createMeeting(t, granular, { topic: 'Granular', type: 2, start_time: `${DAY}T10:00:00Z` })
    const subId = (await makeAccount(t, { sub: true })).account.id
    for (const call of SAMPLE) {
      const path = call.path({ ownerId, meetingId, subId })
      const a = await t.call('GET', path, { token: classic })
      const b = await t.call('GET', path, { token: granular })
      assert.equal(a.status, 200, `${call.name} (classic): ${JSON.stringify(a.body)}`)
      assert.equal(b.status, 200, `${call.name} (granular): ${JSON.stringify(b.body)}`)
      assert.deepEqual(Object.keys(b.body as object).sort(), Object.keys(a.body as object).sort(), call.name)
    }
  })

  it("the token's scope lists the granular scopes granted", async () => {
    const app = await t.server.svc.apps.create({
      accountId: t.seed.accountId,
      name: 'granular',
      scopes: ['meeting:read:meeting:admin', 'user:read:user'],
      createdBy: null,
    })
    const res = await fetch(`${t.origin}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${app.client_id}:${app.client_secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: `grant_type=account_credentials&account_id=${t.seed.accountId}`,
    })
    assert.equal(res.status, 200)
    assert.deepEqual(
      str(((await res.json()) as Json).scope)
        .split(' ')
        .sort(),
      ['meeting:read:meeting:admin', 'user:read:user'],
    )
  })

  it("a user-level granular scope acts only on the token user's own data, as the classic one does", async () => {
    const otherId = await addUser(t, token, 'granular-other@example.com')
    const othersMeeting = await createMeeting(t, token, { topic: 'Theirs', type: 2 }, otherId)
    const ownMeeting = await createMeeting(t, token, { topic: 'Mine', type: 2 })
    const granular = await tokenWithScopes(t, ['user:read:user', 'meeting:read:meeting'])
    const classic = await tokenWithScopes(t, ['user:read', 'meeting:read'])
    for (const own of [`/v2/users/${ownerId}`, '/v2/users/me', `/v2/meetings/${ownMeeting}`]) {
      assert.equal((await t.call('GET', own, { token: granular })).status, 200, own)
    }
    for (const foreign of [`/v2/users/${otherId}`, `/v2/meetings/${othersMeeting}`]) {
      const g = await t.call('GET', foreign, { token: granular })
      const c = await t.call('GET', foreign, { token: classic })
      assert.ok(g.status !== 200 && g.status !== 401, `${foreign}: ${g.status}`)
      assert.deepEqual([g.status, g.body], [c.status, c.body], foreign)
    }
    // The :admin form reaches any user of the account.
    const admin = await tokenWithScopes(t, ['user:read:user:admin', 'meeting:read:meeting:admin'])
    assert.equal((await t.call('GET', `/v2/users/${otherId}`, { token: admin })).status, 200)
    assert.equal((await t.call('GET', `/v2/meetings/${othersMeeting}`, { token: admin })).status, 200)
  })

  it('a token holding neither kind gets 401/4711 naming the granular scopes of the path called', async () => {
    const narrow = await tokenWithScopes(t, ['meeting:read:meeting:admin'])
    let res = await t.call('GET', '/v2/users', { token: narrow })
    refused(res, 401, 4711)
    assert.equal(res.body.message, 'Invalid access token, does not contain scopes:[user:read:list_users:admin].')
    res = await t.call('GET', `/v2/users/${ownerId}`, { token: narrow })
    assert.deepEqual(res.body, {
      code: 4711,
      message: 'Invalid access token, does not contain scopes:[user:read:user, user:read:user:admin].',
    })
    // The :admin form does not open the master path; its :master form does.
    const subId = (await makeAccount(t, { sub: true })).account.id
    const adminOnly = await tokenWithScopes(t, ['user:read:list_users:admin'])
    res = await t.call('GET', `/v2/accounts/${subId}/users`, { token: adminOnly })
    assert.deepEqual(res.body, {
      code: 4711,
      message: 'Invalid access token, does not contain scopes:[user:read:list_users:master].',
    })
  })
})

describe('granular scope table', () => {
  it('every catalog operation has its granular scopes, each in one of the three forms', () => {
    const ids = [...catalog, ...additional].map((row) => row[0])
    assert.equal(ids.length, catalog.length + additional.length)
    for (const row of [...catalog, ...additional]) {
      const [id, , , , , path, masterPath] = row
      const forms = granularForms(id)
      assert.ok(forms, `${id} has no granular scopes`)
      const all = [...forms.user, ...forms.admin, ...forms.master]
      assert.ok(all.length > 0, id)
      for (const s of all) assert.match(s, /^[a-z_0-9]+:(read|write|update|delete):[a-z_0-9]+(:admin|:master)?$/, id)
      // An operation served for sub accounts can be granted through a :master form.
      if (masterPath.startsWith('/accounts/{accountId}') || path.startsWith('/accounts/{accountId}')) {
        assert.ok(forms.master.length > 0, `${id} has no :master form`)
      }
    }
    assert.deepEqual(Object.keys(GRANULAR_SCOPES).sort(), [...ids].sort())
    for (const id of DERIVED_GRANULAR) assert.ok(ids.includes(id), id)
  })

  it('the server knows every granular scope, so an app may be granted any of them', () => {
    const known = new Set(allScopes())
    for (const list of Object.values(GRANULAR_SCOPES)) for (const s of list.split(' ')) assert.ok(known.has(s), s)
    assert.ok(known.has('meeting:read:admin'))
  })
})
