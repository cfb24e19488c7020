import type { Kysely } from 'kysely'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import { kindEvent } from './kinds.js'
import { MeetingService } from './meeting.service.js'

export interface DepartureOptions {
  /** The user who takes the meetings over (`transfer_email` with `transfer_meeting=true`); otherwise they are deleted. */
  transferToId?: string
  /** `operator` / `operator_id` of the events. */
  operator: { operator: string; operator_id: string }
}

/**
 * A user leaves the account (DELETE /users/{userId}): each meeting they host moves to the transfer target, or
 * is deleted (soft, as DELETE /meetings/{meetingId} does; a deleted host's meeting cannot be recovered). Runs in
 * the transaction that removes the user, one meeting.updated or meeting.deleted event per meeting.
 */
export async function disposeHostedMeetings(
  svc: Services,
  accountId: string,
  hostId: string,
  opts: DepartureOptions,
  trx: Kysely<Database>,
): Promise<void> {
  const meetings = svc.use(MeetingService)
  const now = svc.clock.now()
  for (const row of await meetings.repo.hostedBy(accountId, hostId, trx)) {
    const m = meetings.hydrate(row)
    if (opts.transferToId) {
      const doc = structuredClone(m.doc)
      // The departing user may have scheduled it for someone who is now its host.
      if (doc.assistant_id === hostId || doc.assistant_id === opts.transferToId) delete doc.assistant_id
      await meetings.repo.update(
        accountId,
        m.id,
        { host_id: opts.transferToId, updated_at: now, data: JSON.stringify(doc) },
        trx,
      )
      await svc.events.emit(
        {
          event: kindEvent(m, 'updated'),
          accountId,
          payload: { ...opts.operator, time_stamp: now, old_object: { id: m.id, uuid: m.uuid, host_id: hostId } },
          object: { id: m.id, uuid: m.uuid, host_id: opts.transferToId },
        },
        trx,
      )
      continue
    }
    await meetings.repo.update(accountId, m.id, { deleted_at: now, updated_at: now }, trx)
    await svc.events.emit(
      {
        event: kindEvent(m, 'deleted'),
        accountId,
        payload: { ...opts.operator, operation: 'all' },
        object: meetings.eventBase(m),
      },
      trx,
    )
  }
}
