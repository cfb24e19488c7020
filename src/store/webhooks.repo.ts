import { sql, type ExpressionBuilder, type Insertable, type Kysely, type Selectable } from 'kysely'
import type { Database } from './tables.js'
import type {
  WebhookDeliveryTable,
  WebhookLogTable,
  WebhookSubscriberTable,
  WebhookSubscriptionTable,
} from './tables/webhooks.js'

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>
export type SubscriberRow = Selectable<WebhookSubscriberTable>
export type DeliveryRow = Selectable<WebhookDeliveryTable>
export type LogRow = Selectable<WebhookLogTable>

/** A delivery ready to send: the delivery, its subscription, the app's secret and the event's stored body. */
export interface SendableDelivery {
  id: string
  account_id: string
  subscription_id: string
  client_id: string
  event: string
  user_id: string
  attempts: number
  request_id: string
  url: string
  custom_header: string
  sub_status: string
  secret: string | null
  body: string
}

export interface SubscriptionFilter {
  /** Subscriptions that reach this account (as subscriber, or through its master for master_account ones). */
  coversAccount?: { accountId: string; masterId: string | null }
  /** …and this user of it. */
  userId?: string
  scope?: string
}

export interface LogFilter {
  from?: number
  to?: number
  event?: string
  success?: boolean
  retryNum?: number
}

const num = (v: unknown) => Number(v)

/** Webhook subscriptions, their subscribers, deliveries and the delivery log. */
export class WebhooksRepo {
  constructor(readonly db: Kysely<Database>) {}

  // Subscriptions ------------------------------------------------------------------------------------------

