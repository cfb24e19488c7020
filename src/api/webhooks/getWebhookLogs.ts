import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { presentLog } from '../../events/present.js'
import { WebhookService } from '../../events/subscriptions.js'
import { AppIdParams, WebhookLogsQuery, WebhookLogsResponse } from '../../schemas/webhooks/schemas.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** `yyyy-mm-dd` (the day's start, or with `endOfDay` its last millisecond) or an ISO date-time. */
function instant(field: string, value: string | undefined, endOfDay = false): number | undefined {
  if (value === undefined) return undefined
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value)
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value)
  if (!Number.isFinite(ms)) throw errors.validation([{ field, message: `Invalid date: ${value}` }])
  return dateOnly && endOfDay ? ms + DAY_MS - 1 : ms
}

// Get webhook logs — GET /marketplace/apps/{appId}/webhook_logs: every POST made for the app's subscriptions
// (deliveries, retries and URL validations), newest first. appId is the app's client id.
export default defineOperation({
  id: 'getWebhookLogs',
  method: 'GET',
  path: '/marketplace/apps/{appId}/webhook_logs',
  extension: false,
  params: AppIdParams,
  query: WebhookLogsQuery,
  success: { status: 200, schema: WebhookLogsResponse },
  async handle({ params, query, actor, svc }) {
    const page = await svc
      .use(WebhookService)
      .logs({ accountId: actor.accountId, clientId: actor.clientId }, params.appId, {
        page_size: query.page_size,
        next_page_token: query.next_page_token,
        from: instant('from', query.from),
        to: instant('to', query.to, true),
        event: query.event,
        success: query.type === 2 ? true : query.type === 3 ? false : undefined,
        retryNum: query.retry_num,
      })
    return {
      next_page_token: page.next_page_token,
      page_size: page.page_size,
      webhook_logs: page.items.map(presentLog),
    }
  },
})
