import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { array, fieldError, items, must, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { User, UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'
import { addCollaborationDevice } from '../../src/domain/users/devices.js'

/** An assistant or a scheduler as the lists show them. */
interface Delegate {
  id: string
  email: string
  can_manage_host_private_event?: boolean
  [key: string]: unknown
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1))

async function mkUser(t: TestServer, token: string, email: string, type = 2, path = '/v2/users') {
  const res = await t.call('POST', path, {
    token,
    body: { action: 'custCreate', user_info: { email, type, first_name: email.split('@')[0] } },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body as { id: string; email: string }
}

describe('assistants and schedulers over HTTP', () => {
  let t: TestServer
  let token: string
  let boss: { id: string; email: string }
  let ann: { id: string; email: string }
  let bob: { id: string; email: string }
  let basic: { id: string; email: string }
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    boss = await mkUser(t, token, 'boss@example.com')
    ann = await mkUser(t, token, 'ann@example.com')
    bob = await mkUser(t, token, 'bob@example.com')
    basic = await mkUser(t, token, 'basic@example.com', 1)
  })
  after(() => t.close())

  it('a new user has no assistants and no schedulers', async () => {
    const a = await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })
    assert.equal(a.status, 200)
    assert.deepEqual(a.body, { assistants: [] })
    const s = await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${ann.id}/schedulers`, { token })
    assert.deepEqual(s.body, { schedulers: [] })
  })

  it('POST adds assistants by id and by email: 201 with the ids joined and the time', async () => {
    t.clock.advance(1234)
    const res = await t.call('POST', `/v2/users/${boss.id}/assistants`, {
      token,
      body: { assistants: [{ id: ann.id }, { email: 'BOB@example.com' }] },
    })
    assert.equal(res.status, 201)
    assert.deepEqual(res.body, {
      ids: `${ann.id},${bob.id}`,
      add_at: new Date(t.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    })

    const list = await t.call<{ assistants: Delegate[] }>(
      'GET',
      `/v2/users/${encodeURIComponent(boss.email)}/assistants`,
      { token },
    )
    // Assistants added together are listed by id.
    assert.deepEqual(
      byId(list.body.assistants),
      byId([
        { id: ann.id, email: ann.email, can_manage_host_private_event: false },
        { id: bob.id, email: bob.email, can_manage_host_private_event: false },
      ]),
    )
  })

  it('schedulers are the reverse view, with the PMI of each scheduler', async () => {
    const bossPmi = (await t.call<User>('GET', `/v2/users/${boss.id}`, { token })).body.pmi
    const res = await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${ann.id}/schedulers`, { token })
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, { schedulers: [{ id: boss.id, email: boss.email, pmi: bossPmi }] })
    assert.equal(typeof bossPmi, 'number')
  })

  it('refusals are 400/200 with Zoom texts, and nothing is granted when one entry fails', async () => {
    const post = (userId: string, assistants: unknown[]) =>
      t.call('POST', `/v2/users/${userId}/assistants`, { token, body: { assistants } })
    let res = await post(boss.id, [{ id: boss.id }])
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 200, message: "Can't assign scheduling privilege to yourself." })

    res = await post(boss.id, [{ email: 'nobody@example.com' }])
    assert.deepEqual(res.body, { code: 200, message: "Can't find user nobody@example.com." })

    res = await post(boss.id, [{ email: basic.email }])
    assert.deepEqual(res.body, {
      code: 200,
      message: `The user must either be a Licensed user or an On-prem user : ${basic.email}.`,
    })

    res = await post(boss.id, [{ id: ann.id }])
    assert.deepEqual(res.body, { code: 200, message: `User ${ann.email} has already granted scheduling privilege.` })

    res = await post(basic.id, [{ id: ann.id }])
    assert.deepEqual(res.body, {
      code: 200,
      message: `The user must either be a Licensed user or an On-prem user : ${basic.id}.`,
    })

    // A valid entry followed by a bad one: the valid one is not kept.
    const carl = await mkUser(t, token, 'carl@example.com')
    res = await post(boss.id, [{ id: carl.id }, { email: 'ghost@example.com' }])
    assert.equal(res.status, 400)
    const list = await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })
    assert.ok(!items(list.body.assistants).some((a) => a.id === carl.id))
  })

  it('a pending (invited) user cannot be made an assistant', async () => {
    const inv = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'create', user_info: { email: 'invited@example.com', type: 2 } },
    })
    const res = await t.call('POST', `/v2/users/${boss.id}/assistants`, {
      token,
      body: { assistants: [{ id: inv.body.id }] },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 200)
  })

  it('the body is validated: assistants is required, at most 30 entries', async () => {
    let res = await t.call('POST', `/v2/users/${boss.id}/assistants`, { token, body: {} })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(fieldError(res.body).field, 'assistants')
    const many = Array.from({ length: 31 }, (_, i) => ({ email: `x${i}@example.com` }))
    res = await t.call('POST', `/v2/users/${boss.id}/assistants`, { token, body: { assistants: many } })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
  })

  it('an unknown user is 404/1001 on every operation', async () => {
    for (const [method, path] of [
      ['GET', '/v2/users/nope/assistants'],
      ['DELETE', '/v2/users/nope/assistants'],
      ['DELETE', `/v2/users/nope/assistants/${ann.id}`],
      ['GET', '/v2/users/nope/schedulers'],
      ['DELETE', '/v2/users/nope/schedulers'],
      ['DELETE', `/v2/users/nope/schedulers/${boss.id}`],
    ] as const) {
      const res = await t.call(method, path, { token })
      assert.equal(res.status, 404, `${method} ${path}`)
      assert.deepEqual(res.body, { code: 1001, message: 'User does not exist: nope.' })
    }
    const res = await t.call('POST', '/v2/users/nope/assistants', { token, body: { assistants: [{ id: ann.id }] } })
    assert.equal(res.status, 404)
  })

  it('DELETE one assistant: 204, gone from both views; again is 404/1001', async () => {
    let res = await t.call('DELETE', `/v2/users/${boss.id}/assistants/${bob.id}`, { token })
    assert.equal(res.status, 204)
    assert.equal(res.text, '')
    const list = await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })
    assert.deepEqual(
      items(list.body.assistants).map((a) => a.id),
      [ann.id],
    )
    assert.deepEqual(
      (await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${bob.id}/schedulers`, { token })).body,
      { schedulers: [] },
    )
    res = await t.call('DELETE', `/v2/users/${boss.id}/assistants/${bob.id}`, { token })
    assert.equal(res.status, 404)
    assert.deepEqual(res.body, { code: 1001, message: `User does not exist: ${bob.id}.` })
  })

  it('DELETE one scheduler: the assistant leaves that scheduler only', async () => {
    const other = await mkUser(t, token, 'other-boss@example.com')
    await t.call('POST', `/v2/users/${other.id}/assistants`, { token, body: { assistants: [{ id: ann.id }] } })
    let s = await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${ann.id}/schedulers`, { token })
    assert.deepEqual(
      items(s.body.schedulers)
        .map((x) => x.id)
        .sort(),
      [boss.id, other.id].sort(),
    )

    const res = await t.call('DELETE', `/v2/users/${ann.id}/schedulers/${other.id}`, { token })
    assert.equal(res.status, 204)
    s = await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${ann.id}/schedulers`, { token })
    assert.deepEqual(
      items(s.body.schedulers).map((x) => x.id),
      [boss.id],
    )
    assert.deepEqual(
      (await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${other.id}/assistants`, { token })).body,
      { assistants: [] },
    )

    const again = await t.call('DELETE', `/v2/users/${ann.id}/schedulers/${other.id}`, { token })
    assert.equal(again.status, 404)
    assert.equal(again.body.code, 1001)
  })

  it('DELETE all schedulers and DELETE all assistants: 204, both views empty', async () => {
    await t.call('POST', `/v2/users/${boss.id}/assistants`, { token, body: { assistants: [{ id: bob.id }] } })
    let res = await t.call('DELETE', `/v2/users/${ann.id}/schedulers`, { token })
    assert.equal(res.status, 204)
    assert.deepEqual(
      (await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${ann.id}/schedulers`, { token })).body,
      { schedulers: [] },
    )
    assert.deepEqual(
      (
        await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })
      ).body.assistants.map((a) => a.id),
      [bob.id],
    )

    res = await t.call('DELETE', `/v2/users/${boss.id}/assistants`, { token })
    assert.equal(res.status, 204)
    assert.deepEqual(
      (await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })).body,
      { assistants: [] },
    )
    assert.deepEqual(
      (await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${bob.id}/schedulers`, { token })).body,
      { schedulers: [] },
    )
  })

  it('can_manage_host_private_event is kept per assistant', async () => {
    const res = await t.call('POST', `/v2/users/${boss.id}/assistants`, {
      token,
      body: { assistants: [{ id: ann.id, can_manage_host_private_event: true }, { id: bob.id }] },
    })
    assert.equal(res.status, 201)
    const list = await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token })
    assert.deepEqual(
      byId(list.body.assistants).map((a) => [a.id, a.can_manage_host_private_event]),
      byId([
        { id: ann.id, can_manage_host_private_event: true },
        { id: bob.id, can_manage_host_private_event: false },
      ]).map((a) => [a.id, a.can_manage_host_private_event]),
    )
  })

  it('a free account cannot add assistants: 400/200', async () => {
    const free = await makeAccount(t, { plan: 'free' })
    const freeToken = await free.token()
    const member = await t.server.svc.users.create(free.account.id, {
      action: 'custCreate',
      email: 'free-member@example.com',
      type: 1,
    })
    const res = await t.call('POST', `/v2/users/${free.owner.id}/assistants`, {
      token: freeToken,
      body: { assistants: [{ id: member.id }] },
    })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 200, message: `Current account must be paid account: ${free.owner.id}` })
  })

  it("another account's user cannot become an assistant", async () => {
    const other = await makeAccount(t)
    const res = await t.call('POST', `/v2/users/${boss.id}/assistants`, {
      token,
      body: { assistants: [{ email: other.owner.email }] },
    })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 200, message: `Can't find user ${other.owner.email}.` })
  })

  it('reads need user:read:admin, writes user:write:admin (401/4711)', async () => {
    const readOnly = await tokenWithScopes(t, ['user:read:admin'])
    assert.equal(
      (await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${boss.id}/assistants`, { token: readOnly })).status,
      200,
    )
    const res = await t.call('DELETE', `/v2/users/${boss.id}/assistants`, { token: readOnly })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
  })

  it('a master account manages a sub account user’s assistants through /accounts/{accountId}/…', async () => {
    const sub = await makeAccount(t, { sub: true })
    const base = `/v2/accounts/${sub.account.id}/users`
    const helper = await mkUser(t, token, 'sub-helper@example.com', 2, base)
    let res = await t.call('POST', `${base}/${sub.owner.id}/assistants`, {
      token,
      body: { assistants: [{ id: helper.id }] },
    })
    assert.equal(res.status, 201)
    res = await t.call<{ schedulers: Delegate[] }>('GET', `${base}/${helper.id}/schedulers`, { token })
    assert.deepEqual(
      items(res.body.schedulers).map((s) => s.id),
      [sub.owner.id],
    )
    // The plain form does not see the sub account's user.
    res = await t.call<{ schedulers: Delegate[] }>('GET', `/v2/users/${helper.id}/schedulers`, { token })
    assert.equal(res.status, 404)
  })
})

describe('collaboration devices over HTTP', () => {
  let t: TestServer
  let token: string
  let user: { id: string; email: string }
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    user = await mkUser(t, token, 'roomie@example.com')
  })
  after(() => t.close())

  it('a user without devices lists none', async () => {
    const res = await t.call('GET', `/v2/users/${user.id}/collaboration_devices`, { token })
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, { total_records: 0, collaboration_devices: [] })
  })

  it('lists and gets the devices the user signed in to', async () => {
    const svc = t.server.svc
    const d1 = await addCollaborationDevice(svc, t.seed.accountId, user.id, {
      device_name: 'Board Room PC',
      room_name: 'Board Room',
      room_user_id: 'rm_1',
      status: 'Online',
      device_system: 'Win 10',
      sdk_version: '5.17.0',
      adapter_version: '1.2.3',
    })
    const d2 = await addCollaborationDevice(svc, t.seed.accountId, user.id, {
      device_name: 'Huddle iPad',
      room_name: 'Huddle',
      room_user_id: 'rm_2',
    })
    const list = await t.call('GET', `/v2/users/${encodeURIComponent(user.email)}/collaboration_devices`, { token })
    assert.equal(list.status, 200)
    assert.equal(list.body.total_records, 2)
    assert.deepEqual(array(list.body.collaboration_devices)[0], {
      id: d1.id,
      device_name: 'Board Room PC',
      room_name: 'Board Room',
      room_user_id: 'rm_1',
      adapter_version: '1.2.3',
      sdk_version: '5.17.0',
      device_system: 'Win 10',
      status: 'Online',
    })
    assert.deepEqual(array(list.body.collaboration_devices)[1], {
      id: d2.id,
      device_name: 'Huddle iPad',
      room_name: 'Huddle',
      room_user_id: 'rm_2',
      status: 'Offline',
    })

    const one = await t.call('GET', `/v2/users/${user.id}/collaboration_devices/${d2.id}`, { token })
    assert.equal(one.status, 200)
    assert.deepEqual(one.body, array(list.body.collaboration_devices)[1])
  })

  it("an unknown device, or another user's device, is 404/1238", async () => {
    const other = await mkUser(t, token, 'other-roomie@example.com')
    const theirs = await addCollaborationDevice(t.server.svc, t.seed.accountId, other.id, { device_name: 'Theirs' })
    let res = await t.call('GET', `/v2/users/${user.id}/collaboration_devices/${theirs.id}`, { token })
    assert.equal(res.status, 404)
    assert.deepEqual(res.body, { code: 1238, message: `Collaboration Device does not exist: ${theirs.id}.` })
    res = await t.call('GET', `/v2/users/${user.id}/collaboration_devices/nothing`, { token })
    assert.equal(res.status, 404)
    assert.equal(res.body.code, 1238)
    res = await t.call('GET', '/v2/users/nope/collaboration_devices', { token })
    assert.deepEqual(res.body, { code: 1001, message: 'User does not exist: nope.' })
  })

  it('there is no way to create a device through the API', async () => {
    const res = await t.call('POST', `/v2/users/${user.id}/collaboration_devices`, {
      token,
      body: { device_name: 'x' },
    })
    assert.ok(res.status === 404 || res.status === 405)
  })
})

describe("switch a user's account over HTTP", () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const emails = async (path: string) =>
    (await t.call<UserList>('GET', `${path}?page_size=300`, { token })).body.users.map((u) => u.email)

  it('moves a user from a sub account to the master and back: 204, same id and email', async () => {
    const svc = t.server.svc
    const subA = await svc.accounts.create({ name: 'Sub A', plan: 'business', masterAccountId: t.seed.accountId })
    const subB = await svc.accounts.create({ name: 'Sub B', plan: 'business', masterAccountId: t.seed.accountId })
    const u = await mkUser(t, token, 'mover@example.com', 2, `/v2/accounts/${subA.id}/users`)

    let res = await t.call('PUT', `/v2/accounts/${subA.id}/users/${u.id}/account`, {
      token,
      body: { account_id: t.seed.accountId },
    })
    assert.equal(res.status, 204)
    assert.equal(res.text, '')
    assert.ok((await emails('/v2/users')).includes('mover@example.com'))
    assert.ok(!(await emails(`/v2/accounts/${subA.id}/users`)).includes('mover@example.com'))
    const got = await t.call<User>('GET', `/v2/users/${u.id}`, { token })
    assert.equal(got.status, 200)
    assert.equal(got.body.email, 'mover@example.com')
    assert.equal(got.body.account_id, t.seed.accountId)

    // From the master (`me`) to sub B.
    res = await t.call('PUT', `/v2/accounts/me/users/${u.id}/account`, { token, body: { account_id: subB.id } })
    assert.equal(res.status, 204)
    assert.ok(!(await emails('/v2/users')).includes('mover@example.com'))
    assert.ok((await emails(`/v2/accounts/${subB.id}/users`)).includes('mover@example.com'))
    assert.equal((await t.call('GET', `/v2/accounts/${subB.id}/users/${u.id}`, { token })).body.id, u.id)
  })

  it('assistant links and devices follow the rules of the move', async () => {
    const svc = t.server.svc
    const sub = await svc.accounts.create({ name: 'Sub C', plan: 'business', masterAccountId: t.seed.accountId })
    const a = await mkUser(t, token, 'stay@example.com')
    const b = await mkUser(t, token, 'go@example.com')
    await t.call('POST', `/v2/users/${a.id}/assistants`, { token, body: { assistants: [{ id: b.id }] } })
    const dev = await addCollaborationDevice(svc, t.seed.accountId, b.id, { device_name: 'Rig' })

    const res = await t.call('PUT', `/v2/accounts/${t.seed.accountId}/users/${b.id}/account`, {
      token,
      body: { account_id: sub.id },
    })
    assert.equal(res.status, 204)
    assert.deepEqual(
      (await t.call<{ assistants: Delegate[] }>('GET', `/v2/users/${a.id}/assistants`, { token })).body,
      { assistants: [] },
    )
    const devs = await t.call('GET', `/v2/accounts/${sub.id}/users/${b.id}/collaboration_devices`, { token })
    assert.deepEqual(
      items(devs.body.collaboration_devices).map((d) => d.id),
      [dev.id],
    )
  })

  it('refusals: unknown or foreign target 400/2001, owner 400/200, unknown user 404/1001, same account 409', async () => {
    const svc = t.server.svc
    const sub = await svc.accounts.create({ name: 'Sub D', plan: 'business', masterAccountId: t.seed.accountId })
    const u = await mkUser(t, token, 'stuck@example.com')
    const put = (acct: string, userId: string, body: unknown) =>
      t.call('PUT', `/v2/accounts/${acct}/users/${userId}/account`, { token, body })

    let res = await put(t.seed.accountId, u.id, { account_id: 'no-such-account' })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 2001, message: 'Account does not exist: no-such-account' })

    const stranger = await makeAccount(t)
    res = await put(t.seed.accountId, u.id, { account_id: stranger.account.id })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 2001)

    const ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
    res = await put(t.seed.accountId, ownerId, { account_id: sub.id })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 200)

    res = await put(t.seed.accountId, 'ghost', { account_id: sub.id })
    assert.equal(res.status, 404)
    assert.equal(res.body.code, 1001)

    res = await put(t.seed.accountId, u.id, { account_id: t.seed.accountId })
    assert.equal(res.status, 409)

    res = await put(t.seed.accountId, u.id, {})
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(fieldError(res.body).field, 'account_id')

    // Still where it was.
    assert.equal((await t.call<User>('GET', `/v2/users/${u.id}`, { token })).status, 200)
  })

  it('only the master-account path exists, and it needs user:master', async () => {
    const u = await mkUser(t, token, 'plain@example.com')
    let res = await t.call('PUT', `/v2/users/${u.id}/account`, { token, body: { account_id: t.seed.accountId } })
    assert.equal(res.status, 404)
    const adminOnly = await tokenWithScopes(t, ['user:write:admin', 'user:read:admin'])
    res = await t.call('PUT', `/v2/accounts/${t.seed.accountId}/users/${u.id}/account`, {
      token: adminOnly,
      body: { account_id: t.seed.accountId },
    })
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
    assert.match(str(res.body.message), /\[user:update:account:master\]/)
  })

  it('an account that is not a master cannot switch accounts, not even with user:master', async () => {
    const svc = t.server.svc
    // Not a master: a paid top-level account is one unless marked otherwise (as a disassociated sub account is).
    const lone = await svc.accounts.create({ name: 'Lone', plan: 'business', data: { master: false } })
    const app = await svc.apps.create({
      accountId: lone.id,
      name: 'lone app',
      scopes: ['user:master', 'user:write:admin', 'user:read:admin'],
      createdBy: null,
    })
    const loneToken = await t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: lone.id })
    const member = await svc.users.create(lone.id, { action: 'custCreate', email: 'lone-member@example.com', type: 1 })
    let res = await t.call('PUT', `/v2/accounts/${lone.id}/users/${member.id}/account`, {
      token: loneToken,
      body: { account_id: t.seed.accountId },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 200)
    // Nor can it reach the master's sub accounts.
    const sub = await svc.accounts.create({ name: 'Sub E', plan: 'business', masterAccountId: t.seed.accountId })
    res = await t.call('PUT', `/v2/accounts/${sub.id}/users/${member.id}/account`, {
      token: loneToken,
      body: { account_id: lone.id },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 2001)
    // A sub account's own token cannot either.
    const subApp = await svc.apps.create({
      accountId: sub.id,
      name: 'sub app',
      scopes: ['user:master'],
      createdBy: null,
    })
    const subToken = await t.token({
      clientId: subApp.client_id,
      clientSecret: subApp.client_secret,
      accountId: sub.id,
    })
    res = await t.call('PUT', `/v2/accounts/me/users/${member.id}/account`, {
      token: subToken,
      body: { account_id: t.seed.accountId },
    })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 200)
    assert.ok((await svc.users.byId(lone.id, member.id)) !== undefined)
  })
})

describe('bulk update feature over HTTP', () => {
  let t: TestServer
  let token: string
  let licensed: { id: string; email: string }
  let basic: { id: string; email: string }
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    licensed = await mkUser(t, token, 'lic@example.com', 2)
    basic = await mkUser(t, token, 'bas@example.com', 1)
  })
  after(() => t.close())

  const bulk = (body: unknown, tok = token) => t.call('POST', '/v2/users/features', { token: tok, body })
  const feature = async (id: string) =>
    must(await t.server.svc.users.byId(t.seed.accountId, id)).doc.feature as Record<string, unknown> | undefined

  it('user_type upgrades a basic user; unknown users land in fail_details', async () => {
    const res = await bulk({
      feature_type: 'user_type',
      feature_value: '2',
      users: [{ email: basic.email }, { id: 'ghost-id' }, { email: 'ghost@example.com' }],
    })
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, {
      success_user_ids: [basic.id],
      fail_details: [{ user_ids: ['ghost-id', 'ghost@example.com'], reason: 'Users not found' }],
    })
    assert.equal((await t.call<User>('GET', `/v2/users/${basic.id}`, { token })).body.type, 2)
  })

  it('setting what is already set is "No need to update"', async () => {
    const res = await bulk({
      feature_type: 'user_type',
      feature_value: '2',
      users: [{ id: licensed.id }, { id: basic.id }],
    })
    assert.deepEqual(res.body, {
      success_user_ids: [],
      fail_details: [{ user_ids: [licensed.id, basic.id], reason: 'No need to update' }],
    })
  })

  it('add-ons are stored in the user feature document with settings names', async () => {
    let res = await bulk({ feature_type: 'large_meeting', feature_value: '1000', users: [{ id: licensed.id }] })
    assert.deepEqual(res.body, { success_user_ids: [licensed.id], fail_details: [] })
    assert.deepEqual(await feature(licensed.id), { large_meeting: true, large_meeting_capacity: 1000 })

    res = await bulk({ feature_type: 'webinar', feature_value: 'true', users: [{ id: licensed.id }] })
    assert.deepEqual(res.body.success_user_ids, [licensed.id])
    res = await bulk({ feature_type: 'concurrent_meeting', feature_value: 'Plus', users: [{ id: licensed.id }] })
    assert.deepEqual(res.body.success_user_ids, [licensed.id])
    res = await bulk({ feature_type: 'zoom_whiteboard', feature_value: 'true', users: [{ email: licensed.email }] })
    assert.deepEqual(res.body.success_user_ids, [licensed.id])
    assert.deepEqual(await feature(licensed.id), {
      large_meeting: true,
      large_meeting_capacity: 1000,
      webinar: true,
      webinar_capacity: 500,
      concurrent_meeting: 'Plus',
      zoom_whiteboard: true,
    })

    res = await bulk({ feature_type: 'large_meeting', feature_value: 'false', users: [{ id: licensed.id }] })
    assert.deepEqual(res.body.success_user_ids, [licensed.id])
    const f = await feature(licensed.id)
    assert.equal(f?.large_meeting, false)
    assert.ok(!('large_meeting_capacity' in (f ?? {})))
  })

  it('a basic user cannot get an add-on; switching it off again needs nothing', async () => {
    const b2 = await mkUser(t, token, 'bas2@example.com', 1)
    let res = await bulk({ feature_type: 'webinar', feature_value: '500', users: [{ id: b2.id }] })
    assert.deepEqual(res.body, {
      success_user_ids: [],
      fail_details: [{ user_ids: [b2.id], reason: "Can't update for free users" }],
    })
    assert.equal(await feature(b2.id), undefined)
    res = await bulk({ feature_type: 'webinar', feature_value: 'false', users: [{ id: b2.id }] })
    assert.equal(array(res.body.success_user_ids).length + array(res.body.fail_details).length, 1)
  })

  it('plan_united_type and zoom_one_type exclude each other', async () => {
    const u = await mkUser(t, token, 'united@example.com', 2)
    let res = await bulk({ feature_type: 'plan_united_type', feature_value: '32', users: [{ id: u.id }] })
    assert.deepEqual(res.body.success_user_ids, [u.id])
    assert.equal((await t.call<User>('GET', `/v2/users/${u.id}`, { token })).body.plan_united_type, '32')
    res = await bulk({ feature_type: 'zoom_one_type', feature_value: '16', users: [{ id: u.id }] })
    assert.deepEqual(res.body.fail_details, [{ user_ids: [u.id], reason: "Can't update for Zoom United users" }])
    res = await bulk({ feature_type: 'plan_united_type', feature_value: 'none', users: [{ id: u.id }] })
    assert.deepEqual(res.body.success_user_ids, [u.id])
    res = await bulk({ feature_type: 'zoom_one_type', feature_value: '16', users: [{ id: u.id }] })
    assert.deepEqual(res.body.success_user_ids, [u.id])
    assert.equal((await t.call<User>('GET', `/v2/users/${u.id}`, { token })).body.zoom_one_type, 16)
  })

  it('a free account: upgrades and add-ons fail as "Unpaid user"', async () => {
    const free = await makeAccount(t, { plan: 'free' })
    const freeToken = await free.token()
    const member = await t.server.svc.users.create(free.account.id, {
      action: 'custCreate',
      email: 'free-bulk@example.com',
      type: 1,
    })
    let res = await bulk({ feature_type: 'user_type', feature_value: '2', users: [{ id: member.id }] }, freeToken)
    assert.deepEqual(res.body, {
      success_user_ids: [],
      fail_details: [{ user_ids: [member.id], reason: 'Unpaid user' }],
    })
    res = await bulk({ feature_type: 'zoom_events', feature_value: '500', users: [{ id: free.owner.id }] }, freeToken)
    assert.deepEqual(res.body.fail_details, [{ user_ids: [free.owner.id], reason: 'Unpaid user' }])
  })

  it('bad bodies are 400/300 naming the field', async () => {
    let res = await bulk({ feature_type: 'teleport', feature_value: '1', users: [{ id: licensed.id }] })
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal(fieldError(res.body).field, 'feature_type')

    res = await bulk({ feature_type: 'user_type', feature_value: '3', users: [{ id: licensed.id }] })
    assert.equal(res.status, 400)
    assert.deepEqual(res.body.errors, [{ field: 'feature_value', message: 'Invalid field.' }])

    res = await bulk({ feature_type: 'large_meeting', feature_value: '700', users: [{ id: licensed.id }] })
    assert.equal(res.status, 400)

    res = await bulk({ feature_type: 'user_type', feature_value: '1', users: [] })
    assert.equal(res.status, 400)
    assert.equal(fieldError(res.body).field, 'users')

    res = await bulk({ feature_type: 'user_type', feature_value: '1', users: [{}] })
    assert.equal(res.status, 400)
    assert.equal(fieldError(res.body).field, 'users.0')

    res = await bulk({ feature_type: 'user_type', feature_value: '1' })
    assert.equal(res.status, 400)
    assert.equal(fieldError(res.body).field, 'users')
  })

  it('needs user:write:admin', async () => {
    const readOnly = await tokenWithScopes(t, ['user:read:admin'])
    const res = await bulk({ feature_type: 'user_type', feature_value: '1', users: [{ id: licensed.id }] }, readOnly)
    assert.equal(res.status, 401)
    assert.equal(res.body.code, 4711)
  })
})
