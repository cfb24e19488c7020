import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { apiError, usersClient } from '../helpers/rivet.js'
import { accountsClient } from '../helpers/rivet-roles.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Roles through @zoom/rivet', () => {
  let t: TestServer
  let roles: ReturnType<typeof accountsClient>['endpoints']['roles']
  let users: ReturnType<typeof usersClient>['endpoints']['users']
  let memberId: string

  before(async () => {
    t = await startTestServer()
    const token = await t.token()
    roles = accountsClient(t.origin, token).endpoints.roles
    users = usersClient(t.origin, token).endpoints.users
    memberId = (
      await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'rivet-role@example.com',
        type: 1,
        first_name: 'Riv',
      })
    ).id
  })
  after(() => t.close())

  it('listRoles shows the built-in roles', async () => {
    const res = await roles.listRoles({ query: { type: 'common' } })
    assert.equal(res.statusCode, 200)
    assert.deepEqual(
      res.data?.roles?.map((r) => [r.id, r.name]),
      [
        ['0', 'Owner'],
        ['1', 'Admin'],
        ['2', 'Member'],
      ],
    )
  })

  it('createRole, getRoleInformation, updateRoleInformation, deleteRole', async () => {
    const created = await roles.createRole({
      body: { name: 'Auditors', description: 'Reads reports', privileges: ['Dashboard:Read'] },
    })
    assert.equal(created.statusCode, 201)
    const id = (created.data as { id: string }).id
    const got = await roles.getRoleInformation({ path: { roleId: id } })
    assert.deepEqual(got.data, {
      id,
      name: 'Auditors',
      description: 'Reads reports',
      type: 'common',
      privileges: ['Dashboard:Read'],
      total_members: 0,
    })
    assert.equal(
      (
        await roles.updateRoleInformation({
          path: { roleId: id },
          body: { privileges: ['Dashboard:Read', 'Recording:Read'] },
        })
      ).statusCode,
      204,
    )
    assert.deepEqual((await roles.getRoleInformation({ path: { roleId: id } })).data?.privileges, [
      'Recording:Read',
      'Dashboard:Read',
    ])
    await assert.rejects(roles.createRole({ body: { name: 'Auditors' } }), (e) => {
      assert.deepEqual(apiError(e), { status: 400, code: 1224, message: 'Role name "Auditors" has already been used.' })
      return true
    })
    assert.equal((await roles.deleteRole({ path: { roleId: id } })).statusCode, 204)
    await assert.rejects(roles.getRoleInformation({ path: { roleId: id } }), (e) => {
      assert.deepEqual(apiError(e), { status: 400, code: 300, message: 'Role not found.' })
      return true
    })
  })

  it("assignRole, listMembersInRole, unassignRole — getUser's role_id and role_name follow", async () => {
    const id = ((await roles.createRole({ body: { name: 'Schedulers' } })).data as { id: string }).id
    const assigned = await roles.assignRole({ path: { roleId: id }, body: { members: [{ id: memberId }] } })
    assert.equal(assigned.statusCode, 201)
    assert.equal(assigned.data?.ids, memberId)
    const user = await users.getUser({ path: { userId: memberId } })
    assert.equal(user.data?.role_id, id)
    const listed = await roles.listMembersInRole({ path: { roleId: id }, query: { page_size: 10 } })
    assert.deepEqual(
      listed.data?.members?.map((m) => [m.id, m.first_name]),
      [[memberId, 'Riv']],
    )
    assert.equal(listed.data?.total_records, 1)
    assert.equal((await roles.unassignRole({ path: { roleId: id, memberId } })).statusCode, 204)
    const after = await users.getUser({ path: { userId: memberId } })
    assert.equal(after.data?.role_id, '2')
    assert.equal(after.data?.role_name, 'Member')
    await assert.rejects(roles.assignRole({ path: { roleId: '0' }, body: { members: [{ id: memberId }] } }), (e) => {
      assert.deepEqual(apiError(e), {
        status: 400,
        code: 300,
        message: "Can't delete or add members for Normal/Owner roles.",
      })
      return true
    })
  })
})
