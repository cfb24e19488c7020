import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Updateable } from 'kysely'
import type { Database } from './tables.js'
import type { RecordingFileTable, RecordingTable } from './tables/recordings.js'

export type RecordingRow = Selectable<RecordingTable>
export type RecordingFileRow = Selectable<RecordingFileTable>

/** Cloud recordings and their files (archived files share the files table, told apart by `source`). */
export class RecordingsRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<RecordingTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('recordings').values(row).execute()
  }

  /** A recording; `lock` holds its row until the transaction `db` ends (PostgreSQL). */
  recording(
    accountId: string,
    uuid: string,
    db: Kysely<Database> = this.db,
    lock = false,
  ): Promise<RecordingRow | undefined> {
    const q = db.selectFrom('recordings').selectAll().where('account_id', '=', accountId).where('uuid', '=', uuid)
    return (lock ? q.forUpdate() : q).executeTakeFirst()
  }

  /** A recording by its uuid alone (uuids are unique across accounts): the sweep and share links start from it. */
  byUuid(uuid: string, db: Kysely<Database> = this.db): Promise<RecordingRow | undefined> {
    return db.selectFrom('recordings').selectAll().where('uuid', '=', uuid).executeTakeFirst()
  }

  /** The recording of the meeting's most recent instance. */
  latest(accountId: string, meetingId: number, db: Kysely<Database> = this.db): Promise<RecordingRow | undefined> {
    return db
      .selectFrom('recordings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('meeting_id', '=', meetingId)
      .orderBy('start_time', 'desc')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  /** Recordings whose processing is over by `now`, any account, oldest first. */
  async dueProcessing(now: number, limit: number, accountId?: string): Promise<RecordingRow[]> {
    let q = this.db.selectFrom('recordings').selectAll().where('status', '=', 'processing').where('ready_at', '<=', now)
    if (accountId) q = q.where('account_id', '=', accountId)
    return q.orderBy('ready_at').limit(limit).execute()
  }

  /** Recordings whose transcript is ready by `now`. */
  async dueTranscripts(now: number, limit: number, accountId?: string): Promise<RecordingRow[]> {
    let q = this.db
      .selectFrom('recordings')
      .selectAll()
      .where('status', '=', 'completed')
      .where('transcript_at', '<=', now)
    if (accountId) q = q.where('account_id', '=', accountId)
    return q.orderBy('transcript_at').limit(limit).execute()
  }

  /** Completed recordings whose auto-delete day has come by `now`. */
  dueAutoDelete(now: number, limit: number, accountId?: string): Promise<RecordingRow[]> {
    let q = this.db.selectFrom('recordings').selectAll().where('auto_delete_at', '<=', now)
    if (accountId) q = q.where('account_id', '=', accountId)
    return q.orderBy('auto_delete_at').limit(limit).execute()
  }

  /**
   * Moves a recording from one status to the next only if it still has the first: true for the one caller (of
   * all processes on the database) that made the move.
   */
  async claim(
    uuid: string,
    from: { status: string; transcript?: boolean; autoDelete?: boolean },
    set: Updateable<RecordingTable>,
    db: Kysely<Database>,
  ): Promise<boolean> {
    let q = db.updateTable('recordings').set(set).where('uuid', '=', uuid).where('status', '=', from.status)
    if (from.transcript) q = q.where('transcript_at', 'is not', null)
    if (from.autoDelete) q = q.where('auto_delete_at', 'is not', null)
    const res = await q.executeTakeFirst()
    return Number(res.numUpdatedRows) === 1
  }

  async update(
    accountId: string,
    uuid: string,
    set: Updateable<RecordingTable>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    await db.updateTable('recordings').set(set).where('account_id', '=', accountId).where('uuid', '=', uuid).execute()
  }

  async remove(accountId: string, uuid: string, db: Kysely<Database> = this.db): Promise<void> {
    await db.deleteFrom('recordings').where('account_id', '=', accountId).where('uuid', '=', uuid).execute()
  }

  // Files.
  async insertFiles(rows: Insertable<RecordingFileTable>[], db: Kysely<Database> = this.db): Promise<void> {
    if (rows.length) await db.insertInto('recording_files').values(rows).execute()
  }

  /**
   * The files of a recording (`cloud`) or of an archive (`archive`), in the order they were made: an instance can
   * have both, under the same uuid.
   */
  files(
    accountId: string,
    uuid: string,
    db: Kysely<Database> = this.db,
    source: 'cloud' | 'archive' = 'cloud',
  ): Promise<RecordingFileRow[]> {
    return db
      .selectFrom('recording_files')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('recording_uuid', '=', uuid)
      .where('source', '=', source)
      .orderBy('seq')
      .execute()
  }

  /** The files of several recordings (or archives) at once, in the order they were made. */
  filesOf(
    accountId: string,
    uuids: string[],
    source: 'cloud' | 'archive' = 'cloud',
    db: Kysely<Database> = this.db,
  ): Promise<RecordingFileRow[]> {
    if (!uuids.length) return Promise.resolve([])
    return db
      .selectFrom('recording_files')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('recording_uuid', 'in', uuids)
      .where('source', '=', source)
      .orderBy('seq')
      .execute()
  }

  fileByToken(token: string): Promise<RecordingFileRow | undefined> {
    return this.db.selectFrom('recording_files').selectAll().where('file_token', '=', token).executeTakeFirst()
  }

  async updateFiles(
    accountId: string,
    ids: string[],
    set: Updateable<RecordingFileTable>,
    db: Kysely<Database> = this.db,
  ): Promise<void> {
    if (!ids.length) return
    await db
      .updateTable('recording_files')
      .set(set)
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute()
  }

  /**
   * Moves files into the trash (`to` = when and which trash type) or, with `to` null, out of it — only those not
   * already there; the ids it moved (another process may have been first).
   */
  async setTrash(
    accountId: string,
    ids: string[],
    to: { at: number; type: string } | null,
    db: Kysely<Database> = this.db,
  ): Promise<string[]> {
    if (!ids.length) return []
    const rows = await db
      .updateTable('recording_files')
      .set({ trashed_at: to?.at ?? null, trash_type: to?.type ?? null })
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .where('trashed_at', to ? 'is' : 'is not', null)
      .returning('id')
      .execute()
    return rows.map((r) => r.id)
  }

  async deleteFiles(accountId: string, ids: string[], db: Kysely<Database> = this.db): Promise<void> {
    if (!ids.length) return
    await db.deleteFrom('recording_files').where('account_id', '=', accountId).where('id', 'in', ids).execute()
  }

  /** Cloud recording files trashed at or before `cutoff`, any account: the trash keeps them 30 days. */
  expiredTrash(cutoff: number, limit: number): Promise<RecordingFileRow[]> {
    return this.db
      .selectFrom('recording_files')
      .selectAll()
      .where('trashed_at', '<=', cutoff)
      .orderBy('trashed_at')
      .limit(limit)
      .execute()
  }

  /**
   * Bytes held by the account's cloud recording files, trash included (Zoom counts the trash against storage);
   * with `outOfTrash`, only the files out of the trash.
   */
  async storageUsed(accountId: string, db: Kysely<Database> = this.db, outOfTrash = false): Promise<number> {
    let q = db
      .selectFrom('recording_files')
      .select((eb) => eb.fn.sum<number | string | null>('file_size').as('n'))
      .where('account_id', '=', accountId)
      .where('source', '=', 'cloud')
    if (outOfTrash) q = q.where('trashed_at', 'is', null)
    const row = await q.executeTakeFirst()
    return Number(row?.n ?? 0)
  }

  /**
   * Bytes of cloud files (trash included) per recording that started before `before`, with when its files were
   * written (`ready_at`): the storage report adds them up day by day.
   */
  async storageByRecording(accountId: string, before: number): Promise<Array<{ ready_at: number; bytes: number }>> {
    const rows = await this.db
      .selectFrom('recordings as r')
      .innerJoin('recording_files as f', (j) =>
        j.onRef('f.recording_uuid', '=', 'r.uuid').onRef('f.account_id', '=', 'r.account_id'),
      )
      .select((eb) => ['r.ready_at', eb.fn.sum<number | string | null>('f.file_size').as('bytes')])
      .where('r.account_id', '=', accountId)
      .where('r.start_time', '<', before)
      .where('f.source', '=', 'cloud')
      .groupBy(['r.uuid', 'r.ready_at'])
      .execute()
    return rows.map((r) => ({ ready_at: Number(r.ready_at), bytes: Number(r.bytes ?? 0) }))
  }

  /**
   * The account's recordings (of one host when given) that started in [from, to) when a window is given, for the
   * recording lists; `trash` keeps those with cloud files in the trash of that type, otherwise those with cloud
   * files out of it (or still processing). Archived files share the table and the uuid, so they are left out.
   */
  listQuery(
    accountId: string,
    filter: { hostId?: string; from?: number; to?: number; meetingId?: number; trash?: string },
  ): SelectQueryBuilder<Database, 'recordings', RecordingRow> {
    let q = this.db.selectFrom('recordings').selectAll().where('account_id', '=', accountId)
    if (filter.from !== undefined) q = q.where('start_time', '>=', filter.from)
    if (filter.to !== undefined) q = q.where('start_time', '<', filter.to)
    if (filter.hostId !== undefined) q = q.where('host_id', '=', filter.hostId)
    if (filter.meetingId !== undefined) q = q.where('meeting_id', '=', filter.meetingId)
    const trash = filter.trash
    if (trash)
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('recording_files as f')
            .select('f.id')
            .whereRef('f.account_id', '=', 'recordings.account_id')
            .whereRef('f.recording_uuid', '=', 'recordings.uuid')
            .where('f.source', '=', 'cloud')
            .where('f.trashed_at', 'is not', null)
            .where('f.trash_type', '=', trash),
        ),
      )
    else
      q = q.where((eb) =>
        eb.or([
          eb('status', '=', 'processing'),
          eb.exists(
            eb
              .selectFrom('recording_files as f')
              .select('f.id')
              .whereRef('f.account_id', '=', 'recordings.account_id')
              .whereRef('f.recording_uuid', '=', 'recordings.uuid')
              .where('f.source', '=', 'cloud')
              .where('f.trashed_at', 'is', null),
          ),
        ]),
      )
    return q
  }
}
