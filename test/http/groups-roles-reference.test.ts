import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { items, str } from '../helpers/json.js'
import type { User } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Groups, Roles and IM Groups checked against what Zoom's 2022 reference declares for each operation.

describe('Groups, Roles and IM Groups against the reference', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  const users: Array<{ id: string; email: string }> = []

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
    for (let i = 0; i < 2; i++) {
      const res = await t.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: `ref${i}@example.com`, type: 1, first_name: `Ref${i}` } },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      users.push({ id: str(res.body.id), email: `ref${i}@example.com` })
    }
  })
  after(() => t.close())

  describe('Delete a group admin: {userId} is the UserId parameter (id, email or me)', () => {
    let groupId: string
    before(async () => {
      groupId = str((await t.call('POST', '/v2/groups', { token, body: { name: 'Admins by me' } })).body.id)
    })

    it('`me` names the token user: removed as admin (204) and gone from the admin list', async () => {
      const added = await t.call('POST', `/v2/groups/${groupId}/admins`, {
        token,
        body: { admins: [{ id: ownerId }, { id: users[0].id }] },
      })
      assert.equal(added.status, 201)
      const res = await t.call('DELETE', `/v2/groups/${groupId}/admins/me`, { token })
      assert.equal(res.status, 204, res.text)
      assert.equal(res.text, '')
      const list = await t.call('GET', `/v2/groups/${groupId}/admins`, { token })
      assert.deepEqual(
        items(list.body.admins).map((a) => a.email),
        [users[0].email],
      )
    })

    it('`me` when the token user is no longer an admin is 400/4138, like any other non-admin', async () => {
      const res = await t.call('DELETE', `/v2/groups/${groupId}/admins/me`, { token })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 4138,
        message: `That user is not an administrator for the group: ${groupId}.`,
      })
    })

    it('an email still works, and an unknown id is still 404/1001', async () => {
      const res = await t.call('DELETE', `/v2/groups/${groupId}/admins/${encodeURIComponent(users[0].email)}`, {
        token,
      })
      assert.equal(res.status, 204)
      const ghost = await t.call('DELETE', `/v2/groups/${groupId}/admins/nobody`, { token })
      assert.deepEqual([ghost.status, ghost.body], [404, { code: 1001, message: 'User does not exist: nobody.' }])
    })
  })

  describe('Assign a role: members[].email is an email address', () => {
    let roleId: string
    before(async () => {
      roleId = str(
        (await t.call('POST', '/v2/roles', { token, body: { name: 'Reference role', privileges: ['User:Read'] } })).body
          .id,
      )
    })

    it('a value that is not an address is a validation error (400/300) naming the field, and assigns nobody', async () => {
      const res = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: [{ id: users[1].id }, { email: 'not-an-address' }] },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(res.body.message, 'Validation Failed.')
      assert.deepEqual(
        items(res.body.errors).map((e) => e.field),
        ['members.1.email'],
      )
      assert.equal((await t.call('GET', `/v2/roles/${roleId}`, { token })).body.total_members, 0)
    })

    it('a well-formed address of a user of the account is assigned (201 with ids and add_at)', async () => {
      const res = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: [{ email: users[1].email }] },
      })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      assert.deepEqual(Object.keys(res.body).sort(), ['add_at', 'ids'])
      assert.equal(res.body.ids, users[1].id)
      const members = await t.call('GET', `/v2/roles/${roleId}/members`, { token })
      assert.deepEqual(
        items(members.body.members).map((m) => m.id),
        [users[1].id],
      )
    })

    it('a well-formed address nobody in the account holds stays 404/1001', async () => {
      const res = await t.call('POST', `/v2/roles/${roleId}/members`, {
        token,
        body: { members: [{ email: 'ghost@example.com' }] },
      })
      assert.deepEqual(
        [res.status, res.body],
        [404, { code: 1001, message: 'User ghost@example.com not exist or not belong to this account.' }],
      )
    })
  })
})
