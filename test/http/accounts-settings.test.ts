import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { getAccountSettings } from '../../src/domain/accounts/settings.js'
import { passwordRules } from '../../src/domain/users/credentials.js'
import { makeAccount } from '../helpers/accounts.js'
import {
  type ApiError,
  array,
  at,
  fieldError,
  find,
  items,
  type Json,
  must,
  obj,
  type Settings,
} from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { AuthenticationSettings, SettingsObject } from '../helpers/shapes.js'
import { backgroundFiles } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')

/** The last settings event named `name`. */
async function lastEvent(t: TestServer, name: string) {
  return at(await outboxEvents<SettingsObject>(t, name), -1, `${name} event`)
}

describe('Accounts: settings over HTTP', () => {
  let t: TestServer
  let token: string
  let sub: Awaited<ReturnType<typeof makeAccount>>
  let freeSub: Awaited<ReturnType<typeof makeAccount>>
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    sub = await makeAccount(t, { sub: true, plan: 'business' })
    freeSub = await makeAccount(t, { sub: true, plan: 'free' })
  })
  after(() => t.close())

  describe('GET /accounts/{accountId}/settings', () => {
    it('returns the whole document with realistic defaults', async () => {
      const res = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings`, { token })
      assert.equal(res.status, 200)
      assert.deepEqual(Object.keys(res.body), [
        'security',
        'audio_conferencing',
        'chat',
        'email_notification',
        'feature',
        'in_meeting',
        'integration',
        'other_options',
        'profile',
        'recording',
        'schedule_meeting',
        'telephony',
        'tsp',
        'zoom_rooms',
      ])
      const s = res.body
      assert.equal(s.schedule_meeting.host_video, false)
      assert.equal(s.schedule_meeting.require_password_for_pmi_meetings, 'all')
      assert.equal(obj(s.schedule_meeting.meeting_password_requirement).length, 6)
      assert.equal(s.in_meeting.chat, true)
      assert.equal(s.in_meeting.entry_exit_chime, 'none')
      assert.equal(obj(s.in_meeting.virtual_background_settings).enable, true)
      assert.deepEqual(backgroundFiles(s), [])
      assert.equal(s.recording.cloud_recording, true)
      assert.equal(s.recording.auto_recording, 'none')
      assert.equal(obj(s.security.password_requirement).minimum_password_length, 8)
      assert.equal(s.security.sign_in_with_two_factor_auth, 'none')
      assert.equal(s.feature.meeting_capacity, 300)
      assert.equal(obj(s.chat.share_files).enable, true)
      assert.equal(s.email_notification.jbh_reminder, true)
      assert.equal(s.tsp.show_international_numbers_link, true)
      assert.equal(s.zoom_rooms.upcoming_meeting_alert, false)
      // Internal fields other groups read do not reach the client.
      assert.equal(s.in_meeting.waiting_room, undefined)
      assert.equal(s.schedule_meeting.participants_video, undefined)
      const pro = await makeAccount(t, { sub: true, plan: 'pro' })
      assert.equal(
        (
          await t.call<Settings>(
            'GET',
            `/v2/accounts/${pro.account.id}/settings?custom_query_fields=meeting_capacity`,
            { token },
          )
        ).body.feature.meeting_capacity,
        100,
      )
    })

    it('option views: security, meeting_security, meeting and recording authentication', async () => {
      const security = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings?option=security`, {
        token,
      })
      assert.equal(security.body.password_requirement.minimum_password_length, 8)
      assert.equal(security.body.schedule_meeting, undefined)
      const ms = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings?option=meeting_security`, {
        token,
      })
      assert.deepEqual(Object.keys(ms.body), ['meeting_security'])
      assert.equal(ms.body.meeting_security.waiting_room, true)
      assert.equal(ms.body.meeting_security.encryption_type, 'enhanced_encryption')
      assert.equal(ms.body.meeting_security.meeting_password, true)
      const auth = await t.call<AuthenticationSettings>(
        'GET',
        `/v2/accounts/${sub.account.id}/settings?option=meeting_authentication`,
        {
          token,
        },
      )
      assert.equal(auth.body.meeting_authentication, false)
      assert.deepEqual(
        auth.body.authentication_options.map((o) => o.type),
        ['enforce_login', 'enforce_login_with_domains', 'enforce_login_with_same_account'],
      )
      const rec = await t.call<AuthenticationSettings>(
        'GET',
        `/v2/accounts/${sub.account.id}/settings?option=recording_authentication`,
        {
          token,
        },
      )
      assert.equal(rec.body.recording_authentication, false)
      assert.equal(rec.body.authentication_options[0].type, 'internally')
      const bad = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings?option=everything`, { token })
      assert.deepEqual([bad.status, bad.body.code], [400, 300])
    })

    it('custom_query_fields keeps the named fields inside their sections', async () => {
      const res = await t.call(
        'GET',
        `/v2/accounts/${sub.account.id}/settings?custom_query_fields=host_video,participant_video,tsp`,
        { token },
      )
      assert.deepEqual(res.body, {
        schedule_meeting: { host_video: false, participant_video: false },
        tsp: {
          call_out: false,
          call_out_countries: [],
          display_toll_free_numbers: false,
          show_international_numbers_link: true,
        },
      })
    })

    it("a Free account gets Zoom's paid-only error", async () => {
      const res = await t.call<Settings>('GET', `/v2/accounts/${freeSub.account.id}/settings`, { token })
      assert.deepEqual(
        [res.status, res.body],
        [400, { code: 200, message: `Only available for paid account: ${freeSub.account.id}.` }],
      )
      const patch = await t.call('PATCH', `/v2/accounts/${freeSub.account.id}/settings`, {
        token,
        body: { schedule_meeting: { host_video: true } },
      })
      assert.deepEqual([patch.status, patch.body.code], [400, 200])
    })
  })

  describe('PATCH /accounts/{accountId}/settings', () => {
    it('stores the change, shows it on the next read and announces account.settings_updated', async () => {
      const res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings`, {
        token,
        body: {
          schedule_meeting: { host_video: true, jbh_time: 10 },
          in_meeting: { chat: false, entry_exit_chime: 'all' },
          chat: { share_files: { share_option: 'account' } },
          nonsense: { x: 1 },
        },
      })
      assert.equal(res.status, 204)
      const got = (await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings`, { token })).body
      assert.equal(got.schedule_meeting.host_video, true)
      assert.equal(got.schedule_meeting.jbh_time, 10)
      assert.equal(got.schedule_meeting.join_before_host, false)
      assert.equal(got.in_meeting.chat, false)
      assert.equal(got.in_meeting.entry_exit_chime, 'all')
      assert.equal(obj(got.chat.share_files).share_option, 'account')
      assert.equal(obj(got.chat.share_files).enable, true)
      assert.equal(got.nonsense, undefined)
      const event = await lastEvent(t, 'account.settings_updated')
      assert.equal(event.payload.account_id, sub.account.id)
      assert.deepEqual(event.payload.object.settings.schedule_meeting, { host_video: true, jbh_time: 10 })
      assert.deepEqual(event.payload.old_object.settings.schedule_meeting, { host_video: false, jbh_time: 0 })
      assert.equal(event.payload.object.id, sub.account.id)
      // Meetings read the account's defaults from here.
      const effective = await getAccountSettings(t.server.svc, sub.account.id)
      assert.equal(effective.schedule_meeting.host_video, true)
    })

    it('refuses wrong types and values with 300 and the field', async () => {
      let res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings`, {
        token,
        body: { in_meeting: { entry_exit_chime: 'loud' } },
      })
      assert.deepEqual([res.status, res.body.code, res.body.message], [400, 300, 'Validation Failed.'])
      assert.equal(fieldError(res.body).field, 'in_meeting.entry_exit_chime')
      res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings`, {
        token,
        body: { security: { password_requirement: { minimum_password_length: 20 } } },
      })
      assert.equal(fieldError(res.body).field, 'security.password_requirement.minimum_password_length')
      res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings`, {
        token,
        body: { schedule_meeting: { enforce_login_domains: 'example.com,not a domain' } },
      })
      assert.deepEqual(res.body, {
        code: 300,
        message:
          'The domains provided are invalid. If you are providing multiple domains, separate each domain with a comma.',
      })
      res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings`, {
        token,
        body: { schedule_meeting: { enforce_login_domains: 'example.com,zoom.us' } },
      })
      assert.equal(res.status, 204)
    })

    it("security.password_requirement drives the account's password rules", async () => {
      const master = await makeAccount(t, { plan: 'business', scopes: ['account:write:admin', 'account:read:admin'] })
      const masterToken = await master.token()
      const res = await t.call('PATCH', '/v2/accounts/me/settings', {
        token: masterToken,
        body: { security: { password_requirement: { minimum_password_length: 12, have_special_character: true } } },
      })
      assert.equal(res.status, 204)
      const rules = await passwordRules(t.server.svc, master.account.id)
      assert.equal(rules.minLength, 12)
      assert.equal(rules.requireSpecial, true)
      // A sub account's owner password follows the master's rules.
      const short = await t.call('POST', '/v2/accounts', {
        token: masterToken,
        body: { first_name: 'A', last_name: 'B', email: 'rules@example.org', password: 'Qx7!mRt2pz' },
      })
      assert.deepEqual([short.status, short.body.code], [400, 300])
      const ok = await t.call('POST', '/v2/accounts', {
        token: masterToken,
        body: { first_name: 'A', last_name: 'B', email: 'rules@example.org', password: 'Qx7!mRt2pzKw' },
      })
      assert.equal(ok.status, 201)
    })

    it('option=meeting_security: mirrored fields change the sections too', async () => {
      const res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings?option=meeting_security`, {
        token,
        body: {
          meeting_security: {
            waiting_room: false,
            pmi_password: false,
            encryption_type: 'e2ee',
            block_user_domain: true,
            block_user_domain_list: ['spam.example.com'],
          },
        },
      })
      assert.equal(res.status, 204)
      const ms = (
        await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings?option=meeting_security`, { token })
      ).body.meeting_security
      assert.equal(ms.waiting_room, false)
      assert.equal(ms.pmi_password, false)
      assert.equal(ms.encryption_type, 'e2ee')
      assert.deepEqual(ms.block_user_domain_list, ['spam.example.com'])
      const doc = (await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/settings`, { token })).body
      assert.equal(doc.schedule_meeting.require_password_for_pmi_meetings, 'none')
      const effective = await getAccountSettings(t.server.svc, sub.account.id)
      assert.equal(effective.in_meeting.waiting_room, false)
      const bad = await t.call('PATCH', `/v2/accounts/${sub.account.id}/settings?option=meeting_security`, {
        token,
        body: { meeting_security: { block_user_domain_list: ['no'] } },
      })
      assert.deepEqual([bad.status, bad.body.code], [400, 300])
    })

    it('authentication profiles: add, update, make default, delete', async () => {
      const url = `/v2/accounts/${sub.account.id}/settings?option=meeting_authentication`
      let res = await t.call('PATCH', url, {
        token,
        body: {
          meeting_authentication: true,
          authentication_option: {
            action: 'add',
            name: 'Partners',
            type: 'enforce_login_with_domains',
            domains: 'partner.example.com',
          },
        },
      })
      assert.equal(res.status, 204)
      let view = (await t.call<AuthenticationSettings>('GET', url, { token })).body
      assert.equal(view.meeting_authentication, true)
      const added = find(view.authentication_options, (o) => o.name === 'Partners')
      assert.equal(added.domains, 'partner.example.com')
      res = await t.call('PATCH', url, {
        token,
        body: {
          authentication_option: { action: 'update', id: added.id, name: 'Partners only', default_option: true },
        },
      })
      assert.equal(res.status, 204)
      view = (await t.call<AuthenticationSettings>('GET', url, { token })).body
      assert.deepEqual(
        view.authentication_options.filter((o) => o.default_option).map((o) => o.name),
        ['Partners only'],
      )
      res = await t.call('PATCH', url, { token, body: { authentication_option: { action: 'delete', id: added.id } } })
      assert.equal(res.status, 204)
      view = (await t.call<AuthenticationSettings>('GET', url, { token })).body
      assert.ok(!view.authentication_options.some((o) => o.id === added.id))
      res = await t.call('PATCH', url, { token, body: { authentication_option: { action: 'update', id: 'missing' } } })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: authentication_option.id' })
      res = await t.call('PATCH', url, {
        token,
        body: { authentication_option: { action: 'add', name: 'Bad', domains: 'bad domain' } },
      })
      assert.equal(res.body.code, 300)
    })
  })

  describe('lock settings', () => {
    it('nothing is locked at first; a change shows and is announced', async () => {
      let res = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/lock_settings`, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.schedule_meeting.host_video, false)
      assert.equal(res.body.recording.cloud_recording, false)
      assert.equal(res.body.meeting_security, undefined)
      res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/lock_settings`, {
        token,
        body: { schedule_meeting: { host_video: true }, meeting_security: { waiting_room: true } },
      })
      assert.equal(res.status, 204)
      res = await t.call<Settings>(
        'GET',
        `/v2/accounts/${sub.account.id}/lock_settings?custom_query_fields=host_video`,
        {
          token,
        },
      )
      assert.deepEqual(res.body, { schedule_meeting: { host_video: true } })
      res = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/lock_settings?option=meeting_security`, {
        token,
      })
      assert.equal(res.body.meeting_security.waiting_room, true)
      assert.equal(res.body.meeting_security.webinar_password, false)
      const event = await lastEvent(t, 'account.lock_settings_updated')
      assert.deepEqual(event.payload.object, {
        id: sub.account.id,
        settings: { schedule_meeting: { host_video: true }, meeting_security: { waiting_room: true } },
      })
      assert.deepEqual(event.payload.old_object.settings.schedule_meeting, { host_video: false })
    })

    it('a wrong type is 400/300; a Free account is refused', async () => {
      let res = await t.call('PATCH', `/v2/accounts/${sub.account.id}/lock_settings`, {
        token,
        body: { in_meeting: { chat: 'locked' } },
      })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call<Settings>('GET', `/v2/accounts/${freeSub.account.id}/lock_settings`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })
  })

  describe('webinar registration settings', () => {
    it('defaults, then a change the next read shows', async () => {
      const url = `/v2/accounts/${sub.account.id}/settings/registration?type=webinar`
      let res = await t.call('GET', url, { token })
      assert.equal(res.status, 200)
      assert.equal(res.body.approve_type, 0)
      assert.equal(array(res.body.questions).length, 14)
      assert.deepEqual(array(res.body.questions)[0], { field_name: 'last_name', required: false, selected: true })
      res = await t.call('PATCH', url, {
        token,
        body: {
          approve_type: 1,
          options: { show_social_share_buttons: false },
          questions: [{ field_name: 'org', required: true }],
          custom_questions: [{ title: 'Team size?', type: 'single_radio', required: true, answers: ['1-10', '11+'] }],
        },
      })
      assert.equal(res.status, 204)
      res = await t.call('GET', url, { token })
      assert.equal(res.body.approve_type, 1)
      assert.equal(obj(res.body.options).show_social_share_buttons, false)
      assert.equal(obj(res.body.options).allow_participants_to_join_from_multiple_devices, true)
      assert.deepEqual(
        items(res.body.questions).find((q) => q.field_name === 'org'),
        { field_name: 'org', required: true, selected: true },
      )
      assert.deepEqual(res.body.custom_questions, [
        { title: 'Team size?', type: 'single_radio', required: true, selected: true, answers: ['1-10', '11+'] },
      ])
    })

    it('choice questions need answers; unknown fields and types are refused', async () => {
      const url = `/v2/accounts/${sub.account.id}/settings/registration`
      let res = await t.call('PATCH', url, { token, body: { custom_questions: [{ title: 'Pick', type: 'multiple' }] } })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: custom_questions[0].answers' })
      res = await t.call('PATCH', url, { token, body: { questions: [{ field_name: 'shoe_size', required: true }] } })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call('GET', `${url}?type=meeting`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 300])
      res = await t.call('GET', `/v2/accounts/${freeSub.account.id}/settings/registration`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })
  })

  describe('virtual backgrounds', () => {
    const upload = (accountId: string, bytes: Buffer, name = 'bg.png') => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)]), name)
      return fetch(`${t.origin}/v2/accounts/${accountId}/settings/virtual_backgrounds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      })
    }

    it('uploads an image the settings then list, and deletes it', async () => {
      const res = await upload(sub.account.id, PNG)
      assert.equal(res.status, 201)
      const file = (await res.json()) as Json
      assert.deepEqual(
        { ...file, id: 'x' },
        { id: 'x', is_default: false, name: 'bg.png', size: PNG.length, type: 'image' },
      )
      const listed = (
        await t.call<Settings>(
          'GET',
          `/v2/accounts/${sub.account.id}/settings?custom_query_fields=virtual_background_settings`,
          {
            token,
          },
        )
      ).body
      assert.deepEqual(
        backgroundFiles(listed).map((f) => f.id),
        [file.id],
      )
      let del = await t.call(
        'DELETE',
        `/v2/accounts/${sub.account.id}/settings/virtual_backgrounds?file_ids=${file.id},unknown`,
        { token },
      )
      assert.deepEqual(del.body, { code: 300, message: 'Invalid parameter: file_ids' })
      del = await t.call('DELETE', `/v2/accounts/${sub.account.id}/settings/virtual_backgrounds?file_ids=${file.id}`, {
        token,
      })
      assert.equal(del.status, 204)
      const after = (
        await t.call<Settings>(
          'GET',
          `/v2/accounts/${sub.account.id}/settings?custom_query_fields=virtual_background_settings`,
          {
            token,
          },
        )
      ).body
      assert.deepEqual(backgroundFiles(after), [])
    })

    it('refuses non-images, a missing file and an eleventh file with 120', async () => {
      let res = await upload(sub.account.id, Buffer.from('just text'), 'a.txt')
      assert.deepEqual([res.status, ((await res.json()) as ApiError).code], [400, 120])
      res = await fetch(`${t.origin}/v2/accounts/${sub.account.id}/settings/virtual_backgrounds`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: new FormData(),
      })
      assert.deepEqual(await res.json(), {
        code: 120,
        message: 'No file uploaded, verify that a file has been uploaded.',
      })
      const other = await makeAccount(t, { sub: true, plan: 'business' })
      for (let i = 0; i < 10; i++) assert.equal((await upload(other.account.id, PNG, `bg${i}.png`)).status, 201)
      res = await upload(other.account.id, PNG)
      assert.deepEqual(await res.json(), { code: 120, message: 'A maximum of 10 files are allowed for an account.' })
    })

    it('is refused when the account turned virtual backgrounds off', async () => {
      const other = await makeAccount(t, { sub: true, plan: 'business' })
      await t.call('PATCH', `/v2/accounts/${other.account.id}/settings`, {
        token,
        body: { in_meeting: { virtual_background: false } },
      })
      const res = await upload(other.account.id, PNG)
      assert.equal(res.status, 400)
      assert.equal(((await res.json()) as ApiError).code, 200)
    })
  })

  describe('managed and trusted domains', () => {
    it('lists what the account has (none at first)', async () => {
      let res = await t.call('GET', `/v2/accounts/${sub.account.id}/managed_domains`, { token })
      assert.deepEqual(res.body, { total_records: 0, domains: [] })
      res = await t.call('GET', `/v2/accounts/${sub.account.id}/trusted_domains`, { token })
      assert.deepEqual(res.body, { trusted_domains: [] })
      // Domains are verified in the web portal; here they are written straight into the account.
      const svc = t.server.svc
      const row = must(await svc.accounts.get(sub.account.id))
      await svc.accounts.update(sub.account.id, {
        data: JSON.stringify({
          ...svc.accounts.data(row),
          managed_domains: [{ domain: 'acme.example', status: 'verified' }],
          trusted_domains: ['partner.example'],
        }),
      })
      res = await t.call('GET', `/v2/accounts/${sub.account.id}/managed_domains`, { token })
      assert.deepEqual(res.body, { total_records: 1, domains: [{ domain: 'acme.example', status: 'verified' }] })
      res = await t.call('GET', `/v2/accounts/${sub.account.id}/trusted_domains`, { token })
      assert.deepEqual(res.body, { trusted_domains: ['partner.example'] })
      res = await t.call('GET', `/v2/accounts/${freeSub.account.id}/managed_domains`, { token })
      assert.deepEqual([res.status, res.body.code], [400, 200])
    })
  })
})
