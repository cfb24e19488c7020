import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import { FaultInjector } from '../domain/sim-tools/faults.js'
import type { Services } from '../services.js'
import { SnapshotsRepo } from '../store/snapshots.repo.js'
import type { Database } from '../store/tables.js'
import type { SendableDelivery, WebhooksRepo } from '../store/webhooks.repo.js'
import { parseJson } from '../util/json.js'
import { eventUsers } from './rules.js'
import type { CustomHeader } from './sender.js'
import { WebhookService } from './subscriptions.js'

/** Zoom retries a failed delivery 5, then 20, then 60 minutes after the previous attempt, then drops it. */
export const RETRY_DELAYS_MS = [5, 20, 60].map((m) => m * 60 * 1000)

const FANOUT_BATCH = 200
const SEND_BATCH = 50
const SEND_CONCURRENCY = 8
const CLAIM_MS = 60_000
const EMIT_COALESCE_MS = 5

export interface PassStats {
  fannedOut: number
  attempted: number
  delivered: number
  validated: number
}

interface Logger {
  error(obj: unknown, msg?: string): void
}

/**
 * Turns outbox events into signed POSTs: fans each event out to the matching active subscriptions as
 * delivery rows, sends what is due, retries on 5xx and transport failures, and re-validates endpoint URLs
 * every 72 hours. State lives in the database, so a restarted server resumes; claims keep two processes on
 * one PostgreSQL database from sending the same delivery. Time comes from the server's clock.
 */
export class WebhookDeliverer {
  readonly instanceId = randomUUID()
  /**
   * Poll interval in real time, for what no event of this process announces: events other processes write to a
   * shared PostgreSQL database, retries coming due, and outbox holes given up on. Events emitted here wake the
   * deliverer at once.
   */
  pollMs = 1000
  /**
   * PostgreSQL: a hole in the outbox sequence (a transaction not yet committed, or rolled back) holds later
   * events back until it is this old (real time) and no other session is writing, or at most `gapMaxAgeMs`.
   */
  gapMinAgeMs = 1_000
  gapMaxAgeMs = 60_000
  /** How often (real time, at most) a pass looks whether another process restored a snapshot. */
  restoreCheckMs = 1000
  private readonly webhooks: WebhookService
  private readonly repo: WebhooksRepo
  private chain: Promise<unknown> = Promise.resolve()
  private queued = false
  private running = false
  private timer?: NodeJS.Timeout
  private soon?: NodeJS.Timeout
  private unsubscribe?: () => void
  private log?: Logger
  private gapSeen = new Map<number, number>()
  private restores?: { generation: number; checkedAt: number }

  constructor(private svc: Services) {
    this.webhooks = svc.use(WebhookService)
    this.repo = this.webhooks.repo
  }

  start(log?: Logger): void {
    if (this.running) return
    this.running = true
    this.log = log
    this.timer = setInterval(() => this.kick(), this.pollMs)
    this.timer.unref()
    // The bus announces an event once it is committed, so one pass right after a burst of them sees them all; at
    // most one is pending, so a busy server runs a pass per burst rather than one per event.
    this.unsubscribe = this.svc.events.onEmit(() => {
      this.soon ??= setTimeout(() => {
        this.soon = undefined
        this.kick()
      }, EMIT_COALESCE_MS).unref()
    })
  }

  /** Stops polling and waits for the pass under way. */
  async stop(): Promise<void> {
    this.running = false
    if (this.timer) clearInterval(this.timer)
    clearTimeout(this.soon)
    this.soon = undefined
    this.unsubscribe?.()
    await this.chain.catch(() => {})
  }

  /** The database was put back as a snapshot held it: gaps seen in the old sequence mean nothing now. */
  forgetState(): void {
    this.gapSeen.clear()
  }

  /** Runs one full pass now (after any pass under way): fan-out, due re-validations, due deliveries. */
  tick(): Promise<PassStats> {
    return this.exclusive(() => this.pass())
  }

  /** Runs `fn` between passes: the pass under way ends first, and the next waits until `fn` is done. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn)
    this.chain = p.catch(() => {})
    return p
  }

  /** This process restored the database itself, so its state is already forgotten. */
  restoreSeen(generation: number): void {
    this.restores = { generation, checkedAt: Date.now() }
  }

