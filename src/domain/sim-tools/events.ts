import { randomBytes, randomUUID } from 'node:crypto'
import { errors } from '../../errors/catalog.js'
import { isWebhookEvent, URL_VALIDATION_EVENT, WEBHOOK_EVENTS, type EmittedEvent } from '../../events/webhook-events.js'
import type { Services } from '../../services.js'
import { MeetingService } from '../meetings/meeting.service.js'
import type { UserRow } from '../../store/users.repo.js'
import { parseJson } from '../../util/json.js'
import { isoSeconds } from '../../util/time.js'

export interface TriggeredEvent {
  event: string
  account_id: string
  object: Record<string, unknown>
}

/** Every event that can be triggered on demand, with its description. */
export function triggerableEvents(): { event: string; description: string }[] {
  return Object.entries(WEBHOOK_EVENTS)
    .filter(([name]) => name !== URL_VALIDATION_EVENT)
    .map(([event, d]) => ({ event, description: d.en }))
}

type Family = 'meeting' | 'webinar' | 'recording' | 'user' | 'group' | 'account' | 'other'

function familyOf(event: string): Family {
  const head = event.split('.')[0]
  if (['meeting', 'webinar', 'recording', 'user', 'group', 'account'].includes(head)) return head as Family
  return 'other'
}

const pick = (data: Record<string, unknown>, key: string, fallback: unknown) => data[key] ?? fallback

/**
 * Emits any supported webhook event for an account through the outbox, as if the change had happened: the object
 * is built from the account's own records where it has them (its newest meeting or webinar, its first user),
 * otherwise generated in the shape of Zoom's event of that family; `data` then replaces fields of the object.
 */
export class EventTrigger {
  constructor(private readonly svc: Services) {}

  async trigger(
    accountId: string,
    event: string,
    data: Record<string, unknown> = {},
    callerClientId?: string,
  ): Promise<TriggeredEvent> {
    if (!isWebhookEvent(event) || event === URL_VALIDATION_EVENT) throw errors.eventNotFound(event)
    const name: EmittedEvent = event
    const owner = await this.svc.users.repo.oldestActive(accountId)
    if (name === 'app_deauthorized') return this.deauthorized(accountId, owner?.id ?? '', data, callerClientId)
    const object = { ...(await this.objectFor(accountId, name, owner)), ...data }
    const payload: Record<string, unknown> = {}
    if (/\.(created|updated|deleted|recovered|trashed|renamed)$/.test(name) && owner) {
      payload.operator = owner.email
      payload.operator_id = owner.id
    }
    if (name === 'user.created') payload.creation_type = 'create'
    await this.svc.events.emit({ event: name, accountId, object, payload })
    return { event: name, account_id: accountId, object }
  }

  /**
   * An uninstall is delivered only to the app uninstalled, named by `client_id` in the payload (data.client_id,
   * else the caller's app); its fields sit beside the empty object, as Zoom sends them, and `data` replaces them.
   */
  private async deauthorized(
    accountId: string,
    userId: string,
    data: Record<string, unknown>,
    callerClientId: string | undefined,
  ): Promise<TriggeredEvent> {
    const clientId = typeof data.client_id === 'string' ? data.client_id : callerClientId
    if (!clientId) throw errors.missingField('client_id')
    const payload = {
      user_id: userId,
      client_id: clientId,
      deauthorization_time: new Date(this.svc.clock.now()).toISOString(),
      user_data_retention: 'false',
      signature: randomBytes(32).toString('hex'),
      ...data,
    }
    await this.svc.events.emit({ event: 'app_deauthorized', accountId, object: {}, payload })
    return { event: 'app_deauthorized', account_id: accountId, object: {} }
  }

  private async objectFor(
    accountId: string,
    event: string,
    owner: UserRow | undefined,
  ): Promise<Record<string, unknown>> {
    const family = familyOf(event)
    const now = this.svc.clock.now()
    const hostId = owner?.id ?? randomUUID().replace(/-/g, '').slice(0, 22)
    switch (family) {
      case 'user': {
        const d = parseJson<Record<string, unknown>>(owner?.data)
        const first = String(pick(d, 'first_name', 'Sam'))
        const last = String(pick(d, 'last_name', 'Tester'))
        return {
          id: hostId,
          first_name: first,
          last_name: last,
          display_name: String(pick(d, 'display_name', `${first} ${last}`)),
          email: owner?.email ?? 'sam.tester@example.com',
          type: owner?.type ?? 1,
        }
      }
      case 'group':
        return { id: randomUUID().replace(/-/g, '').slice(0, 22), name: 'Simulated group' }
      case 'account':
        return { id: accountId, account_name: 'Simulated account', owner_id: hostId, owner_email: owner?.email ?? '' }
      case 'other':
        return { id: randomUUID().replace(/-/g, '').slice(0, 22), date_time: isoSeconds(now) }
      default:
        return this.meetingObject(accountId, family, event, hostId, now)
    }
  }

  private async meetingObject(
    accountId: string,
    family: 'meeting' | 'webinar' | 'recording',
    event: string,
    hostId: string,
    now: number,
  ): Promise<Record<string, unknown>> {
    const m = await this.svc.use(MeetingService).repo.newest(accountId, family === 'webinar' ? 'webinar' : 'meeting')
    const d = parseJson<Record<string, unknown>>(m?.data)
    const id = m ? Number(m.id) : 80_000_000_000 + (now % 9_999_999_999)
    const start = m?.start_time ?? now
    const object: Record<string, unknown> = {
      uuid: m?.uuid ?? Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64'),
      id,
      host_id: m?.host_id ?? hostId,
      topic: String(pick(d, 'topic', family === 'webinar' ? 'Simulated webinar' : 'Simulated meeting')),
      type: family === 'webinar' ? (m?.type ?? 2) + 3 : (m?.type ?? 2),
      start_time: isoSeconds(start),
      duration: Number(pick(d, 'duration', 60)),
      timezone: String(pick(d, 'timezone', 'UTC')),
    }
    // The waiting room's events time the move with date_time.
    const waiting = /participant_(joined_waiting_room|admitted|left_waiting_room|put_in_waiting_room)$/.test(event)
    if (waiting || /participant_(joined|left)$/.test(event))
      object.participant = {
        user_id: '16778240',
        user_name: 'Simulated participant',
        id: '',
        participant_uuid: randomUUID(),
        [waiting ? 'date_time' : event.endsWith('joined') ? 'join_time' : 'leave_time']: isoSeconds(now),
        email: 'participant@example.com',
      }
    if (family === 'recording')
      Object.assign(object, {
        account_id: accountId,
        share_url: `https://zoom.us/rec/share/${id}`,
        total_size: 0,
        recording_count: 0,
        recording_files: [],
      })
    return object
  }
}
