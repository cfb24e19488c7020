import { defineOperation } from '../../http/operation.js'
import { WebhookService } from '../../events/subscriptions.js'
import { EventSubscriptionIdParams, SubscribeEventSubscriptionBody } from '../../schemas/webhooks/schemas.js'

// Subscribe an event subscription — PATCH /marketplace/app/event_subscription/{eventSubscriptionId}: adds
// users or an account; events, name, endpoint URL and extra auth may change too (a new URL is validated).
export default defineOperation({
  id: 'subscribeEventSubscription',
  method: 'PATCH',
  path: '/marketplace/app/event_subscription/{eventSubscriptionId}',
  extension: false,
  params: EventSubscriptionIdParams,
  body: SubscribeEventSubscriptionBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc
      .use(WebhookService)
      .subscribe({ accountId: actor.accountId, clientId: actor.clientId }, params.eventSubscriptionId, {
        userIds: body?.user_ids,
        accountId: body?.account_id,
        events: body?.events,
        name: body?.event_subscription_name,
        url: body?.event_webhook_url,
        customHeader: body?.custom_header,
      })
  },
})
