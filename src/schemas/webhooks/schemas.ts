import { Type } from 'typebox'
import { e, i, o, s, strings } from '../kit.js'

// Hand-written from @zoom/rivet's marketplace types (the 2022 OpenAPI document has no Marketplace API), plus
// `custom_header` in the fields of Zoom's app manifest and `status` of a subscription.

export const SubscriptionScope = e(['user', 'account', 'master_account'] as const)

export const CustomHeader = Type.Object(
  {
    custom_header_type: o(
      e([0, 1, 2, 3] as const, {
        description: '0 none, 1 Basic auth, 2 token authentication (client credentials), 3 a custom x- header',
      }),
    ),
    username: s(),
    password: s(),
    client_id: s(),
    client_secret: s(),
    token_url: o(
      Type.String({
        description:
          'Receives POST grant_type=client_credentials with Basic client_id:client_secret; must answer {access_token, token_type: bearer, expires_in >= 3599}',
      }),
    ),
    custom_header_key: o(Type.String({ description: 'A header name starting with x-' })),
    custom_header_value: s(),
  },
  { description: 'Extra authentication sent with every webhook request' },
)

const CustomHeaderOut = Type.Object({
  custom_header_type: i(),
  username: s(),
  client_id: s(),
  token_url: s(),
  custom_header_key: s(),
})

export const CreateEventSubscriptionBody = Type.Object({
  events: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  event_subscription_name: o(Type.String({ maxLength: 128 })),
  event_webhook_url: Type.String({ minLength: 1, maxLength: 2048 }),
  user_ids: o(Type.Array(Type.String({ minLength: 1 }))),
  subscription_scope: SubscriptionScope,
  account_id: s(),
  custom_header: o(CustomHeader),
})

export const CreateEventSubscriptionResponse = Type.Object({ event_subscription_id: s() })

export const ListEventSubscriptionsQuery = Type.Object({
  page_size: o(Type.Integer({ minimum: 1, maximum: 300, default: 30 })),
  next_page_token: s(),
  user_id: o(Type.String({ minLength: 1, description: 'Only subscriptions that reach this user' })),
  subscription_scope: o(SubscriptionScope),
  account_id: o(
    Type.String({
      minLength: 1,
      description: 'Only subscriptions that reach this account (default: none, all of the app)',
    }),
  ),
})

export const EventSubscription = Type.Object({
  event_subscription_id: s(),
  events: strings(),
  event_subscription_name: s(),
  event_webhook_url: s(),
  subscription_scope: o(SubscriptionScope),
  created_source: o(e(['default', 'openapi'] as const)),
  subscriber_id: s(),
  custom_header: o(CustomHeaderOut),
  status: o(
    e(['active', 'disabled'] as const, {
      description:
        'disabled after six failed URL validations in a row; a PATCH with event_webhook_url re-validates and re-enables',
    }),
  ),
})

export const ListEventSubscriptionsResponse = Type.Object({
  next_page_token: s(),
  page_size: i(),
  event_subscriptions: o(Type.Array(EventSubscription)),
})

export const UnsubscribeQuery = Type.Object({
  event_subscription_id: Type.String({ minLength: 1 }),
  user_ids: o(Type.String({ description: 'Comma-separated user ids; without it the whole account is unsubscribed' })),
  account_id: s(),
})

export const EventSubscriptionIdParams = Type.Object({ eventSubscriptionId: Type.String({ minLength: 1 }) })

export const SubscribeEventSubscriptionBody = Type.Object({
  user_ids: o(Type.Array(Type.String({ minLength: 1 }))),
  account_id: s(),
  events: o(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  event_subscription_name: o(Type.String({ maxLength: 128 })),
  event_webhook_url: o(
    Type.String({ minLength: 1, maxLength: 2048, description: 'A new endpoint URL, validated before it is saved' }),
  ),
  custom_header: o(CustomHeader),
})

export const AppIdParams = Type.Object({ appId: Type.String({ minLength: 1, description: "The app's client id" }) })

export const WebhookLogsQuery = Type.Object({
  next_page_token: s(),
  page_size: o(Type.Integer({ minimum: 1, maximum: 300, default: 30 })),
  from: o(Type.String({ description: 'yyyy-mm-dd or an ISO date-time; logs at or after it' })),
  to: o(Type.String({ description: 'yyyy-mm-dd (the whole day) or an ISO date-time; logs at or before it' })),
  event: s(),
  type: o(e([1, 2, 3] as const, { description: '1 all, 2 successful, 3 failed' })),
  retry_num: o(Type.Integer({ minimum: 0, maximum: 3 })),
})

export const WebhookLog = Type.Object({
  event: s(),
  status: i(),
  user_id: s(),
  endpoint: s(),
  subscription_id: s(),
  request_headers: s(),
  request_body: s(),
  response_headers: s(),
  response_body: s(),
  date_time: s(),
  trace_id: s(),
  request_id: s(),
  retry_num: i(),
  latency_ms: i(),
})

export const WebhookLogsResponse = Type.Object({
  next_page_token: s(),
  page_size: i(),
  webhook_logs: o(Type.Array(WebhookLog)),
})
