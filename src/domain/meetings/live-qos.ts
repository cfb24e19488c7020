import type { FastifyBaseLogger } from 'fastify'
import type { Services } from '../../services.js'
import type { SessionRow } from '../../store/meeting-instances.repo.js'
import { parseJson } from '../../util/json.js'
import { Ticker } from '../../util/ticker.js'
import {
  hydrateInstance,
  hydrateSession,
  isWaiting,
  MeetingParticipants,
  type Instance,
  type InstanceData,
} from './participants.js'

const MINUTE_MS = 60_000
const SWEEP_MS = 1000

const doneKey = (s: Pick<SessionRow, 'instance_uuid' | 'id'>) => `${s.instance_uuid}|${s.id}`

/**
 * QoS of meetings in progress: every open session of an instance running on the server clock gets each minute's
 * sample once the minute is over, so the live QoS dashboards show it and a poor minute raises its alert while the
 * participant is still in the meeting. It sweeps every second of real time on its own timer, and catches up
 * before every live QoS read (so a moved clock shows at once). Each minute is stored once however many processes
 * write it: the store refuses a second copy, and a session's row is held while its minutes are written.
 */
export class LiveQos {
  /** Per instance and session, the minutes this process knows are stored, so a sweep with nothing new writes nothing. */
  private readonly done = new Map<string, number>()
  private readonly ticker = new Ticker()

  constructor(private svc: Services) {}

  /** Sweeps every second of real time until stopped; a failed sweep is logged. */
  start(log?: FastifyBaseLogger): void {
    this.ticker.start(
      SWEEP_MS,
      () => this.sweepNow(),
      (err) => log?.error({ err }, 'live QoS sweep failed'),
    )
  }

  stop(): Promise<void> {
    return this.ticker.stop()
  }

  /** One sweep of every account at the server time, once any sweep under way is done. */
  tick(): Promise<void> {
    return this.ticker.run(() => this.sweepNow())
  }

  private sweepNow(): Promise<void> {
    return this.sweep(this.svc.clock.now())
  }

  private get participants(): MeetingParticipants {
    return this.svc.use(MeetingParticipants)
  }

  /** Writes the completed minutes of every open session of instances in progress. */
  private async sweep(now: number): Promise<void> {
    const rows = await this.participants.repo.openSessions()
    const byInstance = new Map<string, { instance: InstanceData; sessions: SessionRow[] }>()
    for (const { instance_data, ...session } of rows) {
      const key = `${session.account_id}|${session.instance_uuid}`
      const entry = byInstance.get(key) ?? { instance: parseJson<InstanceData>(instance_data), sessions: [] }
      entry.sessions.push(session)
      byInstance.set(key, entry)
    }
    const open = new Set(rows.map(doneKey))
    // Closed sessions have had their remaining minutes written by their close.
    for (const id of this.done.keys()) if (!open.has(id)) this.done.delete(id)
    for (const { instance, sessions } of byInstance.values()) {
      if (!instance.qos || !instance.live_qos) continue
      const due = sessions.filter((s) => this.isDue(s, now))
      if (!due.length) continue
      const row = await this.participants.repo.instance(due[0].account_id, due[0].instance_uuid)
      if (row)
        await this.write(
          hydrateInstance(row),
          now,
          due.map((s) => s.id),
        )
    }
  }

  /** Before a live read: the instance's open sessions get their completed minutes. */
  async catchUp(instance: Instance): Promise<void> {
    if (!instance.doc.qos || !instance.doc.live_qos || instance.status !== 'started') return
    const now = this.svc.clock.now()
    const sessions = await this.participants.repo.sessions(instance.account_id, instance.uuid)
    // Time in the waiting room has no QoS.
    const due = sessions.filter((s) => s.leave_time === null && !isWaiting(s) && this.isDue(s, now))
    if (due.length)
      await this.write(
        instance,
        now,
        due.map((s) => s.id),
      )
  }

  /** Whether the session has a completed minute this process has not stored. */
  private isDue(s: SessionRow, now: number): boolean {
    return this.completed(s, now) > (this.done.get(doneKey(s)) ?? 0)
  }

  /** Whole minutes since the session joined. */
  private completed(s: Pick<SessionRow, 'join_time'>, now: number): number {
    return Math.max(0, Math.floor((now - Number(s.join_time)) / MINUTE_MS))
  }

  private async write(instance: Instance, now: number, ids: string[]): Promise<void> {
    const postgres = this.svc.db.dialect === 'postgres'
    for (const id of ids) {
      const minutes = await this.svc.db.kysely.transaction().execute(async (db) => {
        // Held until the minutes are in, so a close of the session waits for them and then writes only the rest.
        const row = await this.participants.repo.session(instance.account_id, id, db, postgres)
        if (!row || row.leave_time !== null) return undefined
        const session = hydrateSession(row)
        const all = await this.participants.sessions(instance, db)
        const n = this.completed(session, now)
        await this.participants.writeQos(instance, session, all, session.join_time + n * MINUTE_MS, db)
        return n
      })
      if (minutes !== undefined) this.done.set(doneKey({ instance_uuid: instance.uuid, id }), minutes)
    }
  }
}
