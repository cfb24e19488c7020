import type { Generated } from 'kysely'

// Rows of webhook subscriptions and deliveries. Register each table here: `table_name: RowInterface`.

/** An event subscription of an app: which events go to which URL, and how that URL is doing. */
export interface WebhookSubscriptionTable {
  seq: Generated<number>
  id: string
  /** The owning app's account. */
  account_id: string
  client_id: string
  name: string
  /** JSON array of event names. */
  events: string
  url: string
  /** user | account | master_account */
  scope: string
  /** JSON of the extra receiver auth (`custom_header`), '{}' for none. */
  custom_header: string
  /** active | disabled */
  status: string
  validation_failures: number
  last_validated_at: number | null
  next_validation_at: number
  validation_claimed_until: number | null
  created_at: number
  updated_at: number
}

/** Who a subscription covers: a whole account (user_id '') or one user of it. */
export interface WebhookSubscriberTable {
  subscription_id: string
  account_id: string
  user_id: string
  created_at: number
}

/** Progress markers of the deliverer, e.g. the last outbox sequence fanned out. */
export interface WebhookStateTable {
  name: string
  value: number
}

/** One event to one subscription, retried until delivered or dropped. */
export interface WebhookDeliveryTable {
  seq: Generated<number>
  id: string
  /** The subscription's (owning app's) account. */
  account_id: string
  subscription_id: string
  client_id: string
  outbox_seq: number
  event: string
  /** The subscriber user the event concerns (user-scoped subscriptions), '' otherwise. */
  user_id: string
  /** pending | delivered | failed */
  status: string
  attempts: number
  next_attempt_at: number
  claimed_by: string | null
  claimed_until: number | null
  request_id: string
  created_at: number
  updated_at: number
}

/** Every POST made to a subscriber: event deliveries and URL validations. */
export interface WebhookLogTable {
  seq: Generated<number>
  id: string
  account_id: string
  client_id: string
  subscription_id: string
  delivery_id: string | null
  event: string
  endpoint: string
  user_id: string
  retry_num: number
  /** The HTTP status, or Zoom's negative code for a transport failure (-1 timeout, -2 refused …). */
  status: number
  success: number
  latency_ms: number
  request_headers: string
  request_body: string
  response_headers: string
  response_body: string
  error: string
  request_id: string
  trace_id: string
  created_at: number
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionTable
  webhook_subscribers: WebhookSubscriberTable
  webhook_state: WebhookStateTable
  webhook_deliveries: WebhookDeliveryTable
  webhook_logs: WebhookLogTable
}
