import { sql, type Kysely } from 'kysely'
import { must } from '../util/must.js'
import type { Database } from './tables.js'

const CLOCK_OFFSET = 'clock_offset_ms'

export class MetaRepo {
  constructor(private db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value
  }

  /** Returns the stored value, storing `value` first if the key is new (safe when processes race). */
  async getOrInit(key: string, value: () => string): Promise<string> {
    const existing = await this.get(key)
    if (existing !== undefined) return existing
    await this.db
      .insertInto('meta')
      .values({ key, value: value() })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
    // Stored by this call or by the one it raced with.
    return must(await this.get(key), `meta ${key}`)
  }

  async set(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute()
  }

  /** How far the server clock has been moved ahead of real time, in ms (0 when never moved). */
  async clockOffset(): Promise<number> {
    const stored = Number(await this.get(CLOCK_OFFSET))
    return Number.isFinite(stored) ? stored : 0
  }

  async setClockOffset(ms: number): Promise<void> {
    await this.set(CLOCK_OFFSET, String(ms))
  }

  /**
   * Moves the stored clock offset forward by `ms` in one statement and returns the new total: moves made by
   * several processes at once all count.
   */
  async addClockOffset(ms: number): Promise<number> {
    const row = await this.db
      .insertInto('meta')
      .values({ key: CLOCK_OFFSET, value: String(ms) })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value: sql<string>`CAST(CAST(meta.value AS BIGINT) + ${ms} AS TEXT)` }),
      )
      .returning('value')
      .executeTakeFirstOrThrow()
    return Number(row.value)
  }
}