  /**
   * Another process on the database restored a snapshot: what this one remembers of rows (caches, budgets,
   * outbox gaps) describes data that is gone, so it is dropped before the next pass reads anything.
   */
  private async followRestores(): Promise<void> {
    if (this.restores && Date.now() - this.restores.checkedAt < this.restoreCheckMs) return
    const generation = await new SnapshotsRepo(this.svc.db).generation()
    const known = this.restores?.generation
    this.restores = { generation, checkedAt: Date.now() }
    if (known === undefined || known === generation) return
    // Loaded on demand: the reset module reaches every service class, this one included.
    const { forgetProcessState } = await import('../sim/reset.js')
    forgetProcessState(this.svc)
  }

  /**
   * Sends one of the account's deliveries again, now, as any attempt is sent: signed afresh, logged, retried on
   * failure. Answers false when the account has no such delivery (or another process is sending it).
   */
  async replay(accountId: string, deliveryId: string): Promise<boolean> {
    if (!(await this.repo.requeueDelivery(accountId, deliveryId, this.svc.clock.now()))) return false
    await this.tick()
    return true
  }

  /** Schedules a background pass unless one is already waiting. */
  private kick(): void {
    if (!this.running || this.queued) return
    this.queued = true
    this.chain = this.chain
      .then(async () => {
        this.queued = false
        if (this.running) await this.pass()
      })
      .catch((err) => this.log?.error({ err }, 'webhook delivery pass failed'))
  }

  private async pass(): Promise<PassStats> {
    const stats: PassStats = { fannedOut: 0, attempted: 0, delivered: 0, validated: 0 }
    await this.followRestores()
    stats.fannedOut = await this.fanOut()
    stats.validated = await this.revalidateDue()
    const postgres = this.svc.db.dialect === 'postgres'
    for (;;) {
      const now = this.svc.clock.now()
      const ids = await this.repo.dueDeliveries(now, SEND_BATCH)
      const claimed = new Set(await this.repo.claimDeliveries(ids, now, this.instanceId, now + CLAIM_MS, postgres))
      // In due order, which the claim's RETURNING does not promise.
      const mine = ids.filter((id) => claimed.has(id))
      if (!mine.length) break
      const loaded = await this.repo.sendable(mine)
      await runLimited(mine, SEND_CONCURRENCY, async (id) => {
        const outcome = await this.deliver(id, loaded.get(id))
        if (outcome !== 'skipped') stats.attempted++
        if (outcome === 'delivered') stats.delivered++
      })
      if (ids.length < SEND_BATCH) break
    }
    return stats
  }

  /** One attempt of one claimed delivery, logged; then delivered, rescheduled or dropped. */
  private async deliver(
    id: string,
    d: SendableDelivery | undefined,
  ): Promise<'delivered' | 'failed' | 'retry' | 'skipped'> {
    if (!d) return 'skipped'
    if (d.sub_status !== 'active' || !d.secret) {
      await this.repo.finishDelivery(id, this.instanceId, {
        status: 'failed',
        attempts: d.attempts,
        next_attempt_at: this.svc.clock.now(),
        updated_at: this.svc.clock.now(),
      })
      return 'skipped'
    }
    const faults = this.svc.use(FaultInjector)
    const ref = { id, accountId: d.account_id, subscriptionId: d.subscription_id }
    const fault = await faults.forDelivery({ ...ref, event: d.event, attempts: d.attempts })
    if (fault && fault.kind !== 'webhook_duplicate') {
      // A dropped delivery is lost on the way: Zoom counts it as sent, so it is never retried, and no log entry
      // is written because no request was made. A held one keeps its attempt count and is sent when due.
      const now = this.svc.clock.now()
      const dropped = fault.kind === 'webhook_drop'
      await this.repo.finishDelivery(id, this.instanceId, {
        status: dropped ? 'delivered' : 'pending',
        attempts: dropped ? d.attempts + 1 : d.attempts,
        next_attempt_at: dropped ? now : fault.until,
        updated_at: now,
      })
      return 'skipped'
    }
    const secret = d.secret
    const result = await this.send(d, secret)
    // A duplicate is the same event sent again with a fresh signature, as Zoom's own duplicates arrive.
    if (fault) await this.send(d, secret)
    const attempts = d.attempts + 1
    const now = this.svc.clock.now()
    const status: 'delivered' | 'failed' | 'retry' = result.success
      ? 'delivered'
      : result.retryable && attempts <= RETRY_DELAYS_MS.length
        ? 'retry'
        : 'failed'
    const delay = status === 'retry' ? RETRY_DELAYS_MS[attempts - 1] * this.svc.config.webhookRetryScale : 0
    await this.repo.finishDelivery(id, this.instanceId, {
      status: status === 'retry' ? 'pending' : status,
      attempts,
      next_attempt_at: now + Math.round(delay),
      updated_at: now,
    })
    if (status === 'delivered') await faults.delivered(ref)
    return status
  }

