import { defineOperation } from '../../http/operation.js'
import { WebhookService } from '../../events/subscriptions.js'
import { EventSubscriptionIdParams } from '../../schemas/webhooks/schemas.js'

// Delete an event subscription — DELETE /marketplace/app/event_subscription/{eventSubscriptionId}; its
// pending deliveries are dropped.
export default defineOperation({
  id: 'deleteEventSubscription',
  method: 'DELETE',
  path: '/marketplace/app/event_subscription/{eventSubscriptionId}',
  extension: false,
  params: EventSubscriptionIdParams,
  success: { status: 204 },
  async handle({ params, actor, svc }) {
    await svc
      .use(WebhookService)
      .remove({ accountId: actor.accountId, clientId: actor.clientId }, params.eventSubscriptionId)
  },
})
