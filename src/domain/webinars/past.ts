import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { WEBINAR_KIND } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { registrationEnabled, type Meeting } from '../meetings/meeting.service.js'
import type { Instance } from '../meetings/participants.js'
import { RegistrantService } from '../meetings/registrants.js'
import { paginate, type PageQuery } from '../paging.js'
import { WebinarService } from './webinar.service.js'

/** A webinar that has been held stays readable after it is deleted or its number expires. */
const HELD = { includeDeleted: true, includeExpired: true }

/**
 * Webinars that have been held: their ended instances, and the registrants who stayed away. The instances and
 * participant sessions are the meeting core's (`MeetingInstances`), looked up for the webinar kind.
 */
export class PastWebinars {
  constructor(private svc: Services) {}

  private get instances(): MeetingInstances {
    return this.svc.use(MeetingInstances)
  }

  /**
   * The ended instances of a webinar (named by its id, or by one of its instances' UUIDs), oldest first;
   * 404/3001 when there is no such webinar, 400/200 when its host holds no webinar licence.
   */
  async ended(actor: Actor, key: string): Promise<Instance[]> {
    const id = await this.instances.pastNumber(actor.accountId, key, WEBINAR_KIND)
    if (id === undefined) throw errors.webinarNotFound(key)
    await this.svc.use(WebinarService).resolve(actor, id, HELD)
    return this.instances.endedInstances(actor, String(id), WEBINAR_KIND)
  }

  /**
   * The approved registrants of an ended instance (by UUID, or the webinar's latest) who never joined it, page
   * by page. 404/3001 until the instance has ended, 400/3000 when the webinar does not take registrations.
   */
  async absentees(actor: Actor, key: string, query: PageQuery & { occurrence_id?: string }) {
    const instance = await this.instances.past(actor, key, WEBINAR_KIND)
    const w = await this.svc.use(WebinarService).resolve(actor, instance.meeting_id, HELD)
    if (!registrationEnabled(w)) throw errors.absenteesNeedRegistration(instance.uuid)
    const occurrenceId = occurrenceHeld(w, instance, query.occurrence_id)
    const registrants = this.svc.use(RegistrantService)
    const page = await paginate(
      this.svc.pages,
      registrants.repo.absenteesQuery(w.account_id, w.id, {
        uuid: instance.uuid,
        endedAt: instance.end_time ?? instance.start_time,
        occurrenceId,
      }),
      query,
      `absentees|${w.account_id}|${instance.uuid}|${occurrenceId ?? ''}`,
    )
    const items = []
    for (const row of page.items) items.push(await registrants.present(w, registrants.hydrate(row)))
    return { ...page, items }
  }
}

/**
 * The occurrence whose registrants an instance of a recurring webinar expected: the one asked for (400/300 when
 * it is not one of the webinar's), else the occurrence scheduled nearest the instance's start. Registrants of a
 * webinar that is not recurring all belong to its one session.
 */
function occurrenceHeld(w: Meeting, instance: Instance, requested: string | undefined): string | undefined {
  const occurrences = w.type === 8 ? (w.doc.occurrences ?? []) : []
  if (requested !== undefined) {
    if (!occurrences.some((o) => o.occurrence_id === requested)) throw errors.invalidAbsenteeOccurrence(requested)
    return requested
  }
  let nearest: (typeof occurrences)[number] | undefined
  for (const o of occurrences)
    if (!nearest || Math.abs(o.start - instance.start_time) < Math.abs(nearest.start - instance.start_time)) nearest = o
  return nearest?.occurrence_id
}
