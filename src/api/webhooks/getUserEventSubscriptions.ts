import { defineOperation } from '../../http/operation.js'
import { must } from '../../util/must.js'
import { presentSubscription } from '../../events/present.js'
import { WebhookService } from '../../events/subscriptions.js'
import { ListEventSubscriptionsQuery, ListEventSubscriptionsResponse } from '../../schemas/webhooks/schemas.js'

// Get user or account event subscription — GET /marketplace/app/event_subscription: the calling app's
// subscriptions, optionally only those reaching one account or user.
export default defineOperation({
  id: 'getUserEventSubscriptions',
  method: 'GET',
  path: '/marketplace/app/event_subscription',
  extension: false,
  query: ListEventSubscriptionsQuery,
  success: { status: 200, schema: ListEventSubscriptionsResponse },
  async handle({ query, actor, svc }) {
    const page = await svc.use(WebhookService).list({ accountId: actor.accountId, clientId: actor.clientId }, query)
    return {
      next_page_token: page.next_page_token,
      page_size: page.page_size,
      event_subscriptions: page.items.map((s, i) =>
        presentSubscription(s, must(page.subscriberIds[i], 'the subscriber of a listed subscription')),
      ),
    }
  },
})
