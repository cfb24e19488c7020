import type { Kysely } from 'kysely'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import { kindEvent, kindOf, type Kind } from './kinds.js'
import { MeetingService } from './meeting.service.js'
import { PERSONAL_ROOM_TYPE } from './personal-room.js'

export interface DepartureOptions {
  /**
   * Who takes each kind over: the `transfer_email` user for meetings with `transfer_meeting=true`, for webinars
   * with `transfer_webinar=true`; a kind without a taker is deleted.
   */
  transferTo: Partial<Record<Kind, string>>
  /** `operator` / `operator_id` of the events. */
  operator: { operator: string; operator_id: string }
}

/**
 * A user leaves the account (DELETE /users/{userId}): each meeting or webinar they host moves to its kind's taker, or
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
    // A personal room is its holder's own: it goes with them rather than to the taker of their meetings.
    const transferToId = m.type === PERSONAL_ROOM_TYPE ? undefined : opts.transferTo[kindOf(m).kind]
    if (transferToId) {
      const doc = structuredClone(m.doc)
      // The departing user may have scheduled it for someone who is now its host.
      if (doc.assistant_id === hostId || doc.assistant_id === transferToId) delete doc.assistant_id
      await meetings.repo.update(
        accountId,
        m.id,
        { host_id: transferToId, updated_at: now, data: JSON.stringify(doc) },
        trx,
      )
      await svc.events.emit(
        {
          event: kindEvent(m, 'updated'),
          accountId,
          payload: { ...opts.operator, time_stamp: now, old_object: { id: m.id, uuid: m.uuid, host_id: hostId } },
          object: { id: m.id, uuid: m.uuid, host_id: transferToId },
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
