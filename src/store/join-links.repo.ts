import type { Kysely } from 'kysely'
import type { Database } from './tables.js'
import type { JoinPresenceTable } from './tables/join-presence.js'

/** Join links name a meeting by its number alone; meeting numbers are unique across accounts. */
export class JoinLinksRepo {
  constructor(readonly db: Kysely<Database>) {}

  async accountOfMeeting(id: number): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('meetings')
      .select('account_id')
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    return row?.account_id
  }

  /** A page's session is open: it counts as heard from at `at`. */
  async present(row: JoinPresenceTable): Promise<void> {
    await this.db
      .insertInto('join_presence')
      .values(row)
      .onConflict((oc) => oc.column('participant_id').doUpdateSet({ seen_at: row.seen_at }))
      .execute()
  }

  /** A poll; false when the session's page is no longer followed (closed, swept, or a restore took it back). */
  async heardFrom(participantId: string, at: number): Promise<boolean> {
    const res = await this.db
      .updateTable('join_presence')
      .set({ seen_at: at })
      .where('participant_id', '=', participantId)
      .executeTakeFirst()
    return Number(res.numUpdatedRows) > 0
  }

  async gone(participantId: string): Promise<void> {
    await this.db.deleteFrom('join_presence').where('participant_id', '=', participantId).execute()
  }

  /** Pages last heard from before `before`. */
  async silentSince(before: number, limit = 100): Promise<JoinPresenceTable[]> {
    const rows = await this.db
      .selectFrom('join_presence')
      .selectAll()
      .where('seen_at', '<', before)
      .orderBy('seen_at')
      .limit(limit)
      .execute()
    return rows.map((r) => ({ ...r, seen_at: Number(r.seen_at) }))
  }

  /**
   * Takes a silent page's row for closing its session: true for exactly one of several processes sweeping at
   * once, and false when the page polled since it was read.
   */
  async claimSilent(row: JoinPresenceTable): Promise<boolean> {
    const res = await this.db
      .deleteFrom('join_presence')
      .where('participant_id', '=', row.participant_id)
      .where('seen_at', '=', row.seen_at)
      .executeTakeFirst()
    return Number(res.numDeletedRows) > 0
  }
}
