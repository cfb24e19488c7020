import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, afterEach, before, describe, it } from 'node:test'
import { WebhookDeliverer } from '../../src/events/deliverer.js'
import { WebhookService } from '../../src/events/subscriptions.js'
import { makeAccount } from '../helpers/accounts.js'
import { deliverer, deliverUntil, plainReceiver, type Received } from '../helpers/rivet-webhooks.js'
import { find, items, must, num, str } from '../helpers/json.js'
import type { EventSubscriptionList, User, WebhookLogList } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const PATH = '/v2/marketplace/app/event_subscription'
const MIN = 60_000
const HOUR = 60 * MIN

let emails = 0
const newUser = async (t: TestServer, token: string, path = '/v2/users') => {
  const res = await t.call('POST', path, {
    token,
    body: { action: 'custCreate', user_info: { email: `d${++emails}-${Date.now()}@example.com`, type: 1 } },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body as { id: string; email: string }
}

const subscribe = async (t: TestServer, token: string, url: string, extra: Record<string, unknown> = {}) => {
  const res = await t.call('POST', PATH, {
    token,
    body: { events: ['user.created'], event_webhook_url: url, subscription_scope: 'account', ...extra },
  })
  assert.equal(res.status, 201, JSON.stringify(res.body))
  return res.body.event_subscription_id as string
}

const statusOf = async (t: TestServer, token: string, id: string) =>
  (await t.call<EventSubscriptionList>('GET', `${PATH}?page_size=300`, { token })).body.event_subscriptions.find(
    (s) => s.event_subscription_id === id,
  )?.status

/** The last outbox sequence number the deliverer has fanned out. */
const cursorOf = async (t: TestServer) =>
  Number(
    (
      await t.server.svc.db.kysely
        .selectFrom('webhook_state')
        .select('value')
        .where('name', '=', 'outbox_seq')
        .executeTakeFirstOrThrow()
    ).value,
  )

const lastOutboxSeq = async (t: TestServer) =>
  Number(
    (
      await t.server.svc.db.kysely
        .selectFrom('outbox')
        .select((eb) => eb.fn.max('seq').as('m'))
        .executeTakeFirstOrThrow()
    ).m,
  )

describe('Webhooks: delivery', () => {
  let t: TestServer
  // Tokens expire as the tests move the clock by hours: mint one per call.
  const tok = () => t.token()
  const secret = () => t.seed.webhookSecretToken

  before(async () => {
    t = await startTestServer()
  })
  after(() => t.close())
  // Each test starts without subscriptions, so only its own receivers get events.
  afterEach(async () => {
    const all = (await t.call<EventSubscriptionList>('GET', `${PATH}?page_size=300`, { token: await tok() })).body
      .event_subscriptions
    for (const s of all) await t.call('DELETE', `${PATH}/${s.event_subscription_id}`, { token: await tok() })
  })

  it('POSTs the outbox bytes with Zoom headers and a signature over exactly those bytes', async () => {
    const hook = await plainReceiver({ secret: secret() })
    try {
      await subscribe(t, await tok(), hook.url)
      const user = await newUser(t, await tok())
      await deliverUntil(t, () => hook.events.length === 1)
      const r = hook.events[0]
      const outbox = await t.server.svc.db.kysely
        .selectFrom('outbox')
        .select('body')
        .where('event', '=', 'user.created')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow()
      assert.equal(r.body, outbox.body)
      assert.equal(r.method, 'POST')
      assert.equal(r.headers['content-type'], 'application/json; charset=utf-8')
      assert.equal(r.headers['user-agent'], 'Zoom Marketplace/1.0a')
      const ts = r.headers['x-zm-request-timestamp'] as string
      assert.equal(ts, String(Math.floor(t.clock.now() / 1000)))
      assert.equal(
        r.headers['x-zm-signature'],
        'v0=' + createHmac('sha256', secret()).update(`v0:${ts}:${r.body}`).digest('hex'),
      )
      assert.ok(r.headers['x-zm-request-id'])
      assert.ok(r.headers['x-zm-trackingid'])
      assert.equal(r.headers.clientid, t.seed.clientId)
      const event = must(r.json)
      assert.equal(event.event, 'user.created')
      assert.equal(event.event_ts, t.clock.now())
      assert.deepEqual(Object.keys(event.payload), ['account_id', 'operator', 'operator_id', 'creation_type', 'object'])
      assert.equal(event.payload.object.id, user.id)
      // Nothing is sent twice.
      await deliverer(t).tick()
      assert.equal(hook.events.length, 1)
    } finally {
      await hook.close()
    }
  })

  it('500 twice then 200: three POSTs, at +5 and +20 minutes of the clock, then nothing more', async () => {
    const hook = await plainReceiver({
      secret: secret(),
      answer: (_r, n) => (n > 0 && n <= 2 ? { status: 500, body: { error: 'try later' } } : undefined),
    })
    try {
      const id = await subscribe(t, await tok(), hook.url)
      await newUser(t, await tok())
      await deliverUntil(t, () => hook.events.length === 1)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 1, 'no retry before 5 minutes')
      t.clock.advance(5 * MIN - 1)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 1)
      t.clock.advance(1)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 2)
      t.clock.advance(20 * MIN - 1)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 2)
      t.clock.advance(1)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 3)
      t.clock.advance(2 * HOUR)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 3)
      // Every attempt carried the same event and request id.
      assert.equal(new Set(hook.events.map((e) => e.body)).size, 1)
      assert.equal(new Set(hook.events.map((e) => e.headers['x-zm-request-id'])).size, 1)

      const logs = (
        await t.call<WebhookLogList>(
          'GET',
          `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs?event=user.created&page_size=300`,
          {
            token: await tok(),
          },
        )
      ).body.webhook_logs.filter((l) => l.subscription_id === id)
      assert.deepEqual(
        logs.map((l) => [l.retry_num, l.status]),
        [
          [2, 200],
          [1, 500],
          [0, 500],
        ],
      )
      assert.equal(logs[1].response_body, '{"error":"try later"}')
      const onlyRetries = await t.call<WebhookLogList>(
        'GET',
        `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs?retry_num=1`,
        {
          token: await tok(),
        },
      )
      assert.ok(items(onlyRetries.body.webhook_logs).every((l) => l.retry_num === 1))
    } finally {
      await hook.close()
    }
  })

  it('a 400 is never retried; 3xx neither (redirects are not followed)', async () => {
    const bad = await plainReceiver({
      secret: secret(),
      answer: (_r, n) => (n > 0 ? { status: 400, body: 'nope' } : undefined),
    })
    const moved = await plainReceiver({
      secret: secret(),
      answer: (_r, n) => (n > 0 ? { status: 302, headers: { location: bad.url } } : undefined),
    })
    try {
      const a = await subscribe(t, await tok(), bad.url)
      const b = await subscribe(t, await tok(), moved.url)
      await newUser(t, await tok())
      await deliverUntil(t, () => bad.events.length === 1 && moved.events.length === 1)
      for (const step of [5 * MIN, 20 * MIN, 60 * MIN, 2 * HOUR]) {
        t.clock.advance(step)
        await deliverer(t).tick()
      }
      assert.equal(bad.events.length, 1)
      assert.equal(moved.events.length, 1)
      await t.call('DELETE', `${PATH}/${a}`, { token: await tok() })
      await t.call('DELETE', `${PATH}/${b}`, { token: await tok() })
    } finally {
      await Promise.all([bad.close(), moved.close()])
    }
  })

  it('always 500: the first attempt and three retries, then the event is dropped', async () => {
    const hook = await plainReceiver({ secret: secret(), answer: (_r, n) => (n > 0 ? { status: 503 } : undefined) })
    try {
      const id = await subscribe(t, await tok(), hook.url)
      await newUser(t, await tok())
      await deliverUntil(t, () => hook.events.length === 1)
      for (const step of [5 * MIN, 20 * MIN, 60 * MIN, 24 * HOUR]) {
        t.clock.advance(step)
        await deliverer(t).tick()
      }
      assert.equal(hook.events.length, 4)
      const rows = await t.server.svc.use(WebhookService).repo.deliveriesOf(t.seed.accountId, id)
      assert.deepEqual(
        rows.map((r) => [r.status, Number(r.attempts)]),
        [['failed', 4]],
      )
      await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
    } finally {
      await hook.close()
    }
  })

  it('transport failures (connection reset, timeout) are retried and logged with negative codes', async () => {
    const reset = await plainReceiver({
      secret: secret(),
      answer: (_r, n) => (n === 1 ? { status: 0, destroy: true } : undefined),
    })
    const slow = await plainReceiver({
      secret: secret(),
      answer: (_r, n) => (n === 1 ? { status: 200, delayMs: 800 } : undefined),
    })
    const sender = t.server.svc.use(WebhookService).sender
    try {
      const a = await subscribe(t, await tok(), reset.url)
      const b = await subscribe(t, await tok(), slow.url)
      sender.timeoutMs = 300
      await newUser(t, await tok())
      await deliverUntil(t, () => reset.events.length === 1 && slow.events.length === 1)
      t.clock.advance(5 * MIN)
      await deliverUntil(t, () => reset.events.length === 2 && slow.events.length === 2)
      const logs = (
        await t.call<WebhookLogList>(
          'GET',
          `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs?event=user.created&type=3&page_size=300`,
          { token: await tok() },
        )
      ).body.webhook_logs
      const first = (id: string) => find(logs, (l) => l.subscription_id === id && l.retry_num === 0)
      assert.ok(num(first(a).status) < 0, JSON.stringify(first(a)))
      assert.equal(first(b).status, -1)
      await t.call('DELETE', `${PATH}/${a}`, { token: await tok() })
      await t.call('DELETE', `${PATH}/${b}`, { token: await tok() })
    } finally {
      sender.timeoutMs = 3000
      await Promise.all([reset.close(), slow.close()])
    }
  })

  it('WEBHOOK_RETRY_SCALE shortens the retry delays', async () => {
    const hook = await plainReceiver({ secret: secret(), answer: (_r, n) => (n === 1 ? { status: 500 } : undefined) })
    const config = t.server.svc.config
    config.webhookRetryScale = 0.001
    try {
      const id = await subscribe(t, await tok(), hook.url)
      await newUser(t, await tok())
      await deliverUntil(t, () => hook.events.length === 1)
      t.clock.advance(300)
      await deliverer(t).tick()
      assert.equal(hook.events.length, 2)
      await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
    } finally {
      config.webhookRetryScale = 1
      await hook.close()
    }
  })

  describe('extra receiver authentication', () => {
    it('Basic auth and a custom x- header are sent with every POST', async () => {
      const basic = await plainReceiver({ secret: secret() })
      const custom = await plainReceiver({ secret: secret() })
      try {
        const a = await subscribe(t, await tok(), basic.url, {
          custom_header: { custom_header_type: 1, username: 'zoom', password: 'p@ss:word' },
        })
        const b = await subscribe(t, await tok(), custom.url, {
          custom_header: {
            custom_header_type: 3,
            custom_header_key: 'x-shared-secret',
            custom_header_value: 'letmein',
          },
        })
        await newUser(t, await tok())
        await deliverUntil(t, () => basic.events.length === 1 && custom.events.length === 1)
        assert.equal(
          basic.requests[0].headers.authorization,
          'Basic ' + Buffer.from('zoom:p@ss:word').toString('base64'),
        )
        assert.equal(basic.events[0].headers.authorization, 'Basic ' + Buffer.from('zoom:p@ss:word').toString('base64'))
        assert.equal(custom.events[0].headers['x-shared-secret'], 'letmein')
        const logs = (
          await t.call<WebhookLogList>(
            'GET',
            `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs?event=user.created`,
            {
              token: await tok(),
            },
          )
        ).body.webhook_logs
        const sent = JSON.parse(str(find(logs, (l) => l.subscription_id === a).request_headers))
        assert.equal(sent.authorization, 'Basic ********', 'the log hides credentials')
        await t.call('DELETE', `${PATH}/${a}`, { token: await tok() })
        await t.call('DELETE', `${PATH}/${b}`, { token: await tok() })
      } finally {
        await Promise.all([basic.close(), custom.close()])
      }
    })

    it('token authentication: client_credentials at the token URL, then Bearer; the token is reused until it expires', async () => {
      let issued = 0
      const tokenRequests: Received[] = []
      const hook = await plainReceiver({
        secret: secret(),
        answer: (r) => {
          if (!r.url.startsWith('/token')) return undefined
          tokenRequests.push(r)
          return { status: 200, body: { access_token: `tok-${++issued}`, token_type: 'bearer', expires_in: 3600 } }
        },
      })
      try {
        const id = await subscribe(t, await tok(), hook.url, {
          custom_header: {
            custom_header_type: 2,
            client_id: 'cid',
            client_secret: 'csecret',
            token_url: `${hook.origin}/token`,
          },
        })
        assert.equal(tokenRequests.length, 1)
        assert.equal(tokenRequests[0].method, 'POST')
        assert.equal(tokenRequests[0].body, 'grant_type=client_credentials')
        assert.equal(tokenRequests[0].headers.authorization, 'Basic ' + Buffer.from('cid:csecret').toString('base64'))
        assert.equal(
          must(hook.requests.find((r) => r.json?.event === 'endpoint.url_validation')).headers.authorization,
          'Bearer tok-1',
        )
        await newUser(t, await tok())
        await newUser(t, await tok())
        await deliverUntil(t, () => hook.events.length === 2)
        assert.deepEqual(
          hook.events.map((e) => e.headers.authorization),
          ['Bearer tok-1', 'Bearer tok-1'],
        )
        t.clock.advance(HOUR)
        await newUser(t, await tok())
        await deliverUntil(t, () => hook.events.length === 3)
        assert.equal(hook.events[2].headers.authorization, 'Bearer tok-2')
        await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
      } finally {
        await hook.close()
      }
    })

    it('a token URL answering expires_in < 3599 fails the delivery (-14) and it is retried', async () => {
      let good = true
      const hook = await plainReceiver({
        secret: secret(),
        answer: (r) =>
          r.url.startsWith('/token')
            ? { status: 200, body: { access_token: 'tok', token_type: 'bearer', expires_in: good ? 3599 : 60 } }
            : undefined,
      })
      try {
        const id = await subscribe(t, await tok(), hook.url, {
          custom_header: {
            custom_header_type: 2,
            client_id: 'c',
            client_secret: 's',
            token_url: `${hook.origin}/token`,
          },
        })
        t.clock.advance(2 * HOUR)
        good = false
        await newUser(t, await tok())
        await deliverUntil(t, () => true)
        assert.equal(hook.events.length, 0)
        const logs = (
          await t.call<WebhookLogList>(
            'GET',
            `/v2/marketplace/apps/${t.seed.clientId}/webhook_logs?event=user.created`,
            {
              token: await tok(),
            },
          )
        ).body.webhook_logs
        const failed = find(logs, (l) => l.subscription_id === id)
        assert.equal(failed.status, -14)
        good = true
        t.clock.advance(5 * MIN)
        await deliverUntil(t, () => hook.events.length === 1)
        assert.equal(hook.events[0].headers.authorization, 'Bearer tok')
      } finally {
        await hook.close()
      }
    })
  })

  describe('URL re-validation', () => {
    it('every 72 hours; six failures in a row disable the subscription; a PATCH with a good URL re-enables it', async () => {
      let failing = false
      const hook = await plainReceiver({
        secret: secret(),
        answer: (r) => (failing && r.json?.event === 'endpoint.url_validation' ? { status: 500 } : undefined),
      })
      try {
        const id = await subscribe(t, await tok(), hook.url)
        const challenges = () => hook.requests.filter((r) => r.json?.event === 'endpoint.url_validation').length
        assert.equal(challenges(), 1)
        t.clock.advance(72 * HOUR - 1)
        await deliverer(t).tick()
        assert.equal(challenges(), 1)
        t.clock.advance(1)
        await deliverer(t).tick()
        assert.equal(challenges(), 2)

        failing = true
        for (let i = 1; i <= 5; i++) {
          t.clock.advance(72 * HOUR)
          await deliverer(t).tick()
          assert.equal(await statusOf(t, await tok(), id), 'active', `after ${i} failures`)
        }
        t.clock.advance(72 * HOUR)
        await deliverer(t).tick()
        assert.equal(challenges(), 8)
        assert.equal(await statusOf(t, await tok(), id), 'disabled')

        await newUser(t, await tok())
        await deliverUntil(t, () => true)
        assert.equal(hook.events.length, 0, 'a disabled subscription gets no events')
        t.clock.advance(72 * HOUR)
        await deliverer(t).tick()
        assert.equal(challenges(), 8, 'nor further validations')

        failing = false
        const res = await t.call('PATCH', `${PATH}/${id}`, {
          token: await tok(),
          body: { event_webhook_url: hook.url },
        })
        assert.equal(res.status, 204)
        assert.equal(await statusOf(t, await tok(), id), 'active')
        await newUser(t, await tok())
        await deliverUntil(t, () => hook.events.length === 1)
        await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
      } finally {
        await hook.close()
      }
    })

    it('a passing re-validation resets the count of failures', async () => {
      let failing = true
      const hook = await plainReceiver({
        secret: secret(),
        answer: (r) => (failing && r.json?.event === 'endpoint.url_validation' ? { status: 404 } : undefined),
      })
      try {
        failing = false
        const id = await subscribe(t, await tok(), hook.url)
        failing = true
        for (let i = 0; i < 5; i++) {
          t.clock.advance(72 * HOUR)
          await deliverer(t).tick()
        }
        failing = false
        t.clock.advance(72 * HOUR)
        await deliverer(t).tick()
        failing = true
        for (let i = 0; i < 5; i++) {
          t.clock.advance(72 * HOUR)
          await deliverer(t).tick()
        }
        assert.equal(await statusOf(t, await tok(), id), 'active')
        await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
      } finally {
        await hook.close()
      }
    })
  })

  describe('who receives what', () => {
    it('a user-scoped subscription gets the events of its users only', async () => {
      const hook = await plainReceiver({ secret: secret() })
      const other = await newUser(t, await tok())
      const me = (await t.call<User>('GET', '/v2/users/me', { token: await tok() })).body.id
      try {
        const forOther = await subscribe(t, await tok(), hook.url, { subscription_scope: 'user', user_ids: [other.id] })
        const forMe = await subscribe(t, await tok(), `${hook.url}/me`, { subscription_scope: 'user', user_ids: [me] })
        await newUser(t, await tok())
        await deliverUntil(t, () => hook.events.length >= 1)
        await deliverer(t).tick()
        // The owner's token created the user: the operator is the owner, not `other`.
        assert.deepEqual(
          hook.events.map((e) => e.url),
          ['/hook/me'],
        )
        assert.equal(hook.events[0].json?.payload.operator_id, me)
        await t.call('DELETE', `${PATH}/${forOther}`, { token: await tok() })
        await t.call('DELETE', `${PATH}/${forMe}`, { token: await tok() })
      } finally {
        await hook.close()
      }
    })

    it("master_account scope reaches the sub accounts' events; account scope does not; other accounts never", async () => {
      const hook = await plainReceiver({ secret: secret() })
      try {
        const master = await subscribe(t, await tok(), `${hook.url}/master`, { subscription_scope: 'master_account' })
        const account = await subscribe(t, await tok(), `${hook.url}/account`, { subscription_scope: 'account' })
        const sub = await makeAccount(t, { sub: true })
        const stranger = await makeAccount(t)
        const created = await newUser(t, await tok(), `/v2/accounts/${sub.account.id}/users`)
        await newUser(t, await stranger.token())
        await deliverUntil(t, () => hook.events.length >= 1)
        await deliverer(t).tick()
        assert.deepEqual(
          hook.events.map((e) => [e.url, e.json?.payload.account_id, e.json?.payload.object.id]),
          [['/hook/master', sub.account.id, created.id]],
        )
        await t.call('DELETE', `${PATH}/${master}`, { token: await tok() })
        await t.call('DELETE', `${PATH}/${account}`, { token: await tok() })
      } finally {
        await hook.close()
      }
    })

    it('deleting a subscription drops what it still had pending', async () => {
      const hook = await plainReceiver({ secret: secret(), answer: (_r, n) => (n > 0 ? { status: 500 } : undefined) })
      try {
        const id = await subscribe(t, await tok(), hook.url)
        await newUser(t, await tok())
        await deliverUntil(t, () => hook.events.length === 1)
        await t.call('DELETE', `${PATH}/${id}`, { token: await tok() })
        t.clock.advance(5 * MIN)
        await deliverer(t).tick()
        assert.equal(hook.events.length, 1)
      } finally {
        await hook.close()
      }
    })
  })
})

