import type { Json, WebhookEvent } from './json.js'
import type { TestServer } from './server.js'

/** The events named `name` in the outbox, oldest first; `O` is the shape of their `payload.object`. */
export async function outboxEvents<O = Json>(t: TestServer, name: string): Promise<WebhookEvent<O>[]> {
  const rows = await t.server.svc.db.kysely
    .selectFrom('outbox')
    .select('body')
    .where('event', '=', name)
    .orderBy('seq')
    .execute()
  return rows.map((r) => JSON.parse(r.body) as WebhookEvent<O>)
}
