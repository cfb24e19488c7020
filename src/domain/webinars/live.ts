import type { Kysely } from 'kysely'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { MeetingInstancesRepo } from '../../store/meeting-instances.repo.js'
import type { Database } from '../../store/tables.js'
import { WebinarPanelistsRepo } from '../../store/webinar-panelists.repo.js'
import { isoSeconds } from '../../util/time.js'
import type { Meeting } from '../meetings/meeting.service.js'
import {
  instanceEventObject,
  MeetingParticipants,
  shownEmail,
  type Instance,
  type InstanceData,
  type JoinInput,
  type Session,
} from '../meetings/participants.js'

/** The roles a participant of a held webinar takes (a meeting records them too where they are given). */
export const PARTICIPANT_ROLES = ['host', 'co-host', 'panelist', 'attendee'] as const
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number]

/** What a webinar instance's document adds about its practice session. */
interface PracticeData extends InstanceData {
  /** True from the start of a practice session until the broadcast; an instance that ended in practice keeps it. */
  practice_session?: boolean
  /** When the host started the broadcast after the practice session. */
  broadcast_started_at?: number
}

const practice = (i: Instance): PracticeData => i.doc as PracticeData

/** Whether the instance is in its practice session: only the host, co-hosts and panelists are in. */
export function inPractice(i: Instance): boolean {
  return practice(i).practice_session === true
}

/**
 * The role a session holds. Sessions recorded without one (a meeting's, or any written before roles were kept)
 * count as the host's when the host's user joined, else as an attendee's.
 */
export function sessionRole(s: Session, instance: Instance): string {
  return s.role ?? (s.account_user_id !== null && s.account_user_id === instance.host_id ? 'host' : 'attendee')
}

/** Whether the role may speak, share, answer questions and not vote in polls. */
export function isPresenter(role: string): boolean {
  return role === 'host' || role === 'co-host' || role === 'panelist'
}

/** The earlier session a join continues, found as MeetingParticipants finds it: by participant id, or by email. */
function priorSession(all: Session[], input: JoinInput): Session | undefined {
  if (input.participant_id !== undefined)
    return [...all].reverse().find((s) => s.participant_uuid === input.participant_id)
  const email = input.email?.toLowerCase()
  if (!email) return undefined
  return [...all].reverse().find((s) => s.email.toLowerCase() === email && s.leave_time !== null)
}

/**
 * What only a held webinar has: a role per participant (decided on join, changed by the host), and the practice
 * session, in which the host and panelists are in before the broadcast lets attendees join.
 */
export class WebinarLive {
  private readonly instances: MeetingInstancesRepo
  private readonly panelists: WebinarPanelistsRepo

  constructor(private svc: Services) {
    this.instances = new MeetingInstancesRepo(svc.db.kysely)
    this.panelists = new WebinarPanelistsRepo(svc.db.kysely)
  }

  private get participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  /** A webinar set to hold a practice session opens its instance in one (in the start's transaction). */
  async open(m: Meeting, instance: Instance, db: Kysely<Database>): Promise<void> {
    if (m.kind !== 'webinar' || m.doc.settings.practice_session !== true) return
    practice(instance).practice_session = true
    await this.save(instance, db)
  }

  /** The host ends the practice session and starts the broadcast: attendees may join from now on. */
  async broadcast(instance: Instance): Promise<Instance> {
    if (!inPractice(instance)) return instance
    const doc = practice(instance)
    doc.practice_session = false
    doc.broadcast_started_at = this.svc.clock.now()
    await this.save(instance, this.svc.db.kysely)
    return instance
  }

  /** Members the ended event adds: a webinar that ended in its practice session, without a broadcast, says so. */
  endedObject(m: Meeting, instance: Instance): { practice_session?: true } {
    return m.kind === 'webinar' && inPractice(instance) ? { practice_session: true } : {}
  }

