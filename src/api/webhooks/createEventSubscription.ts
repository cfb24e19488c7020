import { defineOperation } from '../../http/operation.js'
import { WebhookService } from '../../events/subscriptions.js'
import { CreateEventSubscriptionBody, CreateEventSubscriptionResponse } from '../../schemas/webhooks/schemas.js'

// Create an event subscription — POST /marketplace/app/event_subscription. The endpoint URL must pass the
// signed endpoint.url_validation challenge before the subscription is saved.
export default defineOperation({
  id: 'createEventSubscription',
  method: 'POST',
  path: '/marketplace/app/event_subscription',
  extension: false,
  body: CreateEventSubscriptionBody,
  success: { status: 201, schema: CreateEventSubscriptionResponse },
  async handle({ body, actor, svc }) {
    const sub = await svc.use(WebhookService).create(
      { accountId: actor.accountId, clientId: actor.clientId },
      {
        events: body.events,
        name: body.event_subscription_name,
        url: body.event_webhook_url,
        scope: body.subscription_scope,
        userIds: body.user_ids,
        accountId: body.account_id,
        customHeader: body.custom_header,
      },
    )
    return { event_subscription_id: sub.id }
  },
})
