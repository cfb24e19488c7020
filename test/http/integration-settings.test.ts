import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import { obj, type Settings } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

// A user's effective settings: user defaults ← account settings ← primary group settings ← the user's own
// changes; then group locks and account locks force their values over the user's choices.

describe('user settings layer account, group and locks', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const mkUser = async (email: string) => {
    const res = await t.call('POST', '/v2/users', {
      token,
      body: { action: 'custCreate', user_info: { email, type: 2 } },
    })
    assert.equal(res.status, 201, JSON.stringify(res.body))
    return res.body.id as string
  }
  const mkGroup = async (name: string, members: string[]) => {
    const res = await t.call('POST', '/v2/groups', { token, body: { name } })
    assert.equal(res.status, 201)
    const add = await t.call('POST', `/v2/groups/${res.body.id}/members`, {
      token,
      body: { members: members.map((id) => ({ id })) },
    })
    assert.equal(add.status, 201)
    return res.body.id as string
  }
  const settings = async (userId: string) => {
    const res = await t.call<Settings>('GET', `/v2/users/${userId}/settings`, { token })
    assert.equal(res.status, 200)
    return res.body
  }
  const patch = async (path: string, body: unknown) => {
    const res = await t.call('PATCH', path, { token, body })
    assert.equal(res.status, 204, `${path}: ${JSON.stringify(res.body)}`)
  }

  it("the account's settings are a user's defaults; the user's own change wins over them", async () => {
    const u = await mkUser('acct-layer@example.com')
    assert.equal((await settings(u)).in_meeting.breakout_room, true)
    await patch('/v2/accounts/me/settings', { in_meeting: { breakout_room: false, annotation: false } })
    let s = await settings(u)
    assert.equal(obj(s.in_meeting).breakout_room, false)
    assert.equal(obj(s.in_meeting).annotation, false)
    await patch(`/v2/users/${u}/settings`, { in_meeting: { annotation: true } })
    s = await settings(u)
    assert.equal(obj(s.in_meeting).annotation, true)
    assert.equal(obj(s.in_meeting).breakout_room, false)
    // Account-only settings do not leak into the user document.
    assert.equal(s.security, undefined)
    await patch('/v2/accounts/me/settings', { in_meeting: { breakout_room: true, annotation: true } })
  })

  it("the primary group's settings come over the account's, for its members only", async () => {
    const member = await mkUser('grp-member@example.com')
    const outsider = await mkUser('grp-outsider@example.com')
    const g = await mkGroup('Layered', [member])
    await patch('/v2/accounts/me/settings', { schedule_meeting: { join_before_host: false } })
    await patch(`/v2/groups/${g}/settings`, { schedule_meeting: { join_before_host: true, participant_video: true } })
    const s = await settings(member)
    assert.equal(obj(s.schedule_meeting).join_before_host, true)
    assert.equal(obj(s.schedule_meeting).participants_video, true)
    assert.equal((await settings(outsider)).schedule_meeting.join_before_host, false)
    // The member's own change wins while nothing is locked.
    await patch(`/v2/users/${member}/settings`, { schedule_meeting: { join_before_host: false } })
    assert.equal((await settings(member)).schedule_meeting.join_before_host, false)
  })

  it("a group's locked setting overrides the member's own setting; unlocking gives the member's choice back", async () => {
    const u = await mkUser('locked-member@example.com')
    const g = await mkGroup('Locked', [u])
    await patch(`/v2/groups/${g}/settings`, { schedule_meeting: { host_video: false } })
    // The member's PATCH is accepted (Zoom does not refuse it) ...
    await patch(`/v2/users/${u}/settings`, { schedule_meeting: { host_video: true } })
    assert.equal((await settings(u)).schedule_meeting.host_video, true)
    await patch(`/v2/groups/${g}/lock_settings`, { schedule_meeting: { host_video: true } })
    // ... but the locked group value is what applies, before and after another attempt.
    assert.equal((await settings(u)).schedule_meeting.host_video, false)
    await patch(`/v2/users/${u}/settings`, { schedule_meeting: { host_video: true } })
    assert.equal((await settings(u)).schedule_meeting.host_video, false)
    // meeting_security follows the locked sections too.
    await patch(`/v2/groups/${g}/settings`, { in_meeting: { waiting_room: true } })
    await patch(`/v2/users/${u}/settings`, { in_meeting: { waiting_room: false } })
    await patch(`/v2/groups/${g}/lock_settings?option=meeting_security`, { meeting_security: { waiting_room: true } })
    assert.equal((await settings(u)).in_meeting.waiting_room, true)
    const security = await t.call<Settings>('GET', `/v2/users/${u}/settings?option=meeting_security`, { token })
    assert.equal(obj(security.body.meeting_security).waiting_room, true)

    await patch(`/v2/groups/${g}/lock_settings`, { schedule_meeting: { host_video: false } })
    assert.equal((await settings(u)).schedule_meeting.host_video, true)
  })

  it("an account lock forces the account's value over a group's and the user's", async () => {
    const u = await mkUser('acct-locked@example.com')
    const g = await mkGroup('Under account lock', [u])
    await patch('/v2/accounts/me/settings', { in_meeting: { polling: false } })
    await patch(`/v2/groups/${g}/settings`, { in_meeting: { polling: true } })
    await patch(`/v2/users/${u}/settings`, { in_meeting: { polling: true } })
    assert.equal((await settings(u)).in_meeting.polling, true)
    await patch('/v2/accounts/me/lock_settings', { in_meeting: { polling: true } })
    assert.equal((await settings(u)).in_meeting.polling, false)
    await patch('/v2/accounts/me/lock_settings', { in_meeting: { polling: false } })
    assert.equal((await settings(u)).in_meeting.polling, true)
    await patch('/v2/accounts/me/settings', { in_meeting: { polling: true } })
  })
})
