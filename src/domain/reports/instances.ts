import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { requirePaidAccount } from '../accounts/plan.js'
import { publicType, requireWebinarLicence, type KindSpec } from '../meetings/kinds.js'
import { MeetingInstances } from '../meetings/instances.js'
import { MeetingService } from '../meetings/meeting.service.js'
import { customKeysOf, trackingFieldsOf } from '../meetings/settings-view.js'
import { MeetingParticipants, type Instance } from '../meetings/participants.js'
import { pageCounts, type PageQuery } from '../paging.js'

export interface InstanceParticipantsQuery extends PageQuery {
  include_fields?: 'registrant_id'
}

/**
 * The detail and participant reports of one ended meeting or webinar instance. They read the same stored instance
 * and join sessions as the past meeting operations, so their counts, times and durations are those figures.
 */
export class InstanceReports {
  constructor(private svc: Services) {}

  private get instances(): MeetingInstances {
    return this.svc.use(MeetingInstances)
  }

  /**
   * The instance a report names (a number means its latest ended instance): 400/200 for a free account first,
   * then 404/3001 or 400/12702 from the past lookup; a webinar's host must still hold a webinar licence.
   */
  async instance(actor: Actor, key: string, spec: KindSpec): Promise<Instance> {
    await requirePaidAccount(this.svc, actor.accountId)
    const instance = await this.instances.past(actor, key, spec)
    if (spec.kind === 'webinar') {
      const host = await this.svc.users.byId(instance.account_id, instance.host_id)
      if (host) await requireWebinarLicence(this.svc, host)
    }
    return instance
  }

  async details(actor: Actor, key: string, spec: KindSpec) {
    const instance = await this.instance(actor, key, spec)
    // The meeting may have been deleted or expired since it was held; its tracking fields still describe it.
    const meeting = await this.svc
      .use(MeetingService)
      .find(instance.account_id, instance.meeting_id, { includeDeleted: true, includeExpired: true, kind: spec.kind })
    // The response schema keeps only the report's fields of the past meeting view (no host_id or source).
    return {
      ...this.instances.presentPast(instance),
      type: publicType(instance),
      tracking_fields: trackingFieldsOf(meeting),
      custom_keys: customKeysOf(meeting),
    }
  }

  /** One row per join session (a rejoin is another row), in join order, page by page. */
  async participants(actor: Actor, key: string, spec: KindSpec, query: InstanceParticipantsQuery) {
    const instance = await this.instance(actor, key, spec)
    const page = await this.instances.pastParticipants(instance, query)
    const sessions = this.svc.use(MeetingParticipants)
    const withRegistrant = query.include_fields === 'registrant_id'
    return {
      ...pageCounts(page),
      participants: page.items.map((s) => {
        const row = sessions.presentPast(s)
        return {
          id: row.id,
          user_id: row.user_id,
          name: row.name,
          user_email: row.user_email,
          join_time: row.join_time,
          leave_time: row.leave_time,
          duration: row.duration,
          failover: row.failover,
          status: row.status,
          ...(withRegistrant && s.registrant_id ? { registrant_id: s.registrant_id } : {}),
          ...(s.account_user_id ? { participant_user_id: s.account_user_id } : {}),
          ...(s.doc.customer_key !== undefined ? { customer_key: s.doc.customer_key } : {}),
        }
      }),
    }
  }
}
