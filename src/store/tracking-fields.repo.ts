import type { Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { TrackingFieldTable } from './tables/tracking-fields.js'
import { RowCache, type WriteTracker } from './write-tracker.js'

export type TrackingFieldRow = Selectable<TrackingFieldTable>

type Patch = Partial<Pick<TrackingFieldRow, 'field' | 'field_key' | 'required' | 'visible' | 'recommended_values'>>

/** Tracking fields of an account. Every query names the account. */
export class TrackingFieldsRepo {
  // Every meeting create reads the account's fields (required ones must be given); they rarely change.
  private listCache: RowCache<TrackingFieldRow[]>

  constructor(
    readonly db: Kysely<Database>,
    writes?: WriteTracker,
  ) {
    this.listCache = new RowCache(writes, ['tracking_fields'])
  }

  byId(accountId: string, id: string): Promise<TrackingFieldRow | undefined> {
    return this.db
      .selectFrom('tracking_fields')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  byKey(accountId: string, fieldKey: string): Promise<TrackingFieldRow | undefined> {
    return this.db
      .selectFrom('tracking_fields')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('field_key', '=', fieldKey)
      .executeTakeFirst()
  }

  /** Every field of the account, oldest first; on SQLite possibly a shared, frozen list. */
  list(accountId: string): Promise<TrackingFieldRow[]> {
    return this.listCache.get(accountId, () =>
      this.db.selectFrom('tracking_fields').selectAll().where('account_id', '=', accountId).orderBy('seq').execute(),
    )
  }

  async insert(row: Omit<TrackingFieldRow, 'seq'>): Promise<void> {
    await this.db.insertInto('tracking_fields').values(row).execute()
  }

  async update(accountId: string, id: string, patch: Patch): Promise<void> {
    await this.db
      .updateTable('tracking_fields')
      .set(patch)
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.db.deleteFrom('tracking_fields').where('account_id', '=', accountId).where('id', '=', id).execute()
  }
}
