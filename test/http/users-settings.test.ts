import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { USER_SETTINGS_DEFAULTS } from '../../src/domain/users/settings.defaults.js'
import { makeAccount } from '../helpers/accounts.js'
import { gif, jpeg, mp4, png } from '../helpers/media.js'
import { fieldError, fieldErrors, find, type Json, must, obj, type Settings, str } from '../helpers/json.js'
import type { AuthenticationSettings, User } from '../helpers/shapes.js'
import { backgroundFiles } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

function form(field: string, bytes: Buffer, filename: string, type = 'application/octet-stream'): FormData {
  const f = new FormData()
  f.append(field, new Blob([new Uint8Array(bytes)], { type }), filename)
  return f
}

describe('User settings, pictures and virtual backgrounds over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let basicId: string
  const auth = () => ({ authorization: `Bearer ${token}` })
  const upload = async (path: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const res = await fetch(t.origin + path, { method: 'POST', headers: { ...auth(), ...headers }, body })
    const text = await res.text()
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined }
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
    basicId = (
      await t.call<User>('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'basic@example.com', type: 1 } },
      })
    ).body.id
  })
  after(() => t.close())

  describe('GET /users/{userId}/settings', () => {
    it('returns every section with Zoom-typed values', async () => {
      const res = await t.call<Settings>('GET', '/v2/users/me/settings', { token })
      assert.equal(res.status, 200)
      const s = res.body
      for (const section of [
        'schedule_meeting',
        'in_meeting',
        'email_notification',
        'recording',
        'telephony',
        'feature',
        'tsp',
        'profile',
        'audio_conferencing',
        'whiteboard',
      ]) {
        assert.equal(typeof s[section], 'object', `section ${section}`)
      }
      const expect: Array<[string, string]> = [
        ['schedule_meeting.host_video', 'boolean'],
        ['schedule_meeting.participants_video', 'boolean'],
        ['schedule_meeting.audio_type', 'string'],
        ['schedule_meeting.join_before_host', 'boolean'],
        ['schedule_meeting.require_password_for_pmi_meetings', 'string'],
        ['schedule_meeting.meeting_password_requirement.length', 'number'],
        ['schedule_meeting.meeting_password_requirement.consecutive_characters_length', 'number'],
        ['schedule_meeting.pmi_password', 'string'],
        ['schedule_meeting.use_pmi_for_instant_meetings', 'boolean'],
        ['schedule_meeting.continuous_meeting_chat.enable', 'boolean'],
        ['in_meeting.chat', 'boolean'],
        ['in_meeting.private_chat', 'boolean'],
        ['in_meeting.entry_exit_chime', 'string'],
        ['in_meeting.allow_participants_chat_with', 'number'],
        ['in_meeting.waiting_room', 'boolean'],
        ['in_meeting.closed_captioning.enable', 'boolean'],
        ['in_meeting.language_interpretation.languages', 'array'],
        ['in_meeting.data_center_regions', 'array'],
        ['in_meeting.virtual_background_settings.allow_videos', 'boolean'],
        ['in_meeting.virtual_background_settings.files', 'array'],
        ['in_meeting.webinar_chat.allow_attendees_chat_with', 'number'],
        ['in_meeting.who_can_share_screen', 'string'],
        ['in_meeting.meeting_polling.enable', 'boolean'],
        ['email_notification.jbh_reminder', 'boolean'],
        ['email_notification.cloud_recording_available_reminder', 'boolean'],
        ['recording.auto_recording', 'string'],
        ['recording.cloud_recording', 'boolean'],
        ['recording.auto_delete_cmr_days', 'number'],
        ['recording.recording_password_requirement.length', 'number'],
        ['recording.ip_address_access_control.ip_addresses_or_ranges', 'string'],
        ['recording.smart_recording.create_smart_chapters', 'boolean'],
        ['telephony.audio_conference_info', 'string'],
        ['telephony.telephony_regions.allowed_values', 'array'],
        ['telephony.telephony_regions.selection_values', 'string'],
        ['feature.meeting_capacity', 'number'],
        ['feature.large_meeting', 'boolean'],
        ['feature.webinar', 'boolean'],
        ['feature.concurrent_meeting', 'string'],
        ['feature.zoom_events_capacity', 'number'],
        ['feature.zoom_phone', 'boolean'],
        ['tsp.call_out', 'boolean'],
        ['tsp.call_out_countries', 'array'],
        ['profile.recording_storage_location.value', 'string'],
        ['audio_conferencing.toll_free_and_fee_based_toll_call.enable', 'boolean'],
        ['audio_conferencing.toll_free_and_fee_based_toll_call.numbers', 'array'],
        ['whiteboard.in_meeting_advanced_whiteboard', 'boolean'],
      ]
      for (const [path, type] of expect) {
        const v = path.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], s)
        assert.equal(Array.isArray(v) ? 'array' : typeof v, type, path)
      }
      assert.equal(s.schedule_meeting.audio_type, 'both')
      assert.equal(s.recording.auto_recording, 'none')
      assert.equal(s.recording.cloud_recording, true)
      assert.equal(s.feature.meeting_capacity, 300, 'a licensed user on a Business account')
      assert.deepEqual(backgroundFiles(s), [])
      assert.equal(s.meeting_security, undefined, 'option sub-documents only on request')
    })

    it('shows every default leaf (nothing dropped by the response schema)', async () => {
      const s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      const walk = (def: object, got: unknown, path: string) => {
        for (const [k, v] of Object.entries(def)) {
          const p = path ? `${path}.${k}` : k
          assert.ok(got && typeof got === 'object' && k in got, `missing ${p}`)
          const g = (got as Json)[k]
          if (v && typeof v === 'object' && !Array.isArray(v)) walk(v, g, p)
          else assert.equal(Array.isArray(g) ? 'array' : typeof g, Array.isArray(v) ? 'array' : typeof v, p)
        }
      }
      walk(USER_SETTINGS_DEFAULTS, s, '')
    })

    it('a Basic user has no cloud recording or polls and a 100-seat meeting', async () => {
      const s = (await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body
      assert.equal(s.recording.cloud_recording, false)
      assert.equal(s.in_meeting.polling, false)
      assert.equal(s.feature.meeting_capacity, 100)
      assert.equal(s.in_meeting.chat, true)
    })

    it('custom_query_fields keeps only the named fields inside their sections', async () => {
      const res = await t.call<Settings>('GET', '/v2/users/me/settings?custom_query_fields=host_video,chat', { token })
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, { schedule_meeting: { host_video: false }, in_meeting: { chat: true } })
    })

    it('an unknown user is 404/1001; an unknown option is 300', async () => {
      const res = await t.call<Settings>('GET', '/v2/users/nobody123/settings', { token })
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 1001, message: 'User does not exist: nobody123.' })
      const bad = await t.call<Settings>('GET', '/v2/users/me/settings?option=nope', { token })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
      assert.equal(fieldError(bad.body).field, 'option')
    })

    it('a pending user whose invitation lapsed is 400/1120', async () => {
      const invited = (
        await t.call('POST', '/v2/users', {
          token,
          body: { action: 'create', user_info: { email: 'late@example.com', type: 1 } },
        })
      ).body.id
      assert.equal((await t.call<Settings>('GET', `/v2/users/${invited}/settings`, { token })).status, 200)
      t.clock.advance(31 * 86_400_000)
      token = await t.token()
      const res = await t.call<Settings>('GET', `/v2/users/${invited}/settings`, { token })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 1120)
      assert.equal(res.body.message, 'A valid invitation to join the Zoom account was not found for this user.')
      const patch = await t.call('PATCH', `/v2/users/${invited}/settings`, {
        token,
        body: { in_meeting: { chat: false } },
      })
      assert.equal(patch.body.code, 1120)
    })

    it('serves the master-account form for a sub account', async () => {
      const sub = await makeAccount(t, { sub: true })
      const res = await t.call<Settings>('GET', `/v2/accounts/${sub.account.id}/users/${sub.owner.id}/settings`, {
        token,
      })
      assert.equal(res.status, 200)
      assert.equal(typeof res.body.in_meeting.chat, 'boolean')
    })
  })

  describe('PATCH /users/{userId}/settings', () => {
    it('stores a change (204) and the next GET shows it, siblings untouched', async () => {
      const res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: {
          in_meeting: { entry_exit_chime: 'host', annotation: false },
          schedule_meeting: { host_video: true },
          recording: { auto_recording: 'cloud' },
          tsp: { call_out: true },
        },
      })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      const s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(s.in_meeting.entry_exit_chime, 'host')
      assert.equal(s.in_meeting.annotation, false)
      assert.equal(s.schedule_meeting.host_video, true)
      assert.equal(s.recording.auto_recording, 'cloud')
      assert.equal(s.tsp.call_out, true)
      // Fields not sent keep their values (no defaults are filled into a PATCH).
      assert.equal(s.in_meeting.chat, true)
      assert.equal(s.in_meeting.co_host, true)
      assert.equal(s.recording.cloud_recording, true)
      assert.equal(s.schedule_meeting.participants_video, false)
      // A second change merges with the first.
      await t.call('PATCH', '/v2/users/me/settings', { token, body: { in_meeting: { chat: false } } })
      const again = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(again.in_meeting.chat, false)
      assert.equal(again.in_meeting.entry_exit_chime, 'host')
    })

    it('an unknown enum value or a wrong type is 400/300 naming the field, and nothing is stored', async () => {
      let res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { in_meeting: { entry_exit_chime: 'loud', chat: true } },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(res.body.message, 'Validation Failed.')
      assert.deepEqual(
        fieldErrors(res.body).map((e) => e.field),
        ['in_meeting.entry_exit_chime'],
      )
      res = await t.call('PATCH', '/v2/users/me/settings', { token, body: { schedule_meeting: { host_video: 'yes' } } })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'schedule_meeting.host_video')
      res = await t.call('PATCH', '/v2/users/me/settings', { token, body: { recording: { auto_delete_cmr_days: 45 } } })
      assert.equal(fieldError(res.body).field, 'recording.auto_delete_cmr_days')
      res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { schedule_meeting: { pmi_password: 'way too long a passcode' } },
      })
      assert.equal(fieldError(res.body).field, 'schedule_meeting.pmi_password')
      const s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(s.in_meeting.chat, false, 'the refused request changed nothing')
      assert.equal(s.schedule_meeting.host_video, true)
    })

    it('unknown fields and read-only lists are ignored', async () => {
      const res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: {
          in_meeting: { no_such_setting: true, virtual_background_settings: { files: [{ id: 'x' }] } },
          bogus: { a: 1 },
        },
      })
      assert.equal(res.status, 204)
      const s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(s.in_meeting.no_such_setting, undefined)
      assert.deepEqual(backgroundFiles(s), [])
      const row = await t.server.svc.users.repo.byId(t.seed.accountId, ownerId)
      assert.ok(!must(row).settings.includes('no_such_setting'))
      assert.ok(!must(row).settings.includes('bogus'))
    })

    it('a region must be one of the allowed values', async () => {
      const res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { profile: { recording_storage_location: { value: 'XX' } } },
      })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'profile.recording_storage_location.value')
    })

    it('feature rules: Basic users cannot take paid features (1108, 1122, 1206, 1207)', async () => {
      const cases: Array<[object, number, string]> = [
        [{ large_meeting: true }, 1108, 'Only Licensed or On-prem users can enable the large meeting feature.'],
        [{ webinar: true }, 1122, 'Webinar feature can only be enabled for Licensed or On-prem users.'],
        [{ zoom_events: true }, 1206, 'You can only enable the Zoom Events feature for Licensed or On-prem users.'],
        [
          { concurrent_meeting: 'Basic' },
          1207,
          'You can only enable the "Concurrent Meeting" feature for Licensed users or On-prem users.',
        ],
      ]
      for (const [feature, code, message] of cases) {
        const res = await t.call('PATCH', `/v2/users/${basicId}/settings`, { token, body: { feature } })
        assert.equal(res.status, 400)
        assert.deepEqual(res.body, { code, message })
      }
      const s = (await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body
      assert.equal(s.feature.large_meeting, false)
    })

    it('feature rules: a licensed user gets a large meeting; webinar and Zoom Events exclude each other (1205, 1204)', async () => {
      let res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { feature: { large_meeting: true, webinar: true, zoom_phone: true } },
      })
      assert.equal(res.status, 204)
      let s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(s.feature.large_meeting, true)
      assert.equal(s.feature.large_meeting_capacity, 500)
      assert.equal(s.feature.webinar, true)
      assert.equal(s.feature.webinar_capacity, 500)
      assert.equal(s.feature.zoom_phone, true)
      // Features live on the user document, where user updates and bulk feature updates see them.
      const user = await t.server.svc.users.byId(t.seed.accountId, ownerId)
      assert.equal(obj(must(user).doc.feature).large_meeting, true)
      assert.equal(obj(must(user).doc.feature).zoom_phone, true)

      res = await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { zoom_events: true } } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 1205)
      res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { feature: { webinar: false, zoom_events: true, zoom_events_capacity: 1000 } },
      })
      assert.equal(res.status, 204)
      res = await t.call('PATCH', '/v2/users/me/settings', { token, body: { feature: { webinar: true } } })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 1204)
      s = (await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body
      assert.equal(s.feature.webinar, false)
      assert.equal(s.feature.webinar_capacity, 0)
      assert.equal(s.feature.zoom_events, true)
      assert.equal(s.feature.zoom_events_capacity, 1000)
      res = await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { feature: { large_meeting_capacity: 700 } },
      })
      assert.equal(fieldError(res.body).field, 'feature.large_meeting_capacity')
    })

    it('use_pmi_for_instant_meetings is the user’s use_pmi', async () => {
      await t.call('PATCH', `/v2/users/${basicId}/settings`, {
        token,
        body: { schedule_meeting: { use_pmi_for_instant_meetings: true } },
      })
      assert.equal((await t.call<User>('GET', `/v2/users/${basicId}`, { token })).body.use_pmi, true)
      assert.equal(
        (await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body.schedule_meeting
          .use_pmi_for_instant_meetings,
        true,
      )
    })
  })

  describe('option variants', () => {
    it('meeting_security mirrors the sections and stores its own fields', async () => {
      let res = await t.call<Settings>('GET', `/v2/users/${basicId}/settings?option=meeting_security`, { token })
      assert.equal(res.status, 200)
      assert.deepEqual(Object.keys(res.body), ['meeting_security'])
      const ms = res.body.meeting_security
      assert.equal(ms.waiting_room, true)
      assert.equal(ms.auto_security, true)
      assert.equal(ms.encryption_type, 'enhanced_encryption')
      assert.equal(obj(ms.meeting_password_requirement).length, 6)
      assert.deepEqual(ms.waiting_room_settings, {
        participants_to_place_in_waiting_room: 0,
        users_who_can_admit_participants_from_waiting_room: 0,
        whitelisted_domains_for_waiting_room: '',
      })

      res = await t.call('PATCH', `/v2/users/${basicId}/settings?option=meeting_security`, {
        token,
        body: {
          meeting_security: {
            waiting_room: false,
            pmi_password: false,
            block_user_domain: true,
            block_user_domain_list: ['example.org'],
            meeting_password_requirement: { length: 8 },
          },
        },
      })
      assert.equal(res.status, 204)
      const again = (await t.call<Settings>('GET', `/v2/users/${basicId}/settings?option=meeting_security`, { token }))
        .body.meeting_security
      assert.equal(again.waiting_room, false)
      assert.equal(again.pmi_password, false)
      assert.equal(again.block_user_domain, true)
      assert.deepEqual(again.block_user_domain_list, ['example.org'])
      assert.equal(obj(again.meeting_password_requirement).length, 8)
      const s = (await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body
      assert.equal(s.in_meeting.waiting_room, false)
      assert.equal(s.schedule_meeting.require_password_for_pmi_meetings, 'none')
      assert.equal(obj(s.schedule_meeting.meeting_password_requirement).length, 8)
      assert.equal(obj(s.schedule_meeting.meeting_password_requirement).have_letter, false)

      res = await t.call('PATCH', `/v2/users/${basicId}/settings?option=meeting_security`, {
        token,
        body: { meeting_security: { encryption_type: 'rot13' } },
      })
      assert.equal(res.status, 400)
      assert.equal(fieldError(res.body).field, 'meeting_security.encryption_type')
    })

    it('meeting_authentication: the switch and the options, changed with update/show/hide', async () => {
      let res = await t.call<AuthenticationSettings>('GET', '/v2/users/me/settings?option=meeting_authentication', {
        token,
      })
      assert.equal(res.status, 200)
      assert.equal(res.body.meeting_authentication, false)
      const options = res.body.authentication_options
      assert.ok(options.length >= 2)
      assert.ok(options.every((o) => typeof o.id === 'string' && o.id.length > 0 && o.visible === true))
      assert.equal(options.filter((o) => o.default_option).length, 1)
      const domains = find(options, (o) => o.type === 'enforce_login_with_domains')

      res = await t.call('PATCH', '/v2/users/me/settings?option=meeting_authentication', {
        token,
        body: {
          meeting_authentication: true,
          authentication_option: { action: 'update', id: domains.id, domains: 'example.com', default_option: true },
        },
      })
      assert.equal(res.status, 204)
      await t.call('PATCH', '/v2/users/me/settings?option=meeting_authentication', {
        token,
        body: { authentication_option: { action: 'hide', id: options[0].id } },
      })
      const after = (
        await t.call<AuthenticationSettings>('GET', '/v2/users/me/settings?option=meeting_authentication', { token })
      ).body
      assert.equal(after.meeting_authentication, true)
      const d = find(after.authentication_options, (o) => o.id === domains.id)
      assert.equal(d.domains, 'example.com')
      assert.equal(d.default_option, true)
      assert.equal(after.authentication_options.filter((o) => o.default_option).length, 1)
      assert.equal(find(after.authentication_options, (o) => o.id === options[0].id).visible, false)

      res = await t.call('PATCH', '/v2/users/me/settings?option=meeting_authentication', {
        token,
        body: { authentication_option: { action: 'show', id: 'nope' } },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
    })

    it('recording_authentication has its own switch and options', async () => {
      await t.call('PATCH', '/v2/users/me/settings?option=recording_authentication', {
        token,
        body: { recording_authentication: true },
      })
      const r = (
        await t.call<AuthenticationSettings>('GET', '/v2/users/me/settings?option=recording_authentication', { token })
      ).body
      assert.equal(r.recording_authentication, true)
      assert.equal(r.meeting_authentication, undefined)
      assert.ok(r.authentication_options.some((o) => o.type === 'internally'))
    })
  })

  describe('profile picture', () => {
    it('uploads a PNG (201, no body); pic_url serves the same bytes; a new one replaces it; delete removes it', async () => {
      const bytes = png(3, 2)
      const res = await upload('/v2/users/me/picture', form('pic_file', bytes, 'me.png', 'image/png'))
      assert.equal(res.status, 201)
      assert.equal(res.text, '')
      const user = (await t.call<User>('GET', '/v2/users/me', { token })).body
      assert.match(user.pic_url, /\/p\/[A-Za-z0-9_-]+$/)
      const served = await fetch(user.pic_url)
      assert.equal(served.status, 200)
      assert.equal(served.headers.get('content-type'), 'image/png')
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), bytes)

      // The declared type and name are not trusted: JPEG bytes sent as "x.png" are stored as a JPEG.
      const j = jpeg()
      assert.equal((await upload('/v2/users/me/picture', form('pic_file', j, 'x.png', 'image/png'))).status, 201)
      const next = (await t.call<User>('GET', '/v2/users/me', { token })).body.pic_url
      assert.notEqual(next, user.pic_url)
      const servedJpeg = await fetch(next)
      assert.equal(servedJpeg.headers.get('content-type'), 'image/jpeg')
      assert.deepEqual(Buffer.from(await servedJpeg.arrayBuffer()), j)
      assert.equal((await fetch(user.pic_url)).status, 404, 'the replaced picture is gone')

      const del = await t.call('DELETE', '/v2/users/me/picture', { token })
      assert.equal(del.status, 204)
      assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).body.pic_url, undefined)
      assert.equal((await fetch(next)).status, 404)
      assert.equal((await t.call('DELETE', '/v2/users/me/picture', { token })).status, 204)
    })

    it('refuses an empty file, a file over 2 MB and a file that is not jpg/png with 400/120', async () => {
      let res = await upload('/v2/users/me/picture', form('pic_file', Buffer.alloc(0), 'empty.png'))
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 120, message: 'File is empty.' })

      const big = Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)])
      res = await upload('/v2/users/me/picture', form('pic_file', big, 'big.png', 'image/png'))
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 120, message: 'File size cannot exceed 2M.' })

      res = await upload(
        '/v2/users/me/picture',
        form('pic_file', Buffer.from('not really a picture'), 'fake.png', 'image/png'),
      )
      assert.deepEqual(res.body, { code: 120, message: 'Only jpg/jpeg or png image file can be uploaded.' })
      res = await upload('/v2/users/me/picture', form('pic_file', gif(), 'anim.gif', 'image/gif'))
      assert.deepEqual(res.body, { code: 120, message: 'Only jpg/jpeg or png image file can be uploaded.' })

      // Exactly 2 MB is allowed.
      const edge = Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024 - png().length)])
      assert.equal((await upload('/v2/users/me/picture', form('pic_file', edge, 'edge.png'))).status, 201)
      assert.equal((await t.call('DELETE', '/v2/users/me/picture', { token })).status, 204)
    })

    it('a request without pic_file, or not multipart, is 400/300', async () => {
      let res = await upload('/v2/users/me/picture', form('other', png(), 'me.png'))
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'pic_file')
      res = await upload('/v2/users/me/picture', JSON.stringify({ pic_file: 'me.png' }), {
        'content-type': 'application/json',
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal((await t.call<User>('GET', '/v2/users/me', { token })).body.pic_url, undefined)
    })

    it('an unknown user is 404/1001', async () => {
      const res = await upload('/v2/users/nobody123/picture', form('pic_file', png(), 'me.png'))
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 1001)
    })
  })

  describe('virtual backgrounds', () => {
    it('uploads images and videos (201), lists them in settings, deletes by file_ids (204)', async () => {
      const a = await upload(`/v2/users/${basicId}/settings/virtual_backgrounds`, form('file', png(4, 4), 'beach.png'))
      assert.equal(a.status, 201)
      assert.match(str(a.body.id), /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(
        { ...a.body, id: undefined },
        { id: undefined, is_default: false, name: 'beach.png', size: png(4, 4).length, type: 'image' },
      )
      const b = await upload(`/v2/users/${basicId}/settings/virtual_backgrounds`, form('file', gif(), 'wave.gif'))
      assert.equal(b.body.type, 'image')
      const v = await upload(
        `/v2/users/${basicId}/settings/virtual_backgrounds`,
        form('file', mp4(1280, 720), 'clip.mp4'),
      )
      assert.equal(v.status, 201)
      assert.equal(v.body.type, 'video')

      const files = backgroundFiles((await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body)
      assert.deepEqual(
        files.map((f) => [f.id, f.name, f.type, f.size, f.is_default]),
        [
          [a.body.id, 'beach.png', 'image', a.body.size, false],
          [b.body.id, 'wave.gif', 'image', gif().length, false],
          [v.body.id, 'clip.mp4', 'video', mp4(1280, 720).length, false],
        ],
      )
      const served = await fetch(`${t.origin}/p/${a.body.id}`)
      assert.equal(served.headers.get('content-type'), 'image/png')

      const del = await t.call(
        'DELETE',
        `/v2/users/${basicId}/settings/virtual_backgrounds?file_ids=${a.body.id},${v.body.id}`,
        { token },
      )
      assert.equal(del.status, 204)
      const left = backgroundFiles((await t.call<Settings>('GET', `/v2/users/${basicId}/settings`, { token })).body)
      assert.deepEqual(
        left.map((f) => f.id),
        [b.body.id],
      )
      await t.call('DELETE', `/v2/users/${basicId}/settings/virtual_backgrounds?file_ids=${b.body.id}`, { token })
    })

    it('file_ids missing or unknown is 400/300 "Invalid parameter: file_ids" and deletes nothing', async () => {
      const a = await upload('/v2/users/me/settings/virtual_backgrounds', form('file', png(), 'keep.png'))
      let res = await t.call('DELETE', '/v2/users/me/settings/virtual_backgrounds', { token })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: file_ids' })
      res = await t.call('DELETE', `/v2/users/me/settings/virtual_backgrounds?file_ids=${a.body.id},unknownId`, {
        token,
      })
      assert.deepEqual(res.body, { code: 300, message: 'Invalid parameter: file_ids' })
      // Another user's file is not this user's.
      res = await t.call('DELETE', `/v2/users/${basicId}/settings/virtual_backgrounds?file_ids=${a.body.id}`, { token })
      assert.equal(res.status, 400)
      const files = backgroundFiles((await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body)
      assert.deepEqual(
        files.map((f) => f.id),
        [a.body.id],
      )
      assert.equal(
        (await t.call('DELETE', `/v2/users/me/settings/virtual_backgrounds?file_ids=${a.body.id}`, { token })).status,
        204,
      )
    })

    it('refuses wrong types, empty and oversized files, bad video sizes and an 11th file with 400/120', async () => {
      const path = '/v2/users/me/settings/virtual_backgrounds'
      let res = await upload(path, form('file', Buffer.from('%PDF-1.4 not an image'), 'doc.png'))
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 120, message: 'Only jpg/jpeg, gif or png image file can be uploaded.' })
      res = await upload(path, form('file', Buffer.alloc(0), 'empty.png'))
      assert.deepEqual(res.body, { code: 120, message: 'No file uploaded, verify that a file has been uploaded.' })
      res = await upload(path, form('other', png(), 'x.png'))
      assert.deepEqual(res.body, { code: 120, message: 'No file uploaded, verify that a file has been uploaded.' })
      res = await upload(path, form('file', Buffer.concat([png(), Buffer.alloc(15 * 1024 * 1024)]), 'huge.png'))
      assert.deepEqual(res.body, { code: 120, message: 'File size cannot exceed 15M.' })
      res = await upload(path, form('file', mp4(3840, 2160), '4k.mp4'))
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 120)
      res = await upload(path, form('file', mp4(320, 240), 'tiny.mp4'))
      assert.equal(res.body.code, 120)

      // Videos are refused when the user's settings do not allow them.
      await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { in_meeting: { virtual_background_settings: { allow_videos: false } } },
      })
      res = await upload(path, form('file', mp4(1920, 1080), 'hd.mp4'))
      assert.deepEqual(res.body, { code: 120, message: 'Only jpg/jpeg, gif or png image file can be uploaded.' })
      await t.call('PATCH', '/v2/users/me/settings', {
        token,
        body: { in_meeting: { virtual_background_settings: { allow_videos: true } } },
      })

      for (let i = 0; i < 10; i++)
        assert.equal((await upload(path, form('file', png(1, 1, [i, i, i]), `bg${i}.png`))).status, 201)
      res = await upload(path, form('file', jpeg(), 'eleventh.jpg'))
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 120, message: 'A maximum of 10 files are allowed for a user.' })
      const files = backgroundFiles((await t.call<Settings>('GET', '/v2/users/me/settings', { token })).body)
      assert.equal(files.length, 10)
      const del = await t.call('DELETE', `${path}?file_ids=${files.map((f) => f.id).join(',')}`, { token })
      assert.equal(del.status, 204)
      assert.equal((await upload(path, form('file', jpeg(), 'after.jpg'))).status, 201)
    })
  })
})
