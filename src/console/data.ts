// What the console shows and does, read and written through the services the API uses.
import { accountActor, type Actor } from '../domain/actor.js'
import { CloudRecordings } from '../domain/cloud-recording/recordings.service.js'
import { MeetingInstances } from '../domain/meetings/instances.js'
import { kindOf } from '../domain/meetings/kinds.js'
import { MeetingService, type ListType, type Meeting } from '../domain/meetings/meeting.service.js'
import { MeetingParticipants } from '../domain/meetings/participants.js'
import type { User } from '../domain/users/user.service.js'
import { errors } from '../errors/catalog.js'
import { WebhookDeliverer } from '../events/deliverer.js'
import { presentLog, presentSubscription } from '../events/present.js'
import { WebhookService } from '../events/subscriptions.js'
import type { Services } from '../services.js'
import { CLIENT_DEVICES } from '../domain/meetings/devices.js'
import { NETWORK_TYPES } from '../sim/generator.js'
import { Simulator } from '../sim/simulator.js'
import type { AccountRow } from '../store/accounts.repo.js'
import { AccountsRepo } from '../store/accounts.repo.js'
import { SubAccountsRepo } from '../store/sub-accounts.repo.js'
import { isoSeconds } from '../util/time.js'

const DAY_MS = 24 * 60 * 60 * 1000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export type NetworkType = (typeof NETWORK_TYPES)[number]
export const CONSOLE_DEVICES: readonly string[] = CLIENT_DEVICES
export const CONSOLE_NETWORKS: readonly string[] = NETWORK_TYPES

/** The console acts as the account's owner holding an account-wide grant, as an admin app's token would. */
function ownerActor(account: AccountRow): Actor {
  return accountActor({ accountId: account.id, userId: account.owner_id })
}

export interface ListedMeeting {
  meeting: Meeting
  host: User
  when: 'upcoming' | 'live' | 'past'
}

export class ConsoleData {
  constructor(private svc: Services) {}

  /** The first master account and its sub accounts: the accounts the console manages. */
  async accounts(): Promise<AccountRow[]> {
    const master = await new AccountsRepo(this.svc.db.kysely).firstMaster()
    if (!master) return []
    return [master, ...(await new SubAccountsRepo(this.svc.db.kysely).all(master.id))]
  }

  /** The account named by the page (one of `accounts()`), else the master. */
  async account(id: string | undefined): Promise<AccountRow> {
    const all = await this.accounts()
    const found = (id && all.find((a) => a.id === id)) || all[0]
    if (!found) throw errors.accountNotFound(id ?? '', 404)
    return found
  }

  actor(account: AccountRow): Actor {
    return ownerActor(account)
  }

  async users(account: AccountRow): Promise<User[]> {
    return (await this.svc.users.list(account.id, { status: 'active', page_size: 300 })).items
  }

  apps(account: AccountRow) {
    return this.svc.apps.list(account.id)
  }

  /** Every host's meetings and webinars, upcoming, live and past, as the list operations give them. */
  async meetings(account: AccountRow): Promise<ListedMeeting[]> {
    const service = this.svc.use(MeetingService)
    const out: ListedMeeting[] = []
    const lists: Array<[ListType, ListedMeeting['when']]> = [
      ['live', 'live'],
      ['upcoming', 'upcoming'],
      ['previous_meetings', 'past'],
    ]
    for (const host of await this.users(account))
      for (const kind of ['meeting', 'webinar'] as const)
        for (const [type, when] of lists) {
          const page = await service.list(account.id, host, { type, page_size: 300 }, kind)
          for (const meeting of page.items) out.push({ meeting, host, when })
        }
    return out
  }

  async meeting(account: AccountRow, id: string): Promise<Meeting> {
    return this.svc.use(MeetingService).resolveForActor(this.actor(account), id, { kind: 'any' })
  }

  joinUrl(m: Meeting): string {
    return this.svc.use(MeetingService).joinUrl(m)
  }

  /** Who is in the meeting now, as the simulator reports it. */
  live(account: AccountRow, id: string) {
    return this.svc.use(Simulator).state(this.actor(account), id)
  }

  /** The meeting's held instances, newest first, each with its participant sessions. */
  async held(account: AccountRow, m: Meeting) {
    const instances = this.svc.use(MeetingInstances)
    const people = this.svc.use(MeetingParticipants)
    const ended = await instances.endedInstances(this.actor(account), String(m.id), kindOf(m))
    const out = []
    for (const i of ended.reverse()) {
      const sessions = (await instances.pastParticipants(i, { page_size: 300 })).items
      out.push({ instance: instances.presentPast(i), participants: sessions.map((s) => people.presentSession(s)) })
    }
    return out
  }

  /** The account's recordings of the last month, with a download token on each file link. */
  async recordings(account: AccountRow) {
    const service = this.svc.use(CloudRecordings)
    const now = this.svc.clock.now()
    const list = await service.list(this.actor(account), undefined, {
      from: day(now - 29 * DAY_MS),
      to: day(now),
      page_size: 300,
    })
    const out = []
    for (const r of list.meetings) {
      const token = await service.downloadToken(account.id, String(r.uuid), 3600)
      out.push({ recording: r, token })
    }
    return out
  }

  /** Per app: its subscriptions, and its newest delivery attempts as the webhook log operation lists them. */
  async webhooks(account: AccountRow) {
    const service = this.svc.use(WebhookService)
    const out = []
    for (const app of await this.apps(account)) {
      const owner = { accountId: account.id, clientId: app.client_id }
      const subs = await service.list(owner, { page_size: 300 })
      const logs = await service.logs(owner, app.client_id, { page_size: 100 })
      out.push({
        app,
        subscriptions: subs.items.map((s, n) => presentSubscription(s, subs.subscriberIds[n] ?? '')),
        logs: logs.items.map((l) => ({
          ...presentLog(l),
          delivery_id: l.delivery_id,
          success: Number(l.success) === 1,
        })),
      })
    }
    return out
  }

  /** Sends a delivery again through the deliverer; 404 when the account has none by that id. */
  async replay(account: AccountRow, deliveryId: string): Promise<void> {
    if (!(await this.svc.use(WebhookDeliverer).replay(account.id, deliveryId)))
      throw errors.notFound(`No webhook delivery ${deliveryId} can be sent again now.`)
  }

  clock(): { now: string; now_ms: number } {
    const now = this.svc.clock.now()
    return { now: isoSeconds(now), now_ms: now }
  }
}
