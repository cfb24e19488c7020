import type { LogRow, SubscriptionRow } from '../store/webhooks.repo.js'
import { publicCustomHeader, type SubscriptionScope } from './subscriptions.js'
import { isoSeconds } from '../util/time.js'

/** A subscription as GET /marketplace/app/event_subscription lists it. */
export function presentSubscription(s: SubscriptionRow, subscriberId: string) {
  return {
    event_subscription_id: s.id,
    events: JSON.parse(s.events) as string[],
    event_subscription_name: s.name,
    event_webhook_url: s.url,
    subscription_scope: s.scope as SubscriptionScope,
    created_source: 'openapi' as const,
    subscriber_id: subscriberId,
    custom_header: publicCustomHeader(s.custom_header),
    status: s.status as 'active' | 'disabled',
  }
}

/** One attempt as GET /marketplace/apps/{appId}/webhook_logs shows it. */
export function presentLog(l: LogRow) {
  return {
    event: l.event,
    status: l.status,
    ...(l.user_id ? { user_id: l.user_id } : {}),
    endpoint: l.endpoint,
    subscription_id: l.subscription_id,
    request_headers: l.request_headers,
    request_body: l.request_body,
    response_headers: l.response_headers,
    response_body: l.response_body,
    date_time: isoSeconds(l.created_at),
    trace_id: l.trace_id,
    request_id: l.request_id,
    retry_num: l.retry_num,
    latency_ms: l.latency_ms,
  }
}
