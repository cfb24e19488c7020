import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { promisify } from 'node:util'
import { WebhookService } from '../../src/events/subscriptions.js'
import { isWebhookEvent, URL_VALIDATION_EVENT, WEBHOOK_EVENTS } from '../../src/events/webhook-events.js'
import { plainReceiver } from '../helpers/rivet-webhooks.js'
import type { CommandFailure } from '../helpers/cli.js'
import { fieldError, find, items, must } from '../helpers/json.js'
import type { OpenApiDoc } from '../helpers/shapes.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

const PATH = '/v2/marketplace/app/event_subscription'
const run = promisify(execFile)

/** A port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()))
  const { port } = s.address() as { port: number }
  await new Promise<void>((resolve) => s.close(() => resolve()))
  return port
}

/** Accepts connections and never answers. */
async function silentEndpoint() {
  const sockets: Socket[] = []
  const s = createServer((sock) => void sockets.push(sock))
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()))
  const { port } = s.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}/hook`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const sock of sockets) sock.destroy()
        s.close(() => resolve())
      }),
  }
}

describe('Webhook events: only known event names, and URL validation failures that say why', () => {
  let t: TestServer
  let token: string
  let hook: Awaited<ReturnType<typeof plainReceiver>>

  before(async () => {
    t = await startTestServer()
    token = await t.token()
    hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
  })
  after(async () => {
    await hook.close()
    await t.close()
  })

  const create = (body: unknown) => t.call('POST', PATH, { token, body })
  const ids = async () =>
    items((await t.call('GET', `${PATH}?page_size=300`, { token })).body.event_subscriptions).map(
      (s) => s.event_subscription_id,
    )

  describe('event names', () => {
    it('create: an unknown event is 400/300 naming it; nothing is saved and the endpoint is not contacted', async () => {
      const before = await ids()
      const sent = hook.requests.length
      const res = await create({
        events: ['meeting.created', 'meeting.creatd'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Unknown event: meeting.creatd.',
        errors: [{ field: 'events', message: 'Unknown event: meeting.creatd' }],
      })
      const two = await create({
        events: ['user.creatd', 'meeting.created', 'Meeting.Ended'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      })
      assert.equal(two.status, 400)
      assert.equal(two.body.code, 300)
      assert.equal(two.body.message, 'Unknown events: user.creatd, Meeting.Ended.')
      assert.deepEqual(await ids(), before)
      assert.equal(hook.requests.length, sent)
    })

    it('patch: an unknown event is refused the same way and the events stay as they were', async () => {
      const s = await create({
        events: ['meeting.created'],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      })
      assert.equal(s.status, 201)
      const id = s.body.event_subscription_id
      const res = await t.call('PATCH', `${PATH}/${id}`, {
        token,
        body: { events: ['meeting.started', 'meeting.creatd'] },
      })
      assert.equal(res.status, 400)
      assert.deepEqual(res.body, {
        code: 300,
        message: 'Unknown event: meeting.creatd.',
        errors: [{ field: 'events', message: 'Unknown event: meeting.creatd' }],
      })
      const got = find(
        items((await t.call('GET', `${PATH}?page_size=300`, { token })).body.event_subscriptions),
        (x) => x.event_subscription_id === id,
      )
      assert.deepEqual(got.events, ['meeting.created'])
    })

    it('every listed event but endpoint.url_validation can be subscribed to; endpoint.url_validation cannot', async () => {
      const all = Object.keys(WEBHOOK_EVENTS).filter((e) => e !== URL_VALIDATION_EVENT)
      const res = await create({ events: all, event_webhook_url: hook.url, subscription_scope: 'account' })
      assert.equal(res.status, 201, JSON.stringify(res.body))
      const validation = await create({
        events: [URL_VALIDATION_EVENT],
        event_webhook_url: hook.url,
        subscription_scope: 'account',
      })
      assert.equal(validation.status, 400)
      assert.equal(validation.body.code, 300)
      assert.equal(fieldError(validation.body).field, 'events')
    })

    it('every event the server emits during the usual flows is in the list', async () => {
      const ok = async (method: string, path: string, body?: unknown) => {
        const res = await t.call(method, path, { token, body })
        assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${res.text}`)
        return res.body
      }
      // Users, groups, account settings.
      const user = await ok('POST', '/v2/users', {
        action: 'custCreate',
        user_info: { email: 'flow@example.com', type: 1, first_name: 'Flo' },
      })
      await ok('PATCH', `/v2/users/${user.id}`, { last_name: 'W' })
      await ok('PUT', `/v2/users/${user.id}/status`, { action: 'deactivate' })
      await ok('PUT', `/v2/users/${user.id}/status`, { action: 'activate' })
      const group = await ok('POST', '/v2/groups', { name: 'Flow group' })
      await ok('PATCH', `/v2/groups/${group.id}`, { name: 'Flow group 2' })
      await ok('POST', `/v2/groups/${group.id}/members`, { members: [{ id: user.id }] })
      await ok('DELETE', `/v2/groups/${group.id}/members/${user.id}`)
      await ok('DELETE', `/v2/groups/${group.id}`)
      await ok('PATCH', '/v2/accounts/me/settings', { in_meeting: { annotation: false } })
      // A meeting with registrants, played from start to end with shares and a recording.
      const m = await ok('POST', '/v2/users/me/meetings', {
        topic: 'Flow',
        type: 2,
        start_time: new Date(t.clock.now() + 3_600_000).toISOString(),
        settings: { approval_type: 1 },
      })
      await ok('PATCH', `/v2/meetings/${m.id}`, { topic: 'Flow 2' })
      const reg = await ok('POST', `/v2/meetings/${m.id}/registrants`, { email: 'reg@example.com', first_name: 'Reg' })
      await ok('PUT', `/v2/meetings/${m.id}/registrants/status`, {
        action: 'approve',
        registrants: [{ id: reg.registrant_id }],
      })
      await ok('POST', '/sim/scenarios', {
        meeting: { id: m.id },
        duration_minutes: 20,
        participants: [
          { name: 'Ada', join_offset_minutes: 0, stay_minutes: 20 },
          {
            name: 'Lin',
            join_offset_minutes: 2,
            leave_offset_minutes: 15,
            share: [{ start_offset_minutes: 5, minutes: 3 }],
          },
        ],
        record: { start_offset_minutes: 1, stop_offset_minutes: 18 },
      })
      await ok('DELETE', `/v2/meetings/${m.id}`)
      await ok('PUT', `/v2/meetings/${m.id}/status`, { action: 'recover' })
      await ok('DELETE', `/v2/users/${user.id}?action=delete`)

      const emitted = (await t.server.svc.db.kysely.selectFrom('outbox').select('event').distinct().execute()).map(
        (r) => r.event,
      )
      assert.ok(emitted.length >= 15, `the flows emitted ${emitted.join(', ')}`)
      assert.deepEqual(
        emitted.filter((e) => !isWebhookEvent(e)),
        [],
      )
    })
  })

  describe('reference docs', () => {
    it('/openapi.json lists every event as an OpenAPI webhook, in English and Chinese; /docs renders them', async () => {
      const doc = (await t.call<OpenApiDoc>('GET', '/openapi.json')).body
      assert.deepEqual(Object.keys(doc.webhooks), Object.keys(WEBHOOK_EVENTS))
      const created = doc.webhooks['meeting.created'].post
      assert.equal(created['x-summary-en'], 'A meeting was scheduled.')
      assert.equal(created['x-summary-zh'], '安排了会议。')
      for (const [name, w] of Object.entries(doc.webhooks)) {
        assert.ok(w.post['x-summary-en'] && w.post['x-summary-zh'], name)
        assert.ok(w.post.responses['200'], name)
      }
      for (const lang of ['en', 'zh'] as const) {
        const page = await t.call('GET', `/docs/${lang}/webhooks/events`)
        assert.equal(page.status, 200)
        for (const [name, d] of Object.entries(WEBHOOK_EVENTS)) {
          assert.ok(page.text.includes(`<tr id="${name}">`), `${lang}: ${name}`)
          assert.ok(page.text.includes(d[lang].replace(/&/g, '&amp;').replace(/'/g, '&#39;')), `${lang}: ${name} text`)
        }
      }
    })
  })

  describe('URL validation failures', () => {
    const sender = () => t.server.svc.use(WebhookService).sender
    const refused = async (url: string) => {
      const res = await create({ events: ['user.created'], event_webhook_url: url, subscription_scope: 'account' })
      assert.equal(res.status, 400, url)
      assert.equal(res.body.code, 300)
      return res.body.message as string
    }
    const lastValidationLog = async (url: string) => {
      const page = await t.server.svc
        .use(WebhookService)
        .logs({ accountId: t.seed.accountId, clientId: t.seed.clientId }, t.seed.clientId, {
          event: URL_VALIDATION_EVENT,
          success: false,
          page_size: 300,
        })
      return must(page.items.find((l) => l.endpoint === url))
    }

    it('the endpoint answers 500: the status is named, in the answer and in the log entry', async () => {
      const failing = await plainReceiver({ answer: () => ({ status: 500, body: { error: 'boom' } }) })
      try {
        const message = await refused(failing.url)
        assert.equal(
          message,
          `URL validation failed: ${failing.url}. Reason: the endpoint answered HTTP 500; it must answer 200 or 204.`,
        )
        const log = await lastValidationLog(failing.url)
        assert.equal(log.status, 500)
        assert.equal(log.error, 'the endpoint answered HTTP 500; it must answer 200 or 204')
      } finally {
        await failing.close()
      }
    })

    it('a wrong encryptedToken, a missing one or another plainToken: each is named', async () => {
      const answers: Array<[(plainToken: string) => unknown, string]> = [
        [
          (p) => ({ plainToken: p, encryptedToken: 'ff' }),
          "the encryptedToken is wrong: it must be hex(HMAC-SHA256(the app's webhook secret token, plainToken))",
        ],
        [(p) => ({ plainToken: p }), 'the answer has no encryptedToken'],
        [() => ({ plainToken: 'another', encryptedToken: 'ff' }), 'the plainToken of the answer is not the one sent'],
        [() => 'ok', 'the answer is not a JSON object with plainToken and encryptedToken'],
      ]
      for (const [body, reason] of answers) {
        const r = await plainReceiver({
          answer: (req) => ({ status: 200, body: body(must(req.json).payload.plainToken) }),
        })
        try {
          assert.equal(await refused(r.url), `URL validation failed: ${r.url}. Reason: ${reason}.`)
          const log = await lastValidationLog(r.url)
          assert.equal(log.status, 200)
          assert.equal(log.error, reason)
        } finally {
          await r.close()
        }
      }
    })

    it('the endpoint never answers: a timeout, after the configured time', async () => {
      const silent = await silentEndpoint()
      sender().timeoutMs = 150
      try {
        assert.equal(
          await refused(silent.url),
          `URL validation failed: ${silent.url}. Reason: the endpoint did not answer within 150 ms.`,
        )
        const log = await lastValidationLog(silent.url)
        assert.equal(log.status, -1)
        assert.equal(log.error, 'the endpoint did not answer within 150 ms')
      } finally {
        sender().timeoutMs = 3000
        await silent.close()
      }
    })

    it('nothing listens: connection refused, with the error code', async () => {
      const url = `http://127.0.0.1:${await closedPort()}/hook`
      const message = await refused(url)
      assert.ok(
        message.startsWith(`URL validation failed: ${url}. Reason: the connection was refused: ECONNREFUSED`),
        message,
      )
      const log = await lastValidationLog(url)
      assert.equal(log.status, -2)
      assert.match(log.error, /^the connection was refused: ECONNREFUSED/)
    })

    it('patch with a new URL says why the same way', async () => {
      const s = await create({ events: ['user.created'], event_webhook_url: hook.url, subscription_scope: 'account' })
      const failing = await plainReceiver({ answer: () => ({ status: 404 }) })
      try {
        const res = await t.call('PATCH', `${PATH}/${s.body.event_subscription_id}`, {
          token,
          body: { event_webhook_url: failing.url },
        })
        assert.equal(res.status, 400)
        assert.deepEqual(res.body, {
          code: 300,
          message: `URL validation failed: ${failing.url}. Reason: the endpoint answered HTTP 404; it must answer 200 or 204.`,
        })
      } finally {
        await failing.close()
      }
    })
  })
})

describe('webhooks command line: unknown events and failed validations', () => {
  it('add refuses an unknown event before any challenge; a failed validation and its log entry say why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zoom-cli-'))
    const t = await startTestServer({ file: join(dir, 'zoom.db') })
    const { databaseUrl } = t.config
    await t.close()
    const hook = await plainReceiver({ answer: () => ({ status: 500, body: { error: 'down' } }) })
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'error',
    }
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'webhooks', ...args], { env, cwd: process.cwd() })
    try {
      await assert.rejects(cli('add', '--url', hook.url, '--events', 'user.created,meeting.creatd'), (err) => {
        const failure = err as CommandFailure
        assert.equal(failure.code, 1)
        assert.equal(failure.stderr.trim(), 'Unknown event: meeting.creatd.')
        return true
      })
      assert.equal(hook.requests.length, 0)

      await assert.rejects(cli('add', '--url', hook.url, '--events', 'user.created'), (err) => {
        const failure = err as CommandFailure
        assert.equal(failure.code, 1)
        assert.equal(
          failure.stderr.trim(),
          `URL validation failed: ${hook.url}. Reason: the endpoint answered HTTP 500; it must answer 200 or 204.`,
        )
        return true
      })
      const log = (await cli('log')).stdout
      assert.match(
        log,
        / 500 .*endpoint\.url_validation .*failed: the endpoint answered HTTP 500; it must answer 200 or 204$/m,
      )
    } finally {
      await hook.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
