import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { MeetingService } from '../../src/domain/meetings/meeting.service.js'
import { makeAccount } from '../helpers/accounts.js'
import { createMeeting, startWithToken } from '../helpers/fixtures.js'
import { outboxEvents } from '../helpers/outbox.js'
import { at, obj, refused, str } from '../helpers/json.js'
import type { Reply, TestServer } from '../helpers/server.js'

const SCOPES = [
  'meeting:read:admin',
  'meeting:write:admin',
  'user:read:admin',
  'user:write:admin',
  'account:read:admin',
  'account:write:admin',
]
const STREAM = {
  stream_url: 'rtmp://live.example.com/app',
  stream_key: 'key-123',
  page_url: 'https://watch.example.com/show',
  resolution: '1080p',
}

describe('Meeting live streams over HTTP', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithToken())
  })
  after(() => t.close())

  const meeting = (
    body: unknown = {
      topic: 'Streamed',
      type: 2,
      start_time: '2026-12-01T10:00:00Z',
      timezone: 'Europe/Paris',
      duration: 45,
    },
    tk = token,
  ) => createMeeting(t, tk, body)
  const status = (id: number, body: unknown, tk = token) =>
    t.call('PATCH', `/v2/meetings/${id}/livestream/status`, { token: tk, body })
  const refusedWith = (res: Reply, code: number, httpStatus = 400, field?: string) =>
    refused(res, httpStatus, code, field)
  const events = (name: string) => outboxEvents(t, name)
  const setLive = async (id: number, live: boolean, accountId = t.seed.accountId) => {
    const meetings = t.server.svc.use(MeetingService)
    await meetings.setStatus(await meetings.get(accountId, id), live ? 'started' : 'waiting')
  }
  /** Turns on "Allow live streaming meetings" with the custom service, for the account and its owner. */
  const enableStreaming = async (tk = token) => {
    const in_meeting = { allow_live_streaming: true, custom_live_streaming_service: true }
    assert.equal((await t.call('PATCH', '/v2/accounts/me/settings', { token: tk, body: { in_meeting } })).status, 204)
    assert.equal((await t.call('PATCH', '/v2/users/me/settings', { token: tk, body: { in_meeting } })).status, 204)
  }

  describe('getMeetingLiveStreamDetails / meetingLiveStreamUpdate', () => {
    it('is empty until configured, then shows what was set', async () => {
      const id = await meeting()
      const empty = await t.call('GET', `/v2/meetings/${id}/livestream`, { token })
      assert.equal(empty.status, 200)
      assert.deepEqual(empty.body, {})
      const upd = await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: STREAM })
      assert.equal(upd.status, 204)
      assert.equal(upd.text, '')
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/livestream`, { token })).body, STREAM)
      const { resolution: _, ...withoutResolution } = { ...STREAM, stream_key: 'key-456' }
      assert.equal(
        (await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: withoutResolution })).status,
        204,
      )
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/livestream`, { token })).body, {
        ...STREAM,
        stream_key: 'key-456',
      })
    })

    it('needs stream_url, stream_key and page_url; page_url is a URL; resolution is 720p or 1080p', async () => {
      const id = await meeting()
      const { page_url: _, ...noPage } = STREAM
      refusedWith(await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: noPage }), 300, 400, 'page_url')
      const { stream_key: __, ...noKey } = STREAM
      refusedWith(
        await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: noKey }),
        300,
        400,
        'stream_key',
      )
      refusedWith(
        await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: { ...STREAM, page_url: 'not a url' } }),
        300,
        400,
        'page_url',
      )
      refusedWith(
        await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: { ...STREAM, resolution: '4k' } }),
        300,
        400,
        'resolution',
      )
      refusedWith(
        await t.call('PATCH', `/v2/meetings/${id}/livestream`, {
          token,
          body: { ...STREAM, stream_key: 'k'.repeat(513) },
        }),
        300,
        400,
        'stream_key',
      )
      assert.deepEqual((await t.call('GET', `/v2/meetings/${id}/livestream`, { token })).body, {})
      refusedWith(await t.call('GET', '/v2/meetings/11111111111/livestream', { token }), 3001, 404)
    })

    it('a Free account is refused with 400/200', async () => {
      const free = await makeAccount(t, { plan: 'free', scopes: SCOPES })
      const tk = await free.token()
      const id = await meeting({ type: 2 }, tk)
      refusedWith(await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token: tk, body: STREAM }), 200)
      refusedWith(await t.call('GET', `/v2/meetings/${id}/livestream`, { token: tk }), 200)
      refusedWith(await status(id, { action: 'stop' }, tk), 200)
    })
  })

  describe('meetingLiveStreamStatusUpdate', () => {
    it('start needs live streaming on, the stream configured and the meeting in progress', async () => {
      const acct = await makeAccount(t, { scopes: SCOPES })
      const tk = await acct.token()
      const id = await meeting(undefined, tk)
      const disabled = await status(id, { action: 'start' }, tk)
      refusedWith(disabled, 3000)
      assert.match(str(disabled.body.message), /^Live streaming disabled\./)
      await enableStreaming(tk)
      refusedWith(await status(id, { action: 'start' }, tk), 3000)
      assert.match(str((await status(id, { action: 'start' }, tk)).body.message), /has not been configured/)
      assert.equal((await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token: tk, body: STREAM })).status, 204)
      const notLive = await status(id, { action: 'start' }, tk)
      refusedWith(notLive, 3000)
      assert.match(str(notLive.body.message), /has not started/)
      assert.equal(
        (await events('meeting.live_streaming_started')).filter((e) => e.payload.account_id === acct.account.id).length,
        0,
      )
    })

    it('start while the meeting is live streams it (meeting.live_streaming_started); stop ends it', async () => {
      await enableStreaming()
      const id = await meeting()
      await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: STREAM })
      await setLive(id, true)
      const m = (await t.call('GET', `/v2/meetings/${id}`, { token })).body
      assert.equal(m.status, 'started')
      const before = (await events('meeting.live_streaming_started')).length
      const start = await status(id, {
        action: 'start',
        settings: {
          active_speaker_name: true,
          display_name: 'Town hall',
          layout: 'gallery_view',
          close_caption: 'burnt-in',
        },
      })
      assert.equal(start.status, 204)
      assert.equal(start.text, '')
      const started = await events('meeting.live_streaming_started')
      assert.equal(started.length, before + 1)
      const e = at(started, -1)
      assert.equal(e.payload.account_id, t.seed.accountId)
      assert.equal(e.payload.operator, t.seed.ownerEmail)
      assert.equal(typeof e.payload.operator_id, 'string')
      assert.deepEqual(e.payload.object, {
        id,
        uuid: m.uuid,
        host_id: m.host_id,
        topic: 'Streamed',
        type: 2,
        start_time: new Date(t.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        timezone: 'Europe/Paris',
        duration: 45,
        live_streaming: {
          service: 'Custom_Live_Streaming_Service',
          custom_live_streaming_settings: STREAM,
          date_time: new Date(t.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
      })

      // Zoom takes one start per meeting every 30 seconds.
      const again = await status(id, { action: 'start' })
      refusedWith(again, 429, 429)
      assert.equal(
        again.body.message,
        `Too many requests submitted to start the livestream of this meeting: ${id}. If the livestream has not already started, retry making a new request after 30 seconds.`,
      )
      t.clock.advance(30_000)
      token = await t.token()
      assert.equal((await status(id, { action: 'start' })).status, 204)
      assert.equal(
        (await events('meeting.live_streaming_started')).length,
        before + 1,
        'already streaming: no second event',
      )

      assert.equal((await status(id, { action: 'mode', settings: { layout: 'speaker_view' } })).status, 204)
      refusedWith(await status(id, { action: 'mode', settings: { layout: 'grid' } }), 300, 400, 'settings.layout')
      refusedWith(await status(id, { action: 'pause' }), 300, 400, 'action')
      refusedWith(await status(id, { settings: { display_name: 'x'.repeat(51) } }), 300, 400, 'settings.display_name')

      const stoppedBefore = (await events('meeting.live_streaming_stopped')).length
      assert.equal((await status(id, { action: 'stop' })).status, 204)
      const stopped = await events('meeting.live_streaming_stopped')
      assert.equal(stopped.length, stoppedBefore + 1)
      assert.equal(at(stopped, -1).payload.object.id, id)
      assert.equal(obj(at(stopped, -1).payload.object.live_streaming).service, 'Custom_Live_Streaming_Service')
      assert.equal((await status(id, { action: 'stop' })).status, 204)
      assert.equal(
        (await events('meeting.live_streaming_stopped')).length,
        stoppedBefore + 1,
        'not streaming: stop changes nothing',
      )
    })

    it('the stream ends with the meeting, and a new instance must start it again', async () => {
      await enableStreaming()
      const id = await meeting()
      await t.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: STREAM })
      await setLive(id, true)
      assert.equal((await status(id, { action: 'start' })).status, 204)
      const stoppedBefore = (await events('meeting.live_streaming_stopped')).length
      assert.equal((await t.call('PUT', `/v2/meetings/${id}/status`, { token, body: { action: 'end' } })).status, 204)
      const stopped = await events('meeting.live_streaming_stopped')
      assert.equal(stopped.length, stoppedBefore + 1)
      assert.equal(at(stopped, -1).payload.object.id, id)
      refusedWith(await status(id, { action: 'start' }), 3000)

      t.clock.advance(31_000)
      token = await t.token()
      await setLive(id, true)
      const startedBefore = (await events('meeting.live_streaming_started')).length
      assert.equal((await status(id, { action: 'start' })).status, 204)
      const started = await events('meeting.live_streaming_started')
      assert.equal(started.length, startedBefore + 1, 'the new instance streams anew')
      const m = (await t.call('GET', `/v2/meetings/${id}`, { token })).body
      assert.equal(at(started, -1).payload.object.uuid, m.uuid)
    })
  })
})
