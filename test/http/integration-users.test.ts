import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { usersClient } from '../helpers/rivet.js'
import { find, items, must, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { User, UserList } from '../helpers/shapes.js'
import type { TestServer } from '../helpers/server.js'

// What the Users group shows and does once the other groups exist: role names, group and IM group ids, the
// cleanup of a deleted user, password rules from the account, and which accounts are masters.

async function mkUser(t: TestServer, token: string, email: string, type = 2, path = '/v2/users') {
  const res = await t.call('POST', path, {
    token,
    body: { action: 'custCreate', user_info: { email, type, first_name: email.split('@')[0] } },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body as { id: string; email: string }
}

async function mkGroup(t: TestServer, token: string, name: string): Promise<string> {
  const res = await t.call('POST', '/v2/groups', { token, body: { name } })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return str(res.body.id)
}

async function mkImGroup(t: TestServer, token: string, name: string): Promise<string> {
  const res = await t.call('POST', '/v2/im/groups', { token, body: { name } })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return str(res.body.id)
}

async function mkMeeting(t: TestServer, token: string, userId: string, topic: string) {
  const res = await t.call('POST', `/v2/users/${userId}/meetings`, {
    token,
    body: { topic, type: 2, start_time: '2026-12-01T10:00:00Z', duration: 30 },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body as { id: number; uuid: string; host_id: string }
}

const outbox = async (t: TestServer, name: string) =>
  (
    await t.server.svc.db.kysely.selectFrom('outbox').select('body').where('event', '=', name).orderBy('seq').execute()
  ).map((r) => JSON.parse(r.body))

describe('Users responses show role_name, group_ids and im_group_ids', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('GET /users/{userId}: a custom role by name, the primary group first, IM groups in joining order; every change shows on the next GET', async () => {
    const u = await mkUser(t, token, 'rel@example.com')
    const get = async () => (await t.call<User>('GET', `/v2/users/${u.id}`, { token })).body
    let body = await get()
    assert.equal(body.role_name, 'Member')
    assert.deepEqual(body.group_ids, [])
    assert.deepEqual(body.im_group_ids, [])

    const role = await t.call('POST', '/v2/roles', { token, body: { name: 'Helpdesk', privileges: ['User:Read'] } })
    assert.equal(role.status, 201)
    assert.equal(
      (await t.call('POST', `/v2/roles/${role.body.id}/members`, { token, body: { members: [{ id: u.id }] } })).status,
      201,
    )
    const a = await mkGroup(t, token, 'Alpha')
    const b = await mkGroup(t, token, 'Beta')
    const i1 = await mkImGroup(t, token, 'Chat one')
    const i2 = await mkImGroup(t, token, 'Chat two')
    await t.call('POST', `/v2/groups/${a}/members`, { token, body: { members: [{ id: u.id }] } })
    // Read once in between: whatever is kept between requests must not hide the next change.
    assert.deepEqual((await get()).group_ids, [a])
    await t.call('POST', `/v2/groups/${b}/members`, { token, body: { members: [{ id: u.id }] } })
    await t.call('POST', `/v2/im/groups/${i2}/members`, { token, body: { members: [{ id: u.id }] } })
    await t.call('POST', `/v2/im/groups/${i1}/members`, { token, body: { members: [{ id: u.id }] } })

    body = await get()
    assert.equal(body.role_id, role.body.id)
    assert.equal(body.role_name, 'Helpdesk')
    assert.deepEqual(body.group_ids, [a, b])
    assert.deepEqual(body.im_group_ids, [i2, i1])

    // Beta becomes primary: it comes first.
    const res = await t.call('PATCH', `/v2/groups/${b}/members/${u.id}`, {
      token,
      body: { action: 'set_primary', target_group_id: b },
    })
    assert.equal(res.status, 204)
    assert.deepEqual((await get()).group_ids, [b, a])

    // A renamed custom role shows its new name; a deleted group and IM group disappear.
    assert.equal(
      (await t.call('PATCH', `/v2/roles/${role.body.id}`, { token, body: { name: 'Support desk' } })).status,
      204,
    )
    assert.equal((await t.call('DELETE', `/v2/groups/${b}`, { token })).status, 204)
    assert.equal((await t.call('DELETE', `/v2/im/groups/${i2}`, { token })).status, 204)
    body = await get()
    assert.equal(body.role_name, 'Support desk')
    assert.deepEqual(body.group_ids, [a])
    assert.deepEqual(body.im_group_ids, [i1])

    // The built-in roles keep their names.
    const me = (await t.call<User>('GET', '/v2/users/me', { token })).body
    assert.equal(me.role_name, 'Owner')

    // The same through Zoom's SDK.
    const rivet = await usersClient(t.origin, token).endpoints.users.getUser({ path: { userId: u.id } })
    assert.equal(rivet.data?.role_name, 'Support desk')
    assert.deepEqual(rivet.data?.group_ids, [a])
    assert.deepEqual(rivet.data?.im_group_ids, [i1])
  })

  it('GET /users: each entry with its own group ids and IM group ids, empty lists for users in none', async () => {
    const x = await mkUser(t, token, 'list-x@example.com')
    const y = await mkUser(t, token, 'list-y@example.com')
    const z = await mkUser(t, token, 'list-z@example.com')
    const g1 = await mkGroup(t, token, 'List one')
    const g2 = await mkGroup(t, token, 'List two')
    const im = await mkImGroup(t, token, 'List chat')
    await t.call('POST', `/v2/groups/${g1}/members`, { token, body: { members: [{ id: x.id }, { id: y.id }] } })
    await t.call('POST', `/v2/groups/${g2}/members`, { token, body: { members: [{ id: y.id }] } })
    await t.call('PATCH', `/v2/groups/${g2}/members/${y.id}`, {
      token,
      body: { action: 'set_primary', target_group_id: g2 },
    })
    await t.call('POST', `/v2/im/groups/${im}/members`, { token, body: { members: [{ id: z.id }, { id: x.id }] } })

    const list = await t.call<UserList>('GET', '/v2/users?page_size=300', { token })
    assert.equal(list.status, 200)
    const byId = new Map(list.body.users.map((u) => [u.id, u]))
    assert.deepEqual([must(byId.get(x.id)).group_ids, must(byId.get(x.id)).im_group_ids], [[g1], [im]])
    assert.deepEqual([must(byId.get(y.id)).group_ids, must(byId.get(y.id)).im_group_ids], [[g2, g1], []])
    assert.deepEqual([must(byId.get(z.id)).group_ids, must(byId.get(z.id)).im_group_ids], [[], [im]])

    // Pages of one user each still carry the right ids.
    let next = ''
    const seen = new Map<string, string[]>()
    do {
      const page = await t.call<UserList>('GET', `/v2/users?page_size=1${next ? `&next_page_token=${next}` : ''}`, {
        token,
      })
      assert.equal(page.status, 200)
      for (const u of page.body.users) seen.set(u.id, u.group_ids)
      next = page.body.next_page_token
    } while (next)
    assert.deepEqual(seen.get(y.id), [g2, g1])
    assert.deepEqual(seen.get(z.id), [])
  })
})

describe('deleting a user cleans up after it', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('group memberships, admin seats and IM group memberships go with the user', async () => {
    const u = await mkUser(t, token, 'leaver@example.com')
    const stay = await mkUser(t, token, 'stayer@example.com')
    const g = await mkGroup(t, token, 'Leavers')
    const im = await mkImGroup(t, token, 'Leavers chat')
    await t.call('POST', `/v2/groups/${g}/members`, { token, body: { members: [{ id: u.id }, { id: stay.id }] } })
    await t.call('POST', `/v2/groups/${g}/admins`, { token, body: { admins: [{ id: u.id }] } })
    await t.call('POST', `/v2/im/groups/${im}/members`, { token, body: { members: [{ id: u.id }, { id: stay.id }] } })
    assert.equal((await t.call('GET', `/v2/groups/${g}`, { token })).body.total_members, 2)

    const res = await t.call('DELETE', `/v2/users/${u.id}?action=delete`, { token })
    assert.equal(res.status, 204)
    assert.equal((await t.call<User>('GET', `/v2/users/${u.id}`, { token })).status, 404)
    assert.equal((await t.call('GET', `/v2/groups/${g}`, { token })).body.total_members, 1)
    const members = (await t.call('GET', `/v2/groups/${g}/members`, { token })).body
    assert.deepEqual(
      items(members.members).map((m) => m.id),
      [stay.id],
    )
    assert.equal(members.total_records, 1)
    assert.equal((await t.call('GET', `/v2/groups/${g}/admins`, { token })).body.total_records, 0)
    const imGroup = (await t.call('GET', `/v2/im/groups/${im}`, { token })).body
    assert.equal(imGroup.total_members, 1)
    assert.deepEqual(
      items((await t.call('GET', `/v2/im/groups/${im}/members`, { token })).body.members).map((m) => m.id),
      [stay.id],
    )
    const rows = await t.server.svc.db.kysely
      .selectFrom('user_group_members')
      .select('user_id')
      .where('user_id', '=', u.id)
      .execute()
    assert.deepEqual(rows, [])

    // The email is free again: the same address comes back as a new user in no group.
    const again = await mkUser(t, token, 'leaver@example.com')
    const body = (await t.call<User>('GET', `/v2/users/${again.id}`, { token })).body
    assert.deepEqual([body.group_ids, body.im_group_ids], [[], []])
  })

  it('without a transfer the meetings are deleted (meeting.deleted each) and cannot be recovered', async () => {
    const u = await mkUser(t, token, 'host-gone@example.com')
    const m1 = await mkMeeting(t, token, u.id, 'One')
    const m2 = await mkMeeting(t, token, u.id, 'Two')
    const other = await mkMeeting(t, token, 'me', 'Not theirs')
    const target = await mkUser(t, token, 'not-asked@example.com')

    // transfer_email alone does not move meetings: transfer_meeting must say so.
    const res = await t.call('DELETE', `/v2/users/${u.id}?action=delete&transfer_email=${target.email}`, { token })
    assert.equal(res.status, 204)
    for (const m of [m1, m2]) {
      const got = await t.call('GET', `/v2/meetings/${m.id}`, { token })
      assert.equal(got.status, 404)
      assert.equal(got.body.code, 3001)
      const rec = await t.call('PUT', `/v2/meetings/${m.id}/status`, { token, body: { action: 'recover' } })
      assert.equal(rec.status, 404, JSON.stringify(rec.body))
    }
    assert.equal((await t.call('GET', `/v2/meetings/${other.id}`, { token })).status, 200)
    assert.deepEqual((await t.call('GET', `/v2/users/${target.id}/meetings`, { token })).body.meetings, [])
    const deleted = (await outbox(t, 'meeting.deleted')).filter((e) => e.payload.object.host_id === u.id)
    assert.deepEqual(deleted.map((e) => e.payload.object.id).sort(), [m1.id, m2.id].sort())
    assert.equal(deleted[0].payload.operation, 'all')
    assert.equal(deleted[0].payload.object.topic, 'One')
  })

  it('transfer_email with transfer_meeting=true hands the meetings to the target (meeting.updated with the new host)', async () => {
    const u = await mkUser(t, token, 'handing-over@example.com')
    const to = await mkUser(t, token, 'taking-over@example.com')
    const m = await mkMeeting(t, token, u.id, 'Handed over')

    // A bad target changes nothing.
    let res = await t.call(
      'DELETE',
      `/v2/users/${u.id}?action=delete&transfer_email=nobody@example.com&transfer_meeting=true`,
      { token },
    )
    assert.equal(res.status, 404, JSON.stringify(res.body))
    assert.equal((await t.call('GET', `/v2/meetings/${m.id}`, { token })).body.host_id, u.id)

    res = await t.call(
      'DELETE',
      `/v2/users/${u.id}?action=disassociate&transfer_email=${to.email}&transfer_meeting=true`,
      { token },
    )
    assert.equal(res.status, 204)
    const got = await t.call('GET', `/v2/meetings/${m.id}`, { token })
    assert.equal(got.status, 200)
    assert.equal(got.body.host_id, to.id)
    assert.equal(got.body.host_email, to.email)
    assert.equal(got.body.topic, 'Handed over')
    const list = (await t.call('GET', `/v2/users/${to.id}/meetings`, { token })).body
    assert.deepEqual(
      items(list.meetings).map((x) => x.id),
      [m.id],
    )
    const ev = find(await outbox(t, 'meeting.updated'), (e) => e.payload.object.id === m.id)
    assert.equal(ev.payload.object.host_id, to.id)
    assert.equal(ev.payload.old_object.host_id, u.id)
    assert.ok((await outbox(t, 'user.disassociated')).some((e) => e.payload.object.id === u.id))
  })
})

describe('password rules come from the account', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const autoCreate = (email: string, password: string) =>
    t.call('POST', '/v2/users', { token, body: { action: 'autoCreate', user_info: { email, type: 1, password } } })
  const setRules = async (rules: Record<string, unknown>) => {
    const res = await t.call('PATCH', '/v2/accounts/me/settings', {
      token,
      body: { security: { password_requirement: rules } },
    })
    assert.equal(res.status, 204, JSON.stringify(res.body))
  }

  it('minimum_password_length 10 refuses a 9-character password (autoCreate 400/300, password change 400/1124)', async () => {
    assert.equal((await autoCreate('nine-before@example.com', 'Xk7mQ2pLz')).status, 201)
    await setRules({ minimum_password_length: 10 })
    const res = await autoCreate('nine@example.com', 'Xk7mQ2pLz')
    assert.equal(res.status, 400)
    assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: password' })
    assert.equal((await autoCreate('ten@example.com', 'Xk7mQ2pLzR')).status, 201)

    const u = (await t.call('GET', '/v2/users/ten@example.com', { token })).body
    const change = await t.call('PUT', `/v2/users/${u.id}/password`, { token, body: { password: 'Wq8nR3tKv' } })
    assert.equal(change.status, 400)
    assert.equal(change.body.code, 1124)
    assert.match(str(change.body.message), /10/)
    await setRules({ minimum_password_length: 8 })
  })

  it('consecutive_characters_length and weak_enhance_detection are applied', async () => {
    assert.equal((await autoCreate('run-before@example.com', 'Qz9abcdXw')).status, 201)
    await setRules({ consecutive_characters_length: 4 })
    let res = await autoCreate('run@example.com', 'Qz9abcdXw')
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 300)
    assert.equal((await autoCreate('run-ok@example.com', 'Qz9abdcXw')).status, 201)
    await setRules({ consecutive_characters_length: 0 })

    assert.equal((await autoCreate('weak-before@example.com', 'MyPassword7x')).status, 201)
    await setRules({ weak_enhance_detection: true })
    res = await autoCreate('weak@example.com', 'MyPassword7x')
    assert.equal(res.status, 400)
    const u = (await t.call('GET', '/v2/users/weak-before@example.com', { token })).body
    const change = await t.call('PUT', `/v2/users/${u.id}/password`, { token, body: { password: 'Welcome2Home' } })
    assert.equal(change.status, 400)
    assert.equal(change.body.code, 1136)
    assert.equal(
      (await t.call('PUT', `/v2/users/${u.id}/password`, { token, body: { password: 'Tr4vel9Kite' } })).status,
      204,
    )
  })
})

describe('master accounts: one definition for switching accounts', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  it('a paid top-level account is a master even before it has sub accounts; a free one or one marked master:false is not', async () => {
    const svc = t.server.svc
    const tryMove = async (opts: { plan: string; data?: Record<string, unknown> }) => {
      const acct = await svc.accounts.create({ name: 'Top', plan: opts.plan, data: opts.data })
      const app = await svc.apps.create({ accountId: acct.id, name: 'a', scopes: ['user:master'], createdBy: null })
      const tok = await t.token({ clientId: app.client_id, clientSecret: app.client_secret, accountId: acct.id })
      const member = await svc.users.create(acct.id, {
        action: 'custCreate',
        email: `m-${acct.id.slice(0, 6).toLowerCase()}@example.org`,
        type: 1,
      })
      return t.call('PUT', `/v2/accounts/me/users/${member.id}/account`, { token: tok, body: { account_id: 'me' } })
    }
    // A master: the request gets as far as the target, which is where the user already is (409).
    assert.equal((await tryMove({ plan: 'business' })).status, 409)
    for (const res of [await tryMove({ plan: 'free' }), await tryMove({ plan: 'business', data: { master: false } })]) {
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 200)
    }
  })

  it('a moved user leaves the groups and IM groups of the account it left', async () => {
    const sub = await makeAccount(t, { sub: true })
    const u = await mkUser(t, token, 'mover-groups@example.com')
    const g = await mkGroup(t, token, 'Movers')
    const im = await mkImGroup(t, token, 'Movers chat')
    await t.call('POST', `/v2/groups/${g}/members`, { token, body: { members: [{ id: u.id }] } })
    await t.call('POST', `/v2/im/groups/${im}/members`, { token, body: { members: [{ id: u.id }] } })
    const res = await t.call('PUT', `/v2/accounts/me/users/${u.id}/account`, {
      token,
      body: { account_id: sub.account.id },
    })
    assert.equal(res.status, 204)
    assert.equal((await t.call('GET', `/v2/groups/${g}`, { token })).body.total_members, 0)
    assert.equal((await t.call('GET', `/v2/im/groups/${im}`, { token })).body.total_members, 0)
    const moved = (await t.call('GET', `/v2/accounts/${sub.account.id}/users/${u.id}`, { token })).body
    assert.deepEqual([moved.group_ids, moved.im_group_ids], [[], []])
  })
})
