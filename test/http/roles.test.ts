import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { roleNameOf } from '../../src/domain/roles/role.service.js'
import { makeAccount } from '../helpers/accounts.js'
import { array, at, find, items, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Roles over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  const users: Array<{ id: string; email: string }> = []

  const outbox = (name: string) => outboxEvents(t, name)
  const roleOf = async (userId: string) =>
    (await t.call<User>('GET', `/v2/users/${userId}`, { token })).body.role_id as string

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
    for (let i = 0; i < 4; i++) {
      const res = await t.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: `r${i}@example.com`, type: 1, first_name: `R${i}` } },
      })
      users.push({ id: str(res.body.id), email: `r${i}@example.com` })
    }
  })
  after(() => t.close())

  describe('built-in and custom roles', () => {
    it('every account has Owner (0), Admin (1) and Member (2), with member counts', async () => {
      const res = await t.call('GET', '/v2/roles', { token })
      assert.equal(res.status, 200)
      assert.deepEqual(
        items(res.body.roles).map((r) => [r.id, r.name, r.type, r.total_members]),
        [
          ['0', 'Owner', 'common', 1],
          ['1', 'Admin', 'common', 0],
          ['2', 'Member', 'common', 4],
        ],
      )
      assert.equal(res.body.total_records, 3)
      const owner = await t.call('GET', '/v2/roles/0', { token })
      assert.equal(owner.status, 200)
      assert.ok(array(owner.body.privileges).includes('User:Edit'))
      assert.deepEqual((await t.call('GET', '/v2/roles/2', { token })).body.privileges, [])
    })

    it('creates a role (201) that GET and the list show; Edit brings Read with it', async () => {
      const res = await t.call('POST', '/v2/roles', {
        token,
        body: { name: 'Helpdesk', description: 'Resets passwords', privileges: ['User:Edit', 'Group:Read'] },
      })
      assert.equal(res.status, 201)
      assert.match(str(res.body.id), /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(res.body, {
        id: res.body.id,
        name: 'Helpdesk',
        description: 'Resets passwords',
        privileges: ['User:Read', 'User:Edit', 'Group:Read'],
        total_members: 0,
      })
      const got = await t.call('GET', `/v2/roles/${res.body.id}`, { token })
      assert.deepEqual(got.body, {
        id: res.body.id,
        name: 'Helpdesk',
        description: 'Resets passwords',
        type: 'common',
        privileges: ['User:Read', 'User:Edit', 'Group:Read'],
        total_members: 0,
      })
      assert.ok(items((await t.call('GET', '/v2/roles', { token })).body.roles).some((r) => r.id === res.body.id))
    })

    it('a used name is 400/1224 (built-in names too); no name is 400/300; an unknown privilege is 400/300', async () => {
      const dup = await t.call('POST', '/v2/roles', { token, body: { name: 'Helpdesk' } })
      assert.equal(dup.status, 400)
      assert.deepEqual(dup.body, { code: 1224, message: 'Role name "Helpdesk" has already been used.' })
      assert.equal((await t.call('POST', '/v2/roles', { token, body: { name: 'Admin' } })).body.code, 1224)
      const empty = await t.call('POST', '/v2/roles', { token, body: { name: ' ' } })
      assert.deepEqual([empty.status, empty.body], [400, { code: 300, message: 'The name field cannot be empty.' }])
      const bad = await t.call('POST', '/v2/roles', { token, body: { name: 'Bad', privileges: ['User:Fly'] } })
      assert.deepEqual([bad.status, bad.body], [400, { code: 300, message: 'Invalid privilege: User:Fly.' }])
      assert.ok(!items((await t.call('GET', '/v2/roles', { token })).body.roles).some((r) => r.name === 'Bad'))
    })

    it('type filters the list: an iq role shows only with type=iq', async () => {
      const res = await t.call('POST', '/v2/roles', {
        token,
        body: { name: 'IQ analysts', type: 'iq', privileges: ['Dashboard:Read'] },
      })
      assert.equal(res.status, 201)
      assert.ok(!items((await t.call('GET', '/v2/roles', { token })).body.roles).some((r) => r.id === res.body.id))
      const iq = await t.call('GET', '/v2/roles?type=iq', { token })
      assert.deepEqual(
        items(iq.body.roles).map((r) => r.name),
        ['IQ analysts'],
      )
      assert.equal((await t.call('GET', '/v2/roles?type=other', { token })).status, 400)
    })

    it('updates name, description and privileges (204); the next GET shows them', async () => {
      const id = (await t.call('POST', '/v2/roles', { token, body: { name: 'To update' } })).body.id
      const res = await t.call('PATCH', `/v2/roles/${id}`, {
        token,
        body: {
          name: 'Updated',
          description: 'now',
          privileges: ['Recording:Read'],
          sub_account_privileges: { second_level: 2 },
        },
      })
      assert.equal(res.status, 204)
      const got = (await t.call('GET', `/v2/roles/${id}`, { token })).body
      assert.equal(got.name, 'Updated')
      assert.equal(got.description, 'now')
      assert.deepEqual(got.privileges, ['Recording:Read'])
      assert.deepEqual(got.sub_account_privileges, { second_level: 2 })
      const taken = await t.call('PATCH', `/v2/roles/${id}`, { token, body: { name: 'Helpdesk' } })
      assert.deepEqual([taken.status, taken.body.code], [400, 1224])
    })

    it('Owner cannot change; Admin keeps its name but may change privileges; unknown roles are 400/300', async () => {
      const owner = await t.call('PATCH', '/v2/roles/0', { token, body: { description: 'x' } })
      assert.deepEqual([owner.status, owner.body], [400, { code: 300, message: 'This role cannot be updated.' }])
      const rename = await t.call('PATCH', '/v2/roles/1', { token, body: { name: 'Boss' } })
      assert.deepEqual([rename.status, rename.body.code], [400, 300])
      assert.equal((await t.call('PATCH', '/v2/roles/1', { token, body: { privileges: ['User:Read'] } })).status, 204)
      assert.deepEqual((await t.call('GET', '/v2/roles/1', { token })).body.privileges, ['User:Read'])
      const missing = await t.call('GET', '/v2/roles/nope', { token })
      assert.deepEqual([missing.status, missing.body], [400, { code: 300, message: 'Role not found.' }])
      assert.equal((await t.call('PATCH', '/v2/roles/nope', { token, body: { description: 'x' } })).body.code, 300)
    })
  })

  describe('members', () => {
    let roleId: string
    before(async () => {
      roleId = str(
        (await t.call('POST', '/v2/roles', { token, body: { name: 'Assignable', privileges: ['User:Read'] } })).body.id,
      )
    })

    it("assigns by id and email (201): the users' role_id and role_name change, user.updated is emitted", async () => {
      const res = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: [{ id: users[0].id }, { email: users[1].email }] },
      })
      assert.equal(res.status, 201)
      assert.equal(res.body.ids, `${users[0].id},${users[1].id}`)
      assert.equal(res.body.add_at, new Date(t.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'))
      assert.equal(await roleOf(users[0].id), roleId)
      assert.equal(await roleNameOf(t.server.svc, t.seed.accountId, roleId), 'Assignable')
      assert.equal((await t.call('GET', `/v2/roles/${roleId}`, { token })).body.total_members, 2)
      const ev = find(await outbox('user.updated'), (e) => e.payload.object.id === users[0].id && e.payload.object.role)
      assert.deepEqual(ev.payload.object, { id: users[0].id, role: 'Assignable' })
      assert.deepEqual(ev.payload.old_object, { id: users[0].id, role: 'Member' })
    })

    it('lists members with pages', async () => {
      await t.call('POST', `/v2/roles/${roleId}/members`, { token, body: { members: [{ id: users[2].id }] } })
      const first = await t.call('GET', `/v2/roles/${roleId}/members?page_size=2`, { token })
      assert.equal(first.status, 200)
      assert.equal(first.body.total_records, 3)
      assert.equal(first.body.page_count, 2)
      assert.deepEqual(at(items(first.body.members), 0), {
        id: users[0].id,
        email: users[0].email,
        first_name: 'R0',
        last_name: '',
        type: 1,
        department: '',
      })
      const second = await t.call(
        'GET',
        `/v2/roles/${roleId}/members?page_size=2&next_page_token=${first.body.next_page_token}`,
        { token },
      )
      assert.deepEqual(
        items(second.body.members).map((m) => m.id),
        [users[2].id],
      )
      assert.equal(second.body.next_page_token, '')
      const members = await t.call('GET', '/v2/roles/2/members', { token })
      assert.ok(items(members.body.members).some((m) => m.id === users[3].id))
      assert.ok(!items(members.body.members).some((m) => m.id === users[0].id))
      const missing = await t.call('GET', '/v2/roles/nope/members', { token })
      assert.equal(missing.status, 404)
    })

    it('unassigning makes the user a Member again (204); someone without the role is 404/1001', async () => {
      const res = await t.call('DELETE', `/v2/roles/${roleId}/members/${users[2].id}`, { token })
      assert.equal(res.status, 204)
      assert.equal(await roleOf(users[2].id), '2')
      assert.equal((await t.call<User>('GET', `/v2/users/${users[2].id}`, { token })).body.role_name, 'Member')
      const again = await t.call('DELETE', `/v2/roles/${roleId}/members/${users[2].id}`, { token })
      assert.deepEqual([again.status, again.body.code], [404, 1001])
    })

    it('Owner and Member cannot be assigned or unassigned (400/300); the owner keeps the Owner role', async () => {
      for (const id of ['0', '2']) {
        const res = await t.call('POST', `/v2/roles/${id}/members`, {
          token,
          body: { members: [{ id: users[3].id }] },
        })
        assert.deepEqual(
          [res.status, res.body],
          [400, { code: 300, message: "Can't delete or add members for Normal/Owner roles." }],
        )
      }
      const del = await t.call('DELETE', `/v2/roles/0/members/${ownerId}`, { token })
      assert.deepEqual([del.status, del.body.code], [400, 300])
      const owner = await t.call('POST', '/v2/roles/1/members', { token, body: { members: [{ id: ownerId }] } })
      assert.deepEqual([owner.status, owner.body.code], [400, 300])
      assert.equal(await roleOf(ownerId), '0')
      const unknownRole = await t.call('POST', '/v2/roles/nope/members', {
        token,
        body: { members: [{ id: users[3].id }] },
      })
      assert.deepEqual([unknownRole.status, unknownRole.body], [400, { code: 1034, message: 'Role does not exist.' }])
      const unknownUser = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: [{ id: 'ghost' }] },
      })
      assert.deepEqual([unknownUser.status, unknownUser.body.code], [404, 1001])
      const many = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: Array.from({ length: 31 }, () => ({ id: users[3].id })) },
      })
      assert.deepEqual([many.status, many.body.code], [400, 300])
    })

    it('Admin (1) can be assigned', async () => {
      const res = await t.call('POST', '/v2/roles/1/members', { token, body: { members: [{ id: users[3].id }] } })
      assert.equal(res.status, 201)
      assert.equal((await t.call<User>('GET', `/v2/users/${users[3].id}`, { token })).body.role_name, 'Admin')
    })
  })

  describe('deleting', () => {
    it('a role in use is refused (400/300); once empty it goes (204); built-in roles never go', async () => {
      const id = (await t.call('POST', '/v2/roles', { token, body: { name: 'Short-lived' } })).body.id
      await t.call('POST', `/v2/roles/${id}/members`, { token, body: { members: [{ id: users[0].id }] } })
      const inUse = await t.call('DELETE', `/v2/roles/${id}`, { token })
      assert.deepEqual([inUse.status, inUse.body.code], [400, 300])
      await t.call('DELETE', `/v2/roles/${id}/members/${users[0].id}`, { token })
      assert.equal((await t.call('DELETE', `/v2/roles/${id}`, { token })).status, 204)
      assert.equal((await t.call('GET', `/v2/roles/${id}`, { token })).status, 400)
      for (const builtIn of ['0', '1', '2'])
        assert.equal((await t.call('DELETE', `/v2/roles/${builtIn}`, { token })).status, 400)
      assert.equal((await t.call('DELETE', '/v2/roles/nope', { token })).body.code, 300)
    })
  })

  describe('accounts', () => {
    it("roles are per account: another account's role is unknown, its built-ins are its own", async () => {
      const mine = (await t.call('POST', '/v2/roles', { token, body: { name: 'Only here' } })).body.id
      const other = await makeAccount(t, { scopes: ['role:read:admin', 'role:write:admin'] })
      const theirs = await other.token()
      assert.equal((await t.call('GET', `/v2/roles/${mine}`, { token: theirs })).status, 400)
      const list = await t.call('GET', '/v2/roles', { token: theirs })
      assert.deepEqual(
        items(list.body.roles).map((r) => [r.name, r.total_members]),
        [
          ['Owner', 1],
          ['Admin', 0],
          ['Member', 0],
        ],
      )
      // Admin's privileges changed above in our account only.
      assert.ok(array((await t.call('GET', '/v2/roles/1', { token: theirs })).body.privileges).includes('User:Edit'))
    })

    it('a free account gets 400/200; a master account reaches its sub account', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: ['role:read:admin'] })
      const res = await t.call('GET', '/v2/roles', { token: await free.token() })
      assert.deepEqual([res.status, res.body.code], [400, 200])
      const sub = await makeAccount(t, { sub: true })
      const created = await t.call('POST', `/v2/accounts/${sub.account.id}/roles`, {
        token,
        body: { name: 'Sub role' },
      })
      assert.equal(created.status, 201)
      assert.ok(
        items((await t.call('GET', `/v2/accounts/${sub.account.id}/roles`, { token })).body.roles).some(
          (r) => r.name === 'Sub role',
        ),
      )
      assert.equal((await t.call('GET', `/v2/roles/${created.body.id}`, { token })).status, 400)
    })
  })
})
