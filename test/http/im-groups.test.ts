import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { UserMemberships } from '../../src/domain/groups/membership.js'
import { dropImGroupMembershipsOf, imGroupIdsOfMany } from '../../src/domain/im-groups/im-group.service.js'
import { makeAccount } from '../helpers/accounts.js'
import { array, items, str } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('IM directory groups over HTTP', () => {
  let t: TestServer
  let token: string
  const users: Array<{ id: string; email: string }> = []

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    for (let i = 0; i < 3; i++) {
      const res = await t.call('POST', '/v2/users', {
        token,
        body: {
          action: 'custCreate',
          user_info: { email: `im${i}@example.com`, type: 2, first_name: `Im${i}`, last_name: 'Chat' },
        },
      })
      users.push({ id: str(res.body.id), email: `im${i}@example.com` })
    }
  })
  after(() => t.close())

  describe('groups', () => {
    it('creates (201, type normal by default), retrieves and lists', async () => {
      const res = await t.call('POST', '/v2/im/groups', { token, body: { name: 'Sales', search_by_domain: true } })
      assert.equal(res.status, 201)
      assert.deepEqual(res.body, {
        id: res.body.id,
        name: 'Sales',
        total_members: 0,
        search_by_account: false,
        search_by_domain: true,
        search_by_ma_account: false,
      })
      const got = await t.call('GET', `/v2/im/groups/${res.body.id}`, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, {
        id: res.body.id,
        name: 'Sales',
        total_members: 0,
        type: 'normal',
        search_by_account: false,
        search_by_domain: true,
        search_by_ma_account: false,
      })
      const shared = await t.call('POST', '/v2/im/groups', { token, body: { name: 'Everyone', type: 'shared' } })
      assert.equal(shared.status, 201)
      const list = await t.call('GET', '/v2/im/groups', { token })
      assert.equal(list.status, 200)
      assert.equal(list.body.total_records, 2)
      assert.deepEqual(
        items(list.body.groups).map((g) => [g.name, g.type]),
        [
          ['Sales', 'normal'],
          ['Everyone', 'shared'],
        ],
      )
    })

    it('a taken name is 409/4132; no name 400/300; an unknown type 400/300', async () => {
      const dup = await t.call('POST', '/v2/im/groups', { token, body: { name: 'Sales' } })
      assert.deepEqual([dup.status, dup.body], [409, { code: 4132, message: 'Group name Sales is already in use.' }])
      const none = await t.call('POST', '/v2/im/groups', { token, body: { type: 'shared' } })
      assert.deepEqual([none.status, none.body], [400, { code: 300, message: 'Missing field: name.' }])
      const badType = await t.call('POST', '/v2/im/groups', { token, body: { name: 'X', type: 'secret' } })
      assert.deepEqual([badType.status, badType.body.code], [400, 300])
    })

    it('updates name, type and search flags (204) that the next GET shows', async () => {
      const id = (await t.call('POST', '/v2/im/groups', { token, body: { name: 'Support' } })).body.id
      const res = await t.call('PATCH', `/v2/im/groups/${id}`, {
        token,
        body: { name: 'Support team', type: 'restricted', search_by_account: true },
      })
      assert.equal(res.status, 204)
      const got = (await t.call('GET', `/v2/im/groups/${id}`, { token })).body
      assert.equal(got.name, 'Support team')
      assert.equal(got.type, 'restricted')
      assert.equal(got.search_by_account, true)
      const taken = await t.call('PATCH', `/v2/im/groups/${id}`, { token, body: { name: 'Sales' } })
      assert.deepEqual([taken.status, taken.body.code], [409, 4132])
    })

    it('an unknown group is 404/4130', async () => {
      for (const [method, path] of [
        ['GET', '/v2/im/groups/nope'],
        ['PATCH', '/v2/im/groups/nope'],
        ['DELETE', '/v2/im/groups/nope'],
        ['GET', '/v2/im/groups/nope/members'],
        ['DELETE', `/v2/im/groups/nope/members/${users[0].id}`],
      ] as const) {
        const res = await t.call(method, path, { token, body: method === 'PATCH' ? { name: 'x' } : undefined })
        assert.deepEqual(
          [res.status, res.body],
          [404, { code: 4130, message: 'Group does not exist:nope.' }],
          `${method} ${path}`,
        )
      }
    })
  })

  describe('members', () => {
    let groupId: string
    before(async () => {
      groupId = str((await t.call('POST', '/v2/im/groups', { token, body: { name: 'Members IM' } })).body.id)
    })

    it('adds by id and email (201), lists them, and the users show the group in im_group_ids', async () => {
      const res = await t.call('POST', `/v2/im/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: users[0].id }, { email: users[1].email }] },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.ids, `${users[0].id},${users[1].id}`)
      assert.ok(res.body.added_at)
      const list = await t.call('GET', `/v2/im/groups/${groupId}/members`, { token })
      assert.equal(list.body.total_records, 2)
      assert.deepEqual(array(list.body.members)[0], {
        id: users[0].id,
        email: users[0].email,
        first_name: 'Im0',
        last_name: 'Chat',
        type: 2,
      })
      assert.equal((await t.call('GET', `/v2/im/groups/${groupId}`, { token })).body.total_members, 2)
      assert.deepEqual(
        (await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, users[0].id)).im_group_ids,
        [groupId],
      )
      const many = await imGroupIdsOfMany(t.server.svc, t.seed.accountId, [users[1].id, users[2].id])
      assert.deepEqual(Object.fromEntries(many), { [users[1].id]: [groupId], [users[2].id]: [] })
    })

    it('adding a member twice lists no id; more than 10 entries is 400/300; an unknown user is 404/1001', async () => {
      const again = await t.call('POST', `/v2/im/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: users[0].id }] },
      })
      assert.deepEqual([again.status, again.body.ids], [201, ''])
      const many = await t.call('POST', `/v2/im/groups/${groupId}/members`, {
        token,
        body: { members: Array.from({ length: 11 }, () => ({ id: users[2].id })) },
      })
      assert.deepEqual([many.status, many.body.code], [400, 300])
      const ghost = await t.call('POST', `/v2/im/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: 'ghost' }] },
      })
      assert.deepEqual([ghost.status, ghost.body.code], [404, 1001])
    })

    it('lists in pages', async () => {
      await t.call('POST', `/v2/im/groups/${groupId}/members`, { token, body: { members: [{ id: users[2].id }] } })
      const first = await t.call('GET', `/v2/im/groups/${groupId}/members?page_size=2`, { token })
      assert.deepEqual([array(first.body.members).length, first.body.page_count, first.body.total_records], [2, 2, 3])
      const second = await t.call(
        'GET',
        `/v2/im/groups/${groupId}/members?page_size=2&next_page_token=${first.body.next_page_token}`,
        { token },
      )
      assert.deepEqual(
        items(second.body.members).map((m) => m.id),
        [users[2].id],
      )
      const byNumber = await t.call('GET', `/v2/im/groups/${groupId}/members?page_size=2&page_number=2`, { token })
      assert.deepEqual(
        items(byNumber.body.members).map((m) => m.id),
        [users[2].id],
      )
    })

    it('removes a member by id or email (204); someone not in the group is 404', async () => {
      const res = await t.call('DELETE', `/v2/im/groups/${groupId}/members/${encodeURIComponent(users[1].email)}`, {
        token,
      })
      assert.equal(res.status, 204)
      assert.ok(
        !items((await t.call('GET', `/v2/im/groups/${groupId}/members`, { token })).body.members).some(
          (m) => m.id === users[1].id,
        ),
      )
      assert.deepEqual(
        (await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, users[1].id)).im_group_ids,
        [],
      )
      const again = await t.call('DELETE', `/v2/im/groups/${groupId}/members/${users[1].id}`, { token })
      assert.equal(again.status, 404)
    })

    it('deleting the group (204) drops its memberships; dropping a deleted user removes theirs', async () => {
      const id = (await t.call('POST', '/v2/im/groups', { token, body: { name: 'Temporary IM' } })).body.id
      await t.call('POST', `/v2/im/groups/${id}/members`, { token, body: { members: [{ id: users[2].id }] } })
      assert.equal((await t.call('DELETE', `/v2/im/groups/${id}`, { token })).status, 204)
      assert.equal((await t.call('GET', `/v2/im/groups/${id}`, { token })).status, 404)
      assert.deepEqual(
        (await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, users[2].id)).im_group_ids,
        [groupId],
      )
      await dropImGroupMembershipsOf(t.server.svc, t.seed.accountId, users[2].id)
      assert.deepEqual(
        (await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, users[2].id)).im_group_ids,
        [],
      )
    })
  })

  describe('accounts', () => {
    it("another account's IM group is 404; a free account 400/200; the master form reaches a sub account", async () => {
      const id = (await t.call('POST', '/v2/im/groups', { token, body: { name: 'Ours' } })).body.id
      const other = await makeAccount(t, { scopes: ['imgroup:read:admin', 'imgroup:write:admin'] })
      assert.equal((await t.call('GET', `/v2/im/groups/${id}`, { token: await other.token() })).status, 404)
      assert.equal((await t.call('GET', '/v2/im/groups', { token: await other.token() })).body.total_records, 0)
      const free = await makeAccount(t, { plan: 'free', scopes: ['imgroup:read:admin'] })
      const res = await t.call('GET', '/v2/im/groups', { token: await free.token() })
      assert.deepEqual([res.status, res.body.code], [400, 200])
      const sub = await makeAccount(t, { sub: true })
      const created = await t.call('POST', `/v2/accounts/${sub.account.id}/im/groups`, {
        token,
        body: { name: 'Sub IM' },
      })
      assert.equal(created.status, 201)
      assert.deepEqual(
        items((await t.call('GET', `/v2/accounts/${sub.account.id}/im/groups`, { token })).body.groups).map(
          (g) => g.name,
        ),
        ['Sub IM'],
      )
    })
  })
})
