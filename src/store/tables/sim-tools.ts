import type { Generated } from 'kysely'

// The simulator's test tools: the request journal and injected faults.

/** One answered API request; secrets are removed before it is stored. */
export interface SimRequestTable {
  seq: Generated<number>
  method: string
  /** The path without its query string. */
  path: string
  /** JSON object of the query parameters. */
  query: string
  /** The request body as text, when there was one. */
  body: string | null
  status: number
  /** The response body as text, when there was one. */
  response: string | null
  account_id: string | null
  client_id: string | null
  at: number
  duration_ms: number
}

/**
 * A fault rule. `target` api: kind rate_limit | error | latency, matched by `operation_id` or `method` + `path`.
 * `target` webhook: kind webhook_drop | webhook_delay | webhook_duplicate | webhook_reorder, matched by `event`
 * (a name, or a pattern with `*`). `remaining` null = no limit.
 */
export interface SimFaultTable {
  id: string
  account_id: string
  target: string
  kind: string
  operation_id: string | null
  method: string | null
  path: string | null
  event: string | null
  status: number | null
  code: number | null
  message: string | null
  retry_after: number | null
  delay_ms: number | null
  remaining: number | null
  starts_at: number | null
  ends_at: number | null
  created_at: number
}

/** A delivery a webhook fault acted on (once per delivery). */
export interface SimFaultHitTable {
  delivery_id: string
  fault_id: string
  kind: string
  subscription_id: string
  outbox_seq: number
  created_at: number
}

export interface SimToolTables {
  sim_requests: SimRequestTable
  sim_faults: SimFaultTable
  sim_fault_hits: SimFaultHitTable
}
