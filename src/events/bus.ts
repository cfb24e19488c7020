import type { Kysely } from 'kysely'
import { runNow } from '../clock.js'
import type { Services } from '../services.js'
import { OutboxRepo } from '../store/outbox.repo.js'
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
  private readonly outbox: OutboxRepo

  constructor(private svc: Services) {
    this.outbox = new OutboxRepo(svc.db.kysely)
  }

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
    await this.outbox.insert(
      { id: uuidV7(), account_id: e.accountId, event: e.event, event_ts: ts, body, created_at: written },
      db,
    )
    // Listeners read the outbox: an event is there for them to read once its transaction has committed.
    await this.svc.db.afterCommit(db, this.notify)
  }

  /**
   * Called once the event is readable: after the insert, or after the commit of the transaction it was written
   * in (once per transaction, however many events it wrote; never if it rolls back). In this process only, so
   * a deliverer can wake up at once.
   */
  onEmit(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // One function for every emit, so that the hooks of a transaction hold it once.
  private readonly notify = () =>
    runNow(() => {
      for (const l of this.listeners) l()
    })
}
