import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { groupIdsOfMany, dropGroupMembershipsOf, UserMemberships } from '../../src/domain/groups/membership.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { at, find, items, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Groups over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  const users: Array<{ id: string; email: string }> = []

  const outbox = (name: string) => outboxEvents(t, name)
  const create = async (name: string) => {
    const res = await t.call('POST', '/v2/groups', { token, body: { name } })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body.id as string
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
    for (let i = 0; i < 5; i++) {
      const res = await t.call('POST', '/v2/users', {
        token,
        body: {
          action: 'custCreate',
          user_info: { email: `g${i}@example.com`, type: 1, first_name: `G${i}`, last_name: 'User' },
        },
      })
      users.push({ id: str(res.body.id), email: `g${i}@example.com` })
    }
  })
  after(() => t.close())

  describe('create, get, list, update, delete', () => {
    it('creates a group (201) that the next GET and the list show, and emits group.created', async () => {
      const res = await t.call('POST', '/v2/groups', {
        token,
        body: { name: 'Developers', in_directory: true, directory_privacy: 3 },
      })
      assert.equal(res.status, 201)
      assert.match(str(res.body.id), /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(res.body, {
        id: res.body.id,
        name: 'Developers',
        total_members: 0,
        in_directory: true,
        directory_privacy: 3,
      })
      const got = await t.call('GET', `/v2/groups/${res.body.id}`, { token })
      assert.equal(got.status, 200)
      assert.deepEqual(got.body, { id: res.body.id, name: 'Developers', total_members: 0 })
      const list = await t.call('GET', '/v2/groups', { token })
      assert.equal(list.status, 200)
      assert.ok(items(list.body.groups).some((g) => g.id === res.body.id && g.total_members === 0))
      assert.equal(list.body.total_records, items(list.body.groups).length)
      assert.equal(list.body.next_page_token, '')
      const ev = find(await outbox('group.created'), (e) => e.payload.object.id === res.body.id)
      assert.deepEqual(ev.payload.object, { id: res.body.id, name: 'Developers' })
      assert.equal(ev.payload.account_id, t.seed.accountId)
      assert.equal(ev.payload.operator_id, ownerId)
    })

    it('without in_directory the privacy is not shown', async () => {
      const res = await t.call('POST', '/v2/groups', { token, body: { name: 'Quiet' } })
      assert.deepEqual(res.body, { id: res.body.id, name: 'Quiet', total_members: 0, in_directory: false })
    })

    it('a taken name is 409/4132; a missing name 400/300; a long name 400/300', async () => {
      const dup = await t.call('POST', '/v2/groups', { token, body: { name: 'Developers' } })
      assert.equal(dup.status, 409)
      assert.deepEqual(dup.body, { code: 4132, message: 'The group name "Developers" is already in use.' })
      const missing = await t.call('POST', '/v2/groups', { token, body: {} })
      assert.equal(missing.status, 400)
      assert.deepEqual(missing.body, { code: 300, message: 'Missing field: name.' })
      const long = await t.call('POST', '/v2/groups', { token, body: { name: 'x'.repeat(129) } })
      assert.equal(long.status, 400)
      assert.equal(long.body.code, 300)
    })

    it('an unknown group is 404/4130 for every group operation', async () => {
      for (const [method, path, body] of [
        ['GET', '/v2/groups/nope'],
        ['PATCH', '/v2/groups/nope', { name: 'x' }],
        ['DELETE', '/v2/groups/nope'],
        ['GET', '/v2/groups/nope/members'],
        ['POST', '/v2/groups/nope/members', { members: [{ id: ownerId }] }],
        ['GET', '/v2/groups/nope/admins'],
        ['GET', '/v2/groups/nope/settings'],
        ['GET', '/v2/groups/nope/lock_settings'],
      ] as Array<[string, string, unknown?]>) {
        const res = await t.call(method, path, { token, body })
        assert.equal(res.status, 404, `${method} ${path}`)
        assert.deepEqual(res.body, { code: 4130, message: 'A group with this nope does not exist.' })
      }
    })

    it('renames (204), the next GET shows the new name, group.updated carries the old one; a taken name is 409/4132', async () => {
      const id = await create('Rename me')
      await create('Taken name')
      const res = await t.call('PATCH', `/v2/groups/${id}`, { token, body: { name: 'Renamed' } })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      assert.equal((await t.call('GET', `/v2/groups/${id}`, { token })).body.name, 'Renamed')
      const ev = find(await outbox('group.updated'), (e) => e.payload.object.id === id)
      assert.deepEqual(ev.payload.object, { id, name: 'Renamed' })
      assert.deepEqual(ev.payload.old_object, { id, name: 'Rename me' })
      const taken = await t.call('PATCH', `/v2/groups/${id}`, { token, body: { name: 'Taken name' } })
      assert.equal(taken.status, 409)
      assert.deepEqual(taken.body, { code: 4132, message: 'Group name Taken name is already in use.' })
    })

    it('deleting a group removes it and its memberships; the primary group falls back to the oldest other one', async () => {
      const first = await create('First of two')
      const second = await create('Second of two')
      const u = users[0]
      await t.call('POST', `/v2/groups/${first}/members`, { token, body: { members: [{ id: u.id }] } })
      await t.call('POST', `/v2/groups/${second}/members`, { token, body: { members: [{ id: u.id }] } })
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [
        first,
        second,
      ])
      const res = await t.call('DELETE', `/v2/groups/${first}`, { token })
      assert.equal(res.status, 204)
      assert.equal((await t.call('GET', `/v2/groups/${first}`, { token })).status, 404)
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [
        second,
      ])
      const rows = await t.server.svc.db.kysely
        .selectFrom('user_group_members')
        .selectAll()
        .where('user_id', '=', u.id)
        .execute()
      assert.deepEqual(
        rows.map((r) => [r.group_id, Number(r.is_primary)]),
        [[second, 1]],
      )
      const ev = find(await outbox('group.deleted'), (e) => e.payload.object.id === first)
      assert.deepEqual(ev.payload.object, { id: first, name: 'First of two' })
      await t.call('DELETE', `/v2/groups/${second}`, { token })
    })

    it('list groups pages with next_page_token when page_size is smaller than the list', async () => {
      const list = (await t.call('GET', '/v2/groups', { token })).body
      const seen: string[] = []
      let next = ''
      do {
        const page = await t.call('GET', `/v2/groups?page_size=2${next ? `&next_page_token=${next}` : ''}`, { token })
        assert.equal(page.status, 200)
        assert.ok(items(page.body.groups).length <= 2)
        assert.equal(page.body.total_records, list.total_records)
        seen.push(...items(page.body.groups).map((g) => str(g.id)))
        next = str(page.body.next_page_token)
      } while (next)
      assert.deepEqual(
        seen,
        items(list.groups).map((g) => g.id),
      )
      t.clock.advance(16 * 60_000)
      const first = await t.call('GET', '/v2/groups?page_size=1', { token })
      t.clock.advance(16 * 60_000)
      const stale = await t.call('GET', `/v2/groups?page_size=1&next_page_token=${first.body.next_page_token}`, {
        token,
      })
      assert.equal(stale.status, 400)
      assert.equal(stale.body.code, 300)
      token = await t.token()
    })

    it('at most 100 groups a day per account (429), counted again after 00:00 GMT', async () => {
      const other = await makeAccount(t, { scopes: ['group:read:admin', 'group:write:admin'] })
      const theirs = await other.token()
      const created: number[] = []
      for (let i = 0; i < 100; i++)
        created.push((await t.call('POST', '/v2/groups', { token: theirs, body: { name: `bulk ${i}` } })).status)
      assert.ok(created.every((s) => s === 201))
      const over = await t.call('POST', '/v2/groups', { token: theirs, body: { name: 'one too many' } })
      assert.equal(over.status, 429)
      assert.equal(over.body.code, 429)
      assert.match(str(over.body.message), /daily rate limit \(100\) of Create a Group API/)
      const now = t.clock.now()
      t.clock.advance(86_400_000 - (now % 86_400_000))
      const nextDay = await t.call('POST', '/v2/groups', { token: await other.token(), body: { name: 'one too many' } })
      assert.equal(nextDay.status, 201)
      assert.equal((await t.call('GET', '/v2/groups', { token: await other.token() })).body.total_records, 101)
      token = await t.token()
    })
  })

  describe('members', () => {
    let groupId: string
    before(async () => {
      groupId = await create('Members group')
    })

    it('adds by id and by email (201 with ids and added_at), lists them and counts them', async () => {
      const res = await t.call('POST', `/v2/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: users[1].id }, { email: users[2].email.toUpperCase() }] },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.ids, `${users[1].id},${users[2].id}`)
      assert.equal(res.body.added_at, new Date(t.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'))
      const list = await t.call('GET', `/v2/groups/${groupId}/members`, { token })
      assert.equal(list.status, 200)
      assert.equal(list.body.total_records, 2)
      assert.deepEqual(items(list.body.members)[0], {
        id: users[1].id,
        email: users[1].email,
        first_name: 'G1',
        last_name: 'User',
        type: 1,
      })
      assert.equal((await t.call('GET', `/v2/groups/${groupId}`, { token })).body.total_members, 2)
      const ev = find(await outbox('group.member_added'), (e) => e.payload.object.id === groupId)
      assert.deepEqual(ev.payload.object.members, [
        { id: users[1].id, email: users[1].email },
        { id: users[2].id, email: users[2].email },
      ])
    })

    it('adding someone already in the group changes nothing and lists no id', async () => {
      const res = await t.call('POST', `/v2/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: users[1].id }] },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.ids, '')
      assert.equal((await t.call('GET', `/v2/groups/${groupId}/members`, { token })).body.total_records, 2)
    })

    it('an unknown user fails the whole request (404/1001); more than 30 entries is 400/300', async () => {
      const res = await t.call('POST', `/v2/groups/${groupId}/members`, {
        token,
        body: { members: [{ id: users[3].id }, { email: 'ghost@example.com' }] },
      })
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, {
        code: 1001,
        message: 'User ghost@example.com not exist or not belong to this account.',
      })
      assert.equal((await t.call('GET', `/v2/groups/${groupId}/members`, { token })).body.total_records, 2)
      const many = await t.call('POST', `/v2/groups/${groupId}/members`, {
        token,
        body: { members: Array.from({ length: 31 }, () => ({ id: users[3].id })) },
      })
      assert.equal(many.status, 400)
      assert.equal(many.body.code, 300)
    })

    it("the users' group_ids reflect memberships (single and batch)", async () => {
      assert.deepEqual(
        (await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, users[1].id)).group_ids,
        [groupId],
      )
      const many = await groupIdsOfMany(t.server.svc, t.seed.accountId, [users[1].id, users[4].id])
      assert.deepEqual(many.get(users[1].id), [groupId])
      assert.deepEqual(many.get(users[4].id), [])
    })

    it('members list pages by next_page_token and by page_number', async () => {
      const big = await create('Big group')
      const people: string[] = []
      for (let i = 0; i < 35; i++) {
        const u = await t.server.svc.users.create(t.seed.accountId, {
          action: 'custCreate',
          email: `bulkmember${i}@example.com`,
          type: 1,
        })
        people.push(u.id)
      }
      for (let i = 0; i < 35; i += 30) {
        const res = await t.call('POST', `/v2/groups/${big}/members`, {
          token,
          body: { members: people.slice(i, i + 30).map((id) => ({ id })) },
        })
        assert.equal(res.status, 201)
      }
      const first = await t.call('GET', `/v2/groups/${big}/members?page_size=20`, { token })
      assert.equal(first.body.total_records, 35)
      assert.equal(first.body.page_count, 2)
      assert.equal(items(first.body.members).length, 20)
      const second = await t.call(
        'GET',
        `/v2/groups/${big}/members?page_size=20&next_page_token=${first.body.next_page_token}`,
        { token },
      )
      assert.equal(items(second.body.members).length, 15)
      assert.equal(second.body.next_page_token, '')
      assert.deepEqual(
        [...items(first.body.members), ...items(second.body.members)].map((m) => m.id),
        people,
      )
      const byNumber = await t.call('GET', `/v2/groups/${big}/members?page_size=20&page_number=2`, { token })
      assert.deepEqual(
        items(byNumber.body.members).map((m) => m.id),
        people.slice(20),
      )
    })

    it('removes a member by id or email (204); someone not in the group is 400/300', async () => {
      const res = await t.call('DELETE', `/v2/groups/${groupId}/members/${encodeURIComponent(users[2].email)}`, {
        token,
      })
      assert.equal(res.status, 204)
      const list = await t.call('GET', `/v2/groups/${groupId}/members`, { token })
      assert.deepEqual(
        items(list.body.members).map((m) => m.id),
        [users[1].id],
      )
      const ev = find(await outbox('group.member_deleted'), (e) => e.payload.object.id === groupId)
      assert.deepEqual(ev.payload.object.members, [{ id: users[2].id, email: users[2].email }])
      const again = await t.call('DELETE', `/v2/groups/${groupId}/members/${users[2].id}`, { token })
      assert.equal(again.status, 400)
      assert.deepEqual(again.body, { code: 300, message: 'Group member not found.' })
      const ghost = await t.call('DELETE', `/v2/groups/${groupId}/members/nobody`, { token })
      assert.equal(ghost.status, 404)
      assert.equal(ghost.body.code, 1001)
    })

    it('move: out of this group into the target, primary status with it; target_group_id is required', async () => {
      const target = await create('Move target')
      const u = users[1]
      const noTarget = await t.call('PATCH', `/v2/groups/${groupId}/members/${u.id}`, {
        token,
        body: { action: 'move' },
      })
      assert.equal(noTarget.status, 400)
      assert.deepEqual(noTarget.body, { code: 300, message: 'The target_group_id can not be empty.' })
      const badAction = await t.call('PATCH', `/v2/groups/${groupId}/members/${u.id}`, {
        token,
        body: { action: 'jump' },
      })
      assert.equal(badAction.status, 400)
      const res = await t.call('PATCH', `/v2/groups/${groupId}/members/${u.id}`, {
        token,
        body: { action: 'move', target_group_id: target },
      })
      assert.equal(res.status, 204)
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [
        target,
      ])
      assert.equal((await t.call('GET', `/v2/groups/${groupId}/members`, { token })).body.total_records, 0)
      assert.deepEqual(
        items((await t.call('GET', `/v2/groups/${target}/members`, { token })).body.members).map((m) => m.id),
        [u.id],
      )
      const row = await t.server.svc.db.kysely
        .selectFrom('user_group_members')
        .selectAll()
        .where('user_id', '=', u.id)
        .executeTakeFirstOrThrow()
      assert.equal(Number(row.is_primary), 1)
      const missingTarget = await t.call('PATCH', `/v2/groups/${target}/members/${u.id}`, {
        token,
        body: { action: 'move', target_group_id: 'nope' },
      })
      assert.equal(missingTarget.status, 404)
      assert.equal(missingTarget.body.code, 4130)
    })

    it('set_primary: the target group becomes primary (user.updated with primary_group_id); a non-member is 400/300', async () => {
      const a = await create('Primary A')
      const b = await create('Primary B')
      const u = users[3]
      await t.call('POST', `/v2/groups/${a}/members`, { token, body: { members: [{ id: u.id }] } })
      await t.call('POST', `/v2/groups/${b}/members`, { token, body: { members: [{ id: u.id }] } })
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [
        a,
        b,
      ])
      const res = await t.call('PATCH', `/v2/groups/${b}/members/${u.id}`, {
        token,
        body: { action: 'set_primary', target_group_id: b },
      })
      assert.equal(res.status, 204)
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [
        b,
        a,
      ])
      const ev = find(
        await outbox('user.updated'),
        (e) => e.payload.object.id === u.id && e.payload.object.primary_group_id,
      )
      assert.deepEqual(ev.payload.object, { id: u.id, primary_group_id: b })
      assert.deepEqual(ev.payload.old_object, { id: u.id, primary_group_id: a })
      const stranger = await t.call('PATCH', `/v2/groups/${a}/members/${users[4].id}`, {
        token,
        body: { action: 'set_primary', target_group_id: a },
      })
      assert.equal(stranger.status, 400)
      assert.equal(stranger.body.code, 300)
    })

    it('dropping a deleted user leaves no membership behind', async () => {
      const g = await create('Drop on delete')
      const u = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'leaver@example.com',
        type: 1,
      })
      await t.call('POST', `/v2/groups/${g}/members`, { token, body: { members: [{ id: u.id }] } })
      await t.call('POST', `/v2/groups/${g}/admins`, { token, body: { admins: [{ id: u.id }] } })
      await dropGroupMembershipsOf(t.server.svc, t.seed.accountId, u.id)
      assert.deepEqual((await t.server.svc.use(UserMemberships).repo.groupIdsOf(t.seed.accountId, u.id)).group_ids, [])
      assert.equal((await t.call('GET', `/v2/groups/${g}/admins`, { token })).body.total_records, 0)
    })
  })

  describe('admins', () => {
    let groupId: string
    before(async () => {
      groupId = await create('Admins group')
    })

    it('adds admins (201), lists them with email and name, removes one (204)', async () => {
      const res = await t.call('POST', `/v2/groups/${groupId}/admins`, {
        token,
        body: { admins: [{ id: users[0].id }, { email: users[1].email }] },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.ids, `${users[0].id},${users[1].id}`)
      assert.ok(res.body.added_at)
      const list = await t.call('GET', `/v2/groups/${groupId}/admins`, { token })
      assert.equal(list.status, 200)
      assert.equal(list.body.total_records, 2)
      assert.deepEqual(at(items(list.body.admins), 0), { email: users[0].email, name: 'G0 User' })
      const ev = find(await outbox('group.admin_added'), (e) => e.payload.object.id === groupId)
      assert.equal(items(ev.payload.object.admins).length, 2)
      const del = await t.call('DELETE', `/v2/groups/${groupId}/admins/${users[0].id}`, { token })
      assert.equal(del.status, 204)
      const after = await t.call('GET', `/v2/groups/${groupId}/admins`, { token })
      assert.deepEqual(
        items(after.body.admins).map((a) => a.email),
        [users[1].email],
      )
      assert.ok(
        (await outbox('group.admin_deleted')).some(
          (e) => e.payload.object.id === groupId && at(items(e.payload.object.admins), 0).id === users[0].id,
        ),
      )
    })

    it('removing someone who is not an admin is 400/4138; more than 10 admins per request is 400/300', async () => {
      const res = await t.call('DELETE', `/v2/groups/${groupId}/admins/${users[4].id}`, { token })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 4138,
        message: `That user is not an administrator for the group: ${groupId}.`,
      })
      const many = await t.call('POST', `/v2/groups/${groupId}/admins`, {
        token,
        body: { admins: Array.from({ length: 11 }, () => ({ id: users[4].id })) },
      })
      assert.equal(many.status, 400)
      assert.equal(many.body.code, 300)
    })

    it('admins list pages with next_page_token', async () => {
      await t.call('POST', `/v2/groups/${groupId}/admins`, {
        token,
        body: { admins: users.map((u) => ({ id: u.id })) },
      })
      const first = await t.call('GET', `/v2/groups/${groupId}/admins?page_size=3`, { token })
      assert.equal(first.body.total_records, 5)
      assert.equal(first.body.page_size, 3)
      assert.equal(items(first.body.admins).length, 3)
      const second = await t.call(
        'GET',
        `/v2/groups/${groupId}/admins?page_size=3&next_page_token=${first.body.next_page_token}`,
        { token },
      )
      assert.equal(items(second.body.admins).length, 2)
      assert.equal(second.body.next_page_token, '')
    })
  })

  describe('accounts, plans and scopes', () => {
    it('a free account gets 400/200 "Only available for paid account"', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['group:read:admin', 'group:write:admin'] })
      const res = await t.call('GET', '/v2/groups', { token: await free.token() })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 200, message: `Only available for paid account: ${free.account.id}.` })
    })

    it("another account's group is 404/4130", async () => {
      const id = await create('Private to us')
      const other = await makeAccount(t, { scopes: ['group:read:admin', 'group:write:admin'] })
      const res = await t.call('GET', `/v2/groups/${id}`, { token: await other.token() })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 4130)
      assert.ok(
        !items((await t.call('GET', '/v2/groups', { token: await other.token() })).body.groups).some(
          (g) => g.id === id,
        ),
      )
    })

    it('a master account manages its sub account groups under /accounts/{accountId}', async () => {
      const sub = await makeAccount(t, { sub: true })
      const res = await t.call('POST', `/v2/accounts/${sub.account.id}/groups`, { token, body: { name: 'Sub group' } })
      assert.equal(res.status, 201)
      const listed = await t.call('GET', `/v2/accounts/${sub.account.id}/groups`, { token })
      assert.deepEqual(
        items(listed.body.groups).map((g) => g.name),
        ['Sub group'],
      )
      assert.equal((await t.call('GET', `/v2/groups/${res.body.id}`, { token })).status, 404)
      const added = await t.call('POST', `/v2/accounts/${sub.account.id}/groups/${res.body.id}/members`, {
        token,
        body: { members: [{ id: sub.owner.id }] },
      })
      assert.equal(added.status, 201)
      assert.equal(added.body.ids, sub.owner.id)
    })

    it('read and write need their scopes (401/4711)', async () => {
      const readOnly = await tokenWithScopes(t, ['group:read:admin'])
      assert.equal((await t.call('GET', '/v2/groups', { token: readOnly })).status, 200)
      const res = await t.call('POST', '/v2/groups', { token: readOnly, body: { name: 'nope' } })
      assert.equal(res.status, 401)
      assert.equal(res.body.code, 4711)
      assert.match(str(res.body.message), /\[group:write:group:admin\]/)
    })
  })
})
