import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { WebhookService } from '../../src/events/subscriptions.js'
import { makeAccount, tokenWithScopes } from '../helpers/accounts.js'
import { plainReceiver } from '../helpers/rivet-webhooks.js'
import { array, find, items, must, str, zoomError } from '../helpers/json.js'
import type { EventSubscriptionList, User, WebhookLogList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const PATH = '/v2/marketplace/app/event_subscription'

describe('Webhooks: the event subscription API over HTTP', () => {
  let t: TestServer
  let token: string
  let hook: Awaited<ReturnType<typeof plainReceiver>>
  let ownerId: string

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    ownerId = str((await t.call<User>('GET', '/v2/users/me', { token })).body.id)
  })
  after(async () => {
    await hook.close()
    await t.close()
  })

  /** Another app of the seeded account, with its own secret token and a receiver that answers for it. */
  const appWith = async (scopes: string[]) => {
    const app = await t.server.svc.apps.create({ accountId: t.seed.accountId, name: 'narrow', scopes, createdBy: null })
    const appToken = await t.token({
      clientId: app.client_id,
      clientSecret: app.client_secret,
      accountId: t.seed.accountId,
    })
    const receiver = await plainReceiver({ secret: app.webhook_secret_token })
    return { token: appToken, receiver }
  }
  const create = (body: unknown, tk = token) => t.call('POST', PATH, { token: tk, body })
  const list = (query = '', tk = token) => t.call<EventSubscriptionList>('GET', `${PATH}${query}`, { token: tk })

  describe('createEventSubscription', () => {
    it('201 with the id; the challenge was signed and answered; GET shows the subscription', async () => {
      const res = await create({
        events: ['user.created', 'user.updated'],
        event_subscription_name: 'Directory sync',
        event_webhook_url: hook.url,
        subscription_scope: 'account',
        account_id: t.seed.accountId,
        custom_header: { custom_header_type: 3, custom_header_key: 'X-Api-Key', custom_header_value: 'k-123' },
      })
      assert.equal(res.status, 201)
      assert.deepEqual(Object.keys(res.body), ['event_subscription_id'])
      const challenge = must(hook.requests.at(-1))
      const challengeBody = must(challenge.json)
      assert.equal(challengeBody.event, 'endpoint.url_validation')
      assert.deepEqual(Object.keys(challengeBody), ['event', 'payload', 'event_ts'])
      assert.equal(challengeBody.event_ts, t.clock.now())
      assert.match(challenge.headers['x-zm-signature'] as string, /^v0=[0-9a-f]{64}$/)
      assert.equal(challenge.headers['x-api-key'], 'k-123')

      const got = await list(`?account_id=${t.seed.accountId}`)
      assert.equal(got.status, 200)
      const s = items(got.body.event_subscriptions).find(
        (x) => x.event_subscription_id === res.body.event_subscription_id,
      )
      assert.deepEqual(s, {
        event_subscription_id: res.body.event_subscription_id,
        events: ['user.created', 'user.updated'],
        event_subscription_name: 'Directory sync',
        event_webhook_url: hook.url,
        subscription_scope: 'account',
        created_source: 'openapi',
        subscriber_id: t.seed.accountId,
        custom_header: { custom_header_type: 3, custom_header_key: 'x-api-key' },
        status: 'active',
      })
      assert.equal(JSON.stringify(got.body).includes('k-123'), false, 'secrets of the extra auth are not shown')
    })

    it('refuses bad bodies with 300 and the field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ events: ['user.created'], subscription_scope: 'account' }, 'event_webhook_url'],
        [{ events: [], event_webhook_url: hook.url, subscription_scope: 'account' }, 'events'],
        [
          { events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'everyone' },
          'subscription_scope',
        ],
        [
          { events: ['user.created'], event_webhook_url: 'ftp://example.com/x', subscription_scope: 'account' },
          'event_webhook_url',
        ],
        [
          { events: ['user.created'], event_webhook_url: 'not a url', subscription_scope: 'account' },
          'event_webhook_url',
        ],
        [{ events: ['User Created'], event_webhook_url: hook.url, subscription_scope: 'account' }, 'events'],
        [{ events: ['endpoint.url_validation'], event_webhook_url: hook.url, subscription_scope: 'account' }, 'events'],
        [{ events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'user' }, 'user_ids'],
        [
          {
            events: ['user.created'],
            event_webhook_url: hook.url,
            subscription_scope: 'account',
            custom_header: { custom_header_type: 3, custom_header_key: 'Authorization', custom_header_value: 'x' },
          },
          'custom_header.custom_header_key',
        ],
        [
          {
            events: ['user.created'],
            event_webhook_url: hook.url,
            subscription_scope: 'account',
            custom_header: { custom_header_type: 2, client_id: 'a', client_secret: 'b' },
          },
          'custom_header.token_url',
        ],
        [
          {
            events: ['user.created'],
            event_webhook_url: hook.url,
            subscription_scope: 'account',
            custom_header: { custom_header_type: 1 },
          },
          'custom_header.username',
        ],
      ]
      for (const [body, field] of cases) {
        const res = await create(body)
        assert.equal(res.status, 400, JSON.stringify(body))
        assert.equal(res.body.code, 300)
        assert.equal(zoomError(res.body).errors?.[0]?.field, field, JSON.stringify(res.body))
      }
    })

    it('an event the app has no scope for: 400/300 "The event is not allowed for the app."', async () => {
      const narrow = await appWith(['user:read:admin', 'marketplace:write:app', 'marketplace:read:app'])
      try {
        const res = await create(
          {
            events: ['user.created', 'meeting.created'],
            event_webhook_url: narrow.receiver.url,
            subscription_scope: 'account',
          },
          narrow.token,
        )
        assert.equal(res.status, 400)
        assert.deepEqual(res.body, { code: 300, message: 'The event is not allowed for the app.' })
        const ok = await create(
          { events: ['user.created'], event_webhook_url: narrow.receiver.url, subscription_scope: 'account' },
          narrow.token,
        )
        assert.equal(ok.status, 201)
        // The challenge is signed with this app's own secret token, not the seeded app's.
        const wrongSecret = await create(
          { events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' },
          narrow.token,
        )
        assert.equal(wrongSecret.status, 400)
      } finally {
        await narrow.receiver.close()
      }
    })

    it('a token without a marketplace scope: 401/4711', async () => {
      const res = await create(
        { events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' },
        await tokenWithScopes(t, ['user:read:admin']),
      )
      assert.equal(res.status, 401)
      assert.equal(res.body.code, 4711)
      assert.match(str(res.body.message), /\[marketplace:write:event_subscription\]/)
    })

    it('user scope: unknown users are 404/1001; known ones become subscribers', async () => {
      const unknown = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'user',
        user_ids: ['nobodyAtAll12345678901'],
      })
      assert.equal(unknown.status, 404)
      assert.equal(unknown.body.code, 1001)
      const ok = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'user',
        user_ids: [ownerId],
      })
      assert.equal(ok.status, 201)
      const got = await list(`?user_id=${ownerId}&subscription_scope=user`)
      assert.deepEqual(
        items(got.body.event_subscriptions).map((s) => [s.event_subscription_id, s.subscriber_id]),
        [[ok.body.event_subscription_id, ownerId]],
      )
    })

    it('account_id: a sub account of the caller is fine, any other account is 400/2001', async () => {
      const other = await makeAccount(t)
      const foreign = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
        account_id: other.account.id,
      })
      assert.equal(foreign.status, 400)
      assert.deepEqual(foreign.body, { code: 2001, message: `Account does not exist: ${other.account.id}` })
      const sub = await makeAccount(t, { sub: true })
      const ok = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
        account_id: sub.account.id,
      })
      assert.equal(ok.status, 201)
      const got = await list(`?account_id=${sub.account.id}`)
      assert.deepEqual(
        items(got.body.event_subscriptions).map((s) => s.event_subscription_id),
        [ok.body.event_subscription_id],
      )
    })

    it('master_account scope needs a master account', async () => {
      const sub = await makeAccount(t, { sub: true, scopes: ['user:read:admin', 'marketplace:write:app'] })
      const res = await create(
        { events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'master_account' },
        await sub.token(),
      )
      assert.equal(res.status, 400)
      assert.equal(res.body.code, 200)
    })

    it('URL validation: a wrong answer, a 500, a slow answer or no server are all 400/300, and nothing is saved', async () => {
      const wrong = await plainReceiver({
        answer: (r) =>
          r.json?.event === 'endpoint.url_validation'
            ? { status: 200, body: { plainToken: r.json.payload.plainToken, encryptedToken: 'ff' } }
            : undefined,
      })
      const failing = await plainReceiver({ answer: () => ({ status: 500, body: { error: 'boom' } }) })
      const slow = await plainReceiver({
        secret: t.seed.webhookSecretToken,
        answer: () => ({ status: 200, body: {}, delayMs: 600 }),
      })
      const sender = t.server.svc.use(WebhookService).sender
      sender.timeoutMs = 300
      const before = (await list()).body.event_subscriptions.length
      try {
        for (const url of [wrong.url, failing.url, slow.url, 'http://127.0.0.1:1/hook']) {
          const res = await create({ events: ['user.created'], event_webhook_url: url, subscription_scope: 'account' })
          assert.equal(res.status, 400, url)
          assert.equal(res.body.code, 300)
          assert.ok(str(res.body.message).startsWith(`URL validation failed: ${url}. Reason: `), str(res.body.message))
        }
        assert.equal((await list()).body.event_subscriptions.length, before)
      } finally {
        sender.timeoutMs = 3000
        await Promise.all([wrong.close(), failing.close(), slow.close()])
      }
    })

    it('at most 20 subscriptions per app', async () => {
      const app = await appWith(['user:read:admin', 'marketplace:write:app', 'marketplace:read:app'])
      try {
        for (let i = 0; i < 20; i++)
          assert.equal(
            (
              await create(
                { events: ['user.created'], event_webhook_url: app.receiver.url, subscription_scope: 'account' },
                app.token,
              )
            ).status,
            201,
          )
        const res = await create(
          { events: ['user.created'], event_webhook_url: app.receiver.url, subscription_scope: 'account' },
          app.token,
        )
        assert.equal(res.status, 400)
        assert.deepEqual(res.body, { code: 300, message: 'An app can have at most 20 event subscriptions.' })
        assert.equal(app.receiver.requests.length, 20, 'the 21st is refused before any challenge')
      } finally {
        await app.receiver.close()
      }
    })
  })

  describe('getUserEventSubscriptions', () => {
    it("an app sees only its own subscriptions; another account's app gets 404 for them", async () => {
      const mine = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      })
      const otherApp = await tokenWithScopes(t, ['marketplace:read:app', 'marketplace:write:app'])
      assert.equal((await list('', otherApp)).body.event_subscriptions.length, 0)
      const other = await makeAccount(t, {
        scopes: ['marketplace:read:app', 'marketplace:write:app', 'user:read:admin'],
      })
      const otherToken = await other.token()
      assert.equal((await list('', otherToken)).body.event_subscriptions.length, 0)
      const del = await t.call('DELETE', `${PATH}/${mine.body.event_subscription_id}`, { token: otherToken })
      assert.equal(del.status, 404)
      const patch = await t.call('PATCH', `${PATH}/${mine.body.event_subscription_id}`, {
        token: otherToken,
        body: { event_subscription_name: 'stolen' },
      })
      assert.equal(patch.status, 404)
    })

    it('pages with page_size and next_page_token', async () => {
      const all = (await list('?page_size=300')).body.event_subscriptions.map((s) => s.event_subscription_id)
      assert.ok(all.length >= 3)
      const seen: string[] = []
      let next = ''
      do {
        const res = await list(`?page_size=2${next ? `&next_page_token=${encodeURIComponent(next)}` : ''}`)
        assert.equal(res.body.page_size, 2)
        seen.push(...res.body.event_subscriptions.map((s) => s.event_subscription_id))
        next = res.body.next_page_token
      } while (next)
      assert.deepEqual(seen, all)
      assert.equal((await list('?page_size=301')).status, 400)
    })

    it('user_id: account-wide subscriptions reach every user, user ones only theirs; unknown user 404/1001', async () => {
      const u = await t.call<User>('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'listed@example.com', type: 1 } },
      })
      const forOwner = (await list(`?user_id=${ownerId}&page_size=300`)).body.event_subscriptions
      const forUser = (await list(`?user_id=${u.body.id}&page_size=300`)).body.event_subscriptions
      assert.ok(items(forOwner).some((s) => s.subscription_scope === 'user'))
      assert.ok(items(forUser).every((s) => s.subscription_scope !== 'user'))
      assert.equal(array(forOwner).length, array(forUser).length + 1)
      const bad = await list('?user_id=nobodyAtAll12345678901')
      assert.equal(bad.status, 404)
      assert.equal(bad.body.code, 1001)
    })
  })

  describe('subscribeEventSubscription', () => {
    it('adds users to a user-scoped subscription', async () => {
      const u = await t.call<User>('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'added@example.com', type: 1 } },
      })
      const s = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'user',
        user_ids: [ownerId],
      })
      const id = s.body.event_subscription_id
      const has = async (user: string) =>
        (await list(`?user_id=${user}&subscription_scope=user&page_size=300`)).body.event_subscriptions.some(
          (x) => x.event_subscription_id === id,
        )
      assert.equal(await has(u.body.id), false)
      const res = await t.call('PATCH', `${PATH}/${id}`, {
        token,
        body: { user_ids: [u.body.id], account_id: t.seed.accountId },
      })
      assert.equal(res.status, 204)
      assert.equal(await has(u.body.id), true)
      const unknown = await t.call('PATCH', `${PATH}/${id}`, { token, body: { user_ids: ['nobodyAtAll12345678901'] } })
      assert.equal(unknown.body.code, 1001)
    })

    it('a new URL is validated first: a failing one is 400 and the old URL stays; a good one replaces it', async () => {
      const s = await create({ events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' })
      const id = s.body.event_subscription_id
      const bad = await t.call('PATCH', `${PATH}/${id}`, {
        token,
        body: { event_webhook_url: 'http://127.0.0.1:1/gone' },
      })
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
      const url = async () =>
        find((await list('?page_size=300')).body.event_subscriptions, (x) => x.event_subscription_id === id)
      assert.equal((await url()).event_webhook_url, hook.url)
      const next = await plainReceiver({ secret: t.seed.webhookSecretToken })
      try {
        const ok = await t.call('PATCH', `${PATH}/${id}`, {
          token,
          body: { event_webhook_url: next.url, events: ['user.updated'], event_subscription_name: 'renamed' },
        })
        assert.equal(ok.status, 204)
        assert.equal(next.requests.length, 1)
        const after = await url()
        assert.equal(after.event_webhook_url, next.url)
        assert.deepEqual(after.events, ['user.updated'])
        assert.equal(after.event_subscription_name, 'renamed')
      } finally {
        await next.close()
      }
    })

    it('an unknown subscription is 404', async () => {
      const res = await t.call('PATCH', `${PATH}/noSuchSubscription1234`, {
        token,
        body: { account_id: t.seed.accountId },
      })
      assert.equal(res.status, 404)
      assert.deepEqual(res.body, { code: 404, message: 'Event subscription does not exist: noSuchSubscription1234.' })
    })
  })

  describe('unSubscribeEventSubscription', () => {
    it('removes the named users only; without users the whole account', async () => {
      const u = await t.call<User>('POST', '/v2/users', {
        token,
        body: { action: 'custCreate', user_info: { email: 'leaver@example.com', type: 1 } },
      })
      const s = await create({
        events: ['user.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'user',
        user_ids: [ownerId, u.body.id],
      })
      const id = s.body.event_subscription_id
      const reaches = async (user: string) =>
        (await list(`?user_id=${user}&subscription_scope=user&page_size=300`)).body.event_subscriptions.some(
          (x) => x.event_subscription_id === id,
        )
      const res = await t.call(
        'DELETE',
        `${PATH}?event_subscription_id=${id}&user_ids=${u.body.id}&account_id=${t.seed.accountId}`,
        { token },
      )
      assert.equal(res.status, 204)
      assert.equal(await reaches(u.body.id), false)
      assert.equal(await reaches(ownerId), true)
      await t.call('DELETE', `${PATH}?event_subscription_id=${id}`, { token })
      assert.equal(await reaches(ownerId), false)
      // The subscription itself is still there, with nobody subscribed.
      assert.ok((await list('?page_size=300')).body.event_subscriptions.some((x) => x.event_subscription_id === id))
    })

    it('event_subscription_id is required (300); an unknown one is 404', async () => {
      const missing = await t.call('DELETE', PATH, { token })
      assert.equal(missing.status, 400)
      assert.equal(missing.body.code, 300)
      const unknown = await t.call('DELETE', `${PATH}?event_subscription_id=nope`, { token })
      assert.equal(unknown.status, 404)
    })
  })

  describe('deleteEventSubscription', () => {
    it('204; the next GET no longer lists it', async () => {
      const s = await create({ events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' })
      const id = s.body.event_subscription_id
      const res = await t.call('DELETE', `${PATH}/${id}`, { token })
      assert.equal(res.status, 204)
      assert.equal(res.text, '')
      assert.ok(!(await list('?page_size=300')).body.event_subscriptions.some((x) => x.event_subscription_id === id))
    })
  })

  describe('getWebhookLogs', () => {
    const logs = (appId: string, query = '', tk = token) =>
      t.call<WebhookLogList>('GET', `/v2/marketplace/apps/${appId}/webhook_logs${query}`, { token: tk })

    it('lists validations newest first with request and response details', async () => {
      // Deliveries of user.created run in the background here: look at the validations only.
      const res = await logs(t.seed.clientId, '?event=endpoint.url_validation&page_size=1')
      assert.equal(res.status, 200)
      assert.equal(res.body.page_size, 1)
      assert.ok(res.body.next_page_token)
      const [l] = res.body.webhook_logs
      assert.equal(l.event, 'endpoint.url_validation')
      const lastChallenge = must(hook.requests.filter((r) => r.json?.event === 'endpoint.url_validation').at(-1))
      assert.equal(l.request_id, lastChallenge.headers['x-zm-request-id'], 'the newest comes first')
      assert.equal(l.endpoint, hook.url)
      assert.equal(l.status, 200)
      assert.match(str(l.response_body), /encryptedToken/)
      assert.match(str(l.date_time), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      assert.equal(JSON.parse(str(l.request_headers))['user-agent'], 'Zoom Marketplace/1.0a')
      assert.equal(JSON.parse(str(l.request_body)).event, 'endpoint.url_validation')
      assert.equal(typeof l.latency_ms, 'number')
      const page2 = await logs(
        t.seed.clientId,
        `?event=endpoint.url_validation&page_size=1&next_page_token=${encodeURIComponent(res.body.next_page_token)}`,
      )
      assert.equal(array(page2.body.webhook_logs).length, 1)
      assert.notEqual(items(page2.body.webhook_logs)[0].request_id, l.request_id)
    })

    it('from/to bound the time; a bad date is 300', async () => {
      const day = new Date(t.clock.now()).toISOString().slice(0, 10)
      const tomorrow = new Date(t.clock.now() + 86_400_000).toISOString().slice(0, 10)
      assert.ok((await logs(t.seed.clientId, `?from=${day}&to=${day}`)).body.webhook_logs.length > 0)
      assert.equal((await logs(t.seed.clientId, `?from=${tomorrow}`)).body.webhook_logs.length, 0)
      const bad = await logs(t.seed.clientId, '?from=yesterday')
      assert.equal(bad.status, 400)
      assert.equal(bad.body.code, 300)
    })

    it("an unknown app or another account's app is 404", async () => {
      assert.equal((await logs('noSuchApp')).status, 404)
      const other = await makeAccount(t)
      const res = await logs(other.app.client_id)
      assert.equal(res.status, 404)
      assert.equal(res.body.message, `App does not exist: ${other.app.client_id}.`)
    })
  })
})
