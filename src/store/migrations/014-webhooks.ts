import type { Kysely } from 'kysely'
import type { Dialect } from '../db.js'

/**
 * Tables of webhook subscriptions and deliveries. 010 once shipped empty and is recorded as done in databases
 * of that time, so the tables are created here, and only where missing (databases that ran the later 010).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const ms = 'bigint' as const
  const withSeq = (name: string) => {
    const t = db.schema.createTable(name).ifNotExists()
    return dialect === 'postgres'
      ? t.addColumn('seq', 'serial', (c) => c.primaryKey())
      : t.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  }

  await withSeq('webhook_subscriptions')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('custom_header', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('validation_failures', 'integer', (c) => c.notNull())
    .addColumn('last_validated_at', ms)
    .addColumn('next_validation_at', ms, (c) => c.notNull())
    .addColumn('validation_claimed_until', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('webhook_subscriptions_app')
    .ifNotExists()
    .on('webhook_subscriptions')
    .columns(['account_id', 'client_id', 'seq'])
    .execute()
  await db.schema
    .createIndex('webhook_subscriptions_validation')
    .ifNotExists()
    .on('webhook_subscriptions')
    .columns(['status', 'next_validation_at'])
    .execute()

  await db.schema
    .createTable('webhook_subscribers')
    .ifNotExists()
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_subscribers_pk', ['subscription_id', 'account_id', 'user_id'])
    .execute()
  await db.schema
    .createIndex('webhook_subscribers_account')
    .ifNotExists()
    .on('webhook_subscribers')
    .columns(['account_id', 'user_id'])
    .execute()

  await db.schema
    .createTable('webhook_state')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', ms, (c) => c.notNull())
    .execute()
  await db
    .insertInto('webhook_state')
    .values({ name: 'outbox_seq', value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute()

  await withSeq('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('outbox_seq', ms, (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', ms, (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', ms)
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addUniqueConstraint('webhook_deliveries_once', ['outbox_seq', 'subscription_id'])
    .execute()
  await db.schema
    .createIndex('webhook_deliveries_due')
    .ifNotExists()
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute()
  await db.schema
    .createIndex('webhook_deliveries_subscription')
    .ifNotExists()
    .on('webhook_deliveries')
    .columns(['subscription_id', 'status'])
    .execute()

  await withSeq('webhook_logs')
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.notNull())
    .addColumn('delivery_id', 'text')
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('retry_num', 'integer', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('success', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'integer', (c) => c.notNull())
    .addColumn('request_headers', 'text', (c) => c.notNull())
    .addColumn('request_body', 'text', (c) => c.notNull())
    .addColumn('response_headers', 'text', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('error', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('trace_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('webhook_logs_app')
    .ifNotExists()
    .on('webhook_logs')
    .columns(['account_id', 'client_id', 'seq'])
    .execute()
}
