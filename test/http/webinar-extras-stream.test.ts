import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { LiveStreamService } from '../../src/domain/meetings/livestream.js'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { makeAccount } from '../helpers/accounts.js'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { array, items, must, obj, refused, str, type Json } from '../helpers/json.js'
import type { TestServer } from '../helpers/server.js'

// A webinar's live stream, caption token, invite links and templates, on the meeting core: the webinar settings
// and texts, the /w/ links, the silence of webinar streams in the event list, and templates kept apart by kind.

const FEED = {
  stream_url: 'rtmp://ingest.example.tv/live',
  stream_key: 'wb-9f2',
  page_url: 'https://watch.example.tv/product-day',
}
const CUSTOM_STREAMING = {
  webinar_live_streaming: { enable: true, live_streaming_service: ['youtube', 'custom_live_streaming_service'] },
}

describe('Webinar live stream, token, invite links and templates over HTTP', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  before(async () => {
    ;({ t, token, ownerId } = await startWithOwner())
  })
  after(() => t.close())

  const webinar = (body: Json = {}, userId = 'me') =>
    createWebinar(t, token, { topic: 'Product day', start_time: '2026-11-30T16:00:00Z', duration: 60, ...body }, userId)
  const stream = (id: number, method = 'GET', body?: unknown) =>
    t.call(method, `/v2/webinars/${id}/livestream`, { token, body })
  const streamStatus = (id: number, body: unknown) =>
    t.call('PATCH', `/v2/webinars/${id}/livestream/status`, { token, body })
  const sim = async (id: number, what: 'start' | 'end') =>
    assert.equal((await t.call('POST', `/sim/meetings/${id}/${what}`, { token })).status, 200)
  const inMeeting = async (path: string, in_meeting: Json) => {
    const res = await t.call('PATCH', path, { token, body: { in_meeting } })
    assert.equal(res.status, 204, res.text)
  }
  const liveStreamingEvents = async () =>
    (await t.server.svc.db.kysely.selectFrom('outbox').select('event').execute()).filter((r) =>
      r.event.includes('live_streaming'),
    )
  /** What the server keeps of a stream: whether it is streaming now. */
  const streaming = async (id: number) => {
    const row = await t.server.svc.use(LiveStreamService).repo.liveStream(t.seed.accountId, id)
    return row ? 'streaming' in obj(JSON.parse(row.data)) : false
  }

  describe('getWebinarLiveStreamDetails / webinarLiveStreamUpdate / webinarLiveStreamStatusUpdate', () => {
    it('custom webinar live streaming off (the default): every operation is 400/200', async () => {
      const id = await webinar()
      for (const res of [
        await stream(id),
        await stream(id, 'PATCH', FEED),
        await streamStatus(id, { action: 'stop' }),
      ]) {
        refused(res, 400, 200)
        assert.equal(
          res.body.message,
          'The current user has not enabled the custom live streaming feature of the webinar.',
        )
      }
      // The meeting settings are not the webinar ones.
      await inMeeting('/v2/accounts/me/settings', { allow_live_streaming: true, custom_live_streaming_service: true })
      refused(await stream(id), 400, 200)
    })

    it('on for the account but off for the host, or without the custom service: still 400/200', async () => {
      const id = await webinar()
      await inMeeting('/v2/users/me/settings', { webinar_live_streaming: { enable: false } })
      await inMeeting('/v2/accounts/me/settings', CUSTOM_STREAMING)
      refused(await stream(id), 400, 200)
      await inMeeting('/v2/users/me/settings', {
        webinar_live_streaming: { enable: true, live_streaming_service: ['youtube'] },
      })
      refused(await stream(id), 400, 200)
      await inMeeting('/v2/users/me/settings', CUSTOM_STREAMING)
      assert.equal((await stream(id)).status, 200)
    })

    it('configure, start while live, refuse too soon, stop; the webinar ending stops it; no event at all', async () => {
      await inMeeting('/v2/accounts/me/settings', CUSTOM_STREAMING)
      await inMeeting('/v2/users/me/settings', CUSTOM_STREAMING)
      const id = await webinar()
      assert.deepEqual((await stream(id)).body, {})

      const unconfigured = await streamStatus(id, { action: 'start' })
      refused(unconfigured, 400, 3000)
      assert.equal(unconfigured.body.message, 'The current webinar is not configured with a custom streaming service.')

      const set = await stream(id, 'PATCH', { ...FEED, resolution: '720p' })
      assert.equal(set.status, 204, set.text)
      assert.deepEqual((await stream(id)).body, { ...FEED, resolution: '720p' })
      refused(await stream(id, 'PATCH', { ...FEED, page_url: 'watch here' }), 400, 300, 'page_url')
      refused(await stream(id, 'PATCH', { stream_url: FEED.stream_url }), 400, 300, 'stream_key')

      const notLive = await streamStatus(id, { action: 'start' })
      refused(notLive, 400, 200)
      assert.equal(notLive.body.message, `Webinar ${id} has not started.`)

      await sim(id, 'start')
      const start = await streamStatus(id, {
        action: 'start',
        settings: { active_speaker_name: false, display_name: 'Day 1' },
      })
      assert.equal(start.status, 204, start.text)
      assert.equal(await streaming(id), true)
      const soon = await streamStatus(id, { action: 'start' })
      refused(soon, 429, 429)
      assert.match(str(soon.body.message), new RegExp(`livestream of this webinar: ${id}\\.`))

      // Webinar streams have no `mode` action and no layout setting.
      refused(await streamStatus(id, { action: 'mode' }), 400, 300, 'action')
      refused(await streamStatus(id, { settings: { display_name: '' } }), 400, 300, 'settings.display_name')

      assert.equal((await streamStatus(id, { action: 'stop' })).status, 204)
      assert.equal(await streaming(id), false)
      t.clock.advance(30_000)
      token = await t.token()
      assert.equal((await streamStatus(id, { action: 'start' })).status, 204)
      assert.equal(await streaming(id), true)
      await sim(id, 'end')
      assert.equal(await streaming(id), false, 'the stream ends with its webinar')
      refused(await streamStatus(id, { action: 'start' }), 400, 200)

      assert.deepEqual(await liveStreamingEvents(), [], 'Zoom lists no webinar live-streaming events')
    })

    it("a meeting's id is refused on the webinar paths (404/3001)", async () => {
      const meetingId = await createMeeting(t, token, { topic: 'Meeting', type: 2 })
      refused(await stream(meetingId), 404, 3001)
      refused(await stream(meetingId, 'PATCH', FEED), 404, 3001)
      refused(await streamStatus(meetingId, { action: 'stop' }), 404, 3001)
    })
  })

  describe('webinarToken', () => {
    it('the caption URL only while the webinar is in progress; closed_caption_token is the only type', async () => {
      const id = await webinar()
      const early = await t.call('GET', `/v2/webinars/${id}/token`, { token })
      refused(early, 400, 3000)
      assert.equal(early.body.message, `Webinar ${id} has not started.`)

      await sim(id, 'start')
      const res = await t.call('GET', `/v2/webinars/${id}/token?type=closed_caption_token`, { token })
      assert.equal(res.status, 200, res.text)
      const url = new URL(str(res.body.token))
      assert.equal(url.origin + url.pathname, `${t.origin}/closedcaption`)
      assert.equal(url.searchParams.get('id'), String(id))
      assert.equal(url.searchParams.get('spparams'), 'id,ns,expire')
      assert.ok(url.searchParams.get('signature'))
      assert.equal((await t.call('GET', `/v2/webinars/${id}/token`, { token })).body.token, res.body.token)
      refused(await t.call('GET', `/v2/webinars/${id}/token?type=zak`, { token }), 400, 300, 'type')
      await sim(id, 'end')
      refused(await t.call('GET', `/v2/webinars/${id}/token`, { token }), 400, 3000)
    })

    it('closed captioning off for the account: 3000; a meeting id: 404/3001', async () => {
      const id = await webinar()
      await sim(id, 'start')
      assert.equal(
        (await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting: { closed_caption: false } } }))
          .status,
        204,
      )
      try {
        const res = await t.call('GET', `/v2/webinars/${id}/token`, { token })
        refused(res, 400, 3000)
        assert.match(str(res.body.message), /^Closed captioning disabled\./)
      } finally {
        await t.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting: { closed_caption: true } } })
      }
      assert.equal((await t.call('GET', `/v2/webinars/${id}/token`, { token })).status, 200)
      const meetingId = await createMeeting(t, token, { topic: 'Meeting', type: 2 })
      refused(await t.call('GET', `/v2/webinars/${meetingId}/token`, { token }), 404, 3001)
    })
  })

  describe('webinarInviteLinksCreate', () => {
    it('a signed /w/ join link per attendee, expiring after ttl; names and ttl are checked', async () => {
      const id = await webinar({ password: 'w3b1n4r' })
      const res = await t.call('POST', `/v2/webinars/${id}/invite_links`, {
        token,
        body: { attendees: [{ name: 'Ada' }, { name: 'Grace', disable_audio: true }], ttl: 120 },
      })
      assert.equal(res.status, 201, res.text)
      const links = items(res.body.attendees)
      assert.deepEqual(
        links.map((a) => a.name),
        ['Ada', 'Grace'],
      )
      const meetings = t.server.svc.use(MeetingService)
      const grace = new URL(str(must(links[1]).join_url))
      assert.equal(grace.origin + grace.pathname, `${t.origin}/w/${id}`)
      assert.ok(grace.searchParams.get('pwd'))
      const tk = must(grace.searchParams.get('tk'))
      const claims = must(await meetings.links.verify(tk))
      assert.equal(claims.mnum, String(id))
      assert.equal(claims.name, 'Grace')
      assert.equal(claims.da, true)
      t.clock.advance(121_000)
      token = await t.token()
      assert.equal(await meetings.links.verify(tk), undefined)

      refused(
        await t.call('POST', `/v2/webinars/${id}/invite_links`, { token, body: { attendees: [{ name: '' }] } }),
        400,
        300,
        'attendees.0.name',
      )
      refused(
        await t.call('POST', `/v2/webinars/${id}/invite_links`, { token, body: { attendees: [], ttl: -1 } }),
        400,
        300,
        'ttl',
      )
      const meetingId = await createMeeting(t, token, { topic: 'Meeting', type: 2 })
      refused(
        await t.call('POST', `/v2/webinars/${meetingId}/invite_links`, { token, body: { attendees: [{ name: 'x' }] } }),
        404,
        3001,
      )
    })
  })

  describe('createAWebinarTemplate / listWebinarTemplates', () => {
    const saveTemplate = (body: unknown, userId = 'me') =>
      t.call('POST', `/v2/users/${userId}/webinar_templates`, { token, body })
    const listTemplates = (userId = 'me') => t.call('GET', `/v2/users/${userId}/webinar_templates`, { token })

    it('saves settings and recurrence from a webinar, lists only webinar templates, and schedules with one', async () => {
      const source = await webinar({
        type: 9,
        start_time: '2027-03-02T15:00:00Z',
        recurrence: { type: 1, repeat_interval: 7, end_times: 3 },
        settings: { panelists_video: true, practice_session: true, hd_video_for_attendees: true },
      })
      const meetingSource = await createMeeting(t, token, { topic: 'Meeting source', type: 2 })
      const meetingTemplate = await t.call('POST', '/v2/users/me/meeting_templates', {
        token,
        body: { meeting_id: meetingSource },
      })
      assert.equal(meetingTemplate.status, 201)

      const made = await saveTemplate({ webinar_id: source, name: 'Launch series', save_recurrence: true })
      assert.equal(made.status, 201, made.text)
      const templateId = str(made.body.id)
      assert.deepEqual(made.body, { id: templateId, name: 'Launch series' })
      assert.deepEqual((await listTemplates()).body, {
        total_records: 1,
        templates: [{ id: templateId, name: 'Launch series' }],
      })
      const meetingList = (await t.call('GET', '/v2/users/me/meeting_templates', { token })).body
      assert.deepEqual(
        items(meetingList.templates).map((x) => x.id),
        [meetingTemplate.body.id],
      )

      const scheduled = await t.call('POST', '/v2/users/me/webinars', {
        token,
        body: { topic: 'From template', type: 9, start_time: '2027-04-06T15:00:00Z', template_id: templateId },
      })
      assert.equal(scheduled.status, 201, scheduled.text)
      const s = obj(scheduled.body.settings)
      assert.deepEqual([s.panelists_video, s.practice_session, s.hd_video_for_attendees], [true, true, true])
      assert.equal(obj(scheduled.body.recurrence).repeat_interval, 7)
      assert.equal(array(scheduled.body.occurrences).length, 3)

      // Templates do not cross kinds.
      const meetingWithWebinarTemplate = await t.call('POST', '/v2/users/me/meetings', {
        token,
        body: { type: 2, template_id: templateId },
      })
      refused(meetingWithWebinarTemplate, 400, 300, 'template_id')
      const webinarWithMeetingTemplate = await t.call('POST', '/v2/users/me/webinars', {
        token,
        body: { start_time: '2027-04-06T15:00:00Z', template_id: meetingTemplate.body.id },
      })
      refused(webinarWithMeetingTemplate, 400, 300, 'template_id')

      // overwrite replaces the template saved from the same webinar; without it another is added, named by topic.
      const again = await saveTemplate({ webinar_id: source, name: 'Launch series v2', overwrite: true })
      assert.deepEqual(again.body, { id: templateId, name: 'Launch series v2' })
      const another = await saveTemplate({ webinar_id: source })
      assert.equal(another.status, 201)
      assert.notEqual(another.body.id, templateId)
      assert.equal(another.body.name, 'Product day')
      assert.deepEqual(
        items((await listTemplates()).body.templates).map((x) => x.name),
        ['Launch series v2', 'Product day'],
      )
    })

    it("refuses a meeting's id, someone else's webinar, a missing webinar_id, and a host without a webinar licence", async () => {
      const meetingId = await createMeeting(t, token, { topic: 'Meeting', type: 2 })
      const notWebinar = await saveTemplate({ webinar_id: meetingId })
      refused(notWebinar, 404, 3001)
      assert.equal(notWebinar.body.message, `Webinar does not exist: ${meetingId}.`)

      const colleague = await addUser(t, token, 'template-colleague@example.com', { webinar: 100 })
      const theirs = await webinar({}, colleague)
      const notHost = await saveTemplate({ webinar_id: theirs })
      refused(notHost, 400, 3003)
      assert.equal(notHost.body.message, 'You are not the webinar host.')
      assert.deepEqual((await listTemplates(colleague)).body, { total_records: 0, templates: [] })
      assert.equal((await saveTemplate({ webinar_id: theirs, name: 'Theirs' }, colleague)).status, 201)
      assert.equal((await listTemplates(colleague)).body.total_records, 1)

      refused(await saveTemplate({ name: 'No source' }), 400, 300, 'webinar_id')
      refused(await saveTemplate({ webinar_id: theirs, name: '' }, colleague), 400, 300, 'name')

      const unlicensed = await addUser(t, token, 'template-nolicence@example.com')
      for (const res of [await listTemplates(unlicensed), await saveTemplate({ webinar_id: theirs }, unlicensed)]) {
        refused(res, 400, 200)
        assert.match(str(res.body.message), new RegExp(`^Webinar plan is missing.*${unlicensed}`))
      }
      refused(await listTemplates('nobody@example.com'), 404, 1001)
      assert.ok(ownerId)
    })

    it('another account sees none of these templates', async () => {
      const other = await makeAccount(t, { scopes: ['webinar:read:admin', 'webinar:write:admin', 'user:read:admin'] })
      const res = await t.call('GET', `/v2/users/${ownerId}/webinar_templates`, { token: await other.token() })
      assert.equal(res.status, 404)
    })
  })
})