  /** Posts a delivery's event once and logs the attempt. */
  private async send(d: SendableDelivery, secret: string) {
    const result = await this.webhooks.sender.post({
      url: d.url,
      body: d.body,
      secret,
      clientId: d.client_id,
      customHeader: parseJson<CustomHeader>(d.custom_header),
      requestId: d.request_id,
    })
    await this.webhooks.log({
      owner: { accountId: d.account_id, clientId: d.client_id },
      subscriptionId: d.subscription_id,
      deliveryId: d.id,
      event: d.event,
      endpoint: d.url,
      userId: d.user_id,
      retryNum: d.attempts,
      body: d.body,
      result,
    })
    return result
  }

  /**
   * Moves the outbox cursor forward in order, writing one delivery per (event, matching subscription). The
   * cursor row is locked for the transaction on PostgreSQL, so processes take turns.
   */
  private async fanOut(): Promise<number> {
    const postgres = this.svc.db.dialect === 'postgres'
    let total = 0
    for (;;) {
      const { accepted, read } = await this.repo.fanOutTransaction(async (trx) => {
        const cursor = await this.repo.lockCursor(trx, postgres)
        const head = await this.repo.outboxSeqsAfter(trx, cursor, FANOUT_BATCH)
        if (!head.seqs.length) return { accepted: 0, read: 0 }
        if (!head.subscribed) {
          // Nothing can match, so the bodies (most of the outbox's bytes) are not worth reading; the cursor still
          // moves only as far as a full pass would have, so it never skips a hole that is held back.
          const seqsAfter = async (after: number, limit: number) =>
            (await this.repo.outboxSeqsAfter(trx, after, limit)).seqs.map((seq) => ({ seq }))
          const { take, last } = await this.inOrder(
            trx,
            postgres,
            cursor,
            head.seqs.map((seq) => ({ seq })),
            seqsAfter,
          )
          if (take.length) await this.repo.setCursor(trx, last)
          return { accepted: take.length, read: head.seqs.length }
        }
        const rows = await this.repo.outboxAfter(trx, cursor, FANOUT_BATCH)
        const { take, last } = await this.inOrder(trx, postgres, cursor, rows, (after, limit) =>
          this.repo.outboxAfter(trx, after, limit),
        )
        if (take.length) {
          await this.writeDeliveries(trx, take)
          await this.repo.setCursor(trx, last)
        }
        return { accepted: take.length, read: rows.length }
      })
      total += accepted
      if (read < FANOUT_BATCH || accepted < read) return total
    }
  }

  /**
   * The leading run of `rows` (in sequence order after `cursor`) that can be fanned out now. On PostgreSQL a
   * missing sequence number may belong to a transaction that is still open: the run stops there until the hole
   * is given up on (see `holeClosed`), then takes any rows of the hole that turned up meanwhile (`readAfter`).
   */
  private async inOrder<R extends { seq: number }>(
    trx: Kysely<Database>,
    postgres: boolean,
    cursor: number,
    rows: R[],
    readAfter: (seq: number, limit: number) => Promise<R[]>,
  ): Promise<{ take: R[]; last: number }> {
    let last = cursor
    const take: R[] = []
    for (const row of rows) {
      if (postgres && row.seq !== last + 1) {
        if (!(await this.holeClosed(trx, last))) break
        // Read again now that no writer is left: a row committed since the first read is in this statement's snapshot.
        const late = await readAfter(last, row.seq - last - 1)
        take.push(...late.filter((r) => r.seq < row.seq))
      }
      take.push(row)
      last = row.seq
    }
    return { take, last }
  }

