import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { after, afterEach, before, describe, it } from 'node:test'
import { deliverer, deliverUntil, plainReceiver, type Received } from '../helpers/rivet-webhooks.js'
import type { EventSubscriptionList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const SUBS = '/v2/marketplace/app/event_subscription'

describe('Simulator: webhook delivery faults', () => {
  let t: TestServer
  let hook: Awaited<ReturnType<typeof plainReceiver>>
  let made = 0
  const tok = () => t.token()
  const fault = async (body: Record<string, unknown>) => {
    const res = await t.call('POST', '/sim/faults', { token: await tok(), body })
    assert.equal(res.status, 201, res.text)
    return res.body
  }
  const newUser = async () => {
    const res = await t.call('POST', '/v2/users', {
      token: await tok(),
      body: { action: 'custCreate', user_info: { email: `wf${++made}-${Date.now()}@example.com`, type: 1 } },
    })
    assert.equal(res.status, 201, res.text)
    return String(res.body.id)
  }
  const userIds = (rs: Received[]) => rs.map((r) => String(r.json?.payload.object.id))

  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())
  afterEach(async () => {
    await hook.close()
    await t.call('DELETE', '/sim/faults', { token: await tok() })
    const all = (await t.call<EventSubscriptionList>('GET', `${SUBS}?page_size=300`, { token: await tok() })).body
      .event_subscriptions
    for (const s of all) await t.call('DELETE', `${SUBS}/${s.event_subscription_id}`, { token: await tok() })
  })
  const subscribe = async () => {
    hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    const res = await t.call('POST', SUBS, {
      token: await tok(),
      body: { events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' },
    })
    assert.equal(res.status, 201, res.text)
  }

  it('drops the chosen number of deliveries: never sent, never retried', async () => {
    await subscribe()
    const rule = await fault({ kind: 'webhook_drop', event: 'user.*', times: 1 })
    assert.equal(rule.remaining, 1)
    const lost = await newUser()
    const kept = await newUser()
    await deliverUntil(t, () => hook.events.length === 1)
    assert.deepEqual(userIds(hook.events), [kept])
    // Past every retry delay: the dropped one never comes.
    t.clock.advance(2 * 60 * 60_000)
    await deliverer(t).tick()
    assert.deepEqual(userIds(hook.events), [kept])
    assert.notEqual(lost, kept)
    const [after] = (await t.call<{ faults: { remaining: number }[] }>('GET', '/sim/faults', { token: await tok() }))
      .body.faults
    assert.equal(after.remaining, 0)
  })

  it('delays a delivery on the server clock', async () => {
    await subscribe()
    await fault({ kind: 'webhook_delay', event: 'user.created', delay_ms: 120_000 })
    const id = await newUser()
    await deliverer(t).tick()
    await deliverer(t).tick()
    assert.equal(hook.events.length, 0)
    t.clock.advance(119_000)
    await deliverer(t).tick()
    assert.equal(hook.events.length, 0)
    t.clock.advance(1_000)
    await deliverUntil(t, () => hook.events.length === 1)
    assert.deepEqual(userIds(hook.events), [id])
  })

  it('sends a duplicate: the same bytes twice, each signed', async () => {
    await subscribe()
    await fault({ kind: 'webhook_duplicate', event: 'user.created', times: 1 })
    const id = await newUser()
    await deliverUntil(t, () => hook.events.length === 2)
    const [a, b] = hook.events
    assert.equal(a.body, b.body)
    assert.deepEqual(userIds(hook.events), [id, id])
    for (const r of [a, b]) {
      const ts = String(r.headers['x-zm-request-timestamp'])
      const sig = createHmac('sha256', t.seed.webhookSecretToken).update(`v0:${ts}:${r.body}`).digest('hex')
      assert.equal(r.headers['x-zm-signature'], `v0=${sig}`)
    }
    // The rule is used up: the next event comes once.
    await newUser()
    await deliverUntil(t, () => hook.events.length === 3)
    await deliverer(t).tick()
    assert.equal(hook.events.length, 3)
  })

  it('reorders: a held delivery is sent right after a later event of its subscription', async () => {
    await subscribe()
    await fault({ kind: 'webhook_reorder', event: 'user.created', times: 1 })
    const first = await newUser()
    await deliverer(t).tick()
    assert.equal(hook.events.length, 0)
    const second = await newUser()
    await deliverUntil(t, () => hook.events.length === 2)
    assert.deepEqual(userIds(hook.events), [second, first])
  })

  it('a held delivery goes out after its hold when no later event comes', async () => {
    await subscribe()
    await fault({ kind: 'webhook_reorder', event: 'user.created', delay_ms: 30_000 })
    const id = await newUser()
    await deliverer(t).tick()
    assert.equal(hook.events.length, 0)
    t.clock.advance(30_000)
    await deliverUntil(t, () => hook.events.length === 1)
    assert.deepEqual(userIds(hook.events), [id])
  })

  it('refuses webhook rules without an event, unknown events, and a delay without delay_ms', async () => {
    hook = await plainReceiver()
    const token = await tok()
    let res = await t.call('POST', '/sim/faults', { token, body: { kind: 'webhook_drop' } })
    assert.deepEqual([res.status, res.body.code], [400, 300])
    res = await t.call('POST', '/sim/faults', { token, body: { kind: 'webhook_drop', event: 'no.such_event' } })
    assert.deepEqual([res.status, res.body.code], [400, 300])
    res = await t.call('POST', '/sim/faults', { token, body: { kind: 'webhook_delay', event: 'user.created' } })
    assert.deepEqual([res.status, res.body], [400, { code: 300, message: 'Missing field: delay_ms.' }])
  })
})
