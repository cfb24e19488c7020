import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { addUser, createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { items, num, refused, str } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

describe('Personal meeting rooms (PMI) over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const pmiOf = async (userId: string) => num((await t.call('GET', `/v2/users/${userId}`, { token })).body.pmi)

  it('answers the PMI as a type 4 meeting on the personal link, and keeps it out of the list', async () => {
    const me = (await t.call('GET', '/v2/users/me', { token })).body
    const pmi = num(me.pmi)
    await createMeeting(t, token, { topic: 'Listed one', type: 2 })
    const res = await t.call('GET', `/v2/meetings/${pmi}`, { token })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.id, pmi)
    assert.equal(res.body.type, 4)
    assert.equal(res.body.host_id, me.id)
    assert.equal(res.body.start_time, undefined)
    assert.match(str(res.body.topic), /Personal Meeting Room$/)
    assert.equal(new URL(str(res.body.join_url)).pathname, new URL(str(me.personal_meeting_url)).pathname)
    assert.match(str(res.body.start_url), new RegExp(`/s/${pmi}\\?zak=`))
    assert.equal(typeof res.body.settings, 'object')
    // The same room on every read.
    assert.equal((await t.call('GET', `/v2/meetings/${pmi}`, { token })).body.uuid, res.body.uuid)

    for (const type of ['scheduled', 'upcoming', 'live']) {
      const list = await t.call('GET', `/v2/users/me/meetings?type=${type}`, { token })
      assert.equal(list.status, 200)
      assert.ok(!items(list.body.meetings).some((m) => m.id === pmi), type)
    }
    assert.ok(items((await t.call('GET', '/v2/users/me/meetings', { token })).body.meetings).length > 0)
  })

  it('opens the personal link and the start link, changes settings, and refuses to delete the room', async () => {
    const id = await addUser(t, token, 'room.links@example.com')
    const pmi = await pmiOf(id)
    const m = (await t.call('GET', `/v2/meetings/${pmi}`, { token })).body
    const join = new URL(str(m.join_url))
    const joinPage = await t.call('GET', join.pathname + join.search)
    assert.equal(joinPage.status, 200)
    assert.match(joinPage.text, /id="name-form"/)
    // The account's PMI settings give the room a passcode: the bare personal link asks for it.
    assert.ok(str(m.password))
    assert.equal((await t.call('GET', `/j/${pmi}`)).status, 403)
    assert.equal((await t.call('GET', `/j/${pmi}?passcode=${str(m.password)}`)).status, 200)

    const start = new URL(str(m.start_url))
    assert.equal((await t.call('GET', start.pathname + start.search)).status, 200)

    const patch = await t.call('PATCH', `/v2/meetings/${pmi}`, {
      token,
      body: { topic: 'My room', type: 2, start_time: '2030-01-01T10:00:00Z', settings: { mute_upon_entry: true } },
    })
    assert.equal(patch.status, 204, JSON.stringify(patch.body))
    const after = (await t.call('GET', `/v2/meetings/${pmi}`, { token })).body
    assert.equal(after.topic, 'My room')
    assert.equal(after.type, 4)
    assert.equal(after.start_time, undefined)
    assert.equal((after.settings as Record<string, unknown>).mute_upon_entry, true)

    refused(await t.call('DELETE', `/v2/meetings/${pmi}`, { token }), 400, 3018)
    assert.equal((await t.call('GET', `/v2/meetings/${pmi}`, { token })).status, 200)
  })

  it('plays the room in the simulator: a past meeting with the PMI as id', async () => {
    const id = await addUser(t, token, 'room.sim@example.com')
    const pmi = await pmiOf(id)
    const res = await t.call('POST', '/sim/scenarios', {
      token,
      body: {
        meeting: { id: pmi },
        duration_minutes: 30,
        participants: [
          { name: 'Test User', email: 'room.sim@example.com', join_offset_minutes: 0 },
          { name: 'Guest', email: 'guest@elsewhere.example', join_offset_minutes: 2, leave_offset_minutes: 20 },
        ],
      },
    })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    const past = await t.call('GET', `/v2/past_meetings/${pmi}`, { token })
    assert.equal(past.status, 200, JSON.stringify(past.body))
    assert.equal(past.body.id, pmi)
    assert.equal(past.body.type, 4)
    assert.equal(past.body.participants_count, 2)

    // Started live by the simulator too, then ended: the room waits for its next instance.
    const sim = (p: string) => `/sim/meetings/${pmi}${p}`
    assert.equal((await t.call('POST', sim('/start'), { token })).status, 200)
    assert.equal((await t.call('GET', `/v2/meetings/${pmi}`, { token })).body.status, 'started')
    assert.equal((await t.call('POST', sim('/participants'), { token, body: { name: 'Walk In' } })).status, 201)
    assert.equal((await t.call('POST', sim('/end'), { token })).status, 200)
    const instances = await t.call('GET', `/v2/past_meetings/${pmi}/instances`, { token })
    assert.equal(items(instances.body.meetings).length, 2)
  })

  it('retires the old number when the PMI changes, and the new one answers', async () => {
    const id = await addUser(t, token, 'room.change@example.com')
    const old = await pmiOf(id)
    assert.equal((await t.call('GET', `/v2/meetings/${old}`, { token })).status, 200)
    const next = 5_283_946_170
    const patch = await t.call('PATCH', `/v2/users/${id}`, { token, body: { pmi: next } })
    assert.equal(patch.status, 204, JSON.stringify(patch.body))
    refused(await t.call('GET', `/v2/meetings/${old}`, { token }), 404, 3001)
    assert.equal((await t.call('GET', `/j/${old}`)).status, 404)
    const now = await t.call('GET', `/v2/meetings/${next}`, { token })
    assert.equal(now.status, 200)
    assert.equal(now.body.type, 4)
    assert.equal(now.body.host_id, id)
  })

  it('gives no room to a user without a meeting licence, nor after the user is deleted', async () => {
    const created = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'custCreate', user_info: { email: 'room.none@example.com', type: 4 } },
    })
    assert.equal(created.status, 201, JSON.stringify(created.body))
    const none = await pmiOf(str(created.body.id))
    assert.equal((await t.call('GET', `/v2/meetings/${none}`, { token })).status, 404)
    assert.equal((await t.call('GET', `/j/${none}`)).status, 404)

    const demoted = await addUser(t, token, 'room.demoted@example.com')
    const held = await pmiOf(demoted)
    assert.equal((await t.call('GET', `/v2/meetings/${held}`, { token })).status, 200)
    const change = await t.call('PATCH', `/v2/users/${demoted}`, { token, body: { type: 4 } })
    assert.equal(change.status, 204, JSON.stringify(change.body))
    assert.equal((await t.call('GET', `/v2/meetings/${held}`, { token })).status, 404)

    const id = await addUser(t, token, 'room.leaving@example.com')
    const pmi = await pmiOf(id)
    assert.equal((await t.call('GET', `/v2/meetings/${pmi}`, { token })).status, 200)
    assert.equal((await t.call('DELETE', `/v2/users/${id}?action=delete`, { token })).status, 204)
    assert.equal((await t.call('GET', `/v2/meetings/${pmi}`, { token })).status, 404)
  })

  it('refuses a PMI another account’s user holds, since a PMI is also the room’s meeting number', async () => {
    const held = await pmiOf(await addUser(t, token, 'room.held@example.com'))
    const other = await makeAccount(t)
    const otherToken = await other.token()
    const taking = await t.call('PATCH', `/v2/users/${other.owner.id}`, { token: otherToken, body: { pmi: held } })
    refused(taking, 400, 300)
    assert.equal(taking.body.message, `Personal Meeting ID is already in use: ${held}.`)
    assert.notEqual(num((await t.call('GET', `/v2/users/me`, { token: otherToken })).body.pmi), held)
    // The holder's room still answers on its number.
    assert.equal((await t.call('GET', `/v2/meetings/${held}`, { token })).body.type, 4)
  })
})
