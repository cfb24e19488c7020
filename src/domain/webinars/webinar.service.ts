import type { Static } from 'typebox'
import type { WebinarOut } from '../../schemas/webinars/schemas.js'
import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { publicType, requireWebinarLicence, WEBINAR_KIND } from '../meetings/kinds.js'
import { MeetingService, type LookupOptions, type Meeting, type PresentOptions } from '../meetings/meeting.service.js'
import type { User } from '../users/user.service.js'

/**
 * The webinar face of the meeting core: lookups of the webinar kind behind the host's licence, and the webinar
 * shape of what the core presents. Scheduling itself is the core's (`MeetingService` with `WEBINAR_KIND`).
 */
export class WebinarService {
  constructor(private svc: Services) {}

  private get meetings(): MeetingService {
    return this.svc.use(MeetingService)
  }

  /**
   * A webinar the caller may act on; 404/3001 "Webinar does not exist" when there is none (a meeting's id
   * included), 400/200 "Webinar plan is missing" when its host holds no webinar licence.
   */
  async resolve(actor: Actor, webinarId: string | number, opts: Omit<LookupOptions, 'kind'> = {}): Promise<Meeting> {
    const w = await this.meetings.resolveForActor(actor, webinarId, { ...opts, kind: 'webinar' })
    const host = await this.svc.users.byId(w.account_id, w.host_id)
    if (host) await requireWebinarLicence(this.svc, host)
    return w
  }

  /** The user of a `/users/{userId}/webinars…` path, refused unless they hold a webinar licence. */
  async host(actor: Actor, userId: string): Promise<User> {
    const user = await this.svc.users.resolve(actor, userId)
    await requireWebinarLicence(this.svc, user)
    return user
  }

  create(actor: Actor, user: User, input: Parameters<MeetingService['create']>[2]): Promise<Meeting> {
    return this.meetings.create(actor, user, input, WEBINAR_KIND)
  }

  /** A webinar as an entry of List webinars. */
  presentListItem(w: Meeting) {
    return { ...this.meetings.presentListItem(w), type: publicType(w) as Static<typeof WebinarOut>['type'] }
  }

  /** A webinar as Create and Get return it: the core's view with the webinar's own field names. */
  async present(w: Meeting, opts: PresentOptions = {}) {
    const core = await this.meetings.present(w, opts)
    const { encrypted_password, h323_password, settings, ...rest } = core
    return {
      ...rest,
      type: publicType(w) as Static<typeof WebinarOut>['type'],
      // Stored from the webinar settings schema, so of its shape.
      settings: settings as Static<typeof WebinarOut>['settings'],
      encrypted_passcode: encrypted_password,
      h323_passcode: h323_password,
      registrants_confirmation_email: w.doc.settings.registrants_confirmation_email !== false,
      template_id: w.doc.template_id,
    }
  }
}
