import type { Insertable, Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { MeetingInstanceTable, MeetingParticipantTable, ParticipantQosTable } from './tables/meeting-instances.js'
import type { Database } from './tables.js'

export type InstanceRow = Selectable<MeetingInstanceTable>
export type SessionRow = Selectable<MeetingParticipantTable>
export type ParticipantQosRow = Pick<Selectable<ParticipantQosTable>, 'participant_id' | 'ts' | 'data'>

type Patch<T> = Partial<Omit<T, 'seq' | 'account_id'>>

/** Held instances, participant sessions and QoS samples; every query names the account. */
export class MeetingInstancesRepo {
  constructor(readonly db: Kysely<Database>) {}

  // Instances.
  async insertInstance(row: Insertable<MeetingInstanceTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_instances').values(row).execute()
  }

  async updateInstance(
    accountId: string,
    uuid: string,
    patch: Patch<InstanceRow>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('meeting_instances')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('uuid', '=', uuid)
      .execute()
  }

  instance(accountId: string, uuid: string, db: Kysely<Database> = this.db): Promise<InstanceRow | undefined> {
    return db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('uuid', '=', uuid)
      .executeTakeFirst()
  }

  /** The latest ended instance of a meeting (or webinar: `kind`). */
  latestEnded(accountId: string, meetingId: number, kind: string): Promise<InstanceRow | undefined> {
    return this.latestWith(accountId, meetingId, kind, 'ended')
  }

  /** The instance of a meeting (or webinar) number that is in progress, if any. */
  inProgress(accountId: string, meetingId: number, kind: string): Promise<InstanceRow | undefined> {
    return this.latestWith(accountId, meetingId, kind, 'started')
  }

  private latestWith(accountId: string, meetingId: number, kind: string, status: string) {
    return this.db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('kind', '=', kind)
      .where('status', '=', status)
      .orderBy('start_time', 'desc')
      .orderBy('seq', 'desc')
      .executeTakeFirst()
  }

  ended(accountId: string, meetingId: number, kind: string): Promise<InstanceRow[]> {
    return this.db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('kind', '=', kind)
      .where('status', '=', 'ended')
      .orderBy('start_time')
      .orderBy('seq')
      .execute()
  }

  /**
   * Ended instances (meetings and webinars) that started in [start, end), optionally of one host: the
   * account-level reports read these through the (account, start) and (account, host, start) indexes.
   */
  endedStartedBetween(
    accountId: string,
    start: number,
    end: number,
    hostId?: string,
  ): SelectQueryBuilder<Database, 'meeting_instances', InstanceRow> {
    let q = this.db.selectFrom('meeting_instances').selectAll().where('account_id', '=', accountId)
    if (hostId !== undefined) q = q.where('host_id', '=', hostId)
    return q.where('start_time', '>=', start).where('start_time', '<', end).where('status', '=', 'ended')
  }

  /**
   * Instances of one kind and status (`started`: in progress, `ended`: held) that started in [start, end); the
   * (account, start) index covers it.
   */
  kindStartedBetween(
    accountId: string,
    kind: string,
    status: string,
    start: number,
    end: number,
  ): SelectQueryBuilder<Database, 'meeting_instances', InstanceRow> {
    return this.db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('start_time', '>=', start)
      .where('start_time', '<', end)
      .where('kind', '=', kind)
      .where('status', '=', status)
  }

  /**
   * The QoS samples of several instances, each instance's in the order they were written: one query per 500
   * instances (the drivers' limits on bound parameters).
   */
  async qosOfInstances(accountId: string, instanceUuids: string[]) {
    const rows = []
    for (let i = 0; i < instanceUuids.length; i += 500)
      rows.push(
        ...(await this.db
          .selectFrom('participant_qos')
          .select(['instance_uuid', 'participant_id', 'ts', 'data'])
          .where('account_id', '=', accountId)
          .where('instance_uuid', 'in', instanceUuids.slice(i, i + 500))
          .orderBy('seq')
          .execute()),
      )
    return rows
  }

  /** Every QoS sample of an instance (all its sessions), oldest first. */
  instanceQos(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db) {
    return db
      .selectFrom('participant_qos')
      .select(['participant_id', 'ts', 'data'])
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }

  /** Of those, the ones a user of the account hosted or joined (a session signed in as that user). */
  hostedOrJoinedBetween(
    accountId: string,
    userId: string,
    start: number,
    end: number,
  ): SelectQueryBuilder<Database, 'meeting_instances', InstanceRow> {
    return this.endedStartedBetween(accountId, start, end).where((eb) =>
      eb.or([
        eb('host_id', '=', userId),
        eb.exists(
          eb
            .selectFrom('meeting_participants as p')
            .select('p.seq')
            .where('p.account_id', '=', accountId)
            .whereRef('p.instance_uuid', '=', 'meeting_instances.uuid')
            .where('p.account_user_id', '=', userId),
        ),
      ]),
    )
  }

  /**
   * Held instances that started in [start, end), with only the totals the usage reports add up; the
   * (account, status, start) index covers the range.
   */
  heldTotals(accountId: string, start: number, end: number) {
    return this.db
      .selectFrom('meeting_instances')
      .select(['start_time', 'host_id', 'sessions_count', 'total_minutes'])
      .where('account_id', '=', accountId)
      .where('status', '=', 'ended')
      .where('start_time', '>=', start)
      .where('start_time', '<', end)
      .execute()
  }

  /** The same instances added up per host: how many, their join sessions and attended minutes. */
  async hostTotals(
    accountId: string,
    start: number,
    end: number,
  ): Promise<Map<string, { meetings: number; participants: number; meeting_minutes: number }>> {
    const rows = await this.db
      .selectFrom('meeting_instances')
      .select((eb) => [
        'host_id',
        eb.fn.countAll<number | string>().as('meetings'),
        eb.fn.sum<number | string | null>('sessions_count').as('sessions'),
        eb.fn.sum<number | string | null>('total_minutes').as('minutes'),
      ])
      .where('account_id', '=', accountId)
      .where('status', '=', 'ended')
      .where('start_time', '>=', start)
      .where('start_time', '<', end)
      .groupBy('host_id')
      .execute()
    return new Map(
      rows.map((r) => [
        r.host_id,
        {
          meetings: Number(r.meetings),
          participants: Number(r.sessions ?? 0),
          meeting_minutes: Number(r.minutes ?? 0),
        },
      ]),
    )
  }

  async countInstances(accountId: string, meetingId: number, db: Kysely<Database> = this.db): Promise<number> {
    const row = await db
      .selectFrom('meeting_instances')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  // Participant sessions.
  async insertSession(row: Insertable<MeetingParticipantTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_participants').values(row).execute()
  }

  async updateSession(
    accountId: string,
    id: string,
    patch: Patch<SessionRow>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('meeting_participants')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  sessions(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db): Promise<SessionRow[]> {
    return db
      .selectFrom('meeting_participants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('seq')
      .execute()
  }

  /** An account's instances by their seq, in the order given (a page found by its keys). */
  async bySeqs(accountId: string, seqs: number[]): Promise<InstanceRow[]> {
    if (!seqs.length) return []
    const rows = await this.db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('seq', 'in', seqs)
      .where('account_id', '=', accountId)
      .execute()
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]))
    return seqs.flatMap((seq) => bySeq.get(seq) ?? [])
  }

  /** The sessions of several instances, each instance's in join order. */
  sessionsOfMany(accountId: string, instanceUuids: string[]): Promise<SessionRow[]> {
    if (!instanceUuids.length) return Promise.resolve([])
    return this.db
      .selectFrom('meeting_participants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', 'in', instanceUuids)
      .orderBy('seq')
      .execute()
  }

  /** Per instance, when one account user first joined and last left (held instances: every session is closed). */
  async userSpans(
    accountId: string,
    instanceUuids: string[],
    userId: string,
  ): Promise<
    Array<{ instance_uuid: string; first_join: number | null; last_leave: number | null; first_wait: number | null }>
  > {
    if (!instanceUuids.length) return []
    const rows = await this.db
      .selectFrom('meeting_participants')
      .select((eb) => {
        // Time in the waiting room is not time in the meeting: each status has its own figures.
        const when = (status: string, column: 'join_time' | 'leave_time') =>
          eb.case().when('status', '=', status).then(eb.ref(column)).end()
        return [
          'instance_uuid',
          eb.fn.min(when('in_meeting', 'join_time')).as('first_join'),
          eb.fn.max(when('in_meeting', 'leave_time')).as('last_leave'),
          eb.fn.min(when('in_waiting_room', 'join_time')).as('first_wait'),
        ]
      })
      .where('account_id', '=', accountId)
      .where('instance_uuid', 'in', instanceUuids)
      .where('account_user_id', '=', userId)
      .groupBy('instance_uuid')
      .execute()
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
    return rows.map((r) => ({
      instance_uuid: r.instance_uuid,
      first_join: num(r.first_join),
      last_leave: num(r.last_leave),
      first_wait: num(r.first_wait),
    }))
  }

  /** Sessions in join order, for keyset pagination. */
  sessionsQuery(
    accountId: string,
    instanceUuid: string,
  ): SelectQueryBuilder<Database, 'meeting_participants', SessionRow> {
    return this.db
      .selectFrom('meeting_participants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
  }

  // QoS samples.
  /**
   * Writes the minutes not stored yet (a minute already there, from another writer, stays as it is); the times
   * of those this call wrote.
   */
  async insertQos(rows: Insertable<ParticipantQosTable>[], db: Kysely<Database> = this.db): Promise<number[]> {
    const written: number[] = []
    for (let i = 0; i < rows.length; i += 200) {
      const out = await db
        .insertInto('participant_qos')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['account_id', 'instance_uuid', 'participant_id', 'ts']).doNothing())
        .returning('ts')
        .execute()
      for (const r of out) written.push(Number(r.ts))
    }
    return written
  }

  /** Claims alert issues for a session; the ones no earlier writer had claimed. */
  async claimAlerts(
    accountId: string,
    participantId: string,
    issues: string[],
    at: number,
    db: Kysely<Database> = this.db,
  ): Promise<string[]> {
    if (!issues.length) return []
    const out = await db
      .insertInto('participant_alerts')
      .values(issues.map((issue) => ({ account_id: accountId, participant_id: participantId, issue, at })))
      .onConflict((oc) => oc.columns(['account_id', 'participant_id', 'issue']).doNothing())
      .returning('issue')
      .execute()
    return out.map((r) => r.issue)
  }

  /**
   * Sessions in the meeting (not its waiting room) still open in instances in progress, each with its instance's
   * `data`: what the live QoS writer walks every second.
   */
  openSessions(): Promise<Array<SessionRow & { instance_data: string }>> {
    return this.db
      .selectFrom('meeting_instances as i')
      .innerJoin('meeting_participants as p', (j) =>
        j.onRef('p.account_id', '=', 'i.account_id').onRef('p.instance_uuid', '=', 'i.uuid'),
      )
      .selectAll('p')
      .select('i.data as instance_data')
      .where('p.leave_time', 'is', null)
      .where('p.status', '=', 'in_meeting')
      .where('i.status', '=', 'started')
      .orderBy('p.seq')
      .execute()
  }

  /** A session as now stored; `lock` holds its row until the transaction `db` ends (PostgreSQL). */
  session(accountId: string, id: string, db: Kysely<Database>, lock: boolean): Promise<SessionRow | undefined> {
    const q = db.selectFrom('meeting_participants').selectAll().where('account_id', '=', accountId).where('id', '=', id)
    return (lock ? q.forUpdate() : q).executeTakeFirst()
  }

  /** The per-minute samples of the given sessions of one instance, each session's in time order. */
  qosOf(accountId: string, instanceUuid: string, sessionIds: string[]): Promise<ParticipantQosRow[]> {
    if (!sessionIds.length) return Promise.resolve([])
    return this.db
      .selectFrom('participant_qos')
      .select(['participant_id', 'ts', 'data'])
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .where('participant_id', 'in', sessionIds)
      .orderBy('participant_id')
      .orderBy('ts')
      .execute()
  }
}
