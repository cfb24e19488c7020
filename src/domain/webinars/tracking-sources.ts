import type { Kysely } from 'kysely'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import { TrackingSourcesRepo, type TrackingSourceRow } from '../../store/tracking-sources.repo.js'
import { digits } from '../../util/ids.js'
import { registrationEnabled, type Meeting } from '../meetings/meeting.service.js'

/** How a registration event names the source its registrant came through. */
export interface TrackingSourceRef {
  id: string
  source_name: string
  tracking_url: string
}

/**
 * Webinar registration tracking sources: links to the registration page, one per place it was shared, counting
 * the visits and registrations each brought. Zoom's API only reads them; the simulator creates them.
 */
export class TrackingSourceService {
  readonly repo: TrackingSourcesRepo

  constructor(private svc: Services) {
    this.repo = new TrackingSourcesRepo(svc.db.kysely)
  }

  /** The webinar's sources, oldest first; 400/3000 when the webinar takes no registrations. */
  async list(w: Meeting) {
    requireRegistration(w)
    const rows = await this.repo.listWithCounts(w.account_id, w.id)
    return rows.map((r) => ({
      id: r.id,
      source_name: r.source_name,
      tracking_url: this.trackingUrl(w, r.id),
      visitor_count: Number(r.visitor_count),
      registration_count: r.registration_count,
    }))
  }

  /** A new source for the webinar, with no visits yet; 400/3000 when the webinar takes no registrations. */
  async create(w: Meeting, sourceName: string) {
    requireRegistration(w)
    const row = {
      id: String(digits(13)),
      account_id: w.account_id,
      webinar_id: w.id,
      source_name: sourceName.trim(),
      visitor_count: 0,
      created_at: this.svc.clock.now(),
    }
    await this.repo.insert(row)
    return { ...this.ref(w, row), visitor_count: 0, registration_count: 0 }
  }

  /** The source a registration names by `source_id`; 400/300 when the webinar has none of that id. */
  async forRegistration(w: Meeting, sourceId: string): Promise<TrackingSourceRow> {
    const row = await this.repo.byId(w.account_id, w.id, sourceId.trim())
    if (!row) throw errors.invalidParameter('source_id')
    return row
  }

  /** A registration through the source's link: one more visit of the registration page. */
  countVisit(w: Meeting, sourceId: string, trx: Kysely<Database>): Promise<void> {
    return this.repo.countVisit(w.account_id, sourceId, trx)
  }

  /** The source as registration events carry it; undefined once it no longer exists. */
  async eventRef(w: Meeting, sourceId: string, trx?: Kysely<Database>): Promise<TrackingSourceRef | undefined> {
    const row = await this.repo.byId(w.account_id, w.id, sourceId, trx)
    return row && this.ref(w, row)
  }

  private ref(w: Meeting, row: Pick<TrackingSourceRow, 'id' | 'source_name'>): TrackingSourceRef {
    return { id: row.id, source_name: row.source_name, tracking_url: this.trackingUrl(w, row.id) }
  }

  /** The webinar's registration link with the source's id before the registration token, as Zoom builds them. */
  private trackingUrl(w: Meeting, sourceId: string): string {
    return `${this.svc.config.publicUrl}/webinar/register/${sourceId}/${w.doc.registration_token}`
  }
}

function requireRegistration(w: Meeting): void {
  if (!registrationEnabled(w)) throw errors.webinarRegistrationNotRequired(w.id)
}
