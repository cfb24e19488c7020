import { randomBytes } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import type { ZoomError } from '../../errors/zoom-error.js'
import type { Services } from '../../services.js'
import type { MeetingTemplateRow } from '../../store/meetings.repo.js'
import type { Json } from '../../util/json.js'
import type { User } from '../users/user.service.js'
import { MEETING_KIND, type Kind, type KindSpec } from './kinds.js'
import { MeetingService } from './meeting.service.js'
import type { Recurrence } from './recurrence.js'

/** What a template keeps of its meeting: the settings, and the recurrence when asked to. */
export interface TemplateData extends Json {
  settings: Json
  recurrence?: Recurrence
  meeting_type: number
}

/** 3003 when the user saving a template does not host the meeting (or webinar) it comes from. */
const NOT_HOST: Record<Kind, () => ZoomError> = {
  meeting: () => errors.notMeetingHost(),
  webinar: () => errors.webinarTemplateNotHost(),
}

/**
 * Templates a user saves from their meetings (or webinars) and schedules new ones of the same kind with
 * (`template_id`).
 */
export class MeetingTemplateService {
  constructor(private svc: Services) {}

  private get meetings(): MeetingService {
    return this.svc.use(MeetingService)
  }

  list(accountId: string, user: User, spec: KindSpec = MEETING_KIND): Promise<MeetingTemplateRow[]> {
    return this.meetings.repo.templates(accountId, user.id, spec.kind)
  }

  /**
   * Saves a template from one of the user's meetings. With `overwrite`, a template already saved from the same
   * meeting is replaced (same id) instead of adding another.
   */
  async createFromMeeting(
    accountId: string,
    user: User,
    input: { meeting_id: number; name?: string; save_recurrence?: boolean; overwrite?: boolean },
    spec: KindSpec = MEETING_KIND,
  ): Promise<{ id: string; name: string }> {
    const m = await this.meetings.get(accountId, input.meeting_id, { kind: spec.kind })
    if (m.host_id !== user.id) throw NOT_HOST[spec.kind]()
    const { alternative_hosts: _alternativeHosts, ...settings } = m.doc.settings
    const data: TemplateData = {
      settings,
      meeting_type: m.type,
      ...(input.save_recurrence && m.type === 8 && m.doc.recurrence ? { recurrence: m.doc.recurrence } : {}),
    }
    const name = input.name ?? m.doc.topic
    const now = this.svc.clock.now()
    if (input.overwrite) {
      const existing = await this.meetings.repo.templateFromMeeting(accountId, user.id, m.id)
      if (existing) {
        await this.meetings.repo.updateTemplate(accountId, existing.id, {
          name,
          data: JSON.stringify(data),
          created_at: now,
        })
        return { id: existing.id, name }
      }
    }
    const id = randomBytes(11).toString('base64url').replace(/[-_]/g, 'x').slice(0, 15)
    await this.meetings.repo.insertTemplate({
      id,
      account_id: accountId,
      user_id: user.id,
      kind: spec.kind,
      meeting_id: m.id,
      name,
      type: 1,
      created_at: now,
      data: JSON.stringify(data),
    })
    return { id, name }
  }
}