  /**
   * The role of someone joining: the one given; else the one they held before (a rejoin); else, in a webinar,
   * `host` for the host's user, `panelist` for one of the webinar's panelists, `attendee` for anyone else.
   * Attendees cannot join during a practice session (400/3000).
   */
  async roleOnJoin(m: Meeting, instance: Instance, input: JoinInput): Promise<string | undefined> {
    if (m.kind !== 'webinar') {
      // A meeting has hosts, co-hosts and attendees; panelists belong to webinars.
      if (input.role === 'panelist') throw errors.validation([{ field: 'role', message: 'Invalid field.' }])
      return input.role
    }
    const prior = priorSession(await this.participants.sessions(instance), input)
    const role = input.role ?? prior?.role ?? (await this.defaultRole(m, instance, input))
    if (role === 'attendee' && inPractice(instance))
      throw errors.badRequest(
        `Webinar ${m.id} is in its practice session: attendees can join once the broadcast starts.`,
        3000,
      )
    return role
  }

  private async defaultRole(m: Meeting, instance: Instance, input: JoinInput): Promise<ParticipantRole> {
    if (input.user_id !== undefined && input.user_id === m.host_id) return 'host'
    const user = input.user_id !== undefined ? await this.svc.users.byId(m.account_id, input.user_id) : undefined
    const email = (input.email ?? user?.email)?.toLowerCase()
    if (!email) return 'attendee'
    if (email === instance.doc.host.email.toLowerCase()) return 'host'
    return (await this.panelists.find(m.account_id, m.id, email)) ? 'panelist' : 'attendee'
  }

  /** Webinar attendees only watch: their screen share is refused (400/3000). */
  async checkShare(m: Meeting, instance: Instance, participantUuid: string): Promise<void> {
    if (m.kind !== 'webinar') return
    const session = (await this.participants.sessions(instance)).find(
      (s) => s.participant_uuid === participantUuid && s.leave_time === null,
    )
    if (session && sessionRole(session, instance) === 'attendee')
      throw errors.badRequest('Attendees cannot share their screen in a webinar.', 3000)
  }

  /**
   * The host changes a participant's role; making someone the host makes the previous host a panelist. Each
   * change emits webinar.participant_role_changed. The host's own role changes only by handing the role over.
   */
  async changeRole(instance: Instance, participantUuid: string, role: ParticipantRole): Promise<Session> {
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const { session, all } = await this.participants.inMeeting(instance, participantUuid, db)
      const current = sessionRole(session, instance)
      if (current === role) return session
      if (current === 'host')
        throw errors.badRequest('The host stays the host until another participant is made the host.', 3000)
      if (role === 'host')
        for (const other of all)
          if (other.leave_time === null && other.id !== session.id && sessionRole(other, instance) === 'host')
            await this.setRole(instance, other, 'panelist', db)
      await this.setRole(instance, session, role, db)
      return session
    })
  }

  private async setRole(instance: Instance, s: Session, role: ParticipantRole, db: Kysely<Database>): Promise<void> {
    const old = sessionRole(s, instance)
    s.role = role
    await this.instances.updateSession(instance.account_id, s.id, { role }, db)
    await this.svc.events.emit(
      {
        event: 'webinar.participant_role_changed',
        accountId: instance.account_id,
        object: {
          ...instanceEventObject(instance),
          participant: {
            user_id: s.user_id,
            user_name: s.name,
            email: shownEmail(s),
            ...(s.registrant_id ? { registrant_id: s.registrant_id } : {}),
            ...(s.account_user_id ? { participant_user_id: s.account_user_id } : {}),
            participant_uuid: s.participant_uuid,
            date_time: isoSeconds(this.svc.clock.now()),
            old_role: old,
            new_role: role,
          },
        },
      },
      db,
    )
  }

  private async save(instance: Instance, db: Kysely<Database>): Promise<void> {
    await this.instances.updateInstance(instance.account_id, instance.uuid, { data: JSON.stringify(instance.doc) }, db)
  }
}
