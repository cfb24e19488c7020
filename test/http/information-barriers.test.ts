import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { array, find, items, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const ALL_FALSE = {
  complete_phone_calls: false,
  file_transfer: false,
  im: false,
  in_meeting_chat: false,
  meeting: false,
  message_via_sms: false,
  recording: false,
  screen_share: false,
}

describe('Information Barriers over HTTP', () => {
  let t: TestServer
  let token: string
  const groups: string[] = []
  const base = '/v2/information_barriers/policies'

  const outbox = (name: string) => outboxEvents(t, name)
  const body = (over: Record<string, unknown> = {}) => ({
    assigned_group_id: groups[0],
    id: 'ignored',
    policy_name: 'Research vs Sales',
    settings: { ...ALL_FALSE, im: true, meeting: true },
    status: 1,
    to_group_id: groups[1],
    type: 1,
    ...over,
  })
  const create = async (over: Record<string, unknown> = {}) => {
    const res = await t.call('POST', base, { token, body: body(over) })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    for (const name of ['Research', 'Sales', 'Legal']) {
      const res = await t.call('POST', '/v2/groups', { token, body: { name } })
      assert.equal(res.status, 201)
      groups.push(str(res.body.id))
    }
  })
  after(() => t.close())

  describe('create and read', () => {
    it('creates a policy (201) with a new id that GET and the list show, and emits information_barriers.policy_created', async () => {
      const created = await create()
      assert.match(str(created.id), /^[A-Za-z0-9_-]{22}$/)
      assert.notEqual(created.id, 'ignored')
      const expected = {
        assigned_group_id: groups[0],
        id: created.id,
        policy_name: 'Research vs Sales',
        settings: { ...ALL_FALSE, im: true, meeting: true },
        status: 1,
        to_group_id: groups[1],
        type: 1,
      }
      assert.deepEqual(created, expected)
      const got = await t.call('GET', `${base}/${created.id}`, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, expected)
      const list = await t.call('GET', base, { token })
      assert.equal(list.status, 200)
      assert.deepEqual(
        items(list.body.policies).find((p) => p.id === created.id),
        expected,
      )
      assert.equal(list.body.total_records, array(list.body.policies).length)
      assert.equal(list.body.next_page_token, '')
      const ev = find(await outbox('information_barriers.policy_created'), (e) => e.payload.object.id === created.id)
      assert.ok(ev, 'event emitted')
      assert.equal(ev.payload.account_id, t.seed.accountId)
      assert.deepEqual(ev.payload.object, expected)
    })

    it('restrictions not sent in settings are false', async () => {
      const created = await create({ policy_name: 'Only recording', settings: { recording: true }, type: 0, status: 0 })
      assert.deepEqual(created.settings, { ...ALL_FALSE, recording: true })
      assert.equal(created.status, 0)
      assert.equal(created.type, 0)
    })

    it('missing required fields and values outside the enums are 400/300 naming each field', async () => {
      const res = await t.call('POST', base, { token, body: { settings: {} } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(res.body.message, 'Validation Failed.')
      assert.deepEqual(
        items(res.body.errors)
          .map((e) => e.field)
          .sort(),
        ['assigned_group_id', 'policy_name', 'status', 'to_group_id', 'type'],
      )

      for (const over of [
        { type: 4 },
        { status: 2 },
        { type: '1' },
        { settings: { im: 'yes' } },
        { policy_name: '' },
      ]) {
        const bad = await t.call('POST', base, { token, body: body(over) })
        assert.equal(bad.status, 400, JSON.stringify(over))
        assert.equal(bad.body.code, 300, JSON.stringify(over))
      }
      const blank = await t.call('POST', base, { token, body: body({ policy_name: '   ' }) })
      assert.deepEqual(blank.body, { code: 300, message: 'Missing field: policy_name.' })
      const noBody = await t.call('POST', base, { token })
      assert.equal(noBody.status, 400)
      assert.equal(noBody.body.code, 300)
    })

    it('a group that is not in the account is 404/4130; the same group on both sides is 400/300', async () => {
      const unknown = await t.call('POST', base, { token, body: body({ to_group_id: 'nosuchgroup' }) })
      assert.equal(unknown.status, 404)
      assert.deepEqual(unknown.body, { code: 4130, message: 'A group with this nosuchgroup does not exist.' })
      const same = await t.call('POST', base, { token, body: body({ to_group_id: groups[0] }) })
      assert.equal(same.status, 400)
      assert.deepEqual(same.body, {
        code: 300,
        message: 'The assigned_group_id and to_group_id must be different groups.',
      })
      const other = await makeAccount(t, { scopes: ['group:write:admin'] })
      const otherToken = await other.token()
      const theirGroup = await t.call('POST', '/v2/groups', { token: otherToken, body: { name: 'Theirs' } })
      assert.equal(theirGroup.status, 201)
      const foreign = await t.call('POST', base, { token, body: body({ to_group_id: theirGroup.body.id }) })
      assert.equal(foreign.status, 404)
      assert.equal(foreign.body.code, 4130)
    })

    it('an unknown policy is 404 for GET, PATCH and DELETE', async () => {
      for (const [method, b] of [['GET'], ['PATCH', { status: 0 }], ['DELETE']] as Array<[string, unknown?]>) {
        const res = await t.call(method, `${base}/nope`, { token, body: b })
        assert.equal(res.status, 404, method)
        assert.deepEqual(res.body, { code: 404, message: 'Information Barriers policy does not exist: nope.' })
      }
    })
  })

  describe('update and delete', () => {
    it('PATCH (204) changes only what it names, settings key by key, visible on the next GET, and emits policy_updated', async () => {
      const created = await create({ policy_name: 'To update' })
      const res = await t.call('PATCH', `${base}/${created.id}`, {
        token,
        body: {
          id: 'cannot-change',
          policy_name: 'Updated',
          settings: { im: false, screen_share: true },
          status: 0,
          to_group_id: groups[2],
        },
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      const expected = {
        assigned_group_id: groups[0],
        id: created.id,
        policy_name: 'Updated',
        settings: { ...ALL_FALSE, meeting: true, screen_share: true },
        status: 0,
        to_group_id: groups[2],
        type: 1,
      }
      const got = await t.call('GET', `${base}/${created.id}`, { token })
      assert.deepEqual(got.body, expected)
      const ev = find(await outbox('information_barriers.policy_updated'), (e) => e.payload.object.id === created.id)
      assert.deepEqual(ev.payload.object, expected)
      assert.equal(ev.payload.account_id, t.seed.accountId)

      const typeOnly = await t.call('PATCH', `${base}/${created.id}`, { token, body: { type: 3 } })
      assert.equal(typeOnly.status, 204)
      assert.deepEqual((await t.call('GET', `${base}/${created.id}`, { token })).body, { ...expected, type: 3 })
    })

    it('PATCH validates like create: enums 400/300, groups 404/4130, the same group 400/300', async () => {
      const created = await create({ policy_name: 'Validated' })
      const badType = await t.call('PATCH', `${base}/${created.id}`, { token, body: { type: 9 } })
      assert.equal(badType.status, 400)
      assert.equal(badType.body.code, 300)
      const unknown = await t.call('PATCH', `${base}/${created.id}`, { token, body: { assigned_group_id: 'zzz' } })
      assert.equal(unknown.status, 404)
      assert.equal(unknown.body.code, 4130)
      const same = await t.call('PATCH', `${base}/${created.id}`, { token, body: { assigned_group_id: groups[1] } })
      assert.equal(same.status, 400)
      assert.equal(same.body.code, 300)
      const blank = await t.call('PATCH', `${base}/${created.id}`, { token, body: { policy_name: ' ' } })
      assert.deepEqual(blank.body, { code: 300, message: 'Missing field: policy_name.' })
      assert.deepEqual((await t.call('GET', `${base}/${created.id}`, { token })).body, created)
    })

    it('DELETE (204) removes the policy from GET and the list, and emits policy_deleted with the policy', async () => {
      const created = await create({ policy_name: 'To delete' })
      const res = await t.call('DELETE', `${base}/${created.id}`, { token })
      assert.equal(res.status, 204)
      assert.equal((await t.call('GET', `${base}/${created.id}`, { token })).status, 404)
      const list = await t.call('GET', `${base}?page_size=300`, { token })
      assert.ok(!items(list.body.policies).some((p) => p.id === created.id))
      const ev = find(await outbox('information_barriers.policy_deleted'), (e) => e.payload.object.id === created.id)
      assert.deepEqual(ev.payload.object, created)
      assert.equal((await t.call('DELETE', `${base}/${created.id}`, { token })).status, 404)
    })
  })

  describe('list pages', () => {
    it('pages with page_size and next_page_token, oldest first; a token older than 15 minutes is 400/300', async () => {
      const sub = await makeAccount(t, {
        scopes: ['information_barriers:read:admin', 'information_barriers:write:admin', 'group:write:admin'],
      })
      const subToken = await sub.token()
      const ids: string[] = []
      const g: string[] = []
      for (const name of ['A', 'B'])
        g.push(str((await t.call('POST', '/v2/groups', { token: subToken, body: { name } })).body.id))
      for (let i = 0; i < 5; i++) {
        const res = await t.call('POST', base, {
          token: subToken,
          body: body({ assigned_group_id: g[0], to_group_id: g[1], policy_name: `P${i}` }),
        })
        ids.push(str(res.body.id))
      }
      const seen: string[] = []
      let next = ''
      let pages = 0
      do {
        const res = await t.call('GET', `${base}?page_size=2${next ? `&next_page_token=${next}` : ''}`, {
          token: subToken,
        })
        assert.equal(res.status, 200)
        assert.equal(res.body.total_records, 5)
        assert.ok(array(res.body.policies).length <= 2)
        seen.push(...items(res.body.policies).map((p) => str(p.id)))
        next = str(res.body.next_page_token)
        pages++
      } while (next)
      assert.equal(pages, 3)
      assert.deepEqual(seen, ids)

      const first = await t.call('GET', `${base}?page_size=2`, { token: subToken })
      t.clock.advance(15 * 60 * 1000 + 1)
      const stale = await t.call('GET', `${base}?page_size=2&next_page_token=${first.body.next_page_token}`, {
        token: subToken,
      })
      assert.equal(stale.status, 400)
      assert.deepEqual(stale.body, { code: 300, message: 'The next page token is invalid or expired.' })
      const tooBig = await t.call('GET', `${base}?page_size=301`, { token: subToken })
      assert.equal(tooBig.status, 400)
      assert.equal(tooBig.body.code, 300)
    })
  })

  describe('accounts and scopes', () => {
    it("another account sees none of this account's policies", async () => {
      const created = await create({ policy_name: 'Private' })
      const other = await makeAccount(t, { scopes: ['information_barriers:read:admin'] })
      const otherToken = await other.token()
      const got = await t.call('GET', `${base}/${created.id}`, { token: otherToken })
      assert.equal(got.status, 404)
      const list = await t.call('GET', base, { token: otherToken })
      assert.deepEqual(list.body, { policies: [], total_records: 0, next_page_token: '' })
    })

    it('a free account gets 400/200 for every operation', async () => {
      const free = await makeAccount(t, {
        plan: 'free',
        scopes: ['information_barriers:read:admin', 'information_barriers:write:admin'],
      })
      const freeToken = await free.token()
      const message = `Only available for Paid account: ${free.account.id}.`
      for (const [method, path, b] of [
        ['GET', base],
        ['POST', base, body()],
        ['GET', `${base}/x`],
        ['PATCH', `${base}/x`, { status: 1 }],
        ['DELETE', `${base}/x`],
      ] as Array<[string, string, unknown?]>) {
        const res = await t.call(method, path, { token: freeToken, body: b })
        assert.equal(res.status, 400, `${method} ${path}`)
        assert.deepEqual(res.body, { code: 200, message })
      }
    })

    it('reading needs information_barriers:read:admin and writing :write:admin (401/4711)', async () => {
      const readOnly = await tokenWithScopes(t, ['information_barriers:read:admin'])
      assert.equal((await t.call('GET', base, { token: readOnly })).status, 200)
      const denied = await t.call('POST', base, { token: readOnly, body: body() })
      assert.equal(denied.status, 401)
      assert.equal(denied.body.code, 4711)
      const none = await tokenWithScopes(t, ['user:read:admin'])
      const res = await t.call('GET', base, { token: none })
      assert.equal(res.status, 401)
      assert.equal(res.body.code, 4711)
    })

    it("a master account manages a sub account's policies under /accounts/{accountId}", async () => {
      const sub = await makeAccount(t, { sub: true })
      const subBase = `/v2/accounts/${sub.account.id}/information_barriers/policies`
      const g1 = (await t.call('POST', `/v2/accounts/${sub.account.id}/groups`, { token, body: { name: 'Sub one' } }))
        .body.id
      const g2 = (await t.call('POST', `/v2/accounts/${sub.account.id}/groups`, { token, body: { name: 'Sub two' } }))
        .body.id
      const mine = await t.call('POST', subBase, {
        token,
        body: body({ assigned_group_id: groups[0], to_group_id: groups[1] }),
      })
      assert.equal(mine.status, 404, 'the master account groups are not the sub account groups')
      const created = await t.call('POST', subBase, { token, body: body({ assigned_group_id: g1, to_group_id: g2 }) })
      assert.equal(created.status, 201)
      assert.equal((await t.call('GET', `${subBase}/${created.body.id}`, { token })).status, 200)
      assert.equal((await t.call('GET', `${base}/${created.body.id}`, { token })).status, 404)
      assert.equal((await t.call('PATCH', `${subBase}/${created.body.id}`, { token, body: { status: 0 } })).status, 204)
      assert.equal((await t.call('GET', `${subBase}/${created.body.id}`, { token })).body.status, 0)
      const listed = await t.call('GET', subBase, { token })
      assert.deepEqual(
        items(listed.body.policies).map((p) => p.id),
        [created.body.id],
      )
      const ev = find(
        await outbox('information_barriers.policy_created'),
        (e) => e.payload.object.id === created.body.id,
      )
      assert.equal(ev.payload.account_id, sub.account.id)
      assert.equal((await t.call('DELETE', `${subBase}/${created.body.id}`, { token })).status, 204)
    })
  })
})
