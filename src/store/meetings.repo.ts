import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import { CompiledInsert } from './compiled-insert.js'
import type { MeetingTable, MeetingTemplateTable } from './tables/meetings.js'
import type { Database } from './tables.js'

export type MeetingRow = Selectable<MeetingTable>
export type MeetingTemplateRow = Selectable<MeetingTemplateTable>

/** Which of a host's meetings a list shows, by the columns that decide it. */
export interface MeetingListFilter {
  hostId: string
  kind: string
  types: number[]
  now: number
  /** `live`: started only; `upcoming`: started or not over yet; `previous`: over and not started. */
  when?: 'live' | 'upcoming' | 'previous'
  /** Overlap with [from, to] (epoch ms) of the scheduled span. */
  from?: number
  to?: number
}

/** Every query names the account: another account's meeting is never returned. */
export class MeetingsRepo {
  // Per repository, as a compiled query belongs to one database (its dialect, its write tracking).
  private readonly insertMeeting = new CompiledInsert(
    'meetings',
    [
      'id',
      'uuid',
      'account_id',
      'host_id',
      'kind',
      'type',
      'status',
      'start_time',
      'end_time',
      'expires_at',
      'created_at',
      'updated_at',
      'deleted_at',
      'data',
    ],
    (q) => q.onConflict((oc) => oc.column('id').doNothing()).returning('seq'),
  )

  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: number): Promise<MeetingRow | undefined> {
    return this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** Meetings of the account by number, deleted ones included: what a page of held instances was scheduled as. */
  byIds(accountId: string, ids: number[]): Promise<MeetingRow[]> {
    if (!ids.length) return Promise.resolve([])
    return this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute()
  }

  byUuid(accountId: string, uuid: string): Promise<MeetingRow | undefined> {
    return this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('uuid', '=', uuid)
      .executeTakeFirst()
  }

  listQuery(accountId: string, f: MeetingListFilter): SelectQueryBuilder<Database, 'meetings', MeetingRow> {
    let q = this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('host_id', '=', f.hostId)
      .where('kind', '=', f.kind)
      .where('deleted_at', 'is', null)
      .where('type', 'in', f.types)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', f.now), eb('status', '=', 'started')]))
    if (f.when === 'live') q = q.where('status', '=', 'started')
    if (f.when === 'upcoming')
      q = q.where((eb) => eb.or([eb('status', '=', 'started'), eb('end_time', 'is', null), eb('end_time', '>', f.now)]))
    if (f.when === 'previous')
      q = q.where('status', '<>', 'started').where('end_time', 'is not', null).where('end_time', '<=', f.now)
    if (f.from !== undefined) q = q.where('end_time', '>=', f.from)
    if (f.to !== undefined) q = q.where('start_time', 'is not', null).where('start_time', '<=', f.to)
    return q
  }

  /**
   * Returns the new row's `seq`, or undefined when the meeting number is taken (numbers are unique across
   * accounts, deleted meetings included): one statement either way, and no error to abort a PostgreSQL transaction.
   */
  async insert(row: Omit<MeetingRow, 'seq'>, db: Kysely<Database> = this.db): Promise<number | undefined> {
    const [inserted] = await this.insertMeeting.execute(db, row)
    return inserted ? Number(inserted.seq) : undefined
  }

  async update(
    accountId: string,
    id: number,
    patch: Partial<Omit<MeetingRow, 'seq' | 'id' | 'account_id'>>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.updateTable('meetings').set(patch).where('account_id', '=', accountId).where('id', '=', id).execute()
  }

  /** Every meeting the user hosts that is not deleted, expired ones included. */
  hostedBy(accountId: string, hostId: string, db: Kysely<Database> = this.db): Promise<MeetingRow[]> {
    return db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('host_id', '=', hostId)
      .where('deleted_at', 'is', null)
      .orderBy('seq')
      .execute()
  }

  /**
   * Scheduled (2) and fixed-time recurring (8) meetings or webinars of the account, not deleted, whose scheduled
   * span reaches into [start, end): the upcoming events report picks their starts in that window.
   */
  scheduledBetween(accountId: string, start: number, end: number, kind?: string): Promise<MeetingRow[]> {
    let q = this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('start_time', '<', end)
      .where((eb) => eb.or([eb('end_time', 'is', null), eb('end_time', '>', start)]))
      .where('type', 'in', [2, 8])
      .where('deleted_at', 'is', null)
    if (kind) q = q.where('kind', '=', kind)
    return q.orderBy('start_time').orderBy('seq').execute()
  }

  /** The account's newest meeting (or webinar, by `kind`) that is not deleted. */
  newest(accountId: string, kind: string): Promise<MeetingRow | undefined> {
    return this.db
      .selectFrom('meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('kind', '=', kind)
      .where('deleted_at', 'is', null)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  // Templates.
  templates(accountId: string, userId: string, kind: string): Promise<MeetingTemplateRow[]> {
    return this.db
      .selectFrom('meeting_templates')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .orderBy('seq')
      .execute()
  }

  template(accountId: string, id: string): Promise<MeetingTemplateRow | undefined> {
    return this.db
      .selectFrom('meeting_templates')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  templateFromMeeting(accountId: string, userId: string, meetingId: number): Promise<MeetingTemplateRow | undefined> {
    return this.db
      .selectFrom('meeting_templates')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('meeting_id', '=', meetingId)
      .orderBy('seq')
      .executeTakeFirst()
  }

  async insertTemplate(row: Omit<MeetingTemplateRow, 'seq'>): Promise<void> {
    await this.db.insertInto('meeting_templates').values(row).execute()
  }

  async updateTemplate(
    accountId: string,
    id: string,
    patch: Partial<Pick<MeetingTemplateRow, 'name' | 'data' | 'created_at'>>,
  ): Promise<void> {
    await this.db
      .updateTable('meeting_templates')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }
}
