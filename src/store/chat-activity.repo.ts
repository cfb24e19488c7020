import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { ChatActivityTable } from './tables/chat-activity.js'

export type ChatActivityRow = Selectable<ChatActivityTable>

/** Team Chat activity recorded per user; every query names the account and a time range its index covers. */
export class ChatActivityRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<ChatActivityTable>): Promise<void> {
    await this.db.insertInto('chat_activity').values(row).execute()
  }

  /**
   * For `paginate()`: one row per user who sent anything in [from, to), keyed by their first record in it, so that
   * a page token stays valid while more activity is recorded.
   */
  usersBetween(accountId: string, from: number, to: number) {
    return this.db
      .selectFrom((eb) =>
        eb
          .selectFrom('chat_activity')
          .select((e) => ['user_id', e.fn.min<number>('seq').as('seq')])
          .where('account_id', '=', accountId)
          .where('sent_at', '>=', from)
          .where('sent_at', '<', to)
          .groupBy('user_id')
          .as('senders'),
      )
      .selectAll()
  }

  /** What `userIds` sent in [from, to), summed per user, kind and target. */
  async totals(accountId: string, userIds: string[], from: number, to: number) {
    if (!userIds.length) return []
    const rows = await this.db
      .selectFrom('chat_activity')
      .select((e) => ['user_id', 'kind', 'target', e.fn.sum<number | string>('count').as('n')])
      .where('account_id', '=', accountId)
      .where('sent_at', '>=', from)
      .where('sent_at', '<', to)
      .where('user_id', 'in', userIds)
      .groupBy(['user_id', 'kind', 'target'])
      .execute()
    return rows.map((r) => ({ user_id: r.user_id, kind: r.kind, target: r.target, count: Number(r.n) }))
  }
}

/** Join sessions read for the client versions dashboard, through the account's join-time index. */
export class ClientSessionsRepo {
  constructor(readonly db: Kysely<Database>) {}

  /**
   * The account's join sessions that began in [from, to) and were made by a signed-in user of the account, with
   * their device and stored session document (which holds the client version), oldest first.
   */
  signedInSessions(accountId: string, from: number, to: number) {
    return this.db
      .selectFrom('meeting_participants')
      .select(['account_user_id', 'device', 'join_time', 'data'])
      .where('account_id', '=', accountId)
      .where('join_time', '>=', from)
      .where('join_time', '<', to)
      .where('account_user_id', 'is not', null)
      .orderBy('join_time')
      .orderBy('seq')
      .execute()
  }
}