  async insertSubscription(
    row: Insertable<WebhookSubscriptionTable>,
    subscribers: Insertable<WebhookSubscriberTable>[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('webhook_subscriptions').values(row).execute()
      await this.addSubscribers(subscribers, trx)
    })
  }

  async getSubscription(accountId: string, clientId: string, id: string): Promise<SubscriptionRow | undefined> {
    const row = await this.db
      .selectFrom('webhook_subscriptions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && hydrateSubscription(row)
  }

  async countForApp(accountId: string, clientId: string): Promise<number> {
    const r = await this.db
      .selectFrom('webhook_subscriptions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', accountId)
      .where('client_id', '=', clientId)
      .executeTakeFirst()
    return num(r?.n ?? 0)
  }

  async updateSubscription(
    accountId: string,
    id: string,
    patch: Partial<Omit<SubscriptionRow, 'seq' | 'id' | 'account_id' | 'client_id'>>,
  ): Promise<void> {
    await this.db
      .updateTable('webhook_subscriptions')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async deleteSubscription(accountId: string, id: string, now: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('webhook_subscriptions').where('account_id', '=', accountId).where('id', '=', id).execute()
      await trx.deleteFrom('webhook_subscribers').where('subscription_id', '=', id).execute()
      await this.dropPending(accountId, id, now, trx)
    })
  }

  async addSubscribers(rows: Insertable<WebhookSubscriberTable>[], db: Kysely<Database> = this.db): Promise<void> {
    if (rows.length)
      await db
        .insertInto('webhook_subscribers')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute()
  }

  /** Removes the given users of an account, or with no users every subscriber row of that account. */
  async removeSubscribers(subscriptionId: string, accountId: string, userIds?: string[]): Promise<void> {
    let q = this.db
      .deleteFrom('webhook_subscribers')
      .where('subscription_id', '=', subscriptionId)
      .where('account_id', '=', accountId)
    if (userIds) q = q.where('user_id', 'in', userIds)
    await q.execute()
  }

  /** The subscribers of each of these subscriptions, oldest first. */
  async subscribersOf(subscriptionIds: string[]): Promise<Map<string, SubscriberRow[]>> {
    const out = new Map<string, SubscriberRow[]>()
    if (!subscriptionIds.length) return out
    const rows = await this.db
      .selectFrom('webhook_subscribers')
      .selectAll()
      .where('subscription_id', 'in', subscriptionIds)
      .orderBy('created_at')
      // Users added together tie on created_at: a fixed order keeps the subscriber a list shows from changing.
      .orderBy('account_id')
      .orderBy('user_id')
      .execute()
    for (const r of rows) {
      const list = out.get(r.subscription_id)
      if (list) list.push(r)
      else out.set(r.subscription_id, [r])
    }
    return out
  }

  /** The app's subscriptions, filtered, for `paginate()`. */
  listQuery(accountId: string, clientId: string, f: SubscriptionFilter) {
    let q = this.db
      .selectFrom('webhook_subscriptions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('client_id', '=', clientId)
    if (f.scope) q = q.where('scope', '=', f.scope)
    const cover = f.coversAccount
    if (cover) {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('webhook_subscribers as r')
            .select('r.subscription_id')
            .whereRef('r.subscription_id', '=', 'webhook_subscriptions.id')
            .where((w) => {
              const own = w.and([
                w('r.account_id', '=', cover.accountId),
                f.userId ? w('r.user_id', 'in', ['', f.userId]) : w.lit(true),
              ])
              if (!cover.masterId) return own
              return w.or([
                own,
                w.and([
                  w('webhook_subscriptions.scope', '=', 'master_account'),
                  w('r.account_id', '=', cover.masterId),
                ]),
              ])
            }),
        ),
      )
    }
    return q
  }

  /** Active subscriptions with a subscriber row in one of these accounts (fan-out). */
  async activeForAccounts(
    accountIds: string[],
    db: Kysely<Database> = this.db,
  ): Promise<Array<SubscriptionRow & { subscriber_account: string; subscriber_user: string }>> {
    if (!accountIds.length) return []
    const rows = await db
      .selectFrom('webhook_subscriptions as s')
      .innerJoin('webhook_subscribers as r', 'r.subscription_id', 's.id')
      .selectAll('s')
      .select(['r.account_id as subscriber_account', 'r.user_id as subscriber_user'])
      .where('r.account_id', 'in', accountIds)
      .where('s.status', '=', 'active')
      .execute()
    return rows.map((r) => ({
      ...hydrateSubscription(r),
      subscriber_account: r.subscriber_account,
      subscriber_user: r.subscriber_user,
    }))
  }

  async dueValidations(now: number, limit: number): Promise<SubscriptionRow[]> {
    const rows = await this.db
      .selectFrom('webhook_subscriptions')
      .selectAll()
      .where('status', '=', 'active')
      .where('next_validation_at', '<=', now)
      .where((eb) => eb.or([eb('validation_claimed_until', 'is', null), eb('validation_claimed_until', '<', now)]))
      .orderBy('next_validation_at')
      .limit(limit)
      .execute()
    return rows.map(hydrateSubscription)
  }

  /** Takes a due re-validation for this process; false when another process has it or it is no longer due. */
  async claimValidation(id: string, now: number, until: number): Promise<boolean> {
    const r = await this.db
      .updateTable('webhook_subscriptions')
      .set({ validation_claimed_until: until })
      .where('id', '=', id)
      .where('status', '=', 'active')
      .where('next_validation_at', '<=', now)
      .where((eb) => eb.or([eb('validation_claimed_until', 'is', null), eb('validation_claimed_until', '<', now)]))
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  }

  /** The master account of each of these accounts (null for one that has none), for master_account scopes. */
  async masterAccounts(accountIds: string[], db: Kysely<Database> = this.db): Promise<Map<string, string | null>> {
    const out = new Map<string, string | null>()
    if (!accountIds.length) return out
    const rows = await db
      .selectFrom('accounts')
      .select(['id', 'master_account_id'])
      .where('id', 'in', accountIds)
      .execute()
    for (const a of rows) out.set(a.id, a.master_account_id)
    return out
  }

  // Deliveries ---------------------------------------------------------------------------------------------

  async insertDeliveries(db: Kysely<Database>, rows: Insertable<WebhookDeliveryTable>[]): Promise<void> {
    if (rows.length)
      await db
        .insertInto('webhook_deliveries')
        .values(rows)
        .onConflict((oc) => oc.columns(['outbox_seq', 'subscription_id']).doNothing())
        .execute()
  }

  async dueDeliveries(now: number, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .orderBy('next_attempt_at')
      .orderBy('seq')
      .limit(limit)
      .execute()
    return rows.map((r) => r.id)
  }

  /**
   * Takes these deliveries for `by` if still due; returns the ids it got. A conditional update is the claim: of
   * several processes reading the same due rows, exactly one updates each (PostgreSQL re-checks the WHERE
   * clause on the locked row; SQLite has one writer). On PostgreSQL the rows are locked first with SKIP LOCKED,
   * so a claim never waits: a row another process holds is left to it, and batches that overlap cannot deadlock
   * by locking their rows in different orders.
   */
  async claimDeliveries(ids: string[], now: number, by: string, until: number, postgres: boolean): Promise<string[]> {
    if (!ids.length) return []
    const due = (eb: ExpressionBuilder<Database, 'webhook_deliveries'>) =>
      eb.and([
        eb('status', '=', 'pending'),
        eb('next_attempt_at', '<=', now),
        eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]),
      ])
    let q = this.db.updateTable('webhook_deliveries').set({ claimed_by: by, claimed_until: until }).where(due)
    q = postgres
      ? q.where('id', 'in', (eb) =>
          eb.selectFrom('webhook_deliveries').select('id').where('id', 'in', ids).where(due).forUpdate().skipLocked(),
        )
      : q.where('id', 'in', ids)
    const rows = await q.returning('id').execute()
    return rows.map((r) => r.id)
  }

  async sendable(ids: string[]): Promise<Map<string, SendableDelivery>> {
    const out = new Map<string, SendableDelivery>()
    if (!ids.length) return out
    const rows = await this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('outbox as o', 'o.seq', 'd.outbox_seq')
      .leftJoin('webhook_subscriptions as s', 's.id', 'd.subscription_id')
      .leftJoin('apps as a', 'a.client_id', 'd.client_id')
      .select([
        'd.id',
        'd.account_id',
        'd.subscription_id',
        'd.client_id',
        'd.event',
        'd.user_id',
        'd.attempts',
        'd.request_id',
        's.url',
        's.custom_header',
        's.status as sub_status',
        'a.webhook_secret_token as secret',
        'o.body',
      ])
      .where('d.id', 'in', ids)
      .execute()
    for (const row of rows) {
      out.set(row.id, {
        ...row,
        attempts: num(row.attempts),
        url: row.url ?? '',
        custom_header: row.custom_header ?? '{}',
        sub_status: row.sub_status ?? 'deleted',
      })
    }
    return out
  }

  /** Records the outcome of an attempt and releases the claim (only this process's claim). */
  async finishDelivery(
    id: string,
    by: string,
    patch: { status: string; attempts: number; next_attempt_at: number; updated_at: number },
  ): Promise<void> {
    await this.db
      .updateTable('webhook_deliveries')
      .set({ ...patch, claimed_by: null, claimed_until: null })
      .where('id', '=', id)
      .where('claimed_by', '=', by)
      .execute()
  }

  /**
   * Makes one of the account's deliveries due again now, whatever became of it; not while a process holds it.
   * Answers whether there was such a delivery to queue.
   */
  async requeueDelivery(accountId: string, id: string, now: number): Promise<boolean> {
    const res = await this.db
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', next_attempt_at: now, claimed_by: null, claimed_until: null, updated_at: now })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .executeTakeFirst()
    return Number(res.numUpdatedRows) > 0
  }

  async dropPending(
    accountId: string,
    subscriptionId: string,
    now: number,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('webhook_deliveries')
      .set({ status: 'failed', claimed_by: null, claimed_until: null, updated_at: now })
      .where('account_id', '=', accountId)
      .where('subscription_id', '=', subscriptionId)
      .where('status', '=', 'pending')
      .execute()
  }

  deliveriesOf(accountId: string, subscriptionId: string): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('subscription_id', '=', subscriptionId)
      .orderBy('seq')
      .execute()
  }

  // Delivery log -------------------------------------------------------------------------------------------

  async insertLog(row: Insertable<WebhookLogTable>): Promise<void> {
    await this.db.insertInto('webhook_logs').values(row).execute()
  }

  logsQuery(accountId: string, clientId: string, f: LogFilter & { subscriptionId?: string }) {
    let q = this.db
      .selectFrom('webhook_logs')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('client_id', '=', clientId)
    if (f.subscriptionId) q = q.where('subscription_id', '=', f.subscriptionId)
    if (f.from !== undefined) q = q.where('created_at', '>=', f.from)
    if (f.to !== undefined) q = q.where('created_at', '<=', f.to)
    if (f.event) q = q.where('event', '=', f.event)
    if (f.success !== undefined) q = q.where('success', '=', f.success ? 1 : 0)
    if (f.retryNum !== undefined) q = q.where('retry_num', '=', f.retryNum)
    return q
  }

  // Fan-out cursor -----------------------------------------------------------------------------------------

  /**
   * A write transaction for a fan-out step, which takes the cursor first (`lockCursor`): `SELECT … FOR UPDATE` on
   * PostgreSQL. SQLite transactions begin IMMEDIATE (see the group-commit driver), so even two connections to one
   * file take turns instead of failing on a stale read.
   */
  fanOutTransaction<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(fn)
  }

  /** The last outbox sequence fanned out, locked for the rest of the transaction on PostgreSQL. */
  async lockCursor(trx: Kysely<Database>, postgres: boolean): Promise<number> {
    const q = trx.selectFrom('webhook_state').select('value').where('name', '=', 'outbox_seq')
    const row = await (postgres ? q.forUpdate() : q).executeTakeFirst()
    return num(row?.value ?? 0)
  }

  async setCursor(trx: Kysely<Database>, value: number): Promise<void> {
    await trx.updateTable('webhook_state').set({ value }).where('name', '=', 'outbox_seq').execute()
  }

  /**
   * The sequence numbers after `seq`, each with whether any subscription is active. One statement, so one
   * snapshot: a subscription committed before one of these events was is seen as active.
   */
  async outboxSeqsAfter(
    trx: Kysely<Database>,
    seq: number,
    limit: number,
  ): Promise<{ seqs: number[]; subscribed: boolean }> {
    const rows = await trx
      .selectFrom('outbox')
      .select((eb) => [
        'seq',
        eb.exists(eb.selectFrom('webhook_subscriptions').select('id').where('status', '=', 'active')).as('subscribed'),
      ])
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute()
    return { seqs: rows.map((r) => num(r.seq)), subscribed: rows.some((r) => !!r.subscribed) }
  }

  outboxAfter(trx: Kysely<Database>, seq: number, limit: number) {
    return trx
      .selectFrom('outbox')
      .select(['seq', 'account_id', 'event', 'body', 'created_at'])
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, seq: num(r.seq), created_at: num(r.created_at) })))
  }

  /** PostgreSQL: whether another session holds an open write transaction (which may own an unseen outbox row). */
  async otherWritersActive(trx: Kysely<Database>): Promise<boolean> {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`.execute(trx)
    return Number(r.rows[0]?.n ?? 0) > 0
  }
}

function hydrateSubscription<T extends SubscriptionRow>(row: T): T {
  return Object.assign(row, {
    validation_failures: num(row.validation_failures),
    next_validation_at: num(row.next_validation_at),
    last_validated_at: row.last_validated_at === null ? null : num(row.last_validated_at),
    validation_claimed_until: row.validation_claimed_until === null ? null : num(row.validation_claimed_until),
    created_at: num(row.created_at),
    updated_at: num(row.updated_at),
  })
}
