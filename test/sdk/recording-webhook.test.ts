import { MeetingsS2SAuthClient, type RecordingCompletedEvent } from '@zoom/rivet/meetings'
import assert from 'node:assert/strict'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { must } from '../helpers/json.js'
import { parseMp4 } from '../helpers/mp4.js'
import { recordedMeeting } from '../helpers/recordings.js'
import { deliverUntil, marketplaceClient } from '../helpers/rivet-webhooks.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const HOUR = 3_600_000

/** Rivet's meetings module as a webhook receiver on a free port, checking signatures with `secret`. */
async function meetingsReceiver(secret: string) {
  const client = new MeetingsS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    webhooksSecretToken: secret,
    port: 0,
    logLevel: 'error',
  } as unknown as ConstructorParameters<typeof MeetingsS2SAuthClient>[0])
  const server = (await client.start()) as Server
  return {
    consumer: must(client.webEventConsumer, 'the webhook consumer'),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/zoom/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

describe('recording.completed through rivet’s webhook receiver', () => {
  let t: TestServer
  let token: string
  let receiver: Awaited<ReturnType<typeof meetingsReceiver>>
  const received: RecordingCompletedEvent[] = []

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    receiver = await meetingsReceiver(t.seed.webhookSecretToken)
    receiver.consumer.event('recording.completed', (e) => {
      received.push(e)
    })
  })
  after(async () => {
    await receiver.close()
    await t.close()
  })

  it('a subscription to recording.completed gets the event, signed, with a download token', async () => {
    const created = await marketplaceClient(t.origin, token).endpoints.app.createEventSubscription({
      body: {
        events: ['recording.completed'],
        event_subscription_name: 'recordings',
        event_webhook_url: receiver.url,
        subscription_scope: 'account',
        account_id: t.seed.accountId,
      },
    })
    assert.equal(created.statusCode, 201)
    const played = await recordedMeeting(t, token, { topic: 'Webhook recording', minutes: 12 })
    await deliverUntil(t, () => received.length > 0)
    assert.equal(received.length, 1)
    const e = must(received[0])
    assert.equal(e.event, 'recording.completed')
    assert.equal(e.payload.object.uuid, played.uuid)
    assert.equal(e.payload.object.id, played.id)
    assert.equal(e.payload.object.recording_count, e.payload.object.recording_files.length)
    assert.ok(e.download_token.length > 20)
  })

  it('download_url with ?access_token=<download_token> answers 302 to a file that parses', async () => {
    const e = must(received[0])
    const mp4 = must(e.payload.object.recording_files.find((f) => f.file_type === 'MP4'))
    assert.match(mp4.download_url, /\/rec\/webhook_download\/[^/]+\/[^/]+$/)
    const res = await fetch(`${mp4.download_url}?access_token=${e.download_token}`, { redirect: 'manual' })
    assert.equal(res.status, 302)
    const file = await fetch(must(res.headers.get('location'), 'location'))
    assert.equal(file.headers.get('content-type'), 'video/mp4')
    const bytes = Buffer.from(await file.arrayBuffer())
    assert.equal(bytes.length, mp4.file_size)
    const info = parseMp4(bytes)
    // recordedMeeting records from minute 1 to minute 11.
    assert.ok(Math.abs(info.duration / info.timescale - 600) < 1)
    assert.deepEqual(info.tracks.map((x) => x.handler).sort(), ['soun', 'vide'])
  })

  it('without the token, or a day and an hour later, the download URL answers Zoom’s HTML page', async () => {
    const e = must(received[0])
    const timeline = must(e.payload.object.recording_files.find((f) => f.file_type === 'TIMELINE'))
    const bare = await fetch(timeline.download_url, { redirect: 'manual' })
    assert.equal(bare.status, 200)
    assert.match(must(bare.headers.get('content-type')), /^text\/html/)
    t.clock.advance(25 * HOUR)
    const late = await fetch(`${timeline.download_url}?access_token=${e.download_token}`, { redirect: 'manual' })
    assert.equal(late.status, 200)
    assert.match(must(late.headers.get('content-type')), /^text\/html/)
    assert.match(await late.text(), /cannot be downloaded/)
  })
})
