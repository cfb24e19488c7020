import { accountActor, type Actor } from '../../domain/actor.js'
import type { ClientDevice } from '../../domain/meetings/devices.js'
import { kindOf } from '../../domain/meetings/kinds.js'
import { MeetingService, passcodeParam, type Meeting } from '../../domain/meetings/meeting.service.js'
import { isPersonalNumber } from '../../domain/meetings/personal-room.js'
import { waitingRoomProblem } from '../../domain/meetings/waiting-room.js'
import {
  hydrateInstance,
  isWaiting,
  MeetingParticipants,
  type LeaveReason,
} from '../../domain/meetings/participants.js'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { Simulator } from '../../sim/simulator.js'
import { JoinLinksRepo } from '../../store/join-links.repo.js'

/**
 * A tab unheard of for this long has crashed or lost its network: its session closes. Measured in real time, as
 * the page's poll timer runs: moving the server clock forward (a simulated month) must not disconnect pages that
 * are still polling every few seconds.
 */
export const PRESENCE_TIMEOUT_MS = 30_000

/** These pages are Zoom's web client, and their sessions report it as Zoom reports a browser join. */
const BROWSER_DEVICE: ClientDevice = 'Web'

/** Real time for presence; every process on the database reads the same one. */
const wallNow = (): number => Date.now()

/** What a page's signed handle names: one session of one instance, so it acts on nothing else. */
export interface Seat {
  aid: string
  mid: number
  uuid: string
  pid: string
  host: boolean
}

export type Entered = { waiting: true } | { handle: string; in_waiting_room: boolean }

export interface RoomView {
  status: 'waiting' | 'started' | 'ended'
  in_meeting: boolean
  /** The page's participant is held in the waiting room until the host admits them. */
  in_waiting_room: boolean
  /** What the host set for the waiting room during this meeting (`waiting_room.update`), shown to those held. */
  waiting_room?: { title?: string; description?: string }
  participants: Array<{ name: string; role: string | null; host: boolean; me: boolean }>
}

/**
 * The pages behind join and start links. They act through the simulator, as a client would: the passcode or the
 * start link's ZAK is the credential, and each page then holds a signed handle to its own session. When each page
 * was last heard from is stored, so any server process answers its polls, and whichever sweeps first closes the
 * sessions of pages that stopped polling.
 */
export class JoinDesk {
  private meetings: MeetingService
  private repo: JoinLinksRepo

  constructor(private svc: Services) {
    this.meetings = svc.use(MeetingService)
    this.repo = new JoinLinksRepo(svc.db.kysely)
  }

  /** The meeting a link names, of the kind its path is for; undefined when none. */
  async meeting(id: string, joinPath?: string): Promise<Meeting | undefined> {
    if (!/^\d{1,16}$/.test(id)) return undefined
    const aid = await this.repo.accountOfMeeting(Number(id))
    // A personal link whose room was never used yet (or was retired) is found through the PMI's holders.
    const accounts = aid ? [aid] : isPersonalNumber(id) ? await this.accountsOfPmi(Number(id)) : []
    for (const account of accounts) {
      const m = await this.meetings.find(account, id, { kind: 'any' })
      if (m) return joinPath !== undefined && kindOf(m).joinPath !== joinPath ? undefined : m
    }
    return undefined
  }

  private async accountsOfPmi(pmi: number): Promise<string[]> {
    return [...new Set((await this.svc.users.repo.byPmi(undefined, pmi)).map((r) => r.account_id))]
  }

  /** A join link's `pwd`, or a passcode typed on the page, opens the meeting; a meeting without passcode is open. */
  passcodeOk(m: Meeting, given: { pwd?: string; passcode?: string }): boolean {
    const expected = passcodeParam(m)
    if (!expected) return true
    if (given.pwd !== undefined && `pwd=${given.pwd}` === expected) return true
    return given.passcode !== undefined && given.passcode === m.doc.password
  }

  /** The meeting a start link's ZAK was signed for, when the ZAK is valid and unexpired. */
  async zakMeeting(id: string, zak: string | undefined): Promise<Meeting | undefined> {
    const claims = zak ? await this.meetings.verifyZak(zak) : undefined
    if (!claims || claims.mnum !== id || typeof claims.aid !== 'string') return undefined
    const m = await this.meetings.find(claims.aid, id, { kind: 'any' })
    return m && m.host_id === claims.uid ? m : undefined
  }

  /**
   * A participant asks to join: while the host has not started the meeting they wait, unless the meeting lets
   * them join before the host, in which case their joining starts it (as Zoom does). Where the meeting's waiting
   * room is on, a guest who joins is held there until the host admits them, even one whose arrival started it.
   */
  async enter(m: Meeting, name: string): Promise<Entered> {
    const trimmed = name.trim().slice(0, 64)
    if (!trimmed) throw errors.validation([{ field: 'name', message: 'This field is required.' }])
    const sim = this.svc.use(Simulator)
    const actor = actingFor(m)
    if (m.status !== 'started') {
      if (m.doc.settings.join_before_host !== true || m.kind === 'webinar') return { waiting: true }
      await sim.start(actor, m.id)
    }
    const held = waitingRoomProblem(m) === undefined
    const session = await sim.join(actor, m.id, { name: trimmed, device: BROWSER_DEVICE, waiting_room: held })
    return {
      handle: await this.seat({
        aid: m.account_id,
        mid: m.id,
        uuid: session.instance_uuid,
        pid: session.participant_uuid,
        host: false,
      }),
      in_waiting_room: held,
    }
  }

