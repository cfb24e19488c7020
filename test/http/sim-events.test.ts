import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { cli } from '../helpers/cli.js'
import { createMeeting, startWithOwner } from '../helpers/fixtures.js'
import { obj } from '../helpers/json.js'
import { deliverUntil, plainReceiver, type Received } from '../helpers/rivet-webhooks.js'
import type { TestServer } from '../helpers/server.js'

const SUBS = '/v2/marketplace/app/event_subscription'

describe('Simulator: webhook events on demand', () => {
  let t: TestServer
  let token: string
  let ownerId: string
  let dir: string
  let hook: Awaited<ReturnType<typeof plainReceiver>>
  const verified = (r: Received) => {
    const ts = String(r.headers['x-zm-request-timestamp'])
    const sig = createHmac('sha256', t.seed.webhookSecretToken).update(`v0:${ts}:${r.body}`).digest('hex')
    assert.equal(r.headers['x-zm-signature'], `v0=${sig}`)
    const json = r.json
    assert.ok(json)
    return json
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zoom-events-'))
    // A database file (a schema of its own on PostgreSQL), so the command line can write to it too.
    ;({ t, token, ownerId } = await startWithOwner({ file: join(dir, 'zoom.db') }))
    hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    const res = await t.call('POST', SUBS, {
      token,
      body: {
        events: ['meeting.created', 'meeting.participant_joined', 'user.updated', 'group.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      },
    })
    assert.equal(res.status, 201, res.text)
  })
  after(async () => {
    await hook.close()
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends meeting.created built from the account’s newest meeting, signed, with data overriding fields', async () => {
    const id = await createMeeting(t, token, { topic: 'Planning', type: 2, start_time: '2026-11-03T10:00:00Z' })
    await deliverUntil(t, () => hook.events.length === 1)
    const res = await t.call('POST', '/sim/events/meeting.created', { token, body: { data: { duration: 45 } } })
    assert.equal(res.status, 201, res.text)
    assert.equal(res.body.event, 'meeting.created')
    await deliverUntil(t, () => hook.events.length === 2)
    const e = verified(hook.events[1])
    assert.equal(e.event, 'meeting.created')
    assert.equal(e.event_ts, t.clock.now())
    assert.equal(e.payload.account_id, t.seed.accountId)
    assert.equal(e.payload.operator_id, ownerId)
    assert.equal(e.payload.object.id, id)
    assert.equal(e.payload.object.topic, 'Planning')
    assert.equal(e.payload.object.host_id, ownerId)
    assert.equal(e.payload.object.duration, 45)
  })

  it('generates objects for families the account has nothing of; user events use a real user', async () => {
    let res = await t.call('POST', '/sim/events/group.created', { token, body: {} })
    assert.equal(res.status, 201, res.text)
    res = await t.call('POST', '/sim/events/meeting.participant_joined', { token, body: {} })
    assert.equal(res.status, 201, res.text)
    res = await t.call('POST', '/sim/events/user.updated', { token, body: {} })
    assert.equal(res.status, 201, res.text)
    await deliverUntil(t, () => hook.events.length === 5)
    const [group, joined, user] = hook.events.slice(2).map(verified)
    assert.equal(group.event, 'group.created')
    assert.equal(typeof group.payload.object.id, 'string')
    assert.equal(typeof group.payload.object.name, 'string')
    const participant = obj(joined.payload.object.participant)
    assert.equal(participant.user_name, 'Simulated participant')
    assert.equal(typeof participant.join_time, 'string')
    assert.equal(user.payload.object.id, ownerId)
  })

  it('refuses an unknown event with 404', async () => {
    const res = await t.call('POST', '/sim/events/meeting.exploded', { token, body: {} })
    assert.deepEqual(
      [res.status, res.body],
      [404, { code: 404, message: 'Webhook event does not exist: meeting.exploded.' }],
    )
    const validation = await t.call('POST', '/sim/events/endpoint.url_validation', { token, body: {} })
    assert.equal(validation.status, 404)
  })

  it('the command line lists events and triggers one that the running server delivers', async () => {
    const env = { DATABASE_URL: t.config.databaseUrl }
    const listed = await cli(['events', '--json'], env)
    assert.equal(listed.code, 0, listed.stderr)
    const names = (JSON.parse(listed.stdout) as { event: string }[]).map((e) => e.event)
    assert.ok(names.includes('meeting.created'))
    assert.ok(!names.includes('endpoint.url_validation'))
    const before = hook.events.length
    const sent = await cli(['trigger', 'group.created', '--data', '{"name":"From the CLI"}'], env)
    assert.equal(sent.code, 0, sent.stderr)
    await deliverUntil(t, () => hook.events.length === before + 1)
    const e = verified(hook.events[before])
    assert.equal(e.event, 'group.created')
    assert.equal(e.payload.account_id, t.seed.accountId)
    assert.equal(e.payload.object.name, 'From the CLI')
    const bad = await cli(['trigger', 'no.such_event'], env)
    assert.equal(bad.code, 1)
    assert.match(bad.stderr, /404 Webhook event does not exist: no\.such_event\./)
  })

  it('app_deauthorized names the calling app, so its subscription hears it; another app’s client_id is not sent', async () => {
    const uninstalls = await plainReceiver({ secret: t.seed.webhookSecretToken })
    try {
      const sub = await t.call('POST', SUBS, {
        token,
        body: { events: ['app_deauthorized'], event_webhook_url: uninstalls.url, subscription_scope: 'account' },
      })
      assert.equal(sub.status, 201, sub.text)
      const other = await t.call('POST', '/sim/events/app_deauthorized', {
        token,
        body: { data: { client_id: 'someOtherApp' } },
      })
      assert.equal(other.status, 201, other.text)
      const res = await t.call('POST', '/sim/events/app_deauthorized', { token, body: {} })
      assert.equal(res.status, 201, res.text)
      await deliverUntil(t, () => uninstalls.events.length === 1)
      const e = verified(uninstalls.events[0])
      assert.equal(e.event, 'app_deauthorized')
      assert.equal(e.payload.client_id, t.seed.clientId)
      assert.equal(e.payload.user_id, ownerId)
      assert.equal(e.payload.user_data_retention, 'false')
      assert.match(String(e.payload.deauthorization_time), /^\d{4}-\d\d-\d\dT/)
      assert.equal(uninstalls.events.length, 1)
    } finally {
      await uninstalls.close()
    }
  })
})
