import assert from 'node:assert/strict'
import { MarketplaceS2SAuthClient } from '@zoom/rivet/marketplace'
import { UsersS2SAuthClient } from '@zoom/rivet/users'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebhookDeliverer } from '../../src/events/deliverer.js'
import type { WebhookEvent } from './json.js'
import type { TestServer } from './server.js'

const tokenStore = (accessToken: string) => ({
  getLatestToken: () => ({ accessToken, expirationTimeIso: '2999-01-01T00:00:00Z', scopes: [] }),
  storeToken: () => {},
})

/** Zoom's SDK for the Marketplace API (event subscriptions, webhook logs) pointed at the test server. */
export function marketplaceClient(origin: string, accessToken: string) {
  return new MarketplaceS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: tokenStore(accessToken),
    baseUrl: `${origin}/v2`,
    disableReceiver: true,
  } as ConstructorParameters<typeof MarketplaceS2SAuthClient>[0])
}

/** Rivet's own webhook receiver (HttpReceiver on a free port), checking signatures with `secret`. */
export async function rivetReceiver(secret: string) {
  const client = new UsersS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: tokenStore('unused'),
    webhooksSecretToken: secret,
    port: 0,
    logLevel: 'error',
  } as unknown as ConstructorParameters<typeof UsersS2SAuthClient>[0])
  const server = (await client.start()) as Server
  const port = (server.address() as AddressInfo).port
  return {
    client,
    url: `http://127.0.0.1:${port}/zoom/events`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  /** The raw body bytes as text. */
  body: string
  /** The body parsed, when it is JSON. */
  json: WebhookEvent | undefined
}

type Answer = { status: number; body?: unknown; delayMs?: number; destroy?: boolean; headers?: Record<string, string> }

/**
 * A plain HTTP receiver recording every request. `answer` decides each reply; URL validation challenges are
 * answered correctly (with `secret`) unless `answer` handles them.
 */
export async function plainReceiver(
  opts: { secret?: string | (() => string); answer?: (req: Received, n: number) => Answer | undefined } = {},
) {
  const { createHmac } = await import('node:crypto')
  const requests: Received[] = []
  const events: Received[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let json: WebhookEvent | undefined
      try {
        json = JSON.parse(body) as WebhookEvent
      } catch {
        json = undefined
      }
      const r: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json }
      requests.push(r)
      const isChallenge = json?.event === 'endpoint.url_validation'
      if (!isChallenge && req.url?.startsWith('/hook')) events.push(r)
      let a = opts.answer?.(r, isChallenge ? -1 : events.length)
      const secret = typeof opts.secret === 'function' ? opts.secret() : opts.secret
      if (!a && json && isChallenge && secret) {
        const plainToken = json.payload.plainToken
        a = {
          status: 200,
          body: { plainToken, encryptedToken: createHmac('sha256', secret).update(plainToken).digest('hex') },
        }
      }
      const answer = a ?? { status: 200, body: { ok: true } }
      const send = () => {
        if (answer.destroy) return req.socket.destroy()
        res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) })
        res.end(
          answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
        )
      }
      if (answer.delayMs) setTimeout(send, answer.delayMs)
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/hook`,
    requests,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export function deliverer(t: TestServer): WebhookDeliverer {
  return t.server.svc.use(WebhookDeliverer)
}

/** Runs delivery passes until `done()` holds (a PostgreSQL outbox gap may hold events back for a moment). */
export async function deliverUntil(t: TestServer, done: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    await deliverer(t).tick()
    if (done()) return
    if (Date.now() > end) throw new Error('condition not reached by delivery passes')
    await new Promise((r) => setTimeout(r, 50))
  }
}

/**
 * A `user.created` subscription whose receiver answers 500 once a first event has been taken, then one such event
 * delivered and failed; `fix()` makes the receiver answer again, so a replay can succeed.
 */
export async function failedUserCreatedDelivery(t: TestServer, token: string, email: string) {
  let broken = true
  const receiver = await plainReceiver({
    secret: t.seed.webhookSecretToken,
    answer: (_r, n) => (n > 0 && broken ? { status: 500, body: { error: 'down' } } : undefined),
  })
  const sub = await t.call('POST', '/v2/marketplace/app/event_subscription', {
    token,
    body: { events: ['user.created'], event_webhook_url: receiver.url, subscription_scope: 'account' },
  })
  assert.equal(sub.status, 201, sub.text)
  await t.call('POST', '/v2/users', { token, body: { action: 'custCreate', user_info: { email, type: 1 } } })
  await deliverUntil(t, () => receiver.events.length >= 1)
  return {
    receiver,
    fix: () => {
      broken = false
    },
  }
}
