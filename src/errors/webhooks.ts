import { ZoomError } from './zoom-error.js'

/** Webhooks: event subscriptions, their logs and apps. */
export const webhookErrors = {
  eventSubscriptionNotFound: (id: string) => new ZoomError(404, 404, `Event subscription does not exist: ${id}.`),
  eventNotAllowed: () => new ZoomError(400, 300, 'The event is not allowed for the app.'),
  eventSubscriptionLimit: (max: number) =>
    new ZoomError(400, 300, `An app can have at most ${max} event subscriptions.`),
  unknownEvents: (names: string[]) =>
    new ZoomError(
      400,
      300,
      `Unknown event${names.length > 1 ? 's' : ''}: ${names.join(', ')}.`,
      names.map((n) => ({ field: 'events', message: `Unknown event: ${n}` })),
    ),
  webhookUrlValidationFailed: (url: string, reason: string) =>
    new ZoomError(400, 300, `URL validation failed: ${url}. Reason: ${reason}.`),
  appNotFound: (appId: string) => new ZoomError(404, 404, `App does not exist: ${appId}.`),
}
