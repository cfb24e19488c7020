import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { verifyUserToken } from '../../src/domain/users/credentials.js'
import { passwordMatches } from '../../src/domain/users/user.service.js'
import { array, fieldError, find, items, type Json, must, num, refused, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { UserList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const DAY = 86_400_000

describe('Users: profile operations over HTTP', () => {
  let t: TestServer
  let token: string
  let mintedAt = 0
  let n = 0

  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())

  // Tests move the clock by days: a token older than half an hour of it is replaced.
  const fresh = async () => {
    if (!token || t.clock.now() - mintedAt > 1_800_000) {
      token = await t.token()
      mintedAt = t.clock.now()
    }
    return token
  }
  const call = async <T = Json>(method: string, path: string, body?: unknown) =>
    t.call<T>(method, `/v2${path}`, { token: await fresh(), body })
  const makeUser = async (
    over: {
      type?: 1 | 2 | 4 | 99
      action?: 'create' | 'custCreate' | 'ssoCreate' | 'autoCreate'
      roleId?: string
      password?: string
      accountId?: string
    } = {},
  ) => {
    n++
    return t.server.svc.users.create(over.accountId ?? t.seed.accountId, {
      action: over.action ?? 'custCreate',
      email: `profile${n}@example.com`,
      type: over.type ?? 2,
      first_name: 'Pat',
      last_name: `Number${n}`,
      roleId: over.roleId,
      password: over.password,
    })
  }
  const events = (name: string) => outboxEvents(t, name)

  describe('PATCH /users/{userId} (userUpdate)', () => {
    it('stores the fields sent, answers 204 with no body, and the next GET shows them', async () => {
      const u = await makeUser()
      const res = await call('PATCH', `/users/${u.id}`, {
        first_name: 'Jill',
        last_name: 'Chill',
        dept: 'Developers',
        job_title: 'Engineer',
        company: 'Example, Inc.',
        location: 'San Jose',
        timezone: 'America/Chicago',
        language: 'fr-FR',
        pmi: 3456789012,
        use_pmi: true,
        vanity_name: 'jill.chill',
        host_key: '24681357',
        phone_numbers: [{ code: '+1', country: 'US', label: 'Mobile', number: '5550100' }],
        custom_attributes: [{ key: 'k1', name: 'Badge', value: '7' }],
        pronouns: 'she/her',
        pronouns_option: 2,
        group_id: 'does-not-matter',
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')

      const got = await call('GET', `/users/${u.id}`)
      assert.equal(got.status, 200)
      const b = got.body
      assert.equal(b.first_name, 'Jill')
      assert.equal(b.last_name, 'Chill')
      assert.equal(b.display_name, 'Jill Chill', 'an untouched display name follows the names')
      assert.equal(b.dept, 'Developers')
      assert.equal(b.job_title, 'Engineer')
      assert.equal(b.company, 'Example, Inc.')
      assert.equal(b.location, 'San Jose')
      assert.equal(b.timezone, 'America/Chicago')
      assert.equal(b.language, 'fr-FR')
      assert.equal(b.pmi, 3456789012)
      assert.equal(b.use_pmi, true)
      assert.equal(b.personal_meeting_url, `${t.origin}/j/3456789012`)
      assert.equal(b.vanity_url, `${t.origin}/my/jill.chill`)
      assert.deepEqual(b.phone_numbers, [
        { code: '+1', country: 'US', label: 'Mobile', number: '5550100', verified: false },
      ])
      assert.deepEqual(b.custom_attributes, [{ key: 'k1', name: 'Badge', value: '7' }])
      assert.equal(b.pronouns, 'she/her')
      assert.equal(b.pronouns_option, 2)
      assert.deepEqual(b.group_ids, [])

      const list = await call<UserList>('GET', '/users?include_fields=host_key&page_size=300')
      assert.equal(find(list.body.users, (x) => x.id === u.id).host_key, '24681357')
    })

    it('a chosen display name stays when the names change; an explicit one replaces it', async () => {
      const u = await makeUser()
      assert.equal((await call('PATCH', `/users/${u.id}`, { display_name: 'Patty' })).status, 204)
      await call('PATCH', `/users/${u.id}`, { first_name: 'Patricia' })
      let got = (await call('GET', `/users/${u.id}`)).body
      assert.equal(got.first_name, 'Patricia')
      assert.equal(got.display_name, 'Patty')
      await call('PATCH', `/users/${u.id}`, { display_name: 'P. Number' })
      got = (await call('GET', `/users/${u.id}`)).body
      assert.equal(got.display_name, 'P. Number')
    })

    it('emits user.updated with the changed fields and their old values', async () => {
      const u = await makeUser()
      await call('PATCH', `/users/${u.id}`, { dept: 'Sales', company: 'ACME' })
      const ev = find(await events('user.updated'), (e) => e.payload.object.id === u.id)
      assert.ok(ev, 'an event was written')
      assert.deepEqual(ev.payload.object, { id: u.id, company: 'ACME', dept: 'Sales' })
      assert.deepEqual(ev.payload.old_object, { id: u.id, company: '', dept: '' })
      assert.equal(ev.payload.account_id, t.seed.accountId)
      assert.equal(ev.payload.operator, t.seed.ownerEmail)
    })

    it('refuses schema violations with 400/300 and names the field', async () => {
      const u = await makeUser()
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ first_name: 'x'.repeat(65) }, 'first_name'],
        [{ last_name: 'y'.repeat(65) }, 'last_name'],
        [{ type: 3 }, 'type'],
        [{ host_key: '12ab' }, 'host_key'],
        [{ host_key: '12345' }, 'host_key'],
        [{ pmi: 123456789 }, 'pmi'],
        [{ pronouns_option: 4 }, 'pronouns_option'],
        [{ use_pmi: 'yes' }, 'use_pmi'],
        [{ phone_numbers: [{ label: 'Pager' }] }, 'phone_numbers.0.label'],
      ]
      for (const [body, field] of cases) {
        const res = await call('PATCH', `/users/${u.id}`, body)
        assert.equal(res.status, 400, JSON.stringify(body))
        assert.equal(res.body.code, 300)
        assert.equal(res.body.message, 'Validation Failed.')
        assert.ok(
          items(res.body.errors).some((e) => e.field === field),
          `${field} in ${JSON.stringify(res.body.errors)}`,
        )
      }
      // Nothing was stored.
      assert.equal((await call('GET', `/users/${u.id}`)).body.first_name, 'Pat')
    })

    it("applies Zoom's personal meeting ID rules and keeps PMIs unique in the account", async () => {
      const u = await makeUser()
      for (const pmi of [
        1234567890, 8001234567, 2222234567, 2472472479, 9876543210, 3123456789, 2222444777, 5555155555,
      ]) {
        const res = await call('PATCH', `/users/${u.id}`, { pmi })
        assert.equal(res.status, 400, String(pmi))
        assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: pmi' }, String(pmi))
      }
      assert.equal((await call('PATCH', `/users/${u.id}`, { pmi: 7351904826 })).status, 204)
      const other = await makeUser()
      const taken = await call('PATCH', `/users/${other.id}`, { pmi: 7351904826 })
      assert.equal(taken.status, 400)
      assert.equal(taken.body.code, 300)
      assert.match(str(taken.body.message), /7351904826/)
      // Setting one's own PMI again is no conflict.
      assert.equal((await call('PATCH', `/users/${u.id}`, { pmi: 7351904826, use_pmi: false })).status, 204)
    })

    it('a "No Meetings License" user has no PMI to change (400/200)', async () => {
      const u = await makeUser({ type: 4 })
      const res = await call('PATCH', `/users/${u.id}`, { pmi: 7351904827 })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 200,
        message: 'You cannot update PMI information for a "No Meetings License" user.',
      })
    })

    it('personal link names are well formed and unique in the account (4100)', async () => {
      const a = await makeUser()
      const b = await makeUser()
      assert.equal((await call('PATCH', `/users/${a.id}`, { vanity_name: 'TeamRoom' })).status, 204)
      const dup = await call('PATCH', `/users/${b.id}`, { vanity_name: 'teamroom' })
      assert.equal(dup.status, 400)
      assert.equal(dup.body.code, 4100)
      for (const bad of ['abc', '1room', 'my room', 'x'.repeat(41)]) {
        const res = await call('PATCH', `/users/${b.id}`, { vanity_name: bad })
        assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: vanity_name' }, bad)
      }
      // An empty name clears the link.
      assert.equal((await call('PATCH', `/users/${a.id}`, { vanity_name: '' })).status, 204)
      assert.equal((await call('GET', `/users/${a.id}`)).body.vanity_url, undefined)
      assert.equal((await call('PATCH', `/users/${b.id}`, { vanity_name: 'teamroom' })).status, 204)
    })

    it('changes the user type; type, plan_united_type and zoom_one_type may not change together', async () => {
      const u = await makeUser({ type: 1 })
      assert.equal((await call('PATCH', `/users/${u.id}`, { type: 2 })).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).body.type, 2)
      const both = await call('PATCH', `/users/${u.id}`, { type: 1, plan_united_type: '1' })
      assert.equal(both.status, 400)
      assert.equal(both.body.code, 300)
      const sso = await call('PATCH', `/users/${u.id}`, { type: 99 })
      assert.deepEqual(sso.body, { code: 300, message: 'Invalid parameter: type' })
      assert.equal((await call('PATCH', `/users/${u.id}`, { plan_united_type: '64' })).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).body.plan_united_type, '64')
      assert.equal((await call('PATCH', `/users/${u.id}`, { plan_united_type: 'none' })).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).body.plan_united_type, undefined)
    })

    it('group_id places a pending user in the group; an active user is left where they are; an unknown group refuses', async () => {
      const group = await call('POST', '/groups', { name: 'Invitees' })
      assert.equal(group.status, 201, JSON.stringify(group.body))
      const groupId = str(group.body.id)
      const members = async () =>
        items((await call('GET', `/groups/${groupId}/members?page_size=300`)).body.members).map((m) => str(m.id))
      const pending = await makeUser({ action: 'create' })
      assert.equal((await call('PATCH', `/users/${pending.id}`, { group_id: groupId, dept: 'Sales' })).status, 204)
      const active = await makeUser()
      assert.equal((await call('PATCH', `/users/${active.id}`, { group_id: groupId })).status, 204)
      assert.deepEqual(await members(), [pending.id])
      assert.deepEqual((await call('GET', `/users/${pending.id}`)).body.group_ids, [groupId])

      refused(await call('PATCH', `/users/${pending.id}`, { group_id: 'nosuchgroup', dept: 'Support' }), 404, 4130)
      assert.equal((await call('GET', `/users/${pending.id}`)).body.dept, 'Sales')
    })

    it('a free account cannot license a user (400/200)', async () => {
      const free = await t.server.svc.accounts.create({
        name: 'Free sub',
        plan: 'free',
        masterAccountId: t.seed.accountId,
      })
      const u = await makeUser({ type: 1, accountId: free.id })
      const res = await call('PATCH', `/accounts/${free.id}/users/${u.id}`, { type: 2 })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 200)
      assert.equal((await call('GET', `/accounts/${free.id}/users/${u.id}`)).body.type, 1)
    })

    it('an unknown user is 404/1001; a missing body is refused', async () => {
      const res = await call('PATCH', '/users/nobody@example.com', { first_name: 'X' })
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 1001, message: 'User does not exist: nobody@example.com.' })
      const u = await makeUser()
      const empty = await t.call('PATCH', `/v2/users/${u.id}`, { token: await fresh(), body: '{bad' })
      assert.equal(empty.status, 400)
      assert.equal(empty.body.code, 300)
    })
  })

  describe('DELETE /users/{userId} (userDelete)', () => {
    it('removes the user (then 404/1001) and frees the email for a new user', async () => {
      const u = await makeUser()
      const res = await call('DELETE', `/users/${u.id}?action=delete`)
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      const gone = await call('GET', `/users/${u.id}`)
      assert.equal(gone.status, 404)
      assert.equal(gone.body.code, 1001)
      const again = await call('POST', '/users', { action: 'custCreate', user_info: { email: u.email, type: 1 } })
      assert.equal(again.status, 201)
      const ev = find(await events('user.deleted'), (e) => e.payload.object.id === u.id)
      assert.equal(ev.payload.object.email, u.email)
    })

    it('disassociates by default', async () => {
      const u = await makeUser()
      assert.equal((await call('DELETE', `/users/${u.email}`)).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).status, 404)
      assert.ok((await events('user.disassociated')).some((e) => e.payload.object.id === u.id))
    })

    it('the account owner cannot be deleted (400/200); an admin cannot be disassociated (1117)', async () => {
      const res = await call('DELETE', '/users/me?action=delete')
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 200)
      assert.equal((await call('GET', '/users/me')).status, 200)

      const admin = await makeUser({ roleId: '1' })
      const dis = await call('DELETE', `/users/${admin.id}`)
      assert.deepEqual(dis.body, { code: 1117, message: 'You can not disassociate an Admin user.' })
      assert.equal((await call('DELETE', `/users/${admin.id}?action=delete`)).status, 204)
    })

    it('checks the transfer target: in the account, not the deleted user', async () => {
      const u = await makeUser()
      const heir = await makeUser()
      const self = await call(
        'DELETE',
        `/users/${u.id}?transfer_email=${encodeURIComponent(u.email.toUpperCase())}&transfer_meeting=true`,
      )
      assert.equal(self.status, 400)
      assert.deepEqual(self.body, {
        code: 300,
        message: "The transfer-to email address cannot be the same as the unlinked or deleted user's email address.",
      })
      const stranger = await call(
        'DELETE',
        `/users/${u.id}?transfer_email=stranger@example.com&transfer_recording=true`,
      )
      assert.equal(stranger.status, 404)
      assert.equal(stranger.body.code, 1001)
      assert.equal((await call('GET', `/users/${u.id}`)).status, 200, 'refused deletes leave the user')
      const ok = await call(
        'DELETE',
        `/users/${u.id}?action=delete&transfer_email=${heir.email}&transfer_meeting=true&transfer_webinar=true&transfer_recording=true&transfer_whiteboard=true`,
      )
      assert.equal(ok.status, 204)
    })

    it('a pending user is withdrawn outright; bad query values are 400/300', async () => {
      const p = await makeUser({ action: 'create' })
      assert.equal((await call('DELETE', `/users/${p.id}?action=delete`)).status, 204)
      assert.equal((await call('GET', `/users/${p.id}`)).status, 404)
      const bad = await call('DELETE', `/users/me?action=remove`)
      assert.equal(bad.status, 400)
      assert.equal(fieldError(bad.body).field, 'action')
    })
  })

  describe('PUT /users/{userId}/status (userStatus)', () => {
    it('deactivate → listed as inactive → activate', async () => {
      const u = await makeUser()
      assert.equal((await call('PUT', `/users/${u.id}/status`, { action: 'deactivate' })).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).body.status, 'inactive')
      const inactive = await call('GET', '/users?status=inactive&page_size=300')
      assert.ok(items(inactive.body.users).some((x) => x.id === u.id))
      const active = await call('GET', '/users?page_size=300')
      assert.ok(!items(active.body.users).some((x) => x.id === u.id))

      assert.equal((await call('PUT', `/users/${u.id}/status`, { action: 'activate' })).status, 204)
      assert.equal((await call('GET', `/users/${u.id}`)).body.status, 'active')
      assert.ok(
        !(await call<UserList>('GET', '/users?status=inactive&page_size=300')).body.users.some((x) => x.id === u.id),
      )
      const names = [...(await events('user.deactivated')), ...(await events('user.activated'))]
        .filter((e) => e.payload.object.id === u.id)
        .map((e) => e.event)
      assert.deepEqual(names.sort(), ['user.activated', 'user.deactivated'])
    })

    it('owner and admins are refused with 400/200; pending users with 400/300', async () => {
      const owner = await call('PUT', '/users/me/status', { action: 'deactivate' })
      assert.equal(owner.status, 400)
      assert.deepEqual(owner.body, {
        code: 200,
        message: "Zoom Room and Admin users' status cannot be activated or deactivated.",
      })
      const admin = await makeUser({ roleId: '1' })
      assert.equal((await call('PUT', `/users/${admin.id}/status`, { action: 'deactivate' })).body.code, 200)
      const pending = await makeUser({ action: 'create' })
      const p = await call('PUT', `/users/${pending.id}/status`, { action: 'deactivate' })
      assert.equal(p.status, 400)
      assert.equal(p.body.code, 300)
    })

    it('an unknown action is a validation error on `action`', async () => {
      const u = await makeUser()
      const res = await call('PUT', `/users/${u.id}/status`, { action: 'suspend' })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'action')
      const missing = await call('PUT', `/users/${u.id}/status`, {})
      assert.equal(fieldError(missing.body).field, 'action')
    })
  })

  describe('PUT /users/{userId}/email (userEmailUpdate)', () => {
    it('the new address finds the user, the old one no longer does', async () => {
      const u = await makeUser()
      const res = await call('PUT', `/users/${u.id}/email`, { email: 'Renamed.Person@Example.com' })
      assert.equal(res.status, 204)
      const got = await call('GET', '/users/renamed.person@example.com')
      assert.equal(got.status, 200)
      assert.equal(got.body.id, u.id)
      assert.equal(got.body.email, 'renamed.person@example.com')
      assert.equal((await call('GET', `/users/${u.email}`)).status, 404)
    })

    it('an address any Zoom user holds is 409/1005; a malformed one is 400/300 on `email`', async () => {
      const u = await makeUser()
      const taken = await call('PUT', `/users/${u.id}/email`, { email: t.seed.ownerEmail })
      assert.equal(taken.status, 409)
      assert.equal(taken.body.code, 1005)
      const bad = await call('PUT', `/users/${u.id}/email`, { email: 'not-an-email' })
      assert.equal(bad.status, 400)
      assert.equal(fieldError(bad.body).field, 'email')
    })

    it('at most three changes in any 24 hours of the clock', async () => {
      const u = await makeUser()
      for (let i = 1; i <= 3; i++) {
        assert.equal(
          (await call('PUT', `/users/${u.id}/email`, { email: `cycle${i}.${u.id}@example.com`.toLowerCase() })).status,
          204,
        )
        t.clock.advance(60_000)
      }
      const fourth = await call('PUT', `/users/${u.id}/email`, { email: `cycle4.${u.id}@example.com`.toLowerCase() })
      assert.equal(fourth.status, 400)
      assert.equal(fourth.body.code, 300)
      assert.equal((await call('GET', `/users/${u.id}`)).body.email, `cycle3.${u.id}@example.com`.toLowerCase())
      t.clock.advance(DAY - 2 * 60_000)
      assert.equal(
        (await call('PUT', `/users/${u.id}/email`, { email: `cycle4.${u.id}@example.com`.toLowerCase() })).status,
        204,
      )
    })
  })

  describe('PUT /users/{userId}/password (userPassword)', () => {
    it('stores the new password (hashed) and answers 204', async () => {
      const u = await makeUser()
      const res = await call('PUT', `/users/${u.id}/password`, { password: 'Blue7Horses' })
      assert.equal(res.status, 204)
      const stored = must(await t.server.svc.users.byId(t.seed.accountId, u.id)).doc
      assert.ok(passwordMatches(stored.password_hash, 'Blue7Horses'))
      assert.ok(!must(stored.password_hash).includes('Blue7Horses'))
      const ev = find(
        await events('user.updated'),
        (e) => e.payload.object.id === u.id && e.payload.operation === 'change_password',
      )
      assert.ok(ev)
    })

    it('reports each rule with its own code', async () => {
      const u = await makeUser()
      const cases: Array<[string, number]> = [
        ['Ab1', 1124],
        ['A1b2C3d4'.repeat(5), 1124],
        ['12345678!', 1125],
        ['Abcdefghk', 1126],
        ['abcdefg1', 1128],
        ['ABCDEFG1', 1128],
        ['zabcdefX1', 1131],
        ['Zoom1234', 1136],
      ]
      for (const [password, code] of cases) {
        const res = await call('PUT', `/users/${u.id}/password`, { password })
        assert.equal(res.status, 400, password)
        assert.equal(res.body.code, code, `${password}: ${JSON.stringify(res.body)}`)
      }
      const missing = await call('PUT', `/users/${u.id}/password`, {})
      assert.equal(fieldError(missing.body).field, 'password')
    })

    it('follows the account policy: a special character when the account asks for one (1127)', async () => {
      const sub = await t.server.svc.accounts.create({
        name: 'Strict',
        plan: 'business',
        masterAccountId: t.seed.accountId,
        data: {
          settings: {
            security: { password_requirement: { have_special_character: true, minimum_password_length: 10 } },
          },
        },
      })
      const u = await makeUser({ accountId: sub.id })
      assert.equal(
        (await call('PUT', `/accounts/${sub.id}/users/${u.id}/password`, { password: 'Blue7Horse' })).body.code,
        1127,
      )
      assert.equal(
        (await call('PUT', `/accounts/${sub.id}/users/${u.id}/password`, { password: 'Bl7!orse' })).body.code,
        1124,
      )
      assert.equal(
        (await call('PUT', `/accounts/${sub.id}/users/${u.id}/password`, { password: 'Blue7Horse!' })).status,
        204,
      )
    })

    it('not the current password (300), not one of the last five (1129)', async () => {
      const u = await makeUser({ action: 'autoCreate', password: 'First1Pass' })
      const same = await call('PUT', `/users/${u.id}/password`, { password: 'First1Pass' })
      assert.deepEqual(same.body, { code: 300, message: 'Your new password can not match the old password.' })
      for (const p of ['Second2Pass', 'Third3Pass', 'Fourth4Pass', 'Fifth5Pass'])
        assert.equal((await call('PUT', `/users/${u.id}/password`, { password: p })).status, 204)
      const reused = await call('PUT', `/users/${u.id}/password`, { password: 'First1Pass' })
      assert.deepEqual(reused.body, { code: 1129, message: 'Users cannot reuse any of the last 5 passwords created.' })
      t.clock.advance(DAY)
      assert.equal((await call('PUT', `/users/${u.id}/password`, { password: 'Sixth6Pass' })).status, 204)
      // First1Pass has now fallen out of the last five.
      assert.equal((await call('PUT', `/users/${u.id}/password`, { password: 'First1Pass' })).status, 204)
    })

    it('limits changes per 24 hours (300)', async () => {
      const u = await makeUser()
      for (let i = 0; i < 6; i++)
        assert.equal((await call('PUT', `/users/${u.id}/password`, { password: `Round${i}Walk` })).status, 204)
      const res = await call('PUT', `/users/${u.id}/password`, { password: 'Round9Walk' })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.match(str(res.body.message), /maximum number of times/)
      t.clock.advance(DAY)
      assert.equal((await call('PUT', `/users/${u.id}/password`, { password: 'Round9Walk' })).status, 204)
    })

    it("SSO-only users have no password (1123); another account's owner password is locked (1117)", async () => {
      const sso = await makeUser({ action: 'ssoCreate', type: 99 })
      assert.equal((await call('PUT', `/users/${sso.id}/password`, { password: 'Blue7Horses' })).body.code, 1123)

      const sub = await t.server.svc.accounts.create({
        name: 'Owned',
        plan: 'business',
        masterAccountId: t.seed.accountId,
      })
      const subOwner = await makeUser({ accountId: sub.id, roleId: '0' })
      const locked = await call('PUT', `/accounts/${sub.id}/users/${subOwner.id}/password`, { password: 'Blue7Horses' })
      assert.deepEqual(locked.body, { code: 1117, message: "Can not update Admin's password" })
      // The owner changing their own password, and the owner changing an admin's, are fine.
      assert.equal((await call('PUT', '/users/me/password', { password: 'Owner5Secret' })).status, 204)
      const admin = await makeUser({ roleId: '1' })
      assert.equal((await call('PUT', `/users/${admin.id}/password`, { password: 'Admin5Secret' })).status, 204)
    })
  })

  describe('GET /users/{userId}/permissions (userPermission)', () => {
    it("lists the role's privileges: owner and admin manage, a member does not", async () => {
      const owner = await call('GET', '/users/me/permissions')
      assert.equal(owner.status, 200)
      assert.ok(array(owner.body.permissions).includes('User:Edit'))
      assert.ok(array(owner.body.permissions).includes('AccountProfile:Read'))
      assert.ok(array(owner.body.permissions).includes('BillingSubscription:Edit'))
      const admin = await makeUser({ roleId: '1' })
      const ap = (await call('GET', `/users/${admin.id}/permissions`)).body.permissions
      assert.ok(array(ap).includes('User:Edit'))
      assert.ok(!array(ap).includes('BillingSubscription:Edit'))
      const member = await makeUser()
      const mp = (await call('GET', `/users/${member.email}/permissions`)).body.permissions
      assert.ok(array(mp).length > 0 && array(mp).length < 5)
      assert.ok(!array(mp).includes('User:Edit'))
      for (const p of [...array(ap), ...array(mp)]) assert.match(str(p), /^[A-Za-z]+:(Read|Edit|Join)$/)
      assert.equal((await call('GET', '/users/ghost@example.com/permissions')).status, 404)
    })
  })

  describe('GET and DELETE /users/{userId}/token (userToken, userSSOTokenDelete)', () => {
    it('issues a token by default and a ZAK on request, both verifiable', async () => {
      const u = await makeUser()
      const tok = await call('GET', `/users/${u.id}/token`)
      assert.equal(tok.status, 200)
      assert.equal(typeof tok.body.token, 'string')
      const zak = await call('GET', `/users/${u.id}/token?type=zak`)
      assert.equal(typeof zak.body.token, 'string')
      assert.notEqual(zak.body.token, tok.body.token)
      assert.ok(str(zak.body.token).length > 100 && str(zak.body.token).length <= 512)
      const claims = await verifyUserToken(t.server.svc, str(zak.body.token))
      assert.equal(claims?.uid, u.id)
      assert.equal(claims?.typ, 'zak')
      // API users (custCreate) get a 90-day ZAK; ttl sets another lifetime.
      assert.equal(must(claims).exp - must(claims).iat, 90 * 86_400)
      const short = str((await call('GET', `/users/${u.id}/token?type=zak&ttl=600`)).body.token)
      const sc = await verifyUserToken(t.server.svc, short)
      assert.equal(must(sc).exp - must(sc).iat, 600)
      t.clock.advance(601_000)
      assert.equal(await verifyUserToken(t.server.svc, short), undefined, 'expired')
      assert.equal(await verifyUserToken(t.server.svc, short.slice(0, -2) + 'xx'), undefined, 'tampered')
      const bad = await call('GET', `/users/${u.id}/token?type=jwt`)
      assert.equal(bad.status, 400)
      assert.equal(fieldError(bad.body).field, 'type')
    })

    it('revoking signs the user out: earlier tokens stop working, the time is recorded', async () => {
      const u = await makeUser()
      const before = str((await call('GET', `/users/${u.id}/token?type=zak`)).body.token)
      assert.ok(await verifyUserToken(t.server.svc, before))
      t.clock.advance(1000)
      const res = await call('DELETE', `/users/${u.id}/token`)
      assert.equal(res.status, 204)
      const doc = must(await t.server.svc.users.byId(t.seed.accountId, u.id)).doc
      assert.equal(doc.sso_token_revoked_at, t.clock.now())
      assert.equal(await verifyUserToken(t.server.svc, before), undefined)
      t.clock.advance(1000)
      const after = str((await call('GET', `/users/${u.id}/token?type=zak`)).body.token)
      assert.ok(await verifyUserToken(t.server.svc, after))
      assert.equal((await call('DELETE', '/users/ghost@example.com/token')).status, 404)
    })
  })

  describe('GET /users/summary (userSummary)', () => {
    it('counts the account users by type and status, and is not taken for a user id', async () => {
      const sub = await t.server.svc.accounts.create({
        name: 'Counted',
        plan: 'business',
        masterAccountId: t.seed.accountId,
      })
      const owner = await makeUser({ accountId: sub.id, roleId: '0', type: 2 })
      await makeUser({ accountId: sub.id, type: 2 })
      await makeUser({ accountId: sub.id, type: 1 })
      await makeUser({ accountId: sub.id, type: 1 })
      const off = await makeUser({ accountId: sub.id, type: 1 })
      await makeUser({ accountId: sub.id, type: 4 })
      await makeUser({ accountId: sub.id, type: 1, action: 'create' })
      assert.equal(
        (await call('PUT', `/accounts/${sub.id}/users/${off.id}/status`, { action: 'deactivate' })).status,
        204,
      )
      const res = await call('GET', `/accounts/${sub.id}/users/summary`)
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, {
        licensed_users_count: 2,
        basic_users_count: 3,
        on_prem_users_count: 0,
        room_users_count: 0,
        pending_users_count: 1,
        join_only_users_count: 1,
        total_users_count: 6,
      })
      assert.ok(owner)
      const mine = await call('GET', '/users/summary')
      assert.equal(mine.status, 200)
      assert.equal(typeof mine.body.total_users_count, 'number')
      assert.ok(num(mine.body.total_users_count) >= 1)
    })
  })

  describe('GET /users/email (userEmail)', () => {
    it("tells whether a user of the caller's account holds the address; another account's user reads as false", async () => {
      const sub = await t.server.svc.accounts.create({
        name: 'Elsewhere',
        plan: 'business',
        masterAccountId: t.seed.accountId,
      })
      const other = await makeUser({ accountId: sub.id })
      assert.deepEqual(
        (await call('GET', `/users/email?email=${encodeURIComponent(t.seed.ownerEmail.toUpperCase())}`)).body,
        { existed_email: true },
      )
      assert.deepEqual((await call('GET', `/users/email?email=${other.email}`)).body, { existed_email: false })
      assert.deepEqual((await call('GET', '/users/email?email=nobody.at.all@example.com')).body, {
        existed_email: false,
      })
      const missing = await call('GET', '/users/email')
      assert.equal(missing.status, 400)
      assert.deepEqual(missing.body, { code: 300, message: 'Email is required.' })
    })
  })

  describe('the master form /accounts/{accountId}/users/{userId}', () => {
    it("updates, reads and deletes a sub account's user; the plain path does not reach it", async () => {
      const sub = await t.server.svc.accounts.create({
        name: 'Sub',
        plan: 'business',
        masterAccountId: t.seed.accountId,
      })
      const u = await t.server.svc.users.create(sub.id, {
        action: 'custCreate',
        email: 'sub.member@example.com',
        type: 1,
        first_name: 'Sub',
        last_name: 'Member',
      })
      const base = `/accounts/${sub.id}/users/${u.id}`
      assert.equal((await call('PATCH', base, { job_title: 'Remote', first_name: 'Subby' })).status, 204)
      const got = await call('GET', base)
      assert.equal(got.body.job_title, 'Remote')
      assert.equal(got.body.first_name, 'Subby')
      assert.equal(got.body.account_id, sub.id)
      assert.equal((await call('PATCH', `/users/${u.id}`, { job_title: 'Nope' })).status, 404)
      assert.equal((await call('GET', `${base}/permissions`)).status, 200)
      assert.equal((await call('PUT', `${base}/status`, { action: 'deactivate' })).status, 204)
      assert.equal((await call<UserList>('GET', `/accounts/${sub.id}/users?status=inactive`)).body.users[0].id, u.id)
      assert.equal((await call('PUT', `${base}/email`, { email: 'sub.renamed@example.com' })).status, 204)
      assert.equal(
        (await call('DELETE', `/accounts/${sub.id}/users/sub.renamed@example.com?action=delete`)).status,
        204,
      )
      assert.equal((await call('GET', base)).status, 404)
    })
  })
})
