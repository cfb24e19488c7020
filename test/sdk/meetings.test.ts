import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { makeAccount } from '../helpers/accounts.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { must, num } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Meetings through @zoom/rivet', () => {
  let t: TestServer
  let client: ReturnType<typeof meetingsClient>
  before(async () => {
    t = await startTestServer()
    client = meetingsClient(t.origin, await t.token())
  })
  after(() => t.close())

  describe('createMeeting', () => {
    it('creates each meeting type', async () => {
      const api = client.endpoints.meetings
      const instant = await api.createMeeting({ path: { userId: 'me' }, body: { topic: 'Instant', type: 1 } })
      assert.equal(instant.statusCode, 201)
      assert.equal(instant.data?.type, 1)
      const scheduled = await api.createMeeting({
        path: { userId: 'me' },
        body: {
          topic: 'Scheduled',
          type: 2,
          start_time: '2026-11-20T10:00:00',
          timezone: 'Europe/Berlin',
          duration: 30,
        },
      })
      assert.equal(scheduled.statusCode, 201)
      assert.equal(scheduled.data?.start_time, '2026-11-20T09:00:00Z')
      assert.equal(scheduled.data?.timezone, 'Europe/Berlin')
      assert.equal(scheduled.data?.duration, 30)
      const open = await api.createMeeting({ path: { userId: 'me' }, body: { topic: 'No fixed time', type: 3 } })
      assert.equal(open.data?.type, 3)
      const fixed = await api.createMeeting({
        path: { userId: 'me' },
        body: {
          topic: 'Fixed',
          type: 8,
          start_time: '2026-11-20T10:00:00Z',
          recurrence: { type: 1, repeat_interval: 2, end_times: 2 },
        },
      })
      assert.equal(fixed.data?.type, 8)
      assert.deepEqual(
        fixed.data?.occurrences?.map((o) => o.start_time),
        ['2026-11-20T10:00:00Z', '2026-11-22T10:00:00Z'],
      )
      for (const m of [instant, scheduled, open, fixed]) {
        assert.match(String(m.data?.id), /^\d{11}$/)
        assert.ok(m.data?.join_url?.startsWith(`${t.origin}/j/${m.data.id}`))
        assert.ok(m.data?.start_url?.startsWith(`${t.origin}/s/${m.data.id}?zak=`))
        assert.equal(m.data?.creation_source, 'open_api')
      }
    })

    it('passcode validation errors are 400/300', async () => {
      await rejectsWith(
        client.endpoints.meetings.createMeeting({ path: { userId: 'me' }, body: { type: 2, password: 'bad pass' } }),
        400,
        300,
        'Validation Failed.',
      )
      await rejectsWith(
        client.endpoints.meetings.createMeeting({ path: { userId: 'me' }, body: { type: 2, password: '12345678901' } }),
        400,
        300,
      )
    })
  })

  describe('a recurring meeting with five weekly occurrences', () => {
    it('lists them, and deleting one marks it deleted', async () => {
      const api = client.endpoints.meetings
      const created = await api.createMeeting({
        path: { userId: 'me' },
        body: {
          topic: 'Weekly review',
          type: 8,
          start_time: '2026-11-13T16:00:00Z',
          duration: 50,
          recurrence: { type: 2, weekly_days: '6', end_times: 5 },
        },
      })
      const id = must(must(created.data).id)
      const got = await api.getMeeting({ path: { meetingId: id } })
      const occurrences = must(must(got.data).occurrences)
      assert.deepEqual(
        occurrences.map((o) => o.start_time),
        [
          '2026-11-13T16:00:00Z',
          '2026-11-20T16:00:00Z',
          '2026-11-27T16:00:00Z',
          '2026-12-04T16:00:00Z',
          '2026-12-11T16:00:00Z',
        ],
      )
      assert.ok(occurrences.every((o) => o.status === 'available' && o.duration === 50))

      const listed = await api.listMeetings({ path: { userId: 'me' }, query: { type: 'scheduled', page_size: 300 } })
      assert.ok(
        must(must(listed.data).meetings).some(
          (m) => m.id === id && m.type === 8 && m.start_time === '2026-11-13T16:00:00Z',
        ),
      )

      const del = await api.deleteMeeting({
        path: { meetingId: id },
        query: { occurrence_id: occurrences[3].occurrence_id },
      })
      assert.equal(del.statusCode, 204)
      const after = await api.getMeeting({ path: { meetingId: id } })
      assert.deepEqual(
        must(must(after.data).occurrences).map((o) => o.status),
        ['available', 'available', 'available', 'deleted', 'available'],
      )

      const one = await api.getMeeting({
        path: { meetingId: id },
        query: { occurrence_id: occurrences[1].occurrence_id },
      })
      assert.equal(one.data?.start_time, '2026-11-20T16:00:00Z')
    })
  })

  describe('getMeeting / updateMeeting / deleteMeeting / updateMeetingStatus', () => {
    it('update is 204 and shows on the next read; delete then recover', async () => {
      const api = client.endpoints.meetings
      const m = must(
        (
          await api.createMeeting({
            path: { userId: 'me' },
            body: { topic: 'Draft', type: 2, start_time: '2026-12-01T10:00:00Z' },
          })
        ).data,
      )
      const upd = await api.updateMeeting({
        path: { meetingId: must(m.id) },
        body: {
          topic: 'Final',
          agenda: 'Decide',
          settings: { waiting_room: false, join_before_host: true, jbh_time: 5 },
        },
      })
      assert.equal(upd.statusCode, 204)
      const got = must((await api.getMeeting({ path: { meetingId: must(m.id) } })).data)
      assert.equal(got.topic, 'Final')
      assert.equal(got.agenda, 'Decide')
      assert.equal(got.settings?.join_before_host, true)
      assert.equal(got.settings?.jbh_time, 5)
      assert.equal(got.status, 'waiting')

      assert.equal(
        (
          await api.deleteMeeting({
            path: { meetingId: must(m.id) },
            query: { schedule_for_reminder: true, cancel_meeting_reminder: true },
          })
        ).statusCode,
        204,
      )
      await rejectsWith(
        api.getMeeting({ path: { meetingId: must(m.id) } }),
        404,
        3001,
        `Meeting does not exist: ${m.id}.`,
      )
      assert.equal(
        (await api.updateMeetingStatus({ path: { meetingId: must(m.id) }, body: { action: 'recover' } })).statusCode,
        204,
      )
      assert.equal((await api.getMeeting({ path: { meetingId: must(m.id) } })).data?.topic, 'Final')
    })

    it("another account's meeting id is 404/3001", async () => {
      const other = await makeAccount(t, { scopes: ['meeting:write:admin', 'meeting:read:admin'] })
      const theirs = meetingsClient(t.origin, await other.token())
      const m = must(
        (await theirs.endpoints.meetings.createMeeting({ path: { userId: other.owner.id }, body: { type: 2 } })).data,
      )
      await rejectsWith(
        client.endpoints.meetings.getMeeting({ path: { meetingId: must(m.id) } }),
        404,
        3001,
        `Meeting does not exist: ${m.id}.`,
      )
      await rejectsWith(
        client.endpoints.meetings.updateMeeting({ path: { meetingId: must(m.id) }, body: { topic: 'x' } }),
        404,
        3001,
      )
      await rejectsWith(client.endpoints.meetings.deleteMeeting({ path: { meetingId: must(m.id) } }), 404, 3001)
      assert.equal((await theirs.endpoints.meetings.getMeeting({ path: { meetingId: must(m.id) } })).statusCode, 200)
    })
  })

  describe('invitation, invite links, token, templates', () => {
    it('work through rivet', async () => {
      const api = client.endpoints.meetings
      const m = must(
        (
          await api.createMeeting({
            path: { userId: 'me' },
            body: { topic: 'Extras', type: 2, start_time: '2026-12-01T10:00:00Z' },
          })
        ).data,
      )
      const inv = await api.getMeetingInvitation({ path: { meetingId: must(m.id) } })
      assert.ok(inv.data?.invitation?.includes('Topic: Extras'))
      const links = await api.createMeetingsInviteLinks({
        path: { meetingId: must(m.id) },
        body: { attendees: [{ name: 'Guest' }] },
      })
      assert.equal(links.statusCode, 201)
      assert.equal(links.data?.attendees?.[0]?.name, 'Guest')
      assert.ok(links.data?.attendees?.[0]?.join_url?.includes('tk='))
      const tok = await api.getMeetingsToken({
        path: { meetingId: must(m.id) },
        query: { type: 'closed_caption_token' },
      })
      assert.ok(tok.data?.token?.startsWith(`${t.origin}/closedcaption?`))
      const tmpl = await api.createMeetingTemplateFromExistingMeeting({
        path: { userId: 'me' },
        body: { meeting_id: must(m.id), name: 'From rivet' },
      })
      assert.equal(tmpl.statusCode, 201)
      const list = await api.listMeetingTemplates({ path: { userId: 'me' } })
      assert.deepEqual(
        list.data?.templates?.map((x) => x.name),
        ['From rivet'],
      )
    })
  })

  describe('master account form', () => {
    it("creates a meeting for a sub account's user", async () => {
      const sub = await makeAccount(t, { sub: true, scopes: ['meeting:read:admin'] })
      const res = await t.call('POST', `/v2/accounts/${sub.account.id}/users/${sub.owner.email}/meetings`, {
        token: await t.token(),
        body: { topic: 'Sub', type: 2 },
      })
      assert.equal(res.status, 201)
      const subClient = meetingsClient(t.origin, await sub.token())
      const got = await subClient.endpoints.meetings.getMeeting({ path: { meetingId: num(res.body.id) } })
      assert.equal(got.data?.host_id, sub.owner.id)
      assert.equal(got.data?.topic, 'Sub')
    })
  })
})
