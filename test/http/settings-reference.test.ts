import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startWithToken } from '../helpers/fixtures.js'
import { items, obj } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

// Points where the user, group and account settings documents were compared field by field with Zoom's 2022
// Meeting API document; each test pins what a client sees over HTTP.

describe('Settings against the Zoom reference', () => {
  let t: TestServer
  let token: string
  let n = 0
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const call = (method: string, path: string, body?: unknown) => t.call(method, `/v2${path}`, { token, body })
  const newUser = async () => {
    const res = await call('POST', '/users', {
      action: 'custCreate',
      user_info: { email: `settings-ref-${++n}@example.com`, type: 2 },
    })
    assert.equal(res.status, 201)
    return res.body.id as string
  }

  describe('GET/PATCH /users/{userId}/settings: in_meeting.request_permission_to_unmute', () => {
    it('GET shows the setting under the name the reference gives it, with the same value as the newer name', async () => {
      const id = await newUser()
      const before = (await call('GET', `/users/${id}/settings`)).body.in_meeting
      assert.equal(obj(before).request_permission_to_unmute, false)
      assert.equal(obj(before).request_permission_to_unmute_participants, false)

      assert.equal(
        (
          await call('PATCH', `/users/${id}/settings`, {
            in_meeting: { request_permission_to_unmute_participants: true },
          })
        ).status,
        204,
      )
      const after = (await call('GET', `/users/${id}/settings`)).body.in_meeting
      assert.equal(obj(after).request_permission_to_unmute, true)
      assert.equal(obj(after).request_permission_to_unmute_participants, true)
    })

    it('PATCH under the reference name changes the setting (it was accepted with 204 and dropped)', async () => {
      const id = await newUser()
      assert.equal(
        (await call('PATCH', `/users/${id}/settings`, { in_meeting: { request_permission_to_unmute: true } })).status,
        204,
      )
      const s = (await call('GET', `/users/${id}/settings`)).body.in_meeting
      assert.equal(obj(s).request_permission_to_unmute, true)
      assert.equal(obj(s).request_permission_to_unmute_participants, true)

      const bad = await call('PATCH', `/users/${id}/settings`, { in_meeting: { request_permission_to_unmute: 'yes' } })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
    })

    it('custom_query_fields finds it by the reference name', async () => {
      const id = await newUser()
      const res = await call('GET', `/users/${id}/settings?custom_query_fields=request_permission_to_unmute`)
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, { in_meeting: { request_permission_to_unmute: false } })
    })

    it("a group's lock on the setting shows under both names", async () => {
      const id = await newUser()
      const group = (await call('POST', '/groups', { name: `ref-unmute-${++n}` })).body
      assert.equal((await call('POST', `/groups/${group.id}/members`, { members: [{ id }] })).status, 201)
      assert.equal(
        (await call('PATCH', `/groups/${group.id}/settings`, { in_meeting: { request_permission_to_unmute: true } }))
          .status,
        204,
      )
      assert.equal(
        (
          await call('PATCH', `/groups/${group.id}/lock_settings`, {
            in_meeting: { request_permission_to_unmute: true },
          })
        ).status,
        204,
      )
      assert.equal(
        (await call('PATCH', `/users/${id}/settings`, { in_meeting: { request_permission_to_unmute: false } })).status,
        204,
      )
      const s = (await call('GET', `/users/${id}/settings`)).body.in_meeting
      assert.equal(obj(s).request_permission_to_unmute, true)
      assert.equal(obj(s).request_permission_to_unmute_participants, true)
    })
  })

  describe('PATCH /accounts/{accountId}/settings: integers and their limits', () => {
    const refused = async (body: unknown, field: string) => {
      const res = await call('PATCH', '/accounts/me/settings', body)
      assert.equal(res.status, 400, JSON.stringify(body))
      assert.equal(res.body.code, 300)
      assert.ok(
        items(res.body.errors).some((e) => e.field === field),
        JSON.stringify(res.body),
      )
    }

    it('passcode and recording password lengths are whole numbers; a recording password needs at most 10', async () => {
      await refused(
        { schedule_meeting: { meeting_password_requirement: { length: 6.5 } } },
        'schedule_meeting.meeting_password_requirement.length',
      )
      await refused(
        { meeting_security: { meeting_password_requirement: { length: 7.5 } } },
        'meeting_security.meeting_password_requirement.length',
      )
      await refused(
        { recording: { recording_password_requirement: { length: 8.5 } } },
        'recording.recording_password_requirement.length',
      )
      await refused(
        { recording: { recording_password_requirement: { length: 11 } } },
        'recording.recording_password_requirement.length',
      )
      assert.equal(
        (
          await call('PATCH', '/accounts/me/settings', {
            recording: { recording_password_requirement: { length: 10 } },
          })
        ).status,
        204,
      )
      const s = (await call('GET', '/accounts/me/settings')).body
      assert.equal(obj(obj(s.recording).recording_password_requirement).length, 10)
    })

    it('meeting_capacity is a whole number', async () => {
      await refused({ feature: { meeting_capacity: 100.5 } }, 'feature.meeting_capacity')
    })

    it('the sign-in periods after inactivity take 0 (off) or one of the listed minutes', async () => {
      await refused(
        { security: { sign_again_period_for_inactivity_on_client: 7 } },
        'security.sign_again_period_for_inactivity_on_client',
      )
      await refused(
        { security: { sign_again_period_for_inactivity_on_client: 7.5 } },
        'security.sign_again_period_for_inactivity_on_client',
      )
      // 45 and 90 are choices for the client only.
      await refused(
        { security: { sign_again_period_for_inactivity_on_web: 45 } },
        'security.sign_again_period_for_inactivity_on_web',
      )
      const ok = await call('PATCH', '/accounts/me/settings', {
        security: { sign_again_period_for_inactivity_on_client: 45, sign_again_period_for_inactivity_on_web: 120 },
      })
      assert.equal(ok.status, 204)
      const s = (await call('GET', '/accounts/me/settings?option=security')).body
      assert.equal(s.sign_again_period_for_inactivity_on_client, 45)
      assert.equal(s.sign_again_period_for_inactivity_on_web, 120)
      assert.equal(
        (
          await call('PATCH', '/accounts/me/settings', {
            security: { sign_again_period_for_inactivity_on_client: 0, sign_again_period_for_inactivity_on_web: 0 },
          })
        ).status,
        204,
      )
    })

    it('the login password limit on consecutive characters is 0 (none) or 4 to 8', async () => {
      await refused(
        { security: { password_requirement: { consecutive_characters_length: 3 } } },
        'security.password_requirement.consecutive_characters_length',
      )
      assert.equal(
        (
          await call('PATCH', '/accounts/me/settings', {
            security: { password_requirement: { consecutive_characters_length: 4 } },
          })
        ).status,
        204,
      )
      assert.equal(
        obj((await call('GET', '/accounts/me/settings?option=security')).body.password_requirement)
          .consecutive_characters_length,
        4,
      )
      assert.equal(
        (
          await call('PATCH', '/accounts/me/settings', {
            security: { password_requirement: { consecutive_characters_length: 0 } },
          })
        ).status,
        204,
      )
    })

    it('toll numbers are at most 30 characters', async () => {
      const number = {
        code: '1',
        country_code: 'US',
        country_name: 'United States',
        display_number: '+1 555 0100',
        number: '15550100',
      }
      await refused(
        {
          audio_conferencing: {
            toll_free_and_fee_based_toll_call: { numbers: [{ ...number, number: '1'.repeat(31) }] },
          },
        },
        'audio_conferencing.toll_free_and_fee_based_toll_call.numbers.0.number',
      )
    })
  })
})
