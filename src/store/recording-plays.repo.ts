import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { RecordingPlayTable } from './tables/recordings.js'

export type RecordingPlayRow = Selectable<RecordingPlayTable>

/** Plays and downloads of served recording files, for the recording analytics. */
export class RecordingPlaysRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<RecordingPlayTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('recording_plays').values(row).execute()
  }
}