  /**
   * The sequence numbers after `last` are missing: an open transaction may still commit them (then wait), or
   * they were rolled back (then skip).
   */
  private async holeClosed(trx: Kysely<Database>, last: number): Promise<boolean> {
    const firstSeen = this.gapSeen.get(last + 1) ?? Date.now()
    this.gapSeen.set(last + 1, firstSeen)
    const age = Date.now() - firstSeen
    if (age < this.gapMinAgeMs) return false
    if (age < this.gapMaxAgeMs && (await this.repo.otherWritersActive(trx))) return false
    this.gapSeen.delete(last + 1)
    return true
  }

  private async writeDeliveries(
    trx: Kysely<Database>,
    events: Array<{ seq: number; account_id: string; event: string; body: string; created_at: number }>,
  ): Promise<void> {
    const accounts = [...new Set(events.map((e) => e.account_id))]
    const masters = await this.repo.masterAccounts(accounts, trx)
    const reach = [...new Set([...accounts, ...[...masters.values()].filter((m): m is string => !!m)])]
    const subs = await this.repo.activeForAccounts(reach, trx)
    if (!subs.length) return
    // One row per (subscription, subscriber): parsed once here, not per event and row.
    const byId = new Map<string, { sub: (typeof subs)[number]; events: Set<string> }>()
    for (const s of subs)
      if (!byId.has(s.id)) byId.set(s.id, { sub: s, events: new Set(JSON.parse(s.events) as string[]) })
    const now = this.svc.clock.now()
    const rows = []
    for (const e of events) {
      const master = masters.get(e.account_id) ?? null
      let users: string[] | undefined
      const chosen = new Map<string, string>()
      for (const s of subs) {
        if (chosen.has(s.id) || s.created_at > e.created_at) continue
        if (!byId.get(s.id)?.events.has(e.event)) continue
        // An uninstall is news only to the app uninstalled, not to every app subscribed on the account.
        if (e.event === 'app_deauthorized' && !e.body.includes(`"client_id":${JSON.stringify(s.client_id)}`)) continue
        let userId: string | undefined
        if (s.scope === 'user') {
          if (s.subscriber_account !== e.account_id) continue
          users ??= eventUsers(e.event, e.body)
          if (users.includes(s.subscriber_user)) userId = s.subscriber_user
        } else if (s.subscriber_user === '') {
          if (
            s.subscriber_account === e.account_id ||
            (s.scope === 'master_account' && s.subscriber_account === master)
          )
            userId = ''
        }
        if (userId !== undefined) chosen.set(s.id, userId)
      }
      for (const [subscriptionId, userId] of chosen) {
        const s = byId.get(subscriptionId)?.sub
        if (!s) continue
        rows.push({
          id: randomUUID(),
          account_id: s.account_id,
          subscription_id: s.id,
          client_id: s.client_id,
          outbox_seq: e.seq,
          event: e.event,
          user_id: userId,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          claimed_by: null,
          claimed_until: null,
          request_id: randomUUID(),
          created_at: now,
          updated_at: now,
        })
      }
    }
    for (let i = 0; i < rows.length; i += 100) await this.repo.insertDeliveries(trx, rows.slice(i, i + 100))
  }

  private async revalidateDue(): Promise<number> {
    let done = 0
    for (;;) {
      const now = this.svc.clock.now()
      const due = await this.repo.dueValidations(now, 20)
      let claimed = 0
      for (const s of due) {
        if (!(await this.repo.claimValidation(s.id, now, now + CLAIM_MS))) continue
        claimed++
        await this.webhooks.revalidate(s)
        done++
      }
      if (due.length < 20 || claimed === 0) return done
    }
  }
}

async function runLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await fn(items[next++])
  })
  await Promise.all(workers)
}
