import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { AddPanelistsBody } from '../../schemas/webinars/panelists.js'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import { isUniqueViolation } from '../../store/unique.js'
import { WebinarPanelistsRepo, type PanelistRow } from '../../store/webinar-panelists.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson, type Json } from '../../util/json.js'
import { kindOf } from '../meetings/kinds.js'
import { MeetingService, passcodeParam, type Meeting } from '../meetings/meeting.service.js'
import { effectiveUserSettings } from '../users/settings.js'

/** What a panelist row keeps in `data`. */
export interface PanelistData extends Json {
  name: string
  /** As given; the `email` column holds it lower-cased. */
  email: string
  virtual_background_id?: string
  name_tag_id?: string
  name_tag_name?: string
  name_tag_pronouns?: string
  name_tag_description?: string
}

export type Panelist = PanelistRow & { doc: PanelistData }

export type PanelistInput = Static<typeof AddPanelistsBody>['panelists'][number]

/**
 * A webinar's panelists: the people its host invites to speak. They belong to the webinar, so every occurrence of
 * a recurring webinar has the same panelists. Each one joins through a personal link.
 */
export class WebinarPanelists {
  readonly repo: WebinarPanelistsRepo

  constructor(private svc: Services) {
    this.repo = new WebinarPanelistsRepo(svc.db.kysely)
  }

  private hydrate(row: PanelistRow): Panelist {
    return Object.assign(row, {
      webinar_id: Number(row.webinar_id),
      created_at: Number(row.created_at),
      updated_at: Number(row.updated_at),
      doc: parseJson<PanelistData>(row.data),
    })
  }

  async list(w: Meeting): Promise<Panelist[]> {
    return (await this.repo.list(w.account_id, w.id)).map((r) => this.hydrate(r))
  }

  /**
   * Adds the panelists in one go; an email that is already a panelist (in any case) gets the new name and
   * choices instead of a second entry. 400/3000 when the webinar would then have more panelists than the host's
   * meeting capacity, and none is added. Returns when the change was made.
   */
  async add(w: Meeting, input: PanelistInput[]): Promise<number> {
    const capacity = await this.capacity(w)
    const now = this.svc.clock.now()
    const write = () => this.svc.db.kysely.transaction().execute((trx) => this.merge(w, input, capacity, now, trx))
    try {
      await write()
    } catch (err) {
      // Another request added one of these emails first: this time it is found, and updated.
      if (!isUniqueViolation(err)) throw err
      await write()
    }
    return now
  }

  private async merge(
    w: Meeting,
    input: PanelistInput[],
    capacity: number,
    now: number,
    trx: Kysely<Database>,
  ): Promise<void> {
    const existing = new Map((await this.repo.list(w.account_id, w.id, trx)).map((r) => [r.email, this.hydrate(r)]))
    // The last entry for an email wins, as if the emails had been added one after the other.
    const wanted = new Map(input.map((p) => [p.email.trim().toLowerCase(), p]))
    const added = [...wanted.keys()].filter((email) => !existing.has(email)).length
    // Only new panelists count against the limit: those already there may still be updated.
    if (added && existing.size + added > capacity) throw errors.panelistLimit()
    for (const [email, p] of wanted) {
      const before = existing.get(email)
      const doc: PanelistData = { ...before?.doc, ...p, email: p.email.trim() }
      if (before) await this.repo.update(w.account_id, before.id, { updated_at: now, data: JSON.stringify(doc) }, trx)
      else
        await this.repo.insert(
          {
            id: zoomId(),
            account_id: w.account_id,
            webinar_id: w.id,
            email,
            created_at: now,
            updated_at: now,
            data: JSON.stringify(doc),
          },
          trx,
        )
    }
  }

  /** The most panelists a webinar may have: its host's meeting capacity. */
  private async capacity(w: Meeting): Promise<number> {
    const host = await this.svc.users.byId(w.account_id, w.host_id)
    if (!host) return 0
    return Number((await effectiveUserSettings(this.svc, host)).feature.meeting_capacity) || 0
  }

  /** Removes one panelist, named by id or email; 404/1001 when the webinar has no such panelist. */
  async remove(w: Meeting, panelistId: string): Promise<void> {
    const row = await this.repo.find(w.account_id, w.id, panelistId.trim())
    if (!row) throw errors.panelistNotFound(panelistId)
    await this.repo.remove(w.account_id, w.id, row.id)
  }

  async removeAll(w: Meeting): Promise<void> {
    await this.repo.removeAll(w.account_id, w.id)
  }

  /** A panelist's own join link: the webinar's join path with a signed token naming the panelist. */
  async joinUrl(w: Meeting, p: Panelist): Promise<string> {
    const tk = await this.svc.use(MeetingService).links.sign({ typ: 'panelist', mnum: String(w.id), pid: p.id })
    const pwd = passcodeParam(w)
    return `${this.svc.config.publicUrl}/${kindOf(w).joinPath}/${w.id}?tk=${tk}${pwd ? `&${pwd}` : ''}`
  }

  /** A panelist as List panelists shows it; name tag and background fields are empty when none was chosen. */
  async present(w: Meeting, p: Panelist) {
    const d = p.doc
    return {
      id: p.id,
      name: d.name,
      email: d.email,
      join_url: await this.joinUrl(w, p),
      virtual_background_id: d.virtual_background_id ?? '',
      name_tag_id: d.name_tag_id ?? '',
      name_tag_name: d.name_tag_name ?? '',
      name_tag_pronouns: d.name_tag_pronouns ?? '',
      name_tag_description: d.name_tag_description ?? '',
    }
  }
}