  /** The host starts the meeting (meeting.started unless already live) and joins it. */
  async start(m: Meeting): Promise<{ handle: string }> {
    const sim = this.svc.use(Simulator)
    const actor = actingFor(m)
    await sim.start(actor, m.id)
    const session = await sim.join(actor, m.id, { user_id: m.host_id, device: BROWSER_DEVICE })
    return {
      handle: await this.seat({
        aid: m.account_id,
        mid: m.id,
        uuid: session.instance_uuid,
        pid: session.participant_uuid,
        host: true,
      }),
    }
  }

  private async seat(seat: Seat): Promise<string> {
    const handle = await this.meetings.links.sign({ aud: 'webjoin', ...seat })
    await this.repo.present({
      participant_id: seat.pid,
      account_id: seat.aid,
      instance_uuid: seat.uuid,
      seen_at: wallNow(),
    })
    return handle
  }

  /** The seat a handle names; 404/3001 for anything this server did not sign for a page. */
  async seatOf(handle: string | undefined): Promise<Seat> {
    const c = handle ? await this.meetings.links.verify(handle) : undefined
    if (
      !c ||
      c.aud !== 'webjoin' ||
      typeof c.aid !== 'string' ||
      typeof c.mid !== 'number' ||
      typeof c.uuid !== 'string' ||
      typeof c.pid !== 'string'
    )
      throw errors.notFound('This meeting link session is not valid.')
    return { aid: c.aid, mid: c.mid, uuid: c.uuid, pid: c.pid, host: c.host === true }
  }

  /** Who is in the seat's instance now; a poll also tells the server that the page is still open. */
  async view(handle: string | undefined): Promise<RoomView> {
    const seat = await this.seatOf(handle)
    // This page is heard from before the sweep, so a late poll does not sweep its own session.
    await this.repo.heardFrom(seat.pid, wallNow())
    await this.sweep()
    const row = await this.participants().repo.instance(seat.aid, seat.uuid)
    if (!row || row.end_time !== null) {
      await this.repo.gone(seat.pid)
      return { status: 'ended', in_meeting: false, in_waiting_room: false, participants: [] }
    }
    const instance = hydrateInstance(row)
    const sessions = await this.participants().sessions(instance)
    const open = sessions.filter((s) => s.leave_time === null)
    const mine = open.find((s) => s.participant_uuid === seat.pid)
    if (mine && isWaiting(mine)) {
      // Those held see neither who is in the meeting nor who else waits, as in Zoom's client.
      const { title, description } = instance.doc.waiting_room ?? {}
      const custom = title !== undefined || description !== undefined
      return {
        status: 'started',
        in_meeting: false,
        in_waiting_room: true,
        ...(custom ? { waiting_room: { title, description } } : {}),
        participants: [],
      }
    }
    return {
      status: 'started',
      in_meeting: mine !== undefined,
      in_waiting_room: false,
      participants: open
        .filter((s) => !isWaiting(s))
        .map((s) => ({
          name: s.name,
          role: s.role,
          host: s.role === 'host' || s.account_user_id === row.host_id,
          me: s.participant_uuid === seat.pid,
        })),
    }
  }

  /** The page's participant leaves; leaving twice (a Leave click, then the tab closing) is no error. */
  async leave(handle: string | undefined, reason: LeaveReason = 'left'): Promise<void> {
    const seat = await this.seatOf(handle)
    await this.repo.gone(seat.pid)
    await this.close(seat, reason)
  }

  /** The host's page ends the meeting for everyone (meeting.ended). */
  async end(handle: string | undefined): Promise<void> {
    const seat = await this.seatOf(handle)
    if (!seat.host) throw errors.badRequest('Only the host can end the meeting.')
    const m = await this.meetings.find(seat.aid, seat.mid, { kind: 'any', includeExpired: true })
    if (!m || m.uuid !== seat.uuid || m.status !== 'started') return
    await this.repo.gone(seat.pid)
    await this.svc.use(Simulator).end(actingFor(m), m.id)
  }

  /** Closes the sessions of pages not heard from within PRESENCE_TIMEOUT_MS. */
  async sweep(): Promise<void> {
    for (const row of await this.repo.silentSince(wallNow() - PRESENCE_TIMEOUT_MS)) {
      if (!(await this.repo.claimSilent(row))) continue
      const seat = { aid: row.account_id, uuid: row.instance_uuid, pid: row.participant_id }
      await this.close(seat, 'disconnected').catch(() => undefined)
    }
  }

  private async close(seat: Pick<Seat, 'aid' | 'uuid' | 'pid'>, reason: LeaveReason): Promise<void> {
    const row = await this.participants().repo.instance(seat.aid, seat.uuid)
    if (!row || row.end_time !== null) return
    const instance = hydrateInstance(row)
    const open = (await this.participants().sessions(instance)).some(
      (s) => s.participant_uuid === seat.pid && s.leave_time === null,
    )
    if (open) await this.participants().leave(instance, seat.pid, reason)
  }

  private participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }
}

/** The pages act with the host's authority over this one meeting, as the Zoom client does for whoever holds the link. */
function actingFor(m: Meeting): Actor {
  return accountActor({ accountId: m.account_id, userId: m.host_id })
}
