import { getAccountSettings } from '../domain/accounts/settings.js'
import { MeetingInstances } from '../domain/meetings/instances.js'
import { MeetingService, type Meeting } from '../domain/meetings/meeting.service.js'
import { isWaiting, MeetingParticipants, type Instance, type Session } from '../domain/meetings/participants.js'
import { errors } from '../errors/catalog.js'
import type { Actor } from '../http/operation.js'
import type { Services } from '../services.js'
import { MeetingChatRepo, type ChatMessageRow } from '../store/meeting-chat.repo.js'
import { isoSeconds } from '../util/time.js'
import { seededId } from './random.js'
import { EVERYONE } from './scenario.js'

export interface ChatInput {
  /** The sender, by the participant id of a session in the meeting … */
  participant_id?: string
  /** … or by the name of exactly one participant in it. */
  name?: string
  message: string
  /** One participant in the meeting (participant id or name); Everyone when left out. */
  to?: string
}

/**
 * In-meeting chat: a participant writes to everyone or privately to one other participant. Messages are rows of
 * the instance; the cloud recording's chat file is written from them. Zoom's chat webhooks are not sent.
 */
export class MeetingChat {
  readonly repo: MeetingChatRepo

  constructor(private svc: Services) {
    this.repo = new MeetingChatRepo(svc.db.kysely)
  }

  private get participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  /** A message written in a meeting in progress, as the simulator answers it; 400/3000 when it is not in progress. */
  async post(actor: Actor, meetingId: string | number, input: ChatInput) {
    const m = await this.svc.use(MeetingService).resolveForActor(actor, meetingId, { kind: 'any' })
    const row = await this.send(m, await this.svc.use(MeetingInstances).live(m), input)
    return this.present(row)
  }

  /** Stores a message of the live instance; 400/3000 where chat (or private chat) is off, 404/404 for someone not in. */
  async send(m: Meeting, instance: Instance, input: ChatInput): Promise<ChatMessageRow & { participant_uuid: string }> {
    if (input.participant_id === undefined && input.name === undefined)
      throw errors.validation([{ field: 'participant_id', message: 'This field is required. Or name.' }])
    const settings = await getAccountSettings(this.svc, m.account_id)
    const toEveryone = input.to === undefined || input.to === EVERYONE
    if (settings.in_meeting.chat === false) throw errors.badRequest(`Chat is not enabled for ${m.kind} ${m.id}.`, 3000)
    if (!toEveryone && settings.in_meeting.private_chat === false)
      throw errors.badRequest(`Private chat is not enabled for ${m.kind} ${m.id}.`, 3000)
    return this.svc.db.kysely.transaction().execute(async (db) => {
      const here = (await this.participants.sessions(instance, db)).filter(
        (s) => s.leave_time === null && !isWaiting(s),
      )
      const sender = pick(here, input.participant_id ?? input.name ?? '', 'participant_id')
      const recipient = toEveryone ? undefined : pick(here, input.to ?? '', 'to')
      if (recipient && recipient.participant_uuid === sender.participant_uuid)
        throw errors.validation([
          { field: 'to', message: 'Invalid field. A participant does not chat with themselves.' },
        ])
      const sent = (await this.repo.messages(instance.account_id, instance.uuid, db)).length
      const row = {
        // Seeded, so a replayed scenario gives the same ids; the sender and time keep two concurrent posts apart.
        id: seededId(`${instance.meeting_id}:${instance.doc.ordinal}:chat${sent}:${sender.id}:${this.svc.clock.now()}`),
        account_id: instance.account_id,
        instance_uuid: instance.uuid,
        meeting_id: instance.meeting_id,
        session_id: sender.id,
        sender_name: sender.name,
        sender_email: sender.email,
        recipient: recipient?.name ?? EVERYONE,
        message: input.message,
        sent_at: this.svc.clock.now(),
      }
      await this.repo.insert(row, db)
      return { ...row, seq: 0, participant_uuid: sender.participant_uuid }
    })
  }

  present(row: ChatMessageRow & { participant_uuid: string }) {
    return {
      message_id: row.id,
      participant_id: row.participant_uuid,
      sender_name: row.sender_name,
      sender_email: row.sender_email,
      recipient_name: row.recipient,
      message: row.message,
      date_time: isoSeconds(Number(row.sent_at)),
    }
  }
}

/** The one session in the meeting a participant id, else a name, names; 404/404 for none, 400/300 for several. */
function pick(here: Session[], ref: string, field: string): Session {
  const byId = here.find((s) => s.participant_uuid === ref)
  if (byId) return byId
  const named = here.filter((s) => s.name === ref)
  const [only] = named
  if (!only) throw errors.participantNotFound(ref)
  if (named.length > 1)
    throw errors.validation([{ field, message: 'Invalid field. Several participants in the meeting have this name.' }])
  return only
}
