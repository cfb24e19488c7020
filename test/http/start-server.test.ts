import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { startServer } from '../../src/index.js'
import { plainReceiver } from '../helpers/rivet-webhooks.js'
import { startTestServer } from '../helpers/server.js'

/** A database for startServer: a fresh PostgreSQL schema under TEST_DATABASE_URL, else an in-memory SQLite. */
async function databaseUrl(): Promise<string | undefined> {
  if (!process.env.TEST_DATABASE_URL) return undefined
  const t = await startTestServer()
  await t.close()
  return t.config.databaseUrl
}

async function tokenFor(url: string, seed: { clientId: string; clientSecret: string; accountId: string }) {
  const res = await fetch(`${url}/oauth/token?grant_type=account_credentials&account_id=${seed.accountId}`, {
    method: 'POST',
    headers: { authorization: 'Basic ' + Buffer.from(`${seed.clientId}:${seed.clientSecret}`).toString('base64') },
  })
  const body = (await res.json()) as { access_token: string }
  return body.access_token
}

describe('startServer', () => {
  it('starts a seeded server on a free port, resets it, and closes after delivering due webhooks', async () => {
    const receiver = await plainReceiver({ secret: 'hook-secret' })
    const started = await startServer({
      databaseUrl: await databaseUrl(),
      seed: { clientId: 'fixed-client', clientSecret: 'fixed-secret', webhookSecretToken: 'hook-secret' },
    })
    let closed = false
    try {
      assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+$/)
      assert.equal(started.seed.clientId, 'fixed-client')
      assert.equal((await fetch(`${started.url}/health`)).status, 200)
      const token = await tokenFor(started.url, started.seed)
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }

      const sub = await fetch(`${started.url}/v2/marketplace/app/event_subscription`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          events: ['user.created'],
          event_webhook_url: `${receiver.origin}/hook`,
          subscription_scope: 'account',
        }),
      })
      assert.equal(sub.status, 201, await sub.text())
      await started.snapshot('subscribed')

      const created = await fetch(`${started.url}/v2/users`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ action: 'custCreate', user_info: { email: 'drain@example.com', type: 1 } }),
      })
      const createdBody = (await created.json()) as { id: string }
      assert.equal(created.status, 201, JSON.stringify(createdBody))
      const userId = createdBody.id

      await started.restore('subscribed')
      assert.equal((await fetch(`${started.url}/v2/users/${userId}`, { headers: auth })).status, 404)
      await started.reset()
      const list = await fetch(`${started.url}/v2/marketplace/app/event_subscription`, { headers: auth })
      const listed = (await list.json()) as { event_subscriptions?: unknown[] }
      assert.equal(list.status, 200, JSON.stringify(listed))
      assert.deepEqual(listed.event_subscriptions ?? [], [])

      // An event committed just before close() still reaches its receiver.
      await started.restore('subscribed')
      const again = await fetch(`${started.url}/v2/users`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ action: 'custCreate', user_info: { email: 'last@example.com', type: 1 } }),
      })
      assert.equal(again.status, 201)
      await started.close()
      closed = true
      assert.ok(
        receiver.events.some((e) => e.json?.event === 'user.created' && e.body.includes('last@example.com')),
        `delivered: ${receiver.events.map((e) => e.body).join('\n')}`,
      )
      await assert.rejects(fetch(`${started.url}/health`))
    } finally {
      if (!closed) await started.close()
      await receiver.close()
    }
  })
})
