import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { makeAccount } from '../helpers/accounts.js'
import { array, fieldError, items, must, obj, str } from '../helpers/json.js'
import { startWithToken } from '../helpers/fixtures.js'
import type { TestServer } from '../helpers/server.js'

describe('Meeting invitation, invite links, caption token and templates over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const create = (body: unknown, userId = 'me') => t.call('POST', `/v2/users/${userId}/meetings`, { token, body })

  describe('meetingInvitation', () => {
    it('the invitation names the topic, local time, join link, meeting ID and passcode', async () => {
      const m = (
        await create({
          topic: 'Budget review',
          type: 2,
          start_time: '2026-12-03T15:30:00Z',
          timezone: 'America/Los_Angeles',
        })
      ).body
      const res = await t.call('GET', `/v2/meetings/${m.id}/invitation`, { token })
      assert.equal(res.status, 200)
      const text = str(res.body.invitation)
      assert.match(text, /^Account Owner is inviting you to a scheduled Zoom meeting\.\r\n/)
      assert.ok(text.includes('Topic: Budget review\r\n'))
      assert.ok(text.includes('Time: Dec 3, 2026 07:30 AM America/Los_Angeles\r\n'))
      assert.ok(text.includes(`\r\n${m.join_url}\r\n`))
      const digits = String(m.id)
      assert.ok(text.includes(`Meeting ID: ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}\r\n`))
      assert.ok(text.includes(`Passcode: ${m.password}\r\n`))
      assert.deepEqual(res.body.sip_links, [`${m.id}@zoomcrc.com`])
    })

    it('a recurring meeting lists its occurrences; unknown meetings are 404/3001', async () => {
      const m = (
        await create({
          topic: 'Weekly',
          type: 8,
          start_time: '2026-12-07T10:00:00Z',
          recurrence: { type: 2, weekly_days: '2', end_times: 2 },
        })
      ).body
      const text = str((await t.call('GET', `/v2/meetings/${m.id}/invitation`, { token })).body.invitation)
      assert.ok(text.includes('Every week'))
      assert.ok(text.includes('Dec 7, 2026 10:00 AM UTC'))
      assert.ok(text.includes('Dec 14, 2026 10:00 AM UTC'))
      const missing = await t.call('GET', '/v2/meetings/11111111111/invitation', { token })
      assert.equal(missing.status, 404)
      assert.equal(missing.body.code, 3001)
    })
  })

  describe('meetingInviteLinksCreate', () => {
    it('one signed join link per attendee, valid for ttl seconds', async () => {
      const m = (await create({ type: 2 })).body
      const res = await t.call('POST', `/v2/meetings/${m.id}/invite_links`, {
        token,
        body: { attendees: [{ name: 'Jill Chill' }, { name: 'Bob', disable_video: true }], ttl: 600 },
      })
      assert.equal(res.status, 201)
      assert.deepEqual(
        items(res.body.attendees).map((a) => a.name),
        ['Jill Chill', 'Bob'],
      )
      const meetings = t.server.svc.use(MeetingService)
      for (const a of items(res.body.attendees)) {
        const url = new URL(str(a.join_url))
        assert.equal(url.origin + url.pathname, `${t.origin}/j/${m.id}`)
        assert.equal(url.searchParams.get('pwd'), `${m.encrypted_password}.1`)
        const claims = await meetings.links.verify(must(url.searchParams.get('tk')))
        assert.equal(claims?.name, a.name)
        assert.equal(claims?.mnum, String(m.id))
      }
      assert.notEqual(items(res.body.attendees)[0].join_url, items(res.body.attendees)[1].join_url)
      const bob = must(new URL(str(items(res.body.attendees)[1].join_url)).searchParams.get('tk'))
      assert.equal((await meetings.links.verify(bob))?.dv, true)
      t.clock.advance(601_000)
      token = await t.token()
      assert.equal(await meetings.links.verify(bob), undefined)
    })

    it('validates names and ttl; an unknown meeting is 404/3001', async () => {
      const m = (await create({ type: 2 })).body
      let res = await t.call('POST', `/v2/meetings/${m.id}/invite_links`, {
        token,
        body: { attendees: [{ name: 'x'.repeat(65) }] },
      })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 300)
      assert.equal(fieldError(res.body).field, 'attendees.0.name')
      res = await t.call('POST', `/v2/meetings/${m.id}/invite_links`, {
        token,
        body: { attendees: [{ name: 'a' }], ttl: 7776001 },
      })
      assert.equal(res.body.code, 300)
      res = await t.call('POST', '/v2/meetings/11111111111/invite_links', {
        token,
        body: { attendees: [{ name: 'a' }] },
      })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3001)
    })
  })

  describe('meetingToken', () => {
    it('the closed-caption URL of the meeting, stable across calls', async () => {
      const m = (await create({ type: 2 })).body
      const res = await t.call('GET', `/v2/meetings/${m.id}/token?type=closed_caption_token`, { token })
      assert.equal(res.status, 200)
      const url = new URL(str(res.body.token))
      assert.equal(url.origin + url.pathname, `${t.origin}/closedcaption`)
      assert.equal(url.searchParams.get('id'), String(m.id))
      assert.equal(url.searchParams.get('expire'), '86400')
      assert.ok(url.searchParams.get('signature'))
      assert.equal((await t.call('GET', `/v2/meetings/${m.id}/token`, { token })).body.token, res.body.token)
      const bad = await t.call('GET', `/v2/meetings/${m.id}/token?type=other`, { token })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
    })

    it('is refused while the account has closed captioning off', async () => {
      const other = await makeAccount(t, { scopes: ['meeting:write:admin', 'meeting:read:admin'] })
      const svc = t.server.svc
      const row = must(await svc.accounts.get(other.account.id))
      await svc.accounts.update(other.account.id, {
        data: JSON.stringify({ ...svc.accounts.data(row), settings: { in_meeting: { closed_caption: false } } }),
      })
      const tok = await other.token()
      const m = (await t.call('POST', `/v2/users/${other.owner.id}/meetings`, { token: tok, body: { type: 2 } })).body
      const res = await t.call('GET', `/v2/meetings/${m.id}/token`, { token: tok })
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 3000)
      assert.match(str(res.body.message), /^Closed captioning disabled\./)
    })
  })

  describe('meeting templates', () => {
    it('save a template from a meeting, list it, and schedule with it', async () => {
      const source = (
        await create({
          topic: 'Template source',
          type: 8,
          start_time: '2027-01-04T09:00:00Z',
          settings: { waiting_room: false, join_before_host: true, mute_upon_entry: true, auto_recording: 'cloud' },
          recurrence: { type: 2, weekly_days: '2,6', end_times: 4 },
        })
      ).body
      const made = await t.call('POST', '/v2/users/me/meeting_templates', {
        token,
        body: { meeting_id: source.id, name: 'Team sync', save_recurrence: true },
      })
      assert.equal(made.status, 201)
      assert.equal(made.body.name, 'Team sync')
      assert.match(str(made.body.id), /^[A-Za-z0-9]{15}$/)
      const list = await t.call('GET', '/v2/users/me/meeting_templates', { token })
      assert.deepEqual(list.body, { total_records: 1, templates: [{ id: made.body.id, name: 'Team sync', type: 1 }] })

      const scheduled = await create({
        type: 8,
        start_time: '2027-02-01T09:00:00Z',
        template_id: made.body.id,
        settings: { host_video: true },
      })
      assert.equal(scheduled.status, 201)
      const s = scheduled.body.settings
      assert.deepEqual(
        [
          obj(s).waiting_room,
          obj(s).join_before_host,
          obj(s).mute_upon_entry,
          obj(s).auto_recording,
          obj(s).host_video,
        ],
        [false, true, true, 'cloud', true],
      )
      assert.deepEqual(scheduled.body.recurrence, { type: 2, repeat_interval: 1, weekly_days: '2,6', end_times: 4 })
      assert.equal(array(scheduled.body.occurrences).length, 4)

      // overwrite replaces the template saved from the same meeting; without it another one is added.
      const again = await t.call('POST', '/v2/users/me/meeting_templates', {
        token,
        body: { meeting_id: source.id, name: 'Team sync v2', overwrite: true },
      })
      assert.equal(again.body.id, made.body.id)
      assert.equal(again.body.name, 'Team sync v2')
      const another = await t.call('POST', '/v2/users/me/meeting_templates', { token, body: { meeting_id: source.id } })
      assert.notEqual(another.body.id, made.body.id)
      assert.equal(another.body.name, 'Template source')
      const after = (await t.call('GET', '/v2/users/me/meeting_templates', { token })).body
      assert.equal(after.total_records, 2)
      assert.deepEqual(
        items(after.templates).map((x) => x.name),
        ['Team sync v2', 'Template source'],
      )
    })

    it("errors: another host's meeting, an unknown meeting, a missing meeting_id, an unknown template_id", async () => {
      const colleague = await t.server.svc.users.create(t.seed.accountId, {
        action: 'custCreate',
        email: 'tmpl-colleague@example.com',
        type: 2,
      })
      const theirs = (await create({ type: 2 }, colleague.id)).body
      let res = await t.call('POST', '/v2/users/me/meeting_templates', {
        token,
        body: { meeting_id: theirs.id, name: 'x' },
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, { code: 3003, message: 'You are not the meeting host.' })
      res = await t.call('POST', '/v2/users/me/meeting_templates', {
        token,
        body: { meeting_id: 11111111111, name: 'x' },
      })
      assert.equal(res.status, 404)
      assert.equal(res.body.code, 3001)
      res = await t.call('POST', '/v2/users/me/meeting_templates', { token, body: { name: 'x' } })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body.errors, [{ field: 'meeting_id', message: 'This field is required.' }])
      res = await create({ type: 2, template_id: 'nope' })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body.errors, [{ field: 'template_id', message: 'Invalid field.' }])
      assert.deepEqual((await t.call('GET', `/v2/users/${colleague.id}/meeting_templates`, { token })).body, {
        total_records: 0,
        templates: [],
      })
    })
  })
})
