import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { num } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const STREAM = {
  stream_url: 'rtmp://live.example.com/app',
  stream_key: 'key-123',
  page_url: 'https://watch.example.com/show',
}

const events = async (t: TestServer, name: string) =>
  (
    await t.server.svc.db.kysely.selectFrom('outbox').select('body').where('event', '=', name).orderBy('seq').execute()
  ).map((r) => JSON.parse(r.body))

describe('Meeting live streams across a restart', () => {
  it('ending a streamed meeting after a restart emits meeting.live_streaming_stopped, with no live-stream request since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-livestream-'))
    try {
      const first = await startTestServer({ file: join(dir, 'zoom.db') })
      let id: number
      try {
        const token = await first.token()
        const in_meeting = { allow_live_streaming: true, custom_live_streaming_service: true }
        assert.equal(
          (await first.call('PATCH', '/v2/accounts/me/settings', { token, body: { in_meeting } })).status,
          204,
        )
        assert.equal((await first.call('PATCH', '/v2/users/me/settings', { token, body: { in_meeting } })).status, 204)
        const created = await first.call('POST', '/v2/users/me/meetings', {
          token,
          body: { topic: 'Streamed', type: 2, start_time: '2026-12-01T10:00:00Z', duration: 45 },
        })
        assert.equal(created.status, 201, JSON.stringify(created.body))
        id = num(created.body.id)
        assert.equal((await first.call('PATCH', `/v2/meetings/${id}/livestream`, { token, body: STREAM })).status, 204)
        const started = await first.call('POST', `/sim/meetings/${id}/start`, { token })
        assert.equal(started.status, 200, JSON.stringify(started.body))
        const stream = await first.call('PATCH', `/v2/meetings/${id}/livestream/status`, {
          token,
          body: { action: 'start' },
        })
        assert.equal(stream.status, 204, JSON.stringify(stream.body))
      } finally {
        await first.close()
      }

      // On PostgreSQL the test database is a fresh schema per server, so reuse the first one's URL.
      const second = await startTestServer({ databaseUrl: first.config.databaseUrl, clock: first.clock })
      try {
        const ended = await second.call('POST', `/sim/meetings/${id}/end`, { token: await second.token() })
        assert.equal(ended.status, 200, JSON.stringify(ended.body))
        const stopped = await events(second, 'meeting.live_streaming_stopped')
        assert.equal(stopped.length, 1)
        assert.equal(stopped[0].payload.object.id, id)
        assert.equal(
          stopped[0].payload.object.live_streaming.custom_live_streaming_settings.stream_url,
          STREAM.stream_url,
        )
      } finally {
        await second.close()
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