describe('Webhooks: delivery across restarts and processes', () => {
  it('a delivery pending when the server stops is sent by the next server on the same database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-hooks-'))
    let fail = true
    let secretToken = ''
    const hook = await plainReceiver({
      secret: () => secretToken,
      answer: (_r, n) => (n > 0 && fail ? { status: 500 } : undefined),
    })
    try {
      const first = await startTestServer({ file: join(dir, 'zoom.db') })
      secretToken = first.seed.webhookSecretToken
      const token = await first.token()
      await subscribe(first, token, hook.url)
      const user = await newUser(first, token)
      await deliverUntil(first, () => hook.events.length === 1)
      await first.close()

      fail = false
      const second = await startTestServer({ databaseUrl: first.config.databaseUrl, clock: first.clock })
      try {
        second.clock.advance(5 * MIN)
        await deliverUntil(second, () => hook.events.length === 2)
        assert.equal(hook.events[1].body, hook.events[0].body)
        assert.equal(hook.events[1].json?.payload.object.id, user.id)
        const logs = (
          await second.call('GET', `/v2/marketplace/apps/${second.seed.clientId}/webhook_logs?event=user.created`, {
            token,
          })
        ).body.webhook_logs
        assert.deepEqual(
          items(logs).map((l) => [l.retry_num, l.status]),
          [
            [1, 200],
            [0, 500],
          ],
        )
      } finally {
        await second.close()
      }
    } finally {
      await hook.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('events emitted while no server delivers are fanned out and sent after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-hooks-'))
    const first = await startTestServer({ file: join(dir, 'zoom.db') })
    const hook = await plainReceiver({ secret: first.seed.webhookSecretToken })
    try {
      const token = await first.token()
      await subscribe(first, token, hook.url)
      await deliverer(first).stop()
      await newUser(first, token)
      await newUser(first, token)
      assert.equal(hook.events.length, 0)
      await first.close()
      const second = await startTestServer({ databaseUrl: first.config.databaseUrl, clock: first.clock })
      try {
        await deliverUntil(second, () => hook.events.length === 2)
      } finally {
        await second.close()
      }
    } finally {
      await hook.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('two deliverers sharing a database claim each delivery once', async () => {
    const t = await startTestServer()
    const hook = await plainReceiver({
      secret: t.seed.webhookSecretToken,
      answer: (_r, n) => (n > 0 ? { status: 200, delayMs: 20 } : undefined),
    })
    try {
      const token = await t.token()
      await subscribe(t, token, hook.url)
      await deliverer(t).stop()
      for (let i = 0; i < 12; i++) await newUser(t, token)
      const a = new WebhookDeliverer(t.server.svc)
      const b = new WebhookDeliverer(t.server.svc)
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()])
      const ids = hook.events.map((e) => e.json?.payload.object.id)
      assert.equal(ids.length, 12)
      assert.equal(new Set(ids).size, 12)
    } finally {
      await hook.close()
      await t.close()
    }
  })

  // Two SQLite connections in one Node process would block each other (better-sqlite3 is synchronous).
  it(
    'two servers on one PostgreSQL database send each event exactly once',
    { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zoom-hooks-'))
      const a = await startTestServer({ file: join(dir, 'zoom.db') })
      const b = await startTestServer({ databaseUrl: a.config.databaseUrl, clock: a.clock })
      const hook = await plainReceiver({
        secret: a.seed.webhookSecretToken,
        answer: (_r, n) => (n > 0 ? { status: 200, delayMs: 20 } : undefined),
      })
      try {
        const token = await a.token()
        await subscribe(a, token, hook.url)
        await Promise.all([deliverer(a).stop(), deliverer(b).stop()])
        for (let i = 0; i < 12; i++) await newUser(i % 2 ? a : b, token)
        await Promise.all([deliverer(a).tick(), deliverer(b).tick(), deliverer(a).tick(), deliverer(b).tick()])
        await deliverUntil(a, () => hook.events.length >= 12)
        await deliverer(b).tick()
        const ids = hook.events.map((e) => e.json?.payload.object.id)
        assert.equal(ids.length, 12)
        assert.equal(new Set(ids).size, 12)
      } finally {
        await hook.close()
        await a.close()
        await b.close()
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})

describe('Webhooks: fan-out while no subscription is active', () => {
  /** Subscribes `hook`, then adds a user: that user's event is the only one the receiver gets. */
  const subscribeThenOnlyLaterEvents = async (
    t: TestServer,
    token: string,
    hook: { url: string; events: Received[] },
  ) => {
    await subscribe(t, token, hook.url)
    const after = await newUser(t, token)
    await deliverUntil(t, () => hook.events.length >= 1)
    await deliverer(t).tick()
    assert.deepEqual(
      hook.events.map((e) => e.json?.payload.object.id),
      [after.id],
    )
  }

  it('moves the cursor without reading event bodies; a later subscription gets only the events emitted after it', async () => {
    const t = await startTestServer()
    const hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    const repo = t.server.svc.use(WebhookService).repo
    const outboxAfter = repo.outboxAfter
    let bodyReads = 0
    repo.outboxAfter = (...args) => {
      bodyReads++
      return outboxAfter.apply(repo, args)
    }
    try {
      const token = await t.token()
      await deliverer(t).stop()
      await newUser(t, token)
      await deliverer(t).tick()
      assert.equal(bodyReads, 0)
      assert.equal(await cursorOf(t), await lastOutboxSeq(t))

      await subscribeThenOnlyLaterEvents(t, token, hook)
    } finally {
      repo.outboxAfter = outboxAfter
      await hook.close()
      await t.close()
    }
  })

  it('with no pass in between, an event emitted before a subscription was created is not delivered to it', async () => {
    const t = await startTestServer()
    const hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    try {
      const token = await t.token()
      await deliverer(t).stop()
      await newUser(t, token)
      t.clock.advance(1)
      await subscribeThenOnlyLaterEvents(t, token, hook)
    } finally {
      await hook.close()
      await t.close()
    }
  })
})

// SQLite commits in sequence order; on PostgreSQL a later sequence number can commit first.
describe(
  'Webhooks: outbox order on PostgreSQL',
  { skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' },
  () => {
    const emit = (t: TestServer, id: string, db?: Parameters<TestServer['server']['svc']['events']['emit']>[1]) =>
      t.server.svc.events.emit(
        {
          event: 'user.created',
          accountId: t.seed.accountId,
          object: { id, email: `${id}@example.com`, type: 1 },
          payload: { operator: '', operator_id: '', creation_type: 'custCreate' },
        },
        db,
      )

    it('an event behind an open transaction waits for its commit, then both go out', async () => {
      const t = await startTestServer()
      const hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
      let commit = () => {}
      try {
        await subscribe(t, await t.token(), hook.url)
        const d = deliverer(t)
        await d.stop()
        d.gapMinAgeMs = 0
        const held = new Promise<void>((r) => (commit = r))
        let inserted!: () => void
        const insertedP = new Promise<void>((r) => (inserted = r))
        const trx = t.server.svc.db.kysely.transaction().execute(async (k) => {
          await emit(t, 'first', k)
          inserted()
          await held
        })
        await insertedP
        await emit(t, 'second')
        await d.tick()
        assert.equal(hook.events.length, 0, 'the second event waits behind the uncommitted first')
        commit()
        await trx
        await deliverUntil(t, () => hook.events.length === 2)
        // Sent concurrently, so in either order (Zoom does not promise order either).
        assert.deepEqual(hook.events.map((e) => e.json?.payload.object.id).sort(), ['first', 'second'])
      } finally {
        commit()
        await hook.close()
        await t.close()
      }
    })

    it('a rolled-back event leaves a hole that is skipped', async () => {
      const t = await startTestServer()
      const hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
      try {
        await subscribe(t, await t.token(), hook.url)
        const d = deliverer(t)
        d.gapMinAgeMs = 0
        d.gapMaxAgeMs = 2_000
        await t.server.svc.db.kysely
          .transaction()
          .execute(async (k) => {
            await emit(t, 'rolled-back', k)
            throw new Error('rollback')
          })
          .catch(() => {})
        await emit(t, 'kept')
        await deliverUntil(t, () => hook.events.length === 1, 10_000)
        await d.tick()
        assert.deepEqual(
          hook.events.map((e) => e.json?.payload.object.id),
          ['kept'],
        )
      } finally {
        await hook.close()
        await t.close()
      }
    })

    it('with no subscription active, the cursor still stops at an open transaction, then moves past it once it commits', async () => {
      const t = await startTestServer()
      let commit = () => {}
      try {
        const d = deliverer(t)
        await d.stop()
        d.gapMinAgeMs = 0
        await d.tick()
        const held = new Promise<void>((r) => (commit = r))
        let inserted!: (seq: number) => void
        const insertedP = new Promise<number>((r) => (inserted = r))
        const trx = t.server.svc.db.kysely.transaction().execute(async (k) => {
          await emit(t, 'first', k)
          inserted(
            Number(
              (
                await k
                  .selectFrom('outbox')
                  .select((eb) => eb.fn.max('seq').as('m'))
                  .executeTakeFirstOrThrow()
              ).m,
            ),
          )
          await held
        })
        const firstSeq = await insertedP
        await emit(t, 'second')
        await d.tick()
        assert.ok((await cursorOf(t)) < firstSeq, 'not past the uncommitted event')
        commit()
        await trx
        const end = Date.now() + 5000
        while ((await cursorOf(t)) !== (await lastOutboxSeq(t))) {
          assert.ok(Date.now() < end, 'the cursor reached the last event')
          await new Promise((r) => setTimeout(r, 50))
          await d.tick()
        }
      } finally {
        commit()
        await t.close()
      }
    })
  },
)
