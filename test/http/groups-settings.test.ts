import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { applyGroupLocks, effectiveGroupSettings, lockedPaths } from '../../src/domain/groups/settings.js'
import { USER_SETTINGS_DEFAULTS } from '../../src/domain/users/settings.defaults.js'
import { array, at, items, type Json, obj, type Settings, str } from '../helpers/json.js'
import { outboxEvents } from '../helpers/outbox.js'
import type { AuthenticationSettings, SettingsObject } from '../helpers/shapes.js'
import { backgroundFiles } from '../helpers/fixtures.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

/** The PNG signature and an IHDR chunk start: enough for type detection. */
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(25)])
const gif = () => Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(8)])

function form(bytes: Buffer, filename: string, field = 'file'): FormData {
  const f = new FormData()
  f.append(field, new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), filename)
  return f
}

describe("Groups' settings, locks, registration settings and virtual backgrounds over HTTP", () => {
  let t: TestServer
  let token: string
  let groupId: string

  const outbox = (name: string) => outboxEvents<SettingsObject>(t, name)
  const create = async (name: string) =>
    (await t.call('POST', '/v2/groups', { token, body: { name } })).body.id as string
  const settings = async <T = Settings>(id = groupId, query = '') =>
    (await t.call<T>('GET', `/v2/groups/${id}/settings${query}`, { token })).body
  const upload = async (path: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const res = await fetch(t.origin + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body,
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : undefined }
  }

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    groupId = await create('Settings group')
  })
  after(() => t.close())

  describe('settings', () => {
    it("a new group shows the account's settings in the group API's names", async () => {
      const res = await t.call<Settings>('GET', `/v2/groups/${groupId}/settings`, { token })
      assert.equal(res.status, 200)
      assert.equal(obj(res.body.schedule_meeting).host_video, false)
      assert.equal(obj(res.body.schedule_meeting).participant_video, false)
      assert.equal(obj(res.body.schedule_meeting).participants_video, undefined)
      assert.equal(obj(res.body.in_meeting).waiting_room, true)
      assert.deepEqual(backgroundFiles(res.body), [])
      assert.equal(obj(res.body.other_options).blur_snapshot, false)
      assert.equal(obj(res.body.chat.share_files).share_option, 'anyone')
      assert.equal(res.body.meeting_security, undefined)
    })

    it('PATCH changes what the next GET shows (204) and emits group.settings_updated with the old values', async () => {
      const res = await t.call('PATCH', `/v2/groups/${groupId}/settings`, {
        token,
        body: {
          schedule_meeting: { host_video: true, participant_video: true },
          in_meeting: { chat: false, virtual_background_settings: { files: [{ id: 'x' }] } },
          bogus: { a: 1 },
        },
      })
      assert.equal(res.status, 204)
      const doc = await settings()
      assert.equal(obj(doc.schedule_meeting).host_video, true)
      assert.equal(obj(doc.schedule_meeting).participant_video, true)
      assert.equal(obj(doc.in_meeting).chat, false)
      assert.deepEqual(backgroundFiles(doc), [])
      assert.equal(doc.bogus, undefined)
      const ev = at(await outbox('group.settings_updated'), -1)
      assert.equal(ev.payload.object.id, groupId)
      assert.deepEqual(ev.payload.object.settings, {
        schedule_meeting: { host_video: true, participant_video: true },
        in_meeting: { chat: false },
      })
      assert.deepEqual(ev.payload.old_object.settings.schedule_meeting, {
        host_video: false,
        participant_video: false,
      })
      assert.equal(ev.payload.old_object.settings.in_meeting.chat, true)
    })

    it('an invalid value is 400/300 and changes nothing', async () => {
      const res = await t.call('PATCH', `/v2/groups/${groupId}/settings`, {
        token,
        body: { in_meeting: { allow_participants_chat_with: 9 } },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal((await settings()).in_meeting.allow_participants_chat_with, 4)
    })

    it('custom_query_fields keeps only the named fields', async () => {
      const doc = await settings(groupId, '?custom_query_fields=host_video,waiting_room')
      assert.deepEqual(doc, { schedule_meeting: { host_video: true }, in_meeting: { waiting_room: true } })
    })

    it('option=meeting_security: mirrored fields change the sections too, the rest is kept', async () => {
      const res = await t.call('PATCH', `/v2/groups/${groupId}/settings?option=meeting_security`, {
        token,
        body: {
          meeting_security: {
            waiting_room: false,
            block_user_domain: true,
            block_user_domain_list: ['example.org'],
            pmi_password: false,
          },
        },
      })
      assert.equal(res.status, 204)
      const sec = (await settings(groupId, '?option=meeting_security')).meeting_security
      assert.equal(obj(sec).waiting_room, false)
      assert.equal(obj(sec).block_user_domain, true)
      assert.deepEqual(obj(sec).block_user_domain_list, ['example.org'])
      assert.equal(obj(sec).pmi_password, false)
      const doc = await settings()
      assert.equal(obj(doc.in_meeting).waiting_room, false)
      assert.equal(obj(doc.schedule_meeting).require_password_for_pmi_meetings, 'none')
    })

    it('option=meeting_authentication: the switch and the profiles (renamed for the group only)', async () => {
      const before = await settings<AuthenticationSettings>(groupId, '?option=meeting_authentication')
      assert.equal(before.meeting_authentication, false)
      assert.equal(before.authentication_options.length, 3)
      const option = before.authentication_options[1]
      const res = await t.call('PATCH', `/v2/groups/${groupId}/settings?option=meeting_authentication`, {
        token,
        body: {
          meeting_authentication: true,
          authentication_option: { action: 'update', id: option.id, name: 'Company only', domains: 'example.com' },
        },
      })
      assert.equal(res.status, 204)
      const after = await settings<AuthenticationSettings>(groupId, '?option=meeting_authentication')
      assert.equal(after.meeting_authentication, true)
      assert.equal(after.authentication_options[1].name, 'Company only')
      assert.equal(after.authentication_options[1].domains, 'example.com')
      const other = await create('Other auth group')
      assert.equal(
        (await settings<AuthenticationSettings>(other, '?option=meeting_authentication')).authentication_options[1]
          .name,
        option.name,
      )
      const bad = await t.call('PATCH', `/v2/groups/${groupId}/settings?option=meeting_authentication`, {
        token,
        body: { authentication_option: { id: 'nope', name: 'x' } },
      })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
      const recording = await settings(groupId, '?option=recording_authentication')
      assert.equal(recording.recording_authentication, false)
      assert.equal(items(recording.authentication_options)[0].type, 'internally')
    })
  })

  describe('locked settings', () => {
    it('nothing is locked at first; PATCH locks (204), the next GET shows it, group.lock_settings_updated is emitted', async () => {
      const first = await t.call<Settings>('GET', `/v2/groups/${groupId}/lock_settings`, { token })
      assert.equal(first.status, 200)
      assert.equal(obj(first.body.schedule_meeting).host_video, false)
      assert.equal(obj(first.body.in_meeting).chat, false)
      assert.equal(first.body.meeting_security, undefined)
      const res = await t.call('PATCH', `/v2/groups/${groupId}/lock_settings`, {
        token,
        body: { schedule_meeting: { host_video: true }, recording: { cloud_recording: true } },
      })
      assert.equal(res.status, 204)
      const after = await t.call<Settings>('GET', `/v2/groups/${groupId}/lock_settings`, { token })
      assert.equal(obj(after.body.schedule_meeting).host_video, true)
      assert.equal(obj(after.body.recording).cloud_recording, true)
      assert.equal(obj(after.body.schedule_meeting).join_before_host, false)
      const ev = at(await outbox('group.lock_settings_updated'), -1)
      assert.deepEqual(ev.payload.object, {
        id: groupId,
        settings: { schedule_meeting: { host_video: true }, recording: { cloud_recording: true } },
      })
    })

    it('option=meeting_security shows and locks that part', async () => {
      const res = await t.call('PATCH', `/v2/groups/${groupId}/lock_settings?option=meeting_security`, {
        token,
        body: { meeting_security: { waiting_room: true } },
      })
      assert.equal(res.status, 204)
      const doc = (
        await t.call<Settings>('GET', `/v2/groups/${groupId}/lock_settings?option=meeting_security`, { token })
      ).body
      assert.equal(obj(doc.meeting_security).waiting_room, true)
      assert.equal(obj(doc.meeting_security).auto_security, false)
    })

    it('the lock PATCH needs group:master; the GET group:read:admin', async () => {
      const { tokenWithScopes } = await import('../helpers/accounts.js')
      const admin = await tokenWithScopes(t, ['group:read:admin', 'group:write:admin'])
      assert.equal((await t.call<Settings>('GET', `/v2/groups/${groupId}/lock_settings`, { token: admin })).status, 200)
      const res = await t.call('PATCH', `/v2/groups/${groupId}/lock_settings`, {
        token: admin,
        body: { schedule_meeting: { host_video: false } },
      })
      assert.equal(res.status, 401)
      assert.equal(res.body.code, 4711)
    })
  })

  describe('what members inherit', () => {
    it("the primary group's settings are the member's defaults; a locked setting overrides the member's own", async () => {
      const svc = t.server.svc
      const user = await svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'member@example.com',
        type: 2,
      })
      const none = await effectiveGroupSettings(svc, t.seed.accountId, user.id)
      assert.deepEqual(none, { group_id: null, settings: {}, locked: [], locked_values: {} })

      await t.call('POST', `/v2/groups/${groupId}/members`, { token, body: { members: [{ id: user.id }] } })
      const layer = await effectiveGroupSettings(svc, t.seed.accountId, user.id)
      assert.equal(layer.group_id, groupId)
      // Stored in the user settings document's names, so it layers directly.
      assert.equal(obj(layer.settings.schedule_meeting).host_video, true)
      assert.equal(obj(layer.settings.schedule_meeting).participants_video, true)
      assert.ok(layer.locked.includes('schedule_meeting.host_video'))
      assert.ok(layer.locked.includes('recording.cloud_recording'))
      assert.ok(layer.locked.includes('in_meeting.waiting_room'))
      assert.equal(obj(layer.locked_values.schedule_meeting).host_video, true)
      assert.equal(obj(layer.locked_values.in_meeting).waiting_room, false)

      // The member turned host video off and waiting room on for themselves: the locks win, the rest stays theirs.
      const own = structuredClone(USER_SETTINGS_DEFAULTS)
      own.schedule_meeting.host_video = false
      own.schedule_meeting.join_before_host = true
      own.in_meeting.waiting_room = true
      const doc = applyGroupLocks(own, layer)
      assert.equal(doc.schedule_meeting.host_video, true)
      assert.equal(doc.in_meeting.waiting_room, false)
      assert.equal(doc.schedule_meeting.join_before_host, true)
      assert.equal((doc as Json).meeting_authentication, undefined)

      // Unlocking hands the setting back to the member.
      await t.call('PATCH', `/v2/groups/${groupId}/lock_settings`, {
        token,
        body: { schedule_meeting: { host_video: false } },
      })
      const unlocked = await effectiveGroupSettings(svc, t.seed.accountId, user.id)
      assert.ok(!unlocked.locked.includes('schedule_meeting.host_video'))
      const mine = structuredClone(USER_SETTINGS_DEFAULTS)
      assert.equal(applyGroupLocks(mine, unlocked).schedule_meeting.host_video, false)
    })

    it("another group's locks apply too, but the primary group's values win on the same setting", async () => {
      const svc = t.server.svc
      const primary = await create('Locks primary')
      const second = await create('Locks second')
      const user = await svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'twogroups@example.com',
        type: 2,
      })
      await t.call('POST', `/v2/groups/${primary}/members`, { token, body: { members: [{ id: user.id }] } })
      await t.call('POST', `/v2/groups/${second}/members`, { token, body: { members: [{ id: user.id }] } })
      await t.call('PATCH', `/v2/groups/${primary}/settings`, { token, body: { in_meeting: { chat: true } } })
      await t.call('PATCH', `/v2/groups/${second}/settings`, {
        token,
        body: { in_meeting: { chat: false, polling: false }, schedule_meeting: { join_before_host: true } },
      })
      await t.call('PATCH', `/v2/groups/${primary}/lock_settings`, { token, body: { in_meeting: { chat: true } } })
      await t.call('PATCH', `/v2/groups/${second}/lock_settings`, {
        token,
        body: { in_meeting: { chat: true, polling: true } },
      })
      const layer = await effectiveGroupSettings(svc, t.seed.accountId, user.id)
      assert.equal(layer.group_id, primary)
      assert.equal((layer.settings.schedule_meeting as Json | undefined)?.join_before_host, undefined)
      assert.equal(obj(layer.locked_values.in_meeting).chat, true)
      assert.equal(obj(layer.locked_values.in_meeting).polling, false)
      // set_primary switches which group's settings the member follows.
      await t.call('PATCH', `/v2/groups/${second}/members/${user.id}`, {
        token,
        body: { action: 'set_primary', target_group_id: second },
      })
      const switched = await effectiveGroupSettings(svc, t.seed.accountId, user.id)
      assert.equal(switched.group_id, second)
      assert.equal(obj(switched.settings.schedule_meeting).join_before_host, true)
      assert.equal(obj(switched.locked_values.in_meeting).chat, false)
    })

    it('lock switches map to the user settings document where the names differ', () => {
      assert.deepEqual(
        lockedPaths({
          schedule_meeting: { participant_video: true, host_video: false },
          in_meeting: { auto_generated_captions: true },
        }),
        ['schedule_meeting.participants_video', 'in_meeting.manual_captioning.auto_generated_captions'],
      )
      assert.deepEqual(lockedPaths({ meeting_security: { meeting_password: true } }), [
        'schedule_meeting.require_password_for_scheduling_new_meetings',
        'schedule_meeting.require_password_for_instant_meetings',
      ])
    })
  })

  describe('webinar registration settings', () => {
    it('defaults, then a PATCH (204) that the next GET shows', async () => {
      const first = await t.call('GET', `/v2/groups/${groupId}/settings/registration?type=webinar`, { token })
      assert.equal(first.status, 200)
      assert.equal(first.body.approve_type, 0)
      assert.equal(array(first.body.questions).length, 14)
      assert.deepEqual(array(first.body.questions)[0], { field_name: 'last_name', required: false, selected: false })
      assert.deepEqual(first.body.custom_questions, [])
      const res = await t.call('PATCH', `/v2/groups/${groupId}/settings/registration?type=webinar`, {
        token,
        body: {
          approve_type: 1,
          options: { close_registration: true },
          questions: [{ field_name: 'city', required: true }],
          custom_questions: [{ title: 'Why?', type: 'short', required: false, selected: true }],
        },
      })
      assert.equal(res.status, 204)
      const doc = (await t.call('GET', `/v2/groups/${groupId}/settings/registration`, { token })).body
      assert.equal(doc.approve_type, 1)
      assert.equal(obj(doc.options).close_registration, true)
      assert.equal(obj(doc.options).show_social_share_buttons, true)
      assert.deepEqual(
        items(doc.questions).find((q) => q.field_name === 'city'),
        { field_name: 'city', required: true, selected: true },
      )
      assert.deepEqual(doc.custom_questions, [{ title: 'Why?', type: 'short', required: false, selected: true }])
    })

    it('bad values are 400/300', async () => {
      for (const body of [
        { approve_type: 2 },
        { questions: [{ field_name: 'shoe_size' }] },
        { custom_questions: [{ title: 'Pick', type: 'single_radio' }] },
      ]) {
        const res = await t.call('PATCH', `/v2/groups/${groupId}/settings/registration`, { token, body })
        assert.equal(res.status, 400, JSON.stringify(body))
        assert.equal(res.body.code, 300)
      }
      assert.equal(
        (await t.call('GET', `/v2/groups/${groupId}/settings/registration?type=meeting`, { token })).status,
        400,
      )
    })
  })

  describe('virtual backgrounds', () => {
    it('uploads a png (201), settings list it, the file is served, delete removes it (204)', async () => {
      const res = await upload(`/v2/groups/${groupId}/settings/virtual_backgrounds`, form(png(), 'beach.png'))
      assert.equal(res.status, 201)
      assert.match(str(res.body.id), /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(res.body, { id: res.body.id, is_default: false, name: 'beach.png', size: 33, type: 'image' })
      const files = backgroundFiles(await settings())
      assert.deepEqual(files, [res.body])
      const served = await fetch(`${t.origin}/p/${res.body.id}`)
      assert.equal(served.status, 200)
      assert.equal(served.headers.get('content-type'), 'image/png')
      const del = await t.call('DELETE', `/v2/groups/${groupId}/settings/virtual_backgrounds?file_ids=${res.body.id}`, {
        token,
      })
      assert.equal(del.status, 204)
      assert.deepEqual(backgroundFiles(await settings()), [])
    })

    it('no file, a gif, or an 11th file is 400/120; unknown file ids are 400/300', async () => {
      const none = await upload(`/v2/groups/${groupId}/settings/virtual_backgrounds`, form(png(), 'x.png', 'other'))
      assert.equal(none.status, 400)
      assert.deepEqual(none.body, { code: 120, message: 'No file uploaded, verify that a file has been uploaded.' })
      const wrongType = await upload(`/v2/groups/${groupId}/settings/virtual_backgrounds`, form(gif(), 'x.gif'))
      assert.equal(wrongType.status, 400)
      assert.deepEqual(wrongType.body, { code: 120, message: 'Only jpg/jpeg or png image file can be uploaded.' })
      for (let i = 0; i < 10; i++)
        assert.equal(
          (await upload(`/v2/groups/${groupId}/settings/virtual_backgrounds`, form(png(), `${i}.png`))).status,
          201,
        )
      const eleventh = await upload(`/v2/groups/${groupId}/settings/virtual_backgrounds`, form(png(), '11.png'))
      assert.equal(eleventh.status, 400)
      assert.equal(eleventh.body.code, 120)
      const bad = await t.call('DELETE', `/v2/groups/${groupId}/settings/virtual_backgrounds?file_ids=nope`, { token })
      assert.equal(bad.status, 400)
      assert.deepEqual(bad.body, { code: 300, message: 'Invalid parameter: nope' })
      const missing = await t.call('DELETE', `/v2/groups/${groupId}/settings/virtual_backgrounds`, { token })
      assert.equal(missing.status, 400)
    })

    it("deleting the group deletes its files; another account's group is 404", async () => {
      const g = await create('VB group to delete')
      const up = await upload(`/v2/groups/${g}/settings/virtual_backgrounds`, form(png(), 'a.png'))
      assert.equal(up.status, 201)
      assert.equal((await t.call('DELETE', `/v2/groups/${g}`, { token })).status, 204)
      assert.equal((await fetch(`${t.origin}/p/${up.body.id}`)).status, 404)
    })
  })
})
