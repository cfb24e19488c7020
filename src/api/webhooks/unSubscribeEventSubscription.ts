import { defineOperation } from '../../http/operation.js'
import { WebhookService } from '../../events/subscriptions.js'
import { UnsubscribeQuery } from '../../schemas/webhooks/schemas.js'

// Unsubscribe app event subscription — DELETE /marketplace/app/event_subscription: takes users (or the whole
// account) off a subscription; the subscription itself stays.
export default defineOperation({
  id: 'unSubscribeEventSubscription',
  method: 'DELETE',
  path: '/marketplace/app/event_subscription',
  extension: false,
  query: UnsubscribeQuery,
  success: { status: 204 },
  async handle({ query, actor, svc }) {
    const userIds = query.user_ids
      ?.split(',')
      .map((u) => u.trim())
      .filter(Boolean)
    await svc
      .use(WebhookService)
      .unsubscribe({ accountId: actor.accountId, clientId: actor.clientId }, query.event_subscription_id, {
        accountId: query.account_id,
        userIds,
      })
  },
})
