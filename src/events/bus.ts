import type { Kysely } from 'kysely'
import { runNow } from '../clock.js'
import type { Services } from '../services.js'
import { CompiledInsert } from '../store/compiled-insert.js'
import { uuidV7 } from '../util/random.js'
import type { Database } from '../store/tables.js'
import type { EmittedEvent } from './webhook-events.js'

export interface ZoomEvent {
  /** Zoom's event name, e.g. `meeting.created`: one of the documented list, which subscriptions check against. */
  event: EmittedEvent
  /** The account the change happened in (`payload.account_id`). */
  accountId: string
  /** `payload.object`. */
  object: Record<string, unknown>
  /** Extra members of `payload` besides account_id and object: operator, operator_id, operation, old_object… */
  payload?: Record<string, unknown>
  /** Top-level members besides event, event_ts and payload (e.g. download_token). */
  extra?: Record<string, unknown>
}

type Listener = () => void

/**
 * Every state change is written as an event to the outbox, in the caller's transaction when one is passed,
 * so a change and its event are stored together. Webhook delivery reads the outbox.
 */
export class EventBus {
  private listeners = new Set<Listener>()
  private readonly insertEvent = new CompiledInsert(
    'outbox',
    ['id', 'account_id', 'event', 'event_ts', 'body', 'created_at'],
    (q) => q,
  )

  constructor(private svc: Services) {}

  async emit(e: ZoomEvent, db: Kysely<Database> = this.svc.db.kysely): Promise<void> {
    const ts = this.svc.clock.now()
    // Key order matters: receivers re-serialize the parsed body with JSON.stringify to check the signature.
    const body = JSON.stringify({
      event: e.event,
      event_ts: ts,
      payload: { account_id: e.accountId, ...(e.payload ?? {}), object: e.object },
      ...(e.extra ?? {}),
    })
    // An event replayed into the past (the simulator) carries its time in event_ts, but is written now: deliveries
    // go to subscriptions that exist now, and whatever the listeners schedule runs on the server's own time.
    const written = runNow(() => this.svc.clock.now())
    await this.insertEvent.execute(db, {
      id: uuidV7(),
      account_id: e.accountId,
      event: e.event,
      event_ts: ts,
      body,
      created_at: written,
    })
    runNow(() => {
      for (const l of this.listeners) l()
    })
  }

  /** Called after each emit (in this process), so a deliverer can wake up at once. */
  onEmit(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
