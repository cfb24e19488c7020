import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import type { Kysely } from 'kysely'
import { WebhookService } from '../../src/events/subscriptions.js'
import type { Database } from '../../src/store/tables.js'
import { deliverer, plainReceiver } from '../helpers/rivet-webhooks.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// The bus announces an event to this process's listeners (the deliverer) only once the event can be read: after
// the commit of the transaction it was written in, once per transaction, and never after a rollback.
describe('Webhooks: events are announced after their transaction commits', () => {
  let t: TestServer
  let hook: Awaited<ReturnType<typeof plainReceiver>>
  /** Announcements the bus made, and delivery passes the deliverer ran, since the test's setup. */
  let notified: number
  let passes: number
  let stopCounting: () => void

  const emit = (id: string, db?: Kysely<Database>) =>
    t.server.svc.events.emit(
      {
        event: 'user.created',
        accountId: t.seed.accountId,
        object: { id, email: `${id}@example.com`, type: 1 },
        payload: { operator: '', operator_id: '', creation_type: 'custCreate' },
      },
      db,
    )
  const received = () =>
    hook.events.map((e) => (JSON.parse(e.body) as { payload: { object: { id: string } } }).payload.object.id)
  const outboxHas = async (id: string, db: Kysely<Database> = t.server.svc.db.kysely) =>
    (await db.selectFrom('outbox').select('body').execute()).some((r) => r.body.includes(`"${id}"`))
  /** Waits (in real time) for the deliverer to do on its own what `done` observes. */
  const until = async (done: () => boolean) => {
    const end = Date.now() + 5000
    while (!done()) {
      assert.ok(Date.now() < end, 'the deliverer woke up and delivered')
      await new Promise((r) => setTimeout(r, 10))
    }
  }

  beforeEach(async () => {
    t = await startTestServer()
    hook = await plainReceiver({ secret: t.seed.webhookSecretToken })
    const res = await t.call('POST', '/v2/marketplace/app/event_subscription', {
      token: await t.token(),
      body: { events: ['user.created', 'meeting.created'], event_webhook_url: hook.url, subscription_scope: 'account' },
    })
    assert.equal(res.status, 201, res.text)
    // Only announcements wake the deliverer from here: its poll would come in an hour.
    const d = deliverer(t)
    await d.stop()
    await d.tick()
    d.pollMs = 3_600_000
    d.start()
    notified = passes = 0
    const unsubscribe = t.server.svc.events.onEmit(() => notified++)
    // Every pass takes the fan-out cursor first, once for a handful of events.
    const repo = t.server.svc.use(WebhookService).repo
    const lockCursor = repo.lockCursor
    repo.lockCursor = (...args) => {
      passes++
      return lockCursor.apply(repo, args)
    }
    stopCounting = () => {
      unsubscribe()
      repo.lockCursor = lockCursor
    }
  })
  afterEach(async () => {
    stopCounting()
    await hook.close()
    await t.close()
  })

  it('an event emitted in a transaction that rolls back is neither announced, stored nor delivered', async () => {
    const failure = new Error('the change fails after its event was written')
    await assert.rejects(
      t.server.svc.db.kysely.transaction().execute(async (trx) => {
        await emit('rolled-back', trx)
        // Through the transaction: on SQLite a read on the root connection would wait for this very transaction.
        assert.ok(await outboxHas('rolled-back', trx), 'written in the transaction')
        throw failure
      }),
      failure,
    )
    assert.equal(notified, 0)
    assert.equal(passes, 0)
    assert.equal(await outboxHas('rolled-back'), false)
    await deliverer(t).tick()
    assert.deepEqual(received(), [])
  })

  it('events emitted in a transaction wake the deliverer once, after the commit', async () => {
    let commit = () => {}
    const held = new Promise<void>((resolve) => (commit = resolve))
    let written = () => {}
    const writtenP = new Promise<void>((resolve) => (written = resolve))
    const trx = t.server.svc.db.kysely.transaction().execute(async (k) => {
      await emit('first', k)
      await emit('second', k)
      written()
      await held
    })
    try {
      await writtenP
      assert.equal(notified, 0, 'nothing is announced before the commit')
      assert.equal(passes, 0)
    } finally {
      commit()
      await trx
    }
    // The announcement is made before the transaction's caller hears of the commit.
    assert.equal(notified, 1, 'one announcement for the transaction')
    await until(() => hook.events.length === 2)
    assert.deepEqual(received().sort(), ['first', 'second'])
    assert.equal(passes, 1, 'one delivery pass')
  })

  it('an event emitted outside a transaction is announced at once', async () => {
    await emit('alone')
    assert.equal(notified, 1)
    await until(() => hook.events.length === 1)
    assert.deepEqual(received(), ['alone'])
    assert.equal(passes, 1)
  })

  it('a request whose change emits in its transaction gets its webhook without a poll', async () => {
    const res = await t.call('POST', '/v2/users/me/meetings', { token: await t.token(), body: { topic: 'Hooked' } })
    assert.equal(res.status, 201, res.text)
    const meeting = res.body as { id: number }
    assert.equal(notified, 1)
    await until(() => hook.events.length === 1)
    const event = JSON.parse(hook.events[0]?.body ?? '{}') as { event: string; payload: { object: { id: number } } }
    assert.deepEqual([event.event, event.payload.object.id], ['meeting.created', meeting.id])
    assert.equal(passes, 1)
  })
})
