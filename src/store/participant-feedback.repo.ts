import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { ParticipantFeedbackTable } from './tables/participant-feedback.js'

export type ParticipantFeedbackRow = Selectable<ParticipantFeedbackTable>

/** A participant's last departure from an ended instance, with the instance's host. */
export interface Departure {
  instance_uuid: string
  participant_uuid: string
  host_id: string
  left_at: number
}

/** End-of-meeting survey answers. */
export class ParticipantFeedbackRepo {
  constructor(readonly db: Kysely<Database>) {}

  /** False when the participant has already answered about the instance (nothing is written). */
  async insert(row: Insertable<ParticipantFeedbackTable>, db: Kysely<Database> = this.db): Promise<boolean> {
    const result = await db
      .insertInto('participant_feedback')
      .values(row)
      .onConflict((oc) => oc.columns(['account_id', 'instance_uuid', 'participant_uuid']).doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
  }

  /** For `paginate()`: the answers given about one instance. */
  ofInstance(accountId: string, instanceUuid: string) {
    return this.db
      .selectFrom('participant_feedback')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
  }

  /** Every answer the account's participants gave in [start, end). */
  between(accountId: string, start: number, end: number): Promise<ParticipantFeedbackRow[]> {
    return this.window(accountId, start, end).orderBy('answered_at').orderBy('seq').execute()
  }

  /** For `paginate()`: the answers in [start, end) that picked the reason `reasonId`. */
  withReason(accountId: string, reasonId: string, start: number, end: number) {
    // Reasons are stored as a JSON array of quoted ids, so a quoted match names exactly one id.
    return this.window(accountId, start, end).where('reasons', 'like', `%"${reasonId.replace(/[%_"\\]/g, '')}"%`)
  }

  private window(accountId: string, start: number, end: number) {
    return this.db
      .selectFrom('participant_feedback')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('answered_at', '>=', start)
      .where('answered_at', '<', end)
  }

  /**
   * Each participant of the account's ended instances whose last session closed in [start, end) and who has not
   * answered its survey (whenever they answered, found through the unique answer index). No session lasts
   * longer than `longest` ms, so the sessions that matter joined within `longest` of the window: the account's join
   * index bounds the scan. The later bound keeps every session of an instance that began before `end`, so a
   * participant who came back after the window still counts as leaving then.
   */
  async departures(accountId: string, start: number, end: number, longest: number): Promise<Departure[]> {
    const rows = await this.db
      .selectFrom('meeting_participants as p')
      .innerJoin('meeting_instances as i', (j) =>
        j.onRef('i.uuid', '=', 'p.instance_uuid').onRef('i.account_id', '=', 'p.account_id'),
      )
      .select((eb) => [
        'p.instance_uuid',
        'p.participant_uuid',
        'i.host_id',
        eb.fn.max<number | string>('p.leave_time').as('left_at'),
      ])
      .where('p.account_id', '=', accountId)
      .where('p.join_time', '>=', start - longest)
      .where('p.join_time', '<', end + longest)
      .where('i.status', '=', 'ended')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('participant_feedback as f')
              .select('f.seq')
              .whereRef('f.account_id', '=', 'p.account_id')
              .whereRef('f.instance_uuid', '=', 'p.instance_uuid')
              .whereRef('f.participant_uuid', '=', 'p.participant_uuid'),
          ),
        ),
      )
      .groupBy(['p.instance_uuid', 'p.participant_uuid', 'i.host_id'])
      .having((eb) => eb.fn.max('p.leave_time'), '>=', start)
      .having((eb) => eb.fn.max('p.leave_time'), '<', end)
      .execute()
    return rows.map((r) => ({ ...r, left_at: Number(r.left_at) }))
  }
}
