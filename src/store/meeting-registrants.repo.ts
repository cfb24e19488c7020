import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { MeetingRegistrantTable, MeetingRegistrationQuestionsTable } from './tables/meeting-registrants.js'
import type { Database } from './tables.js'

export type RegistrantRow = Selectable<MeetingRegistrantTable>
export type RegistrationQuestionsRow = Selectable<MeetingRegistrationQuestionsTable>

/** Which registrants of a meeting a list shows. */
export interface RegistrantListFilter {
  status: string
  /** Only registrants who attend this occurrence (every-occurrence registrants included). */
  occurrenceId?: string
  /** Only registrants who came through this webinar tracking source. */
  sourceId?: string
}

/** Every query names the account: another account's registrant is never returned. */
export class MeetingRegistrantsRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(
    accountId: string,
    meetingId: number,
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<RegistrantRow | undefined> {
    return db
      .selectFrom('meeting_registrants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byEmail(
    accountId: string,
    meetingId: number,
    email: string,
    db: Kysely<Database> = this.db,
  ): Promise<RegistrantRow | undefined> {
    return db
      .selectFrom('meeting_registrants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
  }

  listQuery(
    accountId: string,
    meetingId: number,
    f: RegistrantListFilter,
  ): SelectQueryBuilder<Database, 'meeting_registrants', RegistrantRow> {
    let q = this.db
      .selectFrom('meeting_registrants')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('status', '=', f.status)
    if (f.sourceId !== undefined) q = q.where('source_id', '=', f.sourceId)
    if (f.occurrenceId !== undefined) {
      const occ = f.occurrenceId
      q = q.where((eb) =>
        eb.or([
          eb('all_occurrences', '=', 1),
          eb.exists(
            eb
              .selectFrom('meeting_registrant_occurrences as o')
              .select('o.registrant_id')
              .where('o.account_id', '=', accountId)
              .whereRef('o.registrant_id', '=', 'meeting_registrants.id')
              .where('o.occurrence_id', '=', occ),
          ),
        ]),
      )
    }
    return q
  }

  /**
   * The approved registrants of a held instance (registered before it ended; those of its occurrence when one is
   * named) who have no session in it under their registrant id or their email.
   */
  absenteesQuery(
    accountId: string,
    meetingId: number,
    instance: { uuid: string; endedAt: number; occurrenceId?: string },
  ): SelectQueryBuilder<Database, 'meeting_registrants', RegistrantRow> {
    return this.listQuery(accountId, meetingId, { status: 'approved', occurrenceId: instance.occurrenceId })
      .where('meeting_registrants.created_at', '<=', instance.endedAt)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('meeting_participants as p')
              .select('p.id')
              .where('p.account_id', '=', accountId)
              .where('p.instance_uuid', '=', instance.uuid)
              .where((x) =>
                x.or([
                  x('p.registrant_id', '=', x.ref('meeting_registrants.id')),
                  x(x.fn('lower', [x.ref('p.email')]), '=', x.ref('meeting_registrants.email')),
                ]),
              ),
          ),
        ),
      )
  }

  /** Registrations that hold a place: pending or approved. */
  activeCount(accountId: string, meetingId: number, db: Kysely<Database> = this.db): Promise<number> {
    return this.countByStatus(accountId, meetingId, ['pending', 'approved'], db)
  }

  async countByStatus(
    accountId: string,
    meetingId: number,
    statuses: string[],
    db: Kysely<Database> = this.db,
  ): Promise<number> {
    const row = await db
      .selectFrom('meeting_registrants')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .where('status', 'in', statuses)
      .executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  occurrences(
    accountId: string,
    registrantIds: string[],
    db: Kysely<Database> = this.db,
  ): Promise<Array<{ registrant_id: string; occurrence_id: string }>> {
    if (!registrantIds.length) return Promise.resolve([])
    return db
      .selectFrom('meeting_registrant_occurrences')
      .select(['registrant_id', 'occurrence_id'])
      .where('account_id', '=', accountId)
      .where('registrant_id', 'in', registrantIds)
      .execute()
  }

  async insert(
    row: Omit<RegistrantRow, 'seq'>,
    occurrenceIds: string[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.insertInto('meeting_registrants').values(row).execute()
    await this.addOccurrences(row.account_id, row.meeting_id, row.id, occurrenceIds, db)
  }

  async addOccurrences(
    accountId: string,
    meetingId: number,
    registrantId: string,
    occurrenceIds: string[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    if (!occurrenceIds.length) return
    await db
      .insertInto('meeting_registrant_occurrences')
      .values(
        occurrenceIds.map((occurrence_id) => ({
          account_id: accountId,
          meeting_id: meetingId,
          registrant_id: registrantId,
          occurrence_id,
        })),
      )
      .execute()
  }

  /** Replaces a registrant's chosen occurrences. */
  async setOccurrences(
    accountId: string,
    meetingId: number,
    registrantId: string,
    occurrenceIds: string[],
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .deleteFrom('meeting_registrant_occurrences')
      .where('account_id', '=', accountId)
      .where('registrant_id', '=', registrantId)
      .execute()
    await this.addOccurrences(accountId, meetingId, registrantId, occurrenceIds, db)
  }

  async update(
    accountId: string,
    id: string,
    patch: Partial<
      Pick<RegistrantRow, 'status' | 'all_occurrences' | 'updated_at' | 'data' | 'created_at' | 'source_id'>
    >,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db
      .updateTable('meeting_registrants')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, id: string, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .deleteFrom('meeting_registrant_occurrences')
      .where('account_id', '=', accountId)
      .where('registrant_id', '=', id)
      .execute()
    await db.deleteFrom('meeting_registrants').where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  questions(accountId: string, meetingId: number): Promise<RegistrationQuestionsRow | undefined> {
    return this.db
      .selectFrom('meeting_registration_questions')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .executeTakeFirst()
  }

  async saveQuestions(accountId: string, meetingId: number, data: string, now: number): Promise<void> {
    await this.db
      .insertInto('meeting_registration_questions')
      .values({ account_id: accountId, meeting_id: meetingId, data, updated_at: now })
      .onConflict((oc) => oc.columns(['account_id', 'meeting_id']).doUpdateSet({ data, updated_at: now }))
      .execute()
  }
}
