import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import { items, str } from '../helpers/json.js'
import type { User } from '../helpers/shapes.js'
import type { Reply, TestServer } from '../helpers/server.js'

// A name or email checked and then written in two steps can be taken in between by a request running at the
// same time: the database's unique index then refuses the write, and the client must hear the same Zoom error
// the check gives, never a 500.
describe('concurrent writes of one unique name or email', () => {
  let t: TestServer
  let token: string
  const N = 10

  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const call = (method: string, path: string, body?: unknown) => t.call(method, path, { token, body })
  const all = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)))

  /** One success; every other answer the same Zoom error as the sequential attempt that follows gets. */
  function assertOneWinner(replies: Reply[], sequential: Reply) {
    const wins = replies.filter((r) => r.status >= 200 && r.status < 300)
    const losses = replies.filter((r) => !(r.status >= 200 && r.status < 300))
    assert.equal(wins.length, 1, JSON.stringify(replies.map((r) => [r.status, r.body])))
    assert.ok(sequential.status >= 400 && sequential.status < 500, JSON.stringify(sequential.body))
    assert.equal(typeof sequential.body.code, 'number')
    for (const r of losses) {
      assert.equal(r.status, sequential.status, JSON.stringify(r.body))
      assert.equal(r.body.code, sequential.body.code, JSON.stringify(r.body))
      assert.equal(typeof r.body.message, 'string')
    }
    assert.equal(losses.length, replies.length - 1)
  }

  async function createSome(path: string, body: (i: number) => unknown): Promise<string[]> {
    const ids: string[] = []
    for (let i = 0; i < N; i++) {
      const res = await call('POST', path, body(i))
      assert.equal(res.status, 201, JSON.stringify(res.body))
      ids.push(str(res.body.id))
    }
    return ids
  }

  it('roles: one create and one rename per name', async () => {
    const created = await all(N, () => call('POST', '/v2/roles', { name: 'Auditors', privileges: ['User:Read'] }))
    assertOneWinner(created, await call('POST', '/v2/roles', { name: 'Auditors' }))
    assert.equal(items((await call('GET', '/v2/roles')).body.roles).filter((r) => r.name === 'Auditors').length, 1)

    const ids = await createSome('/v2/roles', (i) => ({ name: `Role ${i}` }))
    const renamed = await all(N, (i) => call('PATCH', `/v2/roles/${ids[i]}`, { name: 'Reviewers' }))
    const winner = ids[renamed.findIndex((r) => r.status === 204)]
    assertOneWinner(renamed, await call('PATCH', `/v2/roles/${ids.find((id) => id !== winner)}`, { name: 'Reviewers' }))
    assert.equal((await call('GET', `/v2/roles/${winner}`)).body.name, 'Reviewers')
  })

  it('users: one invitation and one email change per address', async () => {
    const invite = () =>
      call('POST', '/v2/users', { action: 'create', user_info: { email: 'twice@example.com', type: 1 } })
    assertOneWinner(await all(N, invite), await invite())

    const ids = await createSome('/v2/users', (i) => ({
      action: 'custCreate',
      user_info: { email: `mover${i}@example.com`, type: 1 },
    }))
    const moved = await all(N, (i) => call('PUT', `/v2/users/${ids[i]}/email`, { email: 'moved@example.com' }))
    const winner = ids[moved.findIndex((r) => r.status === 204)]
    assertOneWinner(
      moved,
      await call('PUT', `/v2/users/${ids.find((id) => id !== winner)}/email`, { email: 'moved@example.com' }),
    )
    assert.equal((await call('GET', '/v2/users/moved@example.com')).body.id, winner)
  })

  it('groups: one create and one rename per name', async () => {
    assertOneWinner(
      await all(N, () => call('POST', '/v2/groups', { name: 'Sales' })),
      await call('POST', '/v2/groups', { name: 'Sales' }),
    )
    const ids = await createSome('/v2/groups', (i) => ({ name: `Team ${i}` }))
    const renamed = await all(N, (i) => call('PATCH', `/v2/groups/${ids[i]}`, { name: 'Support' }))
    const winner = ids[renamed.findIndex((r) => r.status === 204)]
    assertOneWinner(renamed, await call('PATCH', `/v2/groups/${ids.find((id) => id !== winner)}`, { name: 'Support' }))
    const names = items((await call('GET', '/v2/groups')).body.groups).map((g) => g.name)
    assert.equal(names.filter((n) => n === 'Sales').length, 1)
    assert.equal(names.filter((n) => n === 'Support').length, 1)
  })

  it('IM groups: one create and one rename per name', async () => {
    assertOneWinner(
      await all(N, () => call('POST', '/v2/im/groups', { name: 'Lobby' })),
      await call('POST', '/v2/im/groups', { name: 'Lobby' }),
    )
    const ids = await createSome('/v2/im/groups', (i) => ({ name: `Room ${i}` }))
    const renamed = await all(N, (i) => call('PATCH', `/v2/im/groups/${ids[i]}`, { name: 'Hall' }))
    const winner = ids[renamed.findIndex((r) => r.status === 204)]
    assertOneWinner(renamed, await call('PATCH', `/v2/im/groups/${ids.find((id) => id !== winner)}`, { name: 'Hall' }))
    assert.equal((await call('GET', `/v2/im/groups/${winner}`)).body.name, 'Hall')
  })

  it('tracking fields: one create and one rename per label, whatever its case', async () => {
    const created = await all(N, (i) =>
      call('POST', '/v2/tracking_fields', { field: i % 2 ? 'Cost Center' : 'cost center' }),
    )
    assertOneWinner(created, await call('POST', '/v2/tracking_fields', { field: 'COST CENTER' }))
    const ids = await createSome('/v2/tracking_fields', (i) => ({ field: `Label ${i}` }))
    const renamed = await all(N, (i) => call('PATCH', `/v2/tracking_fields/${ids[i]}`, { field: 'Region' }))
    const winner = ids[renamed.findIndex((r) => r.status === 204)]
    assertOneWinner(
      renamed,
      await call('PATCH', `/v2/tracking_fields/${ids.find((id) => id !== winner)}`, { field: 'region' }),
    )
    assert.equal((await call('GET', `/v2/tracking_fields/${winner}`)).body.field, 'Region')
  })

  it('adding the same member or admin at once adds them once, as adding them again does', async () => {
    const user = (
      await t.call<User>('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'joiner@example.com', type: 1 } },
      })
    ).body
    const group = (await call('POST', '/v2/groups', { name: 'Joiners' })).body
    const imGroup = (await call('POST', '/v2/im/groups', { name: 'Joiners' })).body
    const cases = [
      {
        path: `/v2/groups/${group.id}/members`,
        body: { members: [{ id: user.id }] },
        list: `/v2/groups/${group.id}/members`,
        key: 'members',
      },
      {
        path: `/v2/groups/${group.id}/admins`,
        body: { admins: [{ id: user.id }] },
        list: `/v2/groups/${group.id}/admins`,
        key: 'admins',
      },
      {
        path: `/v2/im/groups/${imGroup.id}/members`,
        body: { members: [{ id: user.id }] },
        list: `/v2/im/groups/${imGroup.id}/members`,
        key: 'members',
      },
    ]
    for (const c of cases) {
      const replies = await all(N, () => call('POST', c.path, c.body))
      assert.deepEqual(
        replies.map((r) => r.status),
        Array(N).fill(201),
        JSON.stringify(replies.map((r) => r.body)),
      )
      assert.equal(replies.filter((r) => r.body.ids === user.id).length, 1, JSON.stringify(replies.map((r) => r.body)))
      const list = await call('GET', c.list)
      assert.equal(list.status, 200)
      assert.equal(items(list.body[c.key]).length, 1)
    }
    const memberships = await t.server.svc.db.kysely
      .selectFrom('user_group_members')
      .select('is_primary')
      .where('user_id', '=', user.id)
      .execute()
    assert.deepEqual(
      memberships.map((m) => Number(m.is_primary)),
      [1],
    )
  })
})
