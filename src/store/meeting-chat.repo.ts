import type { Insertable, Kysely, Selectable } from 'kysely'
import type { Database } from './tables.js'
import type { MeetingChatMessageTable } from './tables/recordings.js'

export type ChatMessageRow = Selectable<MeetingChatMessageTable>

/** In-meeting chat messages of held instances. */
export class MeetingChatRepo {
  constructor(readonly db: Kysely<Database>) {}

  async insert(row: Insertable<MeetingChatMessageTable>, db: Kysely<Database> = this.db): Promise<void> {
    await db.insertInto('meeting_chat_messages').values(row).execute()
  }

  /** The instance's messages in the order they were sent. */
  messages(accountId: string, instanceUuid: string, db: Kysely<Database> = this.db): Promise<ChatMessageRow[]> {
    return db
      .selectFrom('meeting_chat_messages')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('instance_uuid', '=', instanceUuid)
      .orderBy('sent_at')
      .orderBy('seq')
      .execute()
  }
}
