import { defineOperation } from '../../http/operation.js';
import { WebhookService } from '../../events/subscriptions.js';
import { CreateEventSubscriptionBody, CreateEventSubscriptionResponse } from './schemas.js';

// Create an event subscription — POST /marketplace/app/event_subscription. The endpoint URL must pass the
// signed endpoint.url_validation challenge before the subscription is saved.
export default defineOperation({
  id: 'createEventSubscription',
  group: 'Webhooks',
  method: 'POST',
  path: '/marketplace/app/event_subscription',
  summary: { en: 'Create an event subscription', zh: '创建事件订阅' },
  scopes: ['marketplace:write:app', 'marketplace:write:event_subscription'],
  rateLimit: 'Light',
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
    );
    return { event_subscription_id: sub.id };
  },
});
