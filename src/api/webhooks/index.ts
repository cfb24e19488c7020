import type { AnyOperation } from '../../http/operation.js'
import createEventSubscription from './createEventSubscription.js'
import deleteEventSubscription from './deleteEventSubscription.js'
import getUserEventSubscriptions from './getUserEventSubscriptions.js'
import getWebhookLogs from './getWebhookLogs.js'
import subscribeEventSubscription from './subscribeEventSubscription.js'
import unSubscribeEventSubscription from './unSubscribeEventSubscription.js'

/** The Webhooks operations: Zoom's event subscription API and the delivery log. */
export const webhooksOperations: AnyOperation[] = [
  createEventSubscription,
  getUserEventSubscriptions,
  unSubscribeEventSubscription,
  deleteEventSubscription,
  subscribeEventSubscription,
  getWebhookLogs,
]
