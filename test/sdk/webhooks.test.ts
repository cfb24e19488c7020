import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { apiError } from '../helpers/rivet.js'
import { deliverUntil, marketplaceClient, plainReceiver, rivetReceiver } from '../helpers/rivet-webhooks.js'
import { at, must, type WebhookEvent } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Webhooks through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let market: ReturnType<typeof marketplaceClient>
  let receiver: Awaited<ReturnType<typeof rivetReceiver>>
  let subscriptionId: string
  const seen: unknown[] = []

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    market = marketplaceClient(t.origin, token)
    receiver = await rivetReceiver(t.seed.webhookSecretToken)
    must(receiver.client.webEventConsumer).event('user.created', (e) => {
      seen.push(e.payload)
    })
  })
  after(async () => {
    await receiver.close()
    await t.close()
  })

  describe('createEventSubscription', () => {
    it("validates the URL against rivet's receiver, then rivet accepts the signed user.created event", async () => {
      const res = await market.endpoints.app.createEventSubscription({
        body: {
          events: ['user.created'],
          event_subscription_name: 'rivet',
          event_webhook_url: receiver.url,
          subscription_scope: 'account',
          account_id: t.seed.accountId,
        },
      })
      assert.equal(res.statusCode, 201)
      subscriptionId = must(must(res.data).event_subscription_id)
      assert.match(subscriptionId, /^[A-Za-z0-9_-]{22}$/)

      const created = await t.call('POST', '/v2/users', {
        token,
        body: {
          action: 'custCreate',
          user_info: { email: 'hooked@example.com', type: 1, first_name: 'Hoo', last_name: 'Ked' },
        },
      })
      assert.equal(created.status, 201)
      await deliverUntil(t, () => seen.length > 0)
      assert.equal(seen.length, 1)
      const p = seen[0] as WebhookEvent['payload']
      assert.equal(p.account_id, t.seed.accountId)
      assert.equal(p.object.id, created.body.id)
      assert.equal(p.object.email, 'hooked@example.com')
      assert.equal(p.object.first_name, 'Hoo')
      assert.equal(p.object.type, 1)
      assert.equal(p.creation_type, 'custCreate')
      assert.equal(p.operator, t.seed.ownerEmail)
      assert.ok(p.operator_id)

      // Both POSTs got rivet's 200: the challenge and the event, nothing rejected as unsigned.
      const logs = await market.endpoints.app.getWebhookLogs({ path: { appId: t.seed.clientId } })
      const statuses = must(must(logs.data).webhook_logs).map((l) => [l.event, l.status])
      assert.deepEqual(statuses, [
        ['user.created', 200],
        ['endpoint.url_validation', 200],
      ])
      assert.match(must(must(must(logs.data).webhook_logs)[0].response_body), /Zoom event processed successfully/)
    })

    it('a receiver holding another secret fails validation: 400/300 and nothing is saved', async () => {
      const wrong = await rivetReceiver('not-the-secret-token')
      try {
        await assert.rejects(
          market.endpoints.app.createEventSubscription({
            body: { events: ['user.created'], event_webhook_url: wrong.url, subscription_scope: 'account' },
          }),
          (e) => {
            const err = apiError(e)
            assert.equal(err.status, 400)
            assert.equal(err.code, 300)
            assert.match(err.message, /URL validation failed/)
            return true
          },
        )
        const list = await market.endpoints.app.getUserOrAccountEventSubscription({
          query: { account_id: t.seed.accountId, user_id: undefined as unknown as string },
        })
        assert.equal(must(must(list.data).event_subscriptions).length, 1)
      } finally {
        await wrong.close()
      }
    })
  })

  describe('getUserOrAccountEventSubscription', () => {
    it('lists the subscription with its fields', async () => {
      const list = await market.endpoints.app.getUserOrAccountEventSubscription({
        query: { account_id: t.seed.accountId, user_id: undefined as unknown as string },
      })
      assert.equal(list.statusCode, 200)
      const [s] = must(must(list.data).event_subscriptions)
      assert.equal(must(s).event_subscription_id, subscriptionId)
      assert.deepEqual(must(s).events, ['user.created'])
      assert.equal(must(s).event_subscription_name, 'rivet')
      assert.equal(must(s).event_webhook_url, receiver.url)
      assert.equal(must(s).subscription_scope, 'account')
      assert.equal(must(s).created_source, 'openapi')
      assert.equal(must(s).subscriber_id, t.seed.accountId)
    })
  })

  describe('subscribeEventSubscription and unsubscribeAppEventSubscription', () => {
    it('unsubscribing the account stops deliveries; subscribing it again resumes them', async () => {
      const un = await market.endpoints.app.unsubscribeAppEventSubscription({
        query: { event_subscription_id: subscriptionId, account_id: t.seed.accountId },
      })
      assert.equal(un.statusCode, 204)
      const before = seen.length
      await t.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'unseen@example.com', type: 1 } },
      })
      await deliverUntil(t, () => true)
      assert.equal(seen.length, before)

      const sub = await market.endpoints.app.subscribeEventSubscription({
        path: { eventSubscriptionId: subscriptionId },
        body: { account_id: t.seed.accountId },
      })
      assert.equal(sub.statusCode, 204)
      await t.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'seen-again@example.com', type: 1 } },
      })
      await deliverUntil(t, () => seen.length > before)
      assert.equal((at(seen, -1) as WebhookEvent['payload']).object.email, 'seen-again@example.com')
    })
  })

  describe('getWebhookLogs', () => {
    it('filters by event and by outcome', async () => {
      const onlyEvents = await market.endpoints.app.getWebhookLogs({
        path: { appId: t.seed.clientId },
        query: { event: 'user.created' },
      })
      assert.equal(must(must(onlyEvents.data).webhook_logs).length, 2)
      assert.ok(
        must(must(onlyEvents.data).webhook_logs).every(
          (l) => l.event === 'user.created' && l.subscription_id === subscriptionId && l.retry_num === 0,
        ),
      )
      const failed = await market.endpoints.app.getWebhookLogs({ path: { appId: t.seed.clientId }, query: { type: 3 } })
      assert.deepEqual(
        must(must(failed.data).webhook_logs).map((l) => l.event),
        ['endpoint.url_validation'],
      )
    })
  })

  describe('deleteEventSubscription', () => {
    it('204, then the subscription is gone (404 on a second delete)', async () => {
      const del = await market.endpoints.app.deleteEventSubscription({ path: { eventSubscriptionId: subscriptionId } })
      assert.equal(del.statusCode, 204)
      const list = await market.endpoints.app.getUserOrAccountEventSubscription({
        query: {} as Parameters<typeof market.endpoints.app.getUserOrAccountEventSubscription>[0]['query'],
      })
      assert.equal(must(must(list.data).event_subscriptions).length, 0)
      await assert.rejects(
        market.endpoints.app.deleteEventSubscription({ path: { eventSubscriptionId: subscriptionId } }),
        (e) => {
          assert.equal(apiError(e).status, 404)
          return true
        },
      )
    })
  })

  it('a plain receiver sees exactly the bytes rivet verifies (compact JSON, signed)', async () => {
    const plain = await plainReceiver({ secret: t.seed.webhookSecretToken })
    try {
      await market.endpoints.app.createEventSubscription({
        body: { events: ['user.created'], event_webhook_url: plain.url, subscription_scope: 'account' },
      })
      await t.call('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'bytes@example.com', type: 1 } },
      })
      await deliverUntil(t, () => plain.events.length > 0)
      const body = plain.events[0].body
      assert.equal(body, JSON.stringify(JSON.parse(body)))
    } finally {
      await plain.close()
    }
  })
})
